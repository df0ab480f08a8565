//! A repeat rule means exactly what it says, or it is refused with how to write it,
//! and the refusal never repeats the rule.

mod common;

use common::*;
use familytime_core::calendar::{self, MAX_PLAN_SESSIONS};
use familytime_core::validate::Problem;
use serde_json::{Value, json};

/// Nan's calls (arrangement 1) with this rule, starting Saturday 3 January 2026 at 10:00.
fn with_rule(rule: &str) -> Value {
    let mut plan = base();
    plan["arrangements"][1]["schedule"]["start"] = json!("2026-01-03T10:00");
    plan["arrangements"][1]["schedule"]["repeat"] = json!(rule);
    plan
}

/// The one problem a rule has, checked to be at the rule and not to quote it.
fn refusal(rule: &str) -> Problem {
    let problems = problems(with_rule(rule));
    assert_eq!(problems.len(), 1, "{rule}: {problems:?}");
    let problem = problems.into_iter().next().unwrap();
    assert_eq!(problem.path, "/arrangements/1/schedule/repeat", "{rule}");
    let quoted = !rule.is_empty() && (said(&problem).message.contains(rule) || said(&problem).fix.contains(rule));
    assert!(!quoted, "{rule} is quoted: {problem}");
    problem
}

fn local_starts(rule: &str, until: &str) -> Vec<String> {
    let plan = valid(with_rule(rule));
    calendar_of(&plan, until)
        .sessions()
        .iter()
        .filter(|s| s.arrangement == "nan-calls")
        .map(|s| calendar::uk_local(s.start).format("%Y-%m-%dT%H:%M").to_string())
        .collect()
}

#[test]
fn a_numbered_day_in_a_weekly_or_daily_rule_is_refused_with_the_monthly_rule() {
    for rule in ["FREQ=WEEKLY;BYDAY=1SA", "FREQ=WEEKLY;BYDAY=2SA", "FREQ=WEEKLY;BYDAY=-1SA", "FREQ=DAILY;BYDAY=1SA"] {
        let problem = refusal(rule);
        assert!(said(&problem).message.contains("only works in a rule that repeats monthly or yearly"), "{problem}");
        assert!(said(&problem).fix.contains("for the first Saturday of each month write FREQ=MONTHLY;BYDAY=1SA"));
    }
    refusal("FREQ=WEEKLY;BYDAY=1SA,SU");
}

#[test]
fn rules_more_often_than_daily_or_naming_hours_are_refused() {
    for rule in ["FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=HOURLY"] {
        let problem = refusal(rule);
        assert_eq!(said(&problem).message, "the repeat rule repeats more often than once a day");
        assert!(said(&problem).fix.contains("family time is at most once a day"));
    }
    for (rule, part) in [
        ("FREQ=DAILY;BYHOUR=1,2;BYMINUTE=30", "BYHOUR"),
        ("FREQ=WEEKLY;BYMINUTE=15", "BYMINUTE"),
        ("FREQ=DAILY;BYSECOND=1", "BYSECOND"),
    ] {
        let problem = refusal(rule);
        assert!(said(&problem).message.starts_with(part), "{problem}");
        assert!(said(&problem).fix.contains("the session's time is the schedule's start"));
    }
}

#[test]
fn day_zero_of_a_month_is_refused_and_five_from_the_end_is_read_like_the_fifth() {
    let problem = refusal("FREQ=MONTHLY;BYMONTHDAY=0");
    assert!(said(&problem).fix.contains("there is no day 0"));
    // In 2026 January, May, August and October have five Saturdays.
    let fifth = local_starts("FREQ=MONTHLY;BYDAY=5SA", "2027-01-01T00:00");
    let fifth_from_end = local_starts("FREQ=MONTHLY;BYDAY=-5SA", "2027-01-01T00:00");
    assert_eq!(fifth, ["2026-01-31T10:00", "2026-05-30T10:00", "2026-08-29T10:00", "2026-10-31T10:00"]);
    assert_eq!(fifth_from_end, ["2026-01-03T10:00", "2026-05-02T10:00", "2026-08-01T10:00", "2026-10-03T10:00"]);
    assert!(said(&refusal("FREQ=MONTHLY;BYDAY=6SA")).message.contains("a month has at most five"));
    assert!(said(&refusal("FREQ=MONTHLY;INTERVAL=2;BYDAY=-5SA")).fix.contains("leave out INTERVAL"));
}

#[test]
fn until_may_be_a_date_meaning_the_whole_last_day_in_uk_time_or_a_uk_time() {
    let through_the_31st =
        ["2026-01-03T10:00", "2026-01-10T10:00", "2026-01-17T10:00", "2026-01-24T10:00", "2026-01-31T10:00"];
    assert_eq!(local_starts("FREQ=WEEKLY;UNTIL=20260131", "2027-01-01T00:00"), through_the_31st);
    assert_eq!(local_starts("FREQ=WEEKLY;UNTIL=20260131T100000", "2027-01-01T00:00"), through_the_31st);
    assert_eq!(local_starts("FREQ=WEEKLY;UNTIL=20260131T095959", "2027-01-01T00:00"), through_the_31st[..4]);
    // In summer a UK date ends at 23:00 UTC: a 23:30 session on the last day is kept.
    let mut plan = with_rule("FREQ=DAILY;UNTIL=20260702");
    plan["arrangements"][1]["schedule"]["start"] = json!("2026-07-01T23:30");
    let plan = valid(plan);
    assert_eq!(
        calendar_of(&plan, "2027-01-01T00:00").sessions().iter().filter(|s| s.arrangement == "nan-calls").count(),
        2
    );

    let before = refusal("FREQ=WEEKLY;UNTIL=20251231");
    assert_eq!(said(&before).message, "the repeat rule ends (UNTIL) before its first session starts");
    assert!(said(&before).fix.contains("on or after the schedule's start"));
    assert!(said(&refusal("FREQ=WEEKLY;UNTIL=2026-01-31")).fix.contains("UNTIL=20270731"));
    assert!(said(&refusal("FREQ=WEEKLY;COUNT=3;UNTIL=20260131")).fix.contains("not both"));
}

