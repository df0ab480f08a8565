//! The sessions the app expands from repeat rules are the ones an independent RFC 5545
//! implementation (python-dateutil, in Europe/London) gives, across the clock changes
//! of several years. The only differences allowed are those docs/plan-format.md
//! documents, and they are applied on the Python side from the document's words.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::{Months, NaiveDate, NaiveDateTime, NaiveTime};
use common::*;
use familytime_core::calendar;
use serde_json::json;

/// The rules compared: every shape the plan format reads, each alone and, for the
/// frequent ones, ended by COUNT and by each kind of UNTIL.
fn rules() -> Vec<String> {
    let mut rules: Vec<String> = Vec::new();
    for interval in [1, 2, 3] {
        for days in ["SA", "SU", "MO,WE,FR", "TU,TH", "SA,SU"] {
            rules.push(format!("FREQ=WEEKLY;INTERVAL={interval};BYDAY={days}"));
        }
    }
    rules.push("FREQ=WEEKLY".into());
    rules.push("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,TU;WKST=SU".into());
    for day in ["1SA", "2SA", "3SU", "4TH", "5SA", "-1SA", "-1FR", "-2SU", "-5SA", "1SA,3SA", "-1SU,1MO"] {
        rules.push(format!("FREQ=MONTHLY;BYDAY={day}"));
    }
    rules.push("FREQ=MONTHLY;INTERVAL=2;BYDAY=2SA".into());
    for day in ["1", "15", "28", "29", "30", "31", "-1", "-2", "1,15", "29,30,31"] {
        rules.push(format!("FREQ=MONTHLY;BYMONTHDAY={day}"));
    }
    rules.push("FREQ=MONTHLY".into());
    rules.push("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1".into());
    rules.push("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1".into());
    rules.push("FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=8,9,10,11,12,13,14".into());
    rules.push("FREQ=YEARLY".into());
    rules.push("FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=1".into());
    rules.push("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29".into());
    rules.push("FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU".into());
    rules.push("FREQ=YEARLY;BYMONTH=7;BYDAY=1SA".into());
    rules.push("FREQ=DAILY".into());
    rules.push("FREQ=DAILY;INTERVAL=3".into());
    rules.push("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR".into());
    rules.push("FREQ=DAILY;BYMONTH=3,10".into());
    let ended: Vec<String> = ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=SU", "FREQ=MONTHLY;BYDAY=-1SU"]
        .iter()
        .flat_map(|rule| {
            ["COUNT=5", "COUNT=40", "UNTIL=20270328", "UNTIL=20271031T093000", "UNTIL=20271031T003000Z"]
                .map(|end| format!("{rule};{end}"))
        })
        .collect();
    rules.extend(ended);
    rules
}

/// Starts at night and in the day, a few weeks before the clocks change in several
/// years, so that every rule crosses both changes within the months compared.
fn starts() -> Vec<NaiveDateTime> {
    let days = ["2025-03-01", "2026-10-03", "2027-03-13", "2027-10-16", "2028-02-26", "2030-10-05"];
    let times = [(0, 30), (1, 30), (2, 30), (9, 0), (23, 30)];
    days.iter()
        .flat_map(|day| {
            let date: NaiveDate = day.parse().unwrap();
            times.map(|(h, m)| date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap()))
        })
        .collect()
}

/// Fifteen months of each rule from each start, as the app expands them.
fn ours(rule: &str, start: NaiveDateTime, end: NaiveDateTime) -> Option<Vec<String>> {
    let mut plan = base();
    plan["arrangements"][1]["schedule"] =
        json!({ "start": start.format("%Y-%m-%dT%H:%M").to_string(), "duration_minutes": 30, "repeat": rule });
    let plan = match familytime_core::validate::read_plan(plan.to_string().as_bytes()) {
        Ok(plan) => plan,
        // An UNTIL before a late start is refused, as it should be; nothing to compare.
        Err(rejected) if rejected.problems.iter().all(|p| p.id == "rule-until-before-start") => return None,
        // Refused for giving no session at all: dateutil must find none either.
        Err(rejected) if rejected.problems.iter().all(|p| p.id == "rule-no-sessions") => {
            return Some(Vec::new());
        }
        Err(rejected) => panic!("{rule} from {start} was refused: {rejected}"),
    };
    let from = calendar::uk_instant(start).unwrap();
    let to = end.and_utc();
    let starts = calendar::planned_starts(&plan.arrangements[1], from, to).expect("a checked plan expands");
    Some(starts.iter().map(|o| o.instant.format("%Y-%m-%dT%H:%MZ").to_string()).collect())
}

fn dateutil(cases: &serde_json::Value) -> Vec<Vec<String>> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/rfc5545/dateutil_expand.py");
    let mut python = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("this test needs python3 with python-dateutil (Debian: apt-get install python3-dateutil): {e}")
        });
    python.stdin.take().unwrap().write_all(cases.to_string().as_bytes()).unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "the independent expansion failed (it needs python3-dateutil): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("dateutil's sessions as JSON")
}

#[test]
fn every_rule_gives_the_sessions_python_dateutil_gives_across_clock_changes() {
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for rule in rules() {
        for start in starts() {
            let end = start + Months::new(15);
            if let Some(sessions) = ours(&rule, start, end) {
                cases.push(json!({ "rule": rule, "start": start.format("%Y-%m-%dT%H:%M").to_string(),
                                   "end": end.format("%Y-%m-%dT%H:%MZ").to_string() }));
                expected.push(sessions);
            }
        }
    }
    assert!(cases.len() > 500, "only {} rule and start pairs were compared", cases.len());
    let theirs = dateutil(&serde_json::Value::Array(cases.clone()));
    let mut differences = Vec::new();
    let mut sessions = 0;
    for ((case, ours), theirs) in cases.iter().zip(&expected).zip(&theirs) {
        sessions += ours.len();
        if ours != theirs {
            let only_ours: Vec<_> = ours.iter().filter(|s| !theirs.contains(s)).take(3).collect();
            let only_theirs: Vec<_> = theirs.iter().filter(|s| !ours.contains(s)).take(3).collect();
            differences.push(format!("{case}: only ours {only_ours:?}, only dateutil's {only_theirs:?}"));
        }
    }
    eprintln!("compared {} rule and start pairs, {sessions} sessions", cases.len());
    assert!(differences.is_empty(), "{} of {} differ:\n{}", differences.len(), cases.len(), differences.join("\n"));
    assert!(sessions > 20_000, "only {sessions} sessions were compared");
}
