//! What only the phone can do, implemented by the shells (Kotlin interfaces, Swift
//! protocols) and adapted here to the core's traits.

use std::sync::Arc;

use familytime_core::keys;
use familytime_core::reminders::{self, Reminder};
use familytime_core::sync;

use crate::types::Timestamp;

/// A platform failure, thrown by a shell's implementation (Kotlin:
/// `PlatformException.Failed(reason)`). An exception of any other kind thrown by the
/// shell arrives as `Unexpected`.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum PlatformError {
    #[error("{reason}")]
    Failed { reason: String },
    #[error("the phone failed unexpectedly: {reason}")]
    Unexpected { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for PlatformError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        PlatformError::Unexpected { reason: e.reason }
    }
}

/// Named secrets in the Android Keystore or the iOS Keychain. `save` must be durable
/// before it returns: a store whose key was lost can never be opened again.
#[uniffi::export(foreign)]
pub trait KeyStore: Send + Sync {
    /// The secret kept under `name`, or null/nil if none was ever saved.
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, PlatformError>;
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), PlatformError>;
}

/// Local notifications at given times (AlarmManager / UNUserNotificationCenter).
#[uniffi::export(foreign)]
pub trait ReminderScheduler: Send + Sync {
    /// Replaces every reminder this app scheduled before with `reminders`. A reminder's
    /// id is stable, so the same session's reminder replaces rather than duplicates.
    fn replace_all(&self, reminders: Vec<Reminder>) -> Result<(), PlatformError>;
}

/// Running `FamilyTime.sync()` later, when the phone is online, even if the app is not
/// open (WorkManager / BGTaskScheduler). The core decides when: as soon as a waiting
/// message is due again, otherwise at the next regular check for a new plan.
#[uniffi::export(foreign)]
pub trait BackgroundSync: Send + Sync {
    /// Replaces any earlier request with one to sync no earlier than `earliest`, when
    /// there is a network.
    fn schedule(&self, earliest: Timestamp) -> Result<(), PlatformError>;
}

/// The platform's view of the network (ConnectivityManager / NWPathMonitor).
#[uniffi::export(foreign)]
pub trait Reachability: Send + Sync {
    /// Whether the phone has a network that could reach the internet now. A `true` can
    /// still fail; a `false` saves a sync that could not succeed.
    fn is_online(&self) -> bool;
}

/// The shell's key store as the core's.
pub(crate) struct Keys(pub Arc<dyn KeyStore>);

impl keys::KeyStore for Keys {
    fn load(&self, name: &str) -> Result<Option<Vec<u8>>, keys::KeyStoreError> {
        self.0.load(name.to_owned()).map_err(|e| key_error("read a key", e))
    }

    fn save(&self, name: &str, secret: &[u8]) -> Result<(), keys::KeyStoreError> {
        self.0.save(name.to_owned(), secret.to_vec()).map_err(|e| key_error("save a key", e))
    }
}

fn key_error(action: &str, e: PlatformError) -> keys::KeyStoreError {
    keys::KeyStoreError { action: action.into(), detail: e.to_string() }
}

/// The shell's scheduler as the core's.
pub(crate) struct Notifications(pub Arc<dyn ReminderScheduler>);

impl reminders::Reminders for Notifications {
    fn replace_all(&self, reminders: Vec<Reminder>) -> Result<(), reminders::PlatformError> {
        self.0.replace_all(reminders).map_err(|e| reminders::PlatformError(e.to_string()))
    }
}

/// The shell's background scheduler as the core's.
pub(crate) struct Wakeups(pub Arc<dyn BackgroundSync>);

impl sync::BackgroundSync for Wakeups {
    fn schedule(&self, earliest: Timestamp) -> Result<(), sync::ScheduleError> {
        self.0.schedule(earliest).map_err(|e| sync::ScheduleError(e.to_string()))
    }
}