#[test]
fn an_interval_or_count_of_zero_says_what_is_wrong() {
    let problem = refusal("FREQ=WEEKLY;INTERVAL=0");
    assert!(said(&problem).message.starts_with("INTERVAL=0 would never repeat"), "{problem}");
    assert!(said(&problem).fix.contains("INTERVAL=2 means every other week"));
    assert_eq!(said(&refusal("FREQ=WEEKLY;COUNT=0")).message, "COUNT=0 would give no sessions");
}

#[test]
fn rule_text_that_is_not_a_rule_is_refused_without_a_panic_or_an_echo() {
    for rule in [
        "FREQ=WEEKLY;BYDAY=ÉE",
        "FREQ=WEEKLY;BYDAY=SÉ",
        "FREQ=WEEKLY;BYDAY=É",
        "FREQ=WEEKLY;X-NAME=12 Acacia Road",
        "FREQ=WEEKLY;BYDAY=12ACACIAROAD",
        "FREQ=WEEKLY;;BYDAY=SA",
        "FREQ=WEEKLY\u{0}",
        "12 Acacia Road",
        "",
        "FREQ=WEEKLY;FREQ=DAILY",
        "FREQ=MONTHLY;BYDAY=+-1SA",
        "FREQ=YEARLY;BYWEEKNO=20",
        "BYDAY=TH",
    ] {
        refusal(rule);
    }
    assert_eq!(
        said(&refusal("FREQ=WEEKLY;X-ROAD=ACACIA")).message,
        "part 2 of the repeat rule is not one this app reads"
    );
}

#[test]
fn lower_case_and_an_rrule_prefix_read_as_the_rule() {
    assert_eq!(local_starts("rrule:freq=weekly;count=2", "2027-01-01T00:00"), ["2026-01-03T10:00", "2026-01-10T10:00"]);
}

#[test]
fn dates_outside_the_plan_years_are_refused_wherever_they_are() {
    let mut plan = base();
    plan["arrangements"][0]["schedule"]["start"] = json!("1999-12-25T10:00");
    plan["arrangements"][1]["review_date"] = json!("2100-01-01");
    plan["session_changes"] = json!([{ "arrangement": "nan-calls", "planned": "2101-01-05T18:00",
        "kind": "cancelled", "reason": "Nan is away.", "decided_by": "family" }]);
    let problems = problems(plan);
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"/arrangements/0/schedule/start"), "{paths:?}");
    assert!(paths.contains(&"/arrangements/1/review_date"), "{paths:?}");
    assert!(paths.contains(&"/session_changes/0/planned"), "{paths:?}");
    assert!(problems.iter().any(|p| said(p).message == "this date is outside 2000-2099, the years a plan may name"));
    let problem = refusal("FREQ=WEEKLY;UNTIL=99991231");
    assert!(said(&problem).message.contains("outside 2000-2099"));
}

#[test]
fn a_plan_with_more_sessions_than_a_phone_should_hold_is_refused() {
    let mut plan = base();
    let daily: Vec<Value> = (0..30)
        .map(|i| {
            json!({ "id": format!("call-{i}"), "with": ["nan"], "form": "phone_call", "support": "unsupported",
                    "purpose": "So you can talk.",
                    "schedule": { "start": "2000-01-01T18:00", "duration_minutes": 10, "repeat": "FREQ=DAILY" } })
        })
        .collect();
    plan["arrangements"] = json!(daily);
    let problems = problems(plan);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "/arrangements");
    assert!(said(&problems[0]).message.contains(&format!("more than {MAX_PLAN_SESSIONS} sessions")));
}

#[test]
fn a_session_change_on_the_night_the_clocks_go_back_names_the_first_of_the_repeated_hour() {
    let mut plan = base();
    plan["arrangements"][1]["schedule"] =
        json!({ "start": "2026-10-18T01:30", "duration_minutes": 30, "repeat": "FREQ=WEEKLY;BYDAY=SU" });
    plan["session_changes"] = json!([{ "arrangement": "nan-calls", "planned": "2026-10-25T01:30",
        "kind": "cancelled", "reason": "Nan is away.", "decided_by": "family" }]);
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2026-11-01T00:00");
    let night = calendar.sessions().iter().find(|s| s.id == "nan-calls/2026-10-25T01:30").expect("the session");
    // 01:30 BST is 00:30 UTC: the first time the clock shows 01:30.
    assert_eq!(night.start, chrono::DateTime::parse_from_rfc3339("2026-10-25T00:30:00Z").unwrap());
    assert!(matches!(night.status, calendar::SessionStatus::Cancelled { .. }));
}

#[test]
fn a_rule_that_never_gives_a_session_is_refused_in_a_before_schedule_too() {
    let mut plan = base();
    plan["arrangements"][1]["changes"] = json!([{ "kind": "new_time", "effective": "2026-01-01",
        "decided_by": "family",
        "before": { "start": "2025-06-04T18:00", "duration_minutes": 30,
                    "repeat": "FREQ=DAILY;INTERVAL=7;BYDAY=MO;BYMONTHDAY=30;BYMONTH=2" } }]);
    let problems = problems(plan);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "/arrangements/1/changes/0/before/repeat");
    assert_eq!(said(&problems[0]).message, "the repeat rule gives no sessions at all");
}
