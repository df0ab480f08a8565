//! Which devices may message each other. The rule lives in [`linked`] alone, so narrowing
//! it (to the helpers named in a child's plan) changes one function.

use crate::storage::{Device, Role, Storage, StorageError};

/// For now every child's device is linked to every helper device of this council, and
/// devices of the same kind are never linked: children do not message each other here.
pub fn linked(a: &Device, b: &Device) -> bool {
    matches!((a.role, b.role), (Role::Child, Role::Helper) | (Role::Helper, Role::Child))
}

/// Every device `device` may message.
pub fn linked_to(storage: &dyn Storage, device: &Device) -> Result<Vec<Device>, StorageError> {
    let others = match device.role {
        Role::Child => Role::Helper,
        Role::Helper => Role::Child,
    };
    Ok(storage.devices_with_role(others)?.into_iter().filter(|other| linked(device, other)).collect())
}
