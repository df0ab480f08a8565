//! The app lock's cost: setting a PIN (a salt and an Argon2id hash) and checking one.
//! Both must stay near a tenth of a second on an old phone: slow for a guesser, quick
//! enough that a child does not notice. Figures in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use familytime_core::lock::PinHash;

fn pin(c: &mut Criterion) {
    let mut group = c.benchmark_group("lock");
    group.sample_size(20);
    group.bench_function("set a PIN (Argon2id, 19 MiB, 2 passes)", |b| b.iter(|| PinHash::new("2580").unwrap()));
    let stored = PinHash::new("2580").unwrap();
    group.bench_function("check a PIN", |b| b.iter(|| stored.matches("1357").unwrap()));
    group.finish();
}

criterion_group!(benches, pin);
criterion_main!(benches);
