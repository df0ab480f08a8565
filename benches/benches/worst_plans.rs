//! The worst plans of at most 1 MiB we could construct for the rule engine: how long
//! the plan check (on a worker's machine and on the council's server) and a phone's
//! import take. Memory is measured with `/usr/bin/time -v familytime plan check`
//! (docs/performance.md).

use chrono::{TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use familytime_core::keys::FileKeyStore;
use familytime_core::store::Store;
use familytime_core::validate::{self, MAX_PLAN_BYTES};
use serde_json::{Value, json};

fn plan(arrangements: Vec<Value>, session_changes: Vec<Value>) -> Value {
    json!({
        "format": "familytime.plan", "format_version": 1, "plan_id": "worst", "version": 1,
        "council": "kent", "issued": "2026-11-18",
        "child": { "first_name": "Jay", "age_band": "8-10", "language": "en-GB" },
        "people": [{ "id": "mum", "name": "Mum", "relationship": "mum", "status": "can_see" }],
        "arrangements": arrangements, "session_changes": session_changes
    })
}

fn call(i: usize, start: &str, rule: &str) -> Value {
    json!({ "id": format!("a{i}"), "with": ["mum"], "form": "phone_call", "support": "unsupported",
            "purpose": "So you can talk.",
            "schedule": { "start": start, "duration_minutes": 10, "repeat": rule } })
}

/// `count` calls with this rule, each starting a day after the last from `first_day`
/// of 2000, or as many as fit in 1 MiB.
fn calls(count: usize, rule: &str) -> Vec<Value> {
    let first = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let mut out = Vec::new();
    let mut size = 0;
    for i in 0..count {
        let start = (first + chrono::Duration::days(i as i64)).format("%Y-%m-%dT18:00").to_string();
        let arrangement = call(i, &start, rule);
        size += arrangement.to_string().len() + 1;
        if size > MAX_PLAN_BYTES - 1000 {
            break;
        }
        out.push(arrangement);
    }
    out
}

fn bytes(plan: &Value) -> Vec<u8> {
    let bytes = plan.to_string().into_bytes();
    assert!(bytes.len() <= MAX_PLAN_BYTES);
    bytes
}

const NEVER: &str = "FREQ=DAILY;INTERVAL=7;BYDAY=MO;BYMONTHDAY=30;BYMONTH=2";

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("worst plans (check)");
    group.sample_size(10);
    let cases = [
        ("1 MiB of rules that never match", plan(calls(usize::MAX, NEVER), vec![])),
        ("100 rules that never match (the most schedules a plan may have)", plan(calls(100, NEVER), vec![])),
        ("1 MiB of daily rules from 2000", plan(calls(usize::MAX, "FREQ=DAILY"), vec![])),
        ("100 daily rules from 2000 (over the session limit)", plan(calls(100, "FREQ=DAILY"), vec![])),
        ("1 MiB of session changes at times no session has", {
            let changes: Vec<Value> = (0..6000)
                .map(|i| {
                    let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(i * 5);
                    json!({ "arrangement": "a0", "planned": day.format("%Y-%m-%dT10:17").to_string(),
                            "kind": "cancelled", "reason": "Mum is ill.", "decided_by": "family" })
                })
                .collect();
            plan(vec![call(0, "2000-01-01T18:00", "FREQ=DAILY")], changes)
        }),
    ];
    for (name, plan) in &cases {
        let bytes = bytes(plan);
        group.bench_function(*name, |b| b.iter(|| validate::read_plan(&bytes).unwrap_err()));
    }
    let densest = densest();
    let bytes = bytes(&densest);
    group.bench_function("the densest plan that passes (27 daily calls, 19,700 sessions)", |b| {
        b.iter(|| validate::read_plan(&bytes).unwrap())
    });
    group.finish();
}

/// 27 daily calls from the day the plan is issued: just under the session limit.
fn densest() -> Value {
    plan((0..27).map(|i| call(i, "2026-11-18T18:00", "FREQ=DAILY")).collect(), vec![])
}

fn import(c: &mut Criterion) {
    let plan = validate::read_plan(&bytes(&densest())).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 18, 9, 0, 0).unwrap();
    let mut group = c.benchmark_group("worst plans (phone)");
    group.sample_size(10);
    group.bench_function("import the densest plan that passes into a new store", |b| {
        b.iter_batched(
            tempfile::tempdir,
            |dir| {
                let dir = dir.unwrap();
                let keys = FileKeyStore::new(dir.path().join("keys"));
                let mut store = Store::open(&dir.path().join("familytime.db"), &keys, now).unwrap();
                store.import_plan(plan.clone(), now).unwrap();
                dir
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, check, import);
criterion_main!(benches);
