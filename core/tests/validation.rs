//! A worker's mistakes are found, all at once, each with where it is and how to fix it.

mod common;

use common::*;
use familytime_core::validate;
use serde_json::json;

fn paths(problems: &[validate::Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn the_base_plan_is_valid() {
    valid(base());
}

#[test]
fn unknown_references_name_the_ids_that_exist() {
    let mut plan = base();
    plan["arrangements"][0]["with"] = json!(["sam", "kai"]);
    plan["session_changes"] = json!([{ "arrangement": "sam-sundays", "planned": "2026-01-10T10:00",
        "kind": "cancelled", "reason": "Closed.", "decided_by": "social_worker" }]);
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/arrangements/0/with/1", "/session_changes/0/arrangement"]);
    assert_eq!(said(&problems[0]).message, "there is no person with the id \"kai\"");
    assert_eq!(said(&problems[0]).fix, "use one of the ids in people: nan, sam");
    assert!(said(&problems[1]).fix.contains("nan-calls, sam-saturdays"));
}

#[test]
fn an_impossible_date_is_refused_where_it_is() {
    let mut plan = base();
    plan["arrangements"][1]["schedule"]["start"] = json!("2026-02-30T18:00");
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/arrangements/1/schedule/start"]);
    assert_eq!(said(&problems[0]).message, "this is not a UK date and time written YYYY-MM-DDTHH:MM");
    assert!(said(&problems[0]).fix.contains("write a real date"), "{}", said(&problems[0]).fix);
}

#[test]
fn times_the_clocks_skip_or_repeat_are_refused() {
    let mut plan = base();
    plan["arrangements"][0]["schedule"]["start"] = json!("2026-03-29T01:30");
    plan["arrangements"][1]["schedule"]["start"] = json!("2026-10-25T01:30");
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/arrangements/0/schedule/start", "/arrangements/1/schedule/start"]);
    assert!(said(&problems[0]).message.contains("does not exist in the UK"));
    assert!(said(&problems[1]).message.contains("happens twice in the UK"));
}

#[test]
fn less_family_time_without_a_reason_is_refused() {
    let mut plan = base();
    plan["arrangements"][0]["changes"] = json!([
        { "kind": "reduced", "effective": "2026-03-01", "decided_by": "social_worker",
          "before": { "start": "2026-01-03T10:00", "duration_minutes": 120, "repeat": "FREQ=WEEKLY;BYDAY=SA" } },
        { "kind": "suspended", "effective": "2026-04-01", "reason": "   ", "decided_by": "social_worker" },
        { "kind": "ended", "effective": "2026-06-01", "decided_by": "court" }
    ]);
    plan["session_changes"] = json!([{ "arrangement": "nan-calls", "planned": "2026-01-14T18:00",
        "kind": "cancelled", "decided_by": "family" }]);
    let problems = problems(plan);
    assert_eq!(
        paths(&problems),
        [
            "/arrangements/0/changes/0/reason",
            "/arrangements/0/changes/1/reason",
            "/arrangements/0/changes/2/reason",
            "/session_changes/0/reason"
        ]
    );
    assert!(said(&problems[0]).message.contains("(reduced) has no reason"));
    assert!(said(&problems[3]).message.contains("cancelled session has no reason"));
}

#[test]
fn a_session_change_must_point_at_a_real_session_and_is_told_the_nearest() {
    let mut plan = base();
    plan["session_changes"] = json!([{ "arrangement": "sam-saturdays", "planned": "2026-01-17T10:00",
        "kind": "cancelled", "reason": "Sam is ill.", "decided_by": "carer" }]);
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/session_changes/0/planned"]);
    assert!(
        said(&problems[0]).fix.ends_with("the nearest is 2026-01-10T10:00")
            || said(&problems[0]).fix.ends_with("2026-01-24T10:00")
    );
}

#[test]
fn addresses_postcodes_and_contact_details_are_refused_in_every_free_text_field() {
    let mut plan = base();
    plan["arrangements"][0]["venue"]["description"] = json!("the family centre, ME14 1XQ");
    plan["arrangements"][0]["who_takes_me"] = json!("Jo, who lives at 14 Orchard Close");
    plan["arrangements"][1]["purpose"] = json!("Nan will ring from 01632 960 123");
    plan["people"][1]["status_reason"] = json!("email nan@example.org");
    plan["people"][0]["remembering"] = json!([{ "date": "05-14", "what": "Sam's party at Flat 2" }]);
    let problems = problems(plan);
    assert_eq!(
        paths(&problems),
        [
            "/people/0/remembering/0/what",
            "/people/1/status_reason",
            "/arrangements/0/venue/description",
            "/arrangements/0/who_takes_me",
            "/arrangements/1/purpose",
        ]
    );
    assert!(problems.iter().all(|p| said(p).fix.contains("describe the place instead")));
    // The refusal never repeats the address: problems can end up in logs.
    assert!(problems.iter().all(|p| !said(p).message.contains("ME14") && !said(p).message.contains("Orchard")));
    let kinds: Vec<String> = problems.iter().map(|p| said(p).message).collect();
    for kind in ["a postcode", "a street address", "a phone number"] {
        assert!(kinds.contains(&format!("this looks like it contains {kind}")), "{kinds:?}");
    }
}

#[test]
fn surnames_are_refused_and_first_names_or_relationships_pass() {
    let mut plan = base();
    plan["child"]["first_name"] = json!("Jay Smith");
    plan["people"][0]["name"] = json!("Sam Smith");
    plan["people"][1]["name"] = json!("Nanny Pat");
    plan["helpers"][0]["name"] = json!("Priya Shah");
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/child/first_name", "/people/0/name", "/helpers/0/name"]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut plan = base();
    plan["format_version"] = json!(2);
    plan["version"] = json!(0);
    plan["arrangements"][1]["id"] = json!("sam-saturdays");
    plan["arrangements"][0]["schedule"]["repeat"] = json!("FREQ=FORTNIGHTLY");
    plan["arrangements"][1]["schedule"]["duration_minutes"] = json!(0);
    plan["arrangements"][0].as_object_mut().unwrap().remove("venue");
    let problems = problems(plan);
    assert_eq!(
        paths(&problems),
        [
            "/format_version",
            "/version",
            "/arrangements/1/id",
            "/arrangements/0/venue",
            "/arrangements/0/schedule/repeat",
            "/arrangements/1/schedule/duration_minutes"
        ]
    );
    assert!(said(&problems[4]).fix.contains("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"));
}

#[test]
fn a_rule_that_never_happens_is_refused() {
    let mut plan = base();
    plan["arrangements"][1]["schedule"]["repeat"] = json!("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30");
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/arrangements/1/schedule/repeat"]);
}

#[test]
fn structural_mistakes_stop_at_the_first_with_its_path() {
    let mut plan = base();
    plan["arrangements"][0]["support"] = json!("supervisd");
    let problems = problems(plan);
    assert_eq!(paths(&problems), ["/arrangements/0/support"]);
    assert_eq!(said(&problems[0]).message, "this is not a kind of support the format knows");
    assert_eq!(said(&problems[0]).fix, "write one of: unsupported, facilitated, supported, supervised");

    let mut plan = base();
    plan["people"][0]["surname"] = json!("Smith");
    let problems = self::problems(plan);
    assert_eq!(
        (problems[0].path.as_str(), said(&problems[0]).message.as_str()),
        ("/people/0", "this has a field the plan format does not have")
    );

    let cut_short = validate::read_plan(b"{ \"format\": \"familytime.plan\", ").unwrap_err();
    assert_eq!(cut_short.problems[0].id, "json-ends-early");
    assert!(said(&cut_short.problems[0]).fix.contains("the whole plan was copied"));
    let broken = validate::read_plan(b"{ \"format\" \"familytime.plan\" }").unwrap_err();
    assert_eq!(said(&broken.problems[0]).message, "the file is not valid JSON at line 1, column 12");
    assert!(said(&broken.problems[0]).fix.contains("missing comma, quote or bracket"));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let huge = vec![b' '; validate::MAX_PLAN_BYTES + 1];
    let problems = validate::read_plan(&huge).unwrap_err().problems;
    assert!(said(&problems[0]).message.contains("a plan is at most 1048576 bytes"));
}

#[test]
fn every_sample_plan_is_valid() {
    for (name, bytes) in samples() {
        if let Err(rejected) = validate::read_plan(&bytes) {
            panic!("{name}: {rejected}");
        }
    }
}
