//! The one rule for which devices may message each other, shared by the contact list
//! (`links`) and the transaction that stores a message (`storage`), so the two cannot
//! disagree.
//!
//! A child's device is linked to the helper devices named in the latest version of the
//! child's plan (`helpers[].device`), so a helper taken off a plan stops hearing from,
//! and writing to, that child. Before the council publishes the child's first plan there
//! is no list to follow, and every helper device of the council is linked, so a child
//! enrolled ahead of their plan can still tell someone. Devices of the same kind are
//! never linked: children do not message each other here.

/// The two ends of a possible conversation, as the rule needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ends {
    /// The child's plan id; None for a child enrolled without one.
    pub plan: Option<String>,
    /// The helper's device id.
    pub helper: String,
}

/// Whether `helper` may talk with a child whose latest plan names `named` (None: no plan yet).
pub fn allows(named: Option<&[String]>, helper: &str) -> bool {
    named.is_none_or(|devices| devices.iter().any(|device| device == helper))
}
