//! A problem found in a plan: where it is, what is wrong and how to fix it.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON Pointer to the value at fault ("" for the whole file).
    pub path: String,
    pub message: String,
    pub fix: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.path.is_empty() { "(file)" } else { &self.path };
        write!(f, "{at}: {}. Fix: {}", self.message, self.fix)
    }
}

/// Why a plan was refused: every problem found, grouped by the check that found it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan was refused: {}", problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("; "))]
pub struct PlanRejected {
    pub problems: Vec<Problem>,
}
