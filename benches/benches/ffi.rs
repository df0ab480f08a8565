//! The home screen through the FFI crate's app object, in Rust: the baseline for one FFI
//! call from Kotlin (`cargo xtask bench-jvm`), which adds crossing the boundary and
//! reading the record on the JVM. Jay's sample plan, as the JVM harness uses.

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use familytime_core::reminders::Reminder;
use familytime_ffi::{BackgroundSync, FamilyTime, KeyStore, PlatformError, Reachability, ReminderScheduler};

#[derive(Default)]
struct Platform(std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>);

impl KeyStore for Platform {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, PlatformError> {
        Ok(self.0.lock().unwrap().get(&name).cloned())
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), PlatformError> {
        self.0.lock().unwrap().insert(name, secret);
        Ok(())
    }
}

impl ReminderScheduler for Platform {
    fn replace_all(&self, _: Vec<Reminder>) -> Result<(), PlatformError> {
        Ok(())
    }
}

impl BackgroundSync for Platform {
    fn schedule(&self, _: familytime_ffi::Timestamp) -> Result<(), PlatformError> {
        Ok(())
    }
}

impl Reachability for Platform {
    fn is_online(&self) -> bool {
        false
    }
}

fn home(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let platform = Arc::new(Platform::default());
    let folder = dir.path().to_str().unwrap().to_owned();
    let (p, r, b, n) = (platform.clone(), platform.clone(), platform.clone(), platform);
    let app = FamilyTime::open(folder, "en-GB".into(), p, r, b, n).unwrap();
    let plan = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/samples/jay-8-10.json")).unwrap();
    app.import_unsigned_plan_for_tests(plan).unwrap();
    let mut group = c.benchmark_group("home through the app object (Jay's plan)");
    group.bench_function("build in Rust", |b| b.iter(|| app.home().unwrap()));
    group.bench_function("build and lower for the FFI", |b| {
        b.iter(|| {
            let buffer = <familytime_core::screens::HomeView as uniffi::Lower<familytime_ffi::UniFfiTag>>::lower(
                app.home().unwrap(),
            );
            buffer.destroy();
        })
    });
    group.finish();
}

criterion_group!(benches, home);
criterion_main!(benches);
