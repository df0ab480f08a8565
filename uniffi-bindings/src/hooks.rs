//! Exports for the JVM tests only, behind the `test-hooks` feature: the library built for
//! the shells has neither (`cargo xtask bindings` builds without it).

use chrono::Utc;
use familytime_core::validate;

use crate::app::FamilyTime;
use crate::error::FamilyTimeError;

#[uniffi::export]
impl FamilyTime {
    /// Stores a plan file as it is, unsigned, as the worker tool's preview reads one. A
    /// phone only takes plans its council signed (`import_plan`); tests use sample plans.
    pub fn import_unsigned_plan_for_tests(&self, plan_file: Vec<u8>) -> Result<(), FamilyTimeError> {
        let plan = validate::read_plan(&plan_file)?;
        self.app_store().import_plan(plan, Utc::now())?;
        Ok(())
    }

    /// Makes `at` the app's "now" from here on, for screens and for what the child writes
    /// (sync keeps the real clock): pictures of the screens must not change with the date.
    pub fn pin_now_for_tests(&self, at: crate::types::Timestamp) {
        self.pin_now(at);
    }

    /// Panics while holding the store, as a bug in the core would: the shell must get an
    /// exception, and the app must keep working after it. Nothing in the core panics on
    /// any input we know of, so the tests need this to see it.
    pub fn panic_for_tests(&self, message: String) -> Result<(), FamilyTimeError> {
        let _store = self.app_store();
        panic!("{message}");
    }
}
