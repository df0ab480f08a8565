//! A small plan that tests adjust, and helpers to read UK times.
#![allow(dead_code)] // each test file uses its own share of these

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use familytime_core::calendar::{self, Calendar};
use familytime_core::l10n::Words;
use familytime_core::plan::{AgeBand, ValidPlan};
use familytime_core::validate::{self, Problem};
use serde_json::{Value, json};

/// Jay, 9, sees brother Sam every other Saturday at a family centre (supervised) and
/// has a weekly video call with Nan.
pub fn base() -> Value {
    json!({
        "format": "familytime.plan",
        "format_version": 1,
        "plan_id": "plan-jay",
        "version": 1,
        "council": "kent",
        "issued": "2026-01-05",
        "child": { "first_name": "Jay", "age_band": "8-10", "language": "en-GB" },
        "people": [
            { "id": "sam", "name": "Sam", "relationship": "brother", "status": "can_see" },
            { "id": "nan", "name": "Nan", "relationship": "grandmother", "status": "can_see" }
        ],
        "helpers": [
            { "id": "sw", "role": "social_worker", "name": "Priya",
              "working_hours": { "days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "from": "09:00", "to": "17:00" } }
        ],
        "arrangements": [
            {
                "id": "sam-saturdays",
                "with": ["sam"],
                "form": "visit",
                "support": "supervised",
                "venue": { "kind": "family_centre", "description": "the family centre with the garden" },
                "purpose": "So you and Sam can spend time together while you live in different homes.",
                "schedule": { "start": "2026-01-10T10:00", "duration_minutes": 120, "repeat": "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA" }
            },
            {
                "id": "nan-calls",
                "with": ["nan"],
                "form": "video_call",
                "support": "unsupported",
                "purpose": "So you can see Nan's face every week.",
                "schedule": { "start": "2026-01-07T18:00", "duration_minutes": 30, "repeat": "FREQ=WEEKLY;BYDAY=WE" }
            }
        ]
    })
}

pub fn valid(plan: Value) -> ValidPlan {
    match validate::read_plan(plan.to_string().as_bytes()) {
        Ok(plan) => plan,
        Err(rejected) => panic!("test plan refused: {rejected}"),
    }
}

/// A problem as an English reader sees it.
pub fn said(problem: &Problem) -> familytime_core::l10n::problems::Explained {
    familytime_core::l10n::problems::english().explain(problem)
}

pub fn problems(plan: Value) -> Vec<Problem> {
    match validate::read_plan(plan.to_string().as_bytes()) {
        Ok(_) => panic!("the plan was accepted"),
        Err(rejected) => rejected.problems,
    }
}

/// A UK local time, "2026-03-28T10:00".
pub fn uk(local: &str) -> DateTime<Utc> {
    calendar::uk_instant(local_time(local)).expect("a real UK time")
}

pub fn local_time(local: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M").expect("a local time")
}

pub fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

pub fn calendar_of(plan: &ValidPlan, horizon: &str) -> Calendar {
    Calendar::new(plan, uk(horizon)).expect("the plan expands")
}

/// Words for an 8-10 year old in English, as most tests read screens.
pub fn english() -> Words {
    Words::new("en-GB", AgeBand::Middle, None).expect("English words load")
}

/// Runs the ignored test `helper` of this test binary in a child process with `env`
/// set to `dir`, feeds each line it prints to `enough` until that says stop, then kills
/// it with SIGKILL: no destructors, no flushing, as when a phone kills an app.
pub fn kill_mid_way(helper: &str, env: &str, dir: &std::path::Path, mut enough: impl FnMut(&str) -> bool) {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", helper, "--ignored", "--nocapture", "--test-threads=1"])
        .env(env, dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for line in BufReader::new(child.stdout.take().unwrap()).lines().map_while(Result::ok) {
        if enough(&line) {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

pub fn samples() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("assets/samples exists")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_stem().expect("a name").to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("a readable sample"))
        })
        .collect();
    out.sort();
    assert!(out.len() >= 3, "at least three sample plans");
    out
}
