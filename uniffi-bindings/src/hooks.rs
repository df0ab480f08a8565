//! Exports for the JVM tests only, behind the `test-hooks` feature: the library built for
//! the shells has neither (`cargo xtask bindings` builds without it).

use chrono::Utc;
use familytime_core::crypto::{CouncilKey, PublicKeys, VouchedKey};
use familytime_core::relay::Enrolment;
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

    /// Records the phone as a child's phone is after enrolling and a sync at `synced_at`,
    /// with no server: pictures of the screens and the desktop app show what an enrolled
    /// child sees. The council key is blank and the server a loopback port nobody
    /// answers, so a sync fails as offline and no signed plan could ever pass.
    pub fn enrol_offline_for_tests(&self, synced_at: crate::types::Timestamp) -> Result<(), FamilyTimeError> {
        let nobody = PublicKeys { signing: [0; 32], sealing: [0; 32] };
        let enrolment = Enrolment {
            device: "this-phone".to_owned(),
            token: String::new(),
            council: CouncilKey([0; 32]),
            vouched: VouchedKey { device: "this-phone".to_owned(), keys: nobody, council_signature: Vec::new() },
            helpers: Vec::new(),
            // Empty: the plan already stored is the one this phone keeps.
            plan_id: String::new(),
        };
        let mut store = self.app_store();
        store.save_enrolment(OFFLINE_SERVER, &enrolment)?;
        store.record_sync(synced_at)?;
        Ok(())
    }

    /// Panics while holding the store, as a bug in the core would: the shell must get an
    /// exception, and the app must keep working after it. Nothing in the core panics on
    /// any input we know of, so the tests need this to see it.
    pub fn panic_for_tests(&self, message: String) -> Result<(), FamilyTimeError> {
        let _store = self.app_store();
        panic!("{message}");
    }
}

/// Port 9 (discard) on this machine: nothing answers there in a test.
const OFFLINE_SERVER: &str = "http://127.0.0.1:9/";
