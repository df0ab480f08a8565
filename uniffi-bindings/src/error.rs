//! The one error the shells see. The core's errors are rich and many; a shell can only
//! act on a few situations, so each core error maps to the variant that says what to do,
//! and keeps the core's own words as its message (Kotlin: `FamilyTimeException.Offline`
//! with `message`; Swift: `FamilyTimeError.Offline(message:)`).

use familytime_core::crypto::CryptoError;
use familytime_core::keys::KeyStoreError;
use familytime_core::l10n::WordsError;
use familytime_core::messages::MessageError;
use familytime_core::relay::RelayError;
use familytime_core::signed::SignedPlanError;
use familytime_core::store::StoreError;
use familytime_core::sync::SyncError;
use familytime_core::validate::PlanRejected;

use crate::platform::PlatformError;

#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum FamilyTimeError {
    /// The council's server cannot be reached now; what was sent waits in the outbox.
    /// Show it calmly and try again later (the background sync will).
    #[error("{0}")]
    Offline(String),
    /// The device has not joined the council's server: show the enrolment code screen.
    #[error("{0}")]
    NotEnrolled(String),
    /// No plan has arrived yet: show the waiting screen.
    #[error("{0}")]
    NoPlan(String),
    /// What was asked was refused as it stands (a message, a code, a plan, a setting):
    /// show the message; nothing stored was changed.
    #[error("{0}")]
    Refused(String),
    /// The phone's storage is full: nothing was saved; ask the child to free space.
    #[error("{0}")]
    StorageFull(String),
    /// The store was written by a newer app: ask for an update.
    #[error("{0}")]
    UpdateNeeded(String),
    /// The store cannot be opened with the key the platform holds; the file was left
    /// as it was. Do not delete it; offer help.
    #[error("{0}")]
    CannotOpenStore(String),
    /// The platform (key store, notifications, scheduler) failed.
    #[error("{0}")]
    Platform(String),
    /// A fault in the app or damaged data: report it.
    #[error("{0}")]
    Internal(String),
}

impl From<StoreError> for FamilyTimeError {
    fn from(e: StoreError) -> Self {
        let message = e.to_string();
        match e {
            StoreError::DiskFull => FamilyTimeError::StorageFull(message),
            StoreError::TooNew => FamilyTimeError::UpdateNeeded(message),
            StoreError::KeyMissing | StoreError::BadKey(_) | StoreError::WrongKeyOrDamaged => {
                FamilyTimeError::CannotOpenStore(message)
            }
            StoreError::KeyStore(_) => FamilyTimeError::Platform(message),
            StoreError::NoPlan => FamilyTimeError::NoPlan(message),
            StoreError::OlderPlan { .. }
            | StoreError::VersionConflict(_)
            | StoreError::OtherPlan { .. }
            | StoreError::Unexplained { .. }
            | StoreError::NoteTooLong(_)
            | StoreError::Message(_)
            | StoreError::NoDraft(_)
            | StoreError::NotInOutbox(_) => FamilyTimeError::Refused(message),
            StoreError::Damaged(_) | StoreError::Calendar(_) | StoreError::Randomness | StoreError::Sqlite(_) => {
                FamilyTimeError::Internal(message)
            }
        }
    }
}

impl From<RelayError> for FamilyTimeError {
    fn from(e: RelayError) -> Self {
        let message = e.to_string();
        match e {
            _ if e.is_temporary() => FamilyTimeError::Offline(message),
            // Server faults are the council's to fix; to the child they look like "not now".
            RelayError::Refused { status, .. } if status >= 500 => FamilyTimeError::Offline(message),
            RelayError::Refused { .. }
            | RelayError::Insecure(_)
            | RelayError::BadAddress(_)
            | RelayError::PlanRefused(_) => FamilyTimeError::Refused(message),
            RelayError::BadCertificate(_) | RelayError::Malformed(_) | RelayError::Unavailable(_) => {
                FamilyTimeError::Internal(message)
            }
        }
    }
}

impl From<CryptoError> for FamilyTimeError {
    fn from(e: CryptoError) -> Self {
        let message = e.to_string();
        match e {
            CryptoError::KeyStore(_) => FamilyTimeError::Platform(message),
            CryptoError::TooLarge(_) => FamilyTimeError::Refused(message),
            _ => FamilyTimeError::Internal(message),
        }
    }
}

impl From<SyncError> for FamilyTimeError {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::NotEnrolled => FamilyTimeError::NotEnrolled(e.to_string()),
            SyncError::Store(e) => e.into(),
            SyncError::Relay(e) => e.into(),
            SyncError::Crypto(e) => e.into(),
            SyncError::Plan(e) => e.into(),
            SyncError::NotThisChildsPlan { .. } => FamilyTimeError::Refused(e.to_string()),
        }
    }
}

impl From<PlatformError> for FamilyTimeError {
    fn from(e: PlatformError) -> Self {
        FamilyTimeError::Platform(e.to_string())
    }
}

impl From<KeyStoreError> for FamilyTimeError {
    fn from(e: KeyStoreError) -> Self {
        FamilyTimeError::Platform(e.to_string())
    }
}

impl From<MessageError> for FamilyTimeError {
    fn from(e: MessageError) -> Self {
        FamilyTimeError::Refused(e.to_string())
    }
}

impl From<WordsError> for FamilyTimeError {
    fn from(e: WordsError) -> Self {
        match e {
            WordsError::UnknownLocale { .. } => FamilyTimeError::Refused(e.to_string()),
            WordsError::BrokenFile { .. } => FamilyTimeError::Internal(e.to_string()),
        }
    }
}

impl From<PlanRejected> for FamilyTimeError {
    fn from(e: PlanRejected) -> Self {
        FamilyTimeError::Refused(e.to_string())
    }
}

impl From<SignedPlanError> for FamilyTimeError {
    fn from(e: SignedPlanError) -> Self {
        FamilyTimeError::Refused(e.to_string())
    }
}
