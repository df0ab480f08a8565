//! Family Time's one FFI surface: the core exported to Kotlin and Swift with uniffi.
//!
//! A thin facade. The domain, its rules and every word stay in `familytime-core`; this
//! crate only adapts them: the app object the shells hold (`FamilyTime`), the core's
//! view models as uniffi records, one public error, and the platform's services as
//! foreign traits.

uniffi::setup_scaffolding!();

mod app;
mod chrome;
mod error;
mod feelings;
mod first_open;
mod lock;
mod notes;
mod platform;
mod types;
mod unsafe_now;

#[cfg(any(test, feature = "test-hooks"))]
mod hooks;
#[cfg(test)]
mod keeps_secrets_tests;
#[cfg(test)]
mod tests;

pub use app::{FamilyTime, languages};
pub use error::FamilyTimeError;
pub use first_open::CodeOutcome;
pub use lock::{Biometrics, PinOutcome, UnlockOutcome};
pub use platform::{BackgroundSync, KeyStore, PlatformError, Reachability, ReminderScheduler};
pub use types::{Draft, RightsView, SyncReport, TellView, Timestamp};
