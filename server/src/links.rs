//! Which devices may message each other: the rule lives in [`allows`] alone.
//!
//! A child's device is linked to the helper devices named in the latest version of the
//! child's plan (`helpers[].device`), so a helper taken off a plan stops hearing from,
//! and writing to, that child. Before the council publishes the child's first plan there
//! is no list to follow, and every helper device of the council is linked, so a child
//! enrolled ahead of their plan can still tell someone. Devices of the same kind are
//! never linked: children do not message each other here.

use std::collections::HashMap;

use crate::storage::{Device, Role, Storage, StorageError};

/// Whether `helper` may talk with a child whose plan names `named` (None: no plan yet).
fn allows(named: Option<&[String]>, helper: &Device) -> bool {
    named.is_none_or(|devices| devices.contains(&helper.id))
}

/// The helper devices the child's latest plan names; None before the first plan.
fn named_for(storage: &dyn Storage, child: &Device) -> Result<Option<Vec<String>>, StorageError> {
    match &child.plan {
        Some(plan) => storage.named_helpers(plan),
        None => Ok(None),
    }
}

/// Whether `a` and `b` may message each other.
pub fn linked(storage: &dyn Storage, a: &Device, b: &Device) -> Result<bool, StorageError> {
    let (child, helper) = match (a.role, b.role) {
        (Role::Child, Role::Helper) => (a, b),
        (Role::Helper, Role::Child) => (b, a),
        _ => return Ok(false),
    };
    Ok(allows(named_for(storage, child)?.as_deref(), helper))
}

/// Every device `device` may message.
pub fn linked_to(storage: &dyn Storage, device: &Device) -> Result<Vec<Device>, StorageError> {
    match device.role {
        Role::Child => {
            let named = named_for(storage, device)?;
            let helpers = storage.devices_with_role(Role::Helper)?;
            Ok(helpers.into_iter().filter(|helper| allows(named.as_deref(), helper)).collect())
        }
        Role::Helper => {
            // One read of every plan's list, not one per child.
            let named: HashMap<String, Vec<String>> = storage.all_named_helpers()?;
            let children = storage.devices_with_role(Role::Child)?;
            Ok(children
                .into_iter()
                .filter(|child| allows(child.plan.as_ref().and_then(|plan| named.get(plan)).map(Vec::as_slice), device))
                .collect())
        }
    }
}
