//! Every device a device may message, by the rule in [`crate::link_rule`].

use std::collections::HashMap;

use crate::link_rule::{Ends, allows};
use crate::storage::{Device, Role, Storage, StorageError};

/// The child and helper between `a` and `b`; None when both are of one kind.
pub fn ends(a: &Device, b: &Device) -> Option<Ends> {
    let (child, helper) = match (a.role, b.role) {
        (Role::Child, Role::Helper) => (a, b),
        (Role::Helper, Role::Child) => (b, a),
        _ => return None,
    };
    Some(Ends { plan: child.plan.clone(), helper: helper.id.clone() })
}

/// Every device `device` may message.
pub fn linked_to(storage: &dyn Storage, device: &Device) -> Result<Vec<Device>, StorageError> {
    match device.role {
        Role::Child => {
            let named = match &device.plan {
                Some(plan) => storage.named_helpers(plan)?,
                None => None,
            };
            let helpers = storage.devices_with_role(Role::Helper)?;
            Ok(helpers.into_iter().filter(|helper| allows(named.as_deref(), &helper.id)).collect())
        }
        Role::Helper => {
            // One read of every plan's list, not one per child.
            let named: HashMap<String, Vec<String>> = storage.all_named_helpers()?;
            let linked = |child: &Device| {
                allows(child.plan.as_ref().and_then(|plan| named.get(plan)).map(Vec::as_slice), &device.id)
            };
            // A removed phone is still a contact while the server holds what it sent this
            // helper, so the desk can open it; nothing can be sent to it (decision 82).
            let mut children = storage.devices_with_role(Role::Child)?;
            children.extend(storage.removed_senders_to(&device.id)?);
            Ok(children.into_iter().filter(|child| linked(child)).collect())
        }
    }
}
