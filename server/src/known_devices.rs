//! Devices remembered for a short while, by token hash and by id, so a busy server does
//! not ask its database who is calling, and who a message is for, on every request.
//!
//! This is safe because a device's row never changes once it is enrolled. What could
//! change is that a device stops existing; so nothing is remembered for longer than
//! [`REMEMBERED_FOR`], which bounds how long another server on the same PostgreSQL
//! database could go on accepting a device this one no longer knows. Unknown tokens are
//! never remembered: a device enrolled through another server is found at once.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::storage::{Device, SecretHash};

pub const REMEMBERED_FOR: Duration = Duration::from_secs(60);
/// Each map is emptied when it reaches this, so memory stays bounded under any load.
const MOST: usize = 50_000;

#[derive(Default)]
pub struct KnownDevices {
    by_token: Remembered<SecretHash>,
    by_id: Remembered<String>,
}

impl KnownDevices {
    pub fn by_token(&self, token_hash: &SecretHash) -> Option<Device> {
        self.by_token.get(token_hash)
    }

    pub fn by_id(&self, id: &str) -> Option<Device> {
        self.by_id.get(id)
    }

    /// Remembers `device`, found by `token_hash`.
    pub fn found_by_token(&self, token_hash: SecretHash, device: &Device) {
        self.by_token.insert(token_hash, device);
        self.found(device);
    }

    /// Remembers `device`, found by its id.
    pub fn found(&self, device: &Device) {
        self.by_id.insert(device.id.clone(), device);
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

    fn insert(&self, key: K, device: &Device) {
        let mut map = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if map.len() >= MOST {
            map.clear();
        }
        map.insert(key, (device.clone(), Instant::now()));
    }
}
