//! The core work behind a screen: open the store and build the home screen, for a plan
//! of 30 people with five years of weekly sessions; expanding rules; checking and
//! comparing plan versions.

use chrono::{Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use familytime_benches::big_plan;
use familytime_core::calendar::{self, Calendar};
use familytime_core::changes;
use familytime_core::keys::FileKeyStore;
use familytime_core::l10n::Words;
use familytime_core::plan::AgeBand;
use familytime_core::screens::Screens;
use familytime_core::store::Store;
use familytime_core::validate;

fn screens(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let plan = big_plan(30, 5);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("familytime.db");
    let keys = FileKeyStore::new(dir.path().join("keys"));
    {
        let mut store = Store::open(&db, &keys, now).unwrap();
        store.import_plan(plan.clone(), now).unwrap();
    }
    let words = Words::new("en-GB", AgeBand::Older, None).unwrap();
    let mut group = c.benchmark_group("home (30 people, 5 years)");
    group.bench_function("open store + build home", |b| {
        b.iter(|| {
            let store = Store::open(&db, &keys, now).unwrap();
            let snapshot = store.snapshot().unwrap();
            Screens::new(store.outline().unwrap(), &snapshot, &words, now).home().unwrap()
        })
    });
    let store = Store::open(&db, &keys, now).unwrap();
    let outline = store.outline().unwrap();
    group.bench_function("build home on an open store", |b| {
        b.iter(|| Screens::new(outline, &store.snapshot().unwrap(), &words, now).home().unwrap())
    });
    group.bench_function("build a person page on an open store", |b| {
        b.iter(|| Screens::new(outline, &store.snapshot().unwrap(), &words, now).person("p7").unwrap())
    });
    group.bench_function("build a month on an open store", |b| {
        b.iter(|| Screens::new(outline, &store.snapshot().unwrap(), &words, now).month(2026, 11).unwrap())
    });
    group.finish();
    c.bench_function("load the words for one locale and band", |b| {
        b.iter(|| Words::new("cy", AgeBand::Young, None).unwrap())
    });
}

fn expansion(c: &mut Criterion) {
    let plan = big_plan(30, 1);
    let start = Utc.with_ymd_and_hms(2025, 11, 22, 0, 0, 0).unwrap();
    let year_end = start + Duration::days(365);
    let mut group = c.benchmark_group("recurrence");
    group.bench_function("one weekly rule, one year", |b| {
        b.iter(|| calendar::planned_starts(&plan.arrangements[0], start, year_end).unwrap())
    });
    group.bench_function("30 rules, one year, with changes applied", |b| {
        b.iter(|| Calendar::new(&plan, year_end).unwrap())
    });
    let five_years = big_plan(30, 5);
    let json = serde_json::to_vec(five_years.plan()).unwrap();
    group.bench_function("check a 30-person, 5-year plan", |b| b.iter(|| validate::read_plan(&json).unwrap()));
    // What a sync does before storing a new version: compare it with the stored one.
    let mut next = five_years.plan().clone();
    next.version += 1;
    next.arrangements[3].schedule.start += Duration::days(1);
    let next = validate::check(next).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    group.bench_function("compare two versions of a 30-person, 5-year plan", |b| {
        b.iter(|| changes::compare(&five_years, &next, now))
    });
    group.finish();
}

criterion_group!(benches, screens, expansion);
criterion_main!(benches);
