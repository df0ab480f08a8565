//! Devices remembered for a short while, by token hash and by id, so a busy server does
//! not ask its database who is calling, and who a message is for, on every request.
//!
//! This is safe because a device's row never changes once it is enrolled. What can
//! change is that a social worker removes it: this server then forgets it at once
//! ([`KnownDevices::forget`]), and nothing is remembered for longer than
//! [`REMEMBERED_FOR`], which bounds how long another server on the same PostgreSQL
//! database could go on accepting a device removed through another one. Unknown tokens
//! are never remembered: a device enrolled through another server is found at once.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::storage::{Device, SecretHash};

pub const REMEMBERED_FOR: Duration = Duration::from_secs(60);
/// Each map is emptied when it reaches this, so memory stays bounded under any load.
const MOST: usize = 50_000;

#[derive(Default)]
pub struct KnownDevices {
    by_token: Remembered<SecretHash>,
    by_id: Remembered<String>,
    /// Counts removals, so a device read from the database before one is not remembered
    /// after it: see [`KnownDevices::removals`].
    removals: AtomicU64,
}

impl KnownDevices {
    pub fn by_token(&self, token_hash: &SecretHash) -> Option<Device> {
        self.by_token.get(token_hash)
    }

    pub fn by_id(&self, id: &str) -> Option<Device> {
        self.by_id.get(id)
    }

    /// Taken before reading a device from the database and given back to `found…`, so a
    /// device that a removal forgot meanwhile is not remembered again.
    pub fn removals(&self) -> u64 {
        self.removals.load(Ordering::SeqCst)
    }

    /// Remembers `device`, found by `token_hash` after [`KnownDevices::removals`] said `removals`.
    pub fn found_by_token(&self, token_hash: SecretHash, device: &Device, removals: u64) {
        self.by_token.insert(token_hash, device, || self.removals() == removals);
        self.found(device, removals);
    }

    /// Remembers `device`, found by its id after [`KnownDevices::removals`] said `removals`.
    pub fn found(&self, device: &Device, removals: u64) {
        self.by_id.insert(device.id.clone(), device, || self.removals() == removals);
    }

    /// Forgets the devices with these ids, removed: their tokens are refused from now on.
    pub fn forget(&self, ids: &[String]) {
        // Counted first: an insert checks the count under the lock this then takes.
        self.removals.fetch_add(1, Ordering::SeqCst);
        let removed = |device: &Device| ids.contains(&device.id);
        self.by_token.forget(removed);
        self.by_id.forget(removed);
    }
}

struct Remembered<K>(Mutex<HashMap<K, (Device, Instant)>>);

impl<K> Default for Remembered<K> {
    fn default() -> Self {
        Remembered(Mutex::new(HashMap::new()))
    }
}

impl<K: Eq + Hash> Remembered<K> {
    fn get<Q: Eq + Hash + ?Sized>(&self, key: &Q) -> Option<Device>
    where
        K: std::borrow::Borrow<Q>,
    {
        let map = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        map.get(key).filter(|(_, at)| at.elapsed() < REMEMBERED_FOR).map(|(device, _)| device.clone())
    }

    fn forget(&self, which: impl Fn(&Device) -> bool) {
        let mut map = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        map.retain(|_, (device, _)| !which(device));
    }

    /// Remembers `device` if `still_current()`, asked under the lock.
    fn insert(&self, key: K, device: &Device, still_current: impl Fn() -> bool) {
        let mut map = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if !still_current() {
            return;
        }
        if map.len() >= MOST {
            map.clear();
        }
        map.insert(key, (device.clone(), Instant::now()));
    }
}
