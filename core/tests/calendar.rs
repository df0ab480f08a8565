//! Sessions from rules: clock changes, every other week, and each kind of change.

mod common;

use chrono::{Duration, NaiveTime, Timelike};
use common::*;
use familytime_core::calendar::{self, SessionSource, SessionStatus};
use familytime_core::plan::Decider;
use familytime_core::screens::{Next, NothingPlanned, Screens};
use serde_json::json;

fn starts_of(plan: &familytime_core::plan::ValidPlan, arrangement: &str, horizon: &str) -> Vec<chrono::NaiveDateTime> {
    calendar_of(plan, horizon)
        .sessions()
        .iter()
        .filter(|s| s.arrangement == arrangement)
        .map(|s| calendar::uk_local(s.start))
        .collect()
}

#[test]
fn a_ten_oclock_visit_stays_at_ten_across_both_clock_changes() {
    let plan = valid(base());
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let sams: Vec<_> = calendar.sessions().iter().filter(|s| s.arrangement == "sam-saturdays").collect();
    assert_eq!(sams.len(), 26, "every other Saturday through 2026");
    for session in &sams {
        assert_eq!(calendar::uk_local(session.start).time(), NaiveTime::from_hms_opt(10, 0, 0).unwrap());
    }
    // The instants do move: 10:00 GMT is 10:00 UTC, 10:00 BST is 09:00 UTC.
    let utc_hour = |local: &str| sams.iter().find(|s| s.start == uk(local)).map(|s| s.start.hour());
    assert_eq!(utc_hour("2026-03-21T10:00"), Some(10), "last visit before the clocks go forward on 29 March");
    assert_eq!(utc_hour("2026-04-04T10:00"), Some(9), "first visit after");
    assert_eq!(utc_hour("2026-10-17T10:00"), Some(9), "last visit before the clocks go back on 25 October");
    assert_eq!(utc_hour("2026-10-31T10:00"), Some(10), "first visit after");
}

#[test]
fn sessions_on_the_days_the_clocks_change_keep_their_wall_clock_time_and_length() {
    let mut plan = base();
    plan["arrangements"][0]["schedule"] =
        json!({ "start": "2026-03-22T10:00", "duration_minutes": 180, "repeat": "FREQ=WEEKLY;BYDAY=SU" });
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2026-11-01T00:00");
    for day in ["2026-03-29T10:00", "2026-10-25T10:00"] {
        let session = calendar.sessions().iter().find(|s| s.start == uk(day)).expect("a session that Sunday");
        assert_eq!(session.end - session.start, Duration::minutes(180));
        assert_eq!(calendar::uk_local(session.end).time(), NaiveTime::from_hms_opt(13, 0, 0).unwrap());
    }
}

#[test]
fn a_rule_time_the_clocks_skip_moves_an_hour_on_and_a_repeated_time_is_taken_once() {
    let mut plan = base();
    plan["arrangements"][1]["schedule"] =
        json!({ "start": "2026-03-22T01:30", "duration_minutes": 30, "repeat": "FREQ=WEEKLY;BYDAY=SU" });
    let plan = valid(plan);
    let starts = starts_of(&plan, "nan-calls", "2026-11-02T00:00");
    assert!(starts.contains(&local_time("2026-03-29T02:30")), "01:30 does not exist on 29 March 2026");
    assert_eq!(starts.iter().filter(|s| s.date() == date("2026-10-25")).count(), 1, "01:30 happens twice");
    assert_eq!(starts.len(), 33, "still one call a week");
}

#[test]
fn every_other_week_keeps_the_fortnight_of_the_first_session() {
    let plan = valid(base());
    let starts = starts_of(&plan, "sam-saturdays", "2026-03-01T00:00");
    let dates: Vec<_> = starts.iter().map(|s| s.date()).collect();
    assert_eq!(dates, ["2026-01-10", "2026-01-24", "2026-02-07", "2026-02-21"].map(date));
}

#[test]
fn cancelled_moved_and_missed_sessions_carry_their_reasons() {
    let mut plan = base();
    plan["session_changes"] = json!([
        { "arrangement": "sam-saturdays", "planned": "2026-11-14T10:00", "kind": "cancelled",
          "reason": "Sam is poorly with chickenpox.", "decided_by": "social_worker" },
        { "arrangement": "sam-saturdays", "planned": "2026-11-28T10:00", "kind": "moved",
          "moved_to": "2026-11-29T14:00", "reason": "The family centre is closed on Saturday.", "decided_by": "social_worker" },
        { "arrangement": "nan-calls", "planned": "2026-11-04T18:00", "kind": "did_not_happen", "who": "nan",
          "reason": "Nan's internet stopped working.", "decided_by": "family" }
    ]);
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let by_id = |id: &str| calendar.session(id).unwrap().unwrap_or_else(|| panic!("no session {id}"));

    let cancelled = by_id("sam-saturdays/2026-11-14T10:00");
    assert_eq!(
        cancelled.status,
        SessionStatus::Cancelled { reason: "Sam is poorly with chickenpox.".into(), decided_by: Decider::SocialWorker }
    );
    let moved = by_id("sam-saturdays/2026-11-28T10:00");
    assert_eq!(moved.start, uk("2026-11-29T14:00"));
    assert_eq!(moved.end, uk("2026-11-29T16:00"));
    assert_eq!(moved.planned, uk("2026-11-28T10:00"));
    let missed = by_id("nan-calls/2026-11-04T18:00");
    assert!(matches!(missed.status, SessionStatus::DidNotHappen { who: Some(ref w), .. } if w == "nan"));

    // The moved session is what "next time with Sam" shows on the Saturday it left.
    let words = english();
    let screens = Screens::new(&plan, &calendar, &words, uk("2026-11-28T09:00"));
    let home = screens.home().unwrap();
    let sam = home.people.iter().find(|p| p.person.id == "sam").unwrap();
    match &sam.next {
        Next::Session { session } => {
            assert_eq!(session.start, local_time("2026-11-29T14:00"));
            assert_eq!(session.moved_from, Some(local_time("2026-11-28T10:00")));
            assert_eq!(session.days_away, 1);
        }
        other => panic!("expected Sam's moved session, got {other:?}"),
    }
}

#[test]
fn next_time_skips_cancelled_sessions_and_says_why_when_all_are_cancelled() {
    let mut plan = base();
    // Sam's visits end after 12 December, and both remaining ones are cancelled.
    plan["arrangements"][0]["changes"] = json!([
        { "kind": "ended", "effective": "2026-12-13", "reason": "Sam is moving to live with his dad.", "decided_by": "court" }
    ]);
    plan["session_changes"] = json!([
        { "arrangement": "sam-saturdays", "planned": "2026-11-28T10:00", "kind": "cancelled",
          "reason": "Sam has a school trip.", "decided_by": "carer" },
        { "arrangement": "sam-saturdays", "planned": "2026-12-12T10:00", "kind": "cancelled",
          "reason": "The family centre is closed for repairs.", "decided_by": "social_worker" }
    ]);
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2027-06-01T00:00");
    let next_for_sam = |now: &str| {
        let home = Screens::new(&plan, &calendar, &english(), uk(now)).home().unwrap();
        home.people.into_iter().find(|p| p.person.id == "sam").unwrap().next
    };
    assert!(
        matches!(next_for_sam("2026-11-01T12:00"), Next::Session { session } if session.start == local_time("2026-11-14T10:00"))
    );
    assert_eq!(
        next_for_sam("2026-11-15T12:00"),
        Next::Nothing { why: NothingPlanned::AllCancelled { reason: "Sam has a school trip.".into() } }
    );
    assert_eq!(
        next_for_sam("2026-12-13T12:00"),
        Next::Nothing {
            why: NothingPlanned::Ended {
                reason: Some("Sam is moving to live with his dad.".into()),
                decided_by: Decider::Court
            }
        }
    );
    assert!(calendar.sessions().iter().all(|s| s.arrangement != "sam-saturdays" || s.start < uk("2026-12-13T00:00")));
}

#[test]
fn a_reduction_keeps_past_sessions_on_the_old_rule_and_future_ones_on_the_new() {
    let mut plan = base();
    plan["arrangements"][1]["schedule"] =
        json!({ "start": "2026-10-07T16:00", "duration_minutes": 60, "repeat": "FREQ=WEEKLY;BYDAY=WE" });
    plan["arrangements"][1]["changes"] = json!([{
        "kind": "reduced", "effective": "2026-10-05",
        "reason": "Nan is not well enough for three calls a week, so it will be one longer call.",
        "decided_by": "review_meeting",
        "before": { "start": "2026-09-07T16:00", "duration_minutes": 30, "repeat": "FREQ=WEEKLY;BYDAY=MO,WE,FR" }
    }]);
    let plan = valid(plan);
    let starts = starts_of(&plan, "nan-calls", "2026-10-22T00:00");
    let september = starts.iter().filter(|s| s.date() < date("2026-10-05")).count();
    let october = starts.iter().filter(|s| s.date() >= date("2026-10-05")).count();
    assert_eq!(september, 12, "Mon, Wed and Fri for four weeks");
    assert_eq!(october, 3, "Wednesdays 7, 14 and 21 October");

    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let home = Screens::new(&plan, &calendar, &english(), uk("2026-10-20T09:00")).home().unwrap();
    let change = home.changes.iter().find(|c| c.arrangement == "nan-calls").expect("the change is on the home screen");
    let (before, after) = (change.before.as_ref().unwrap(), change.after.as_ref().unwrap());
    assert_eq!((before.times, after.times), (3, 1));
    assert!(change.reason.as_deref().unwrap().contains("not well enough"));
}

#[test]
fn a_suspension_shows_its_reason_and_family_time_comes_back_after_it() {
    let mut plan = base();
    plan["arrangements"][0]["changes"] = json!([{
        "kind": "suspended", "effective": "2026-11-01", "until": "2026-11-30",
        "reason": "Your social worker needs to make sure everyone is safe after what happened last time.",
        "decided_by": "social_worker"
    }]);
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let status = |id: &str| calendar.session(id).unwrap().unwrap().status;
    assert!(
        matches!(status("sam-saturdays/2026-11-14T10:00"), SessionStatus::Suspended { until: Some(u), .. } if u == date("2026-11-30"))
    );
    assert!(matches!(status("sam-saturdays/2026-11-28T10:00"), SessionStatus::Suspended { .. }));
    assert_eq!(status("sam-saturdays/2026-12-12T10:00"), SessionStatus::Planned);

    let home = Screens::new(&plan, &calendar, &english(), uk("2026-11-10T09:00")).home().unwrap();
    let sam = home.people.iter().find(|p| p.person.id == "sam").unwrap();
    assert!(matches!(&sam.next, Next::Session { session } if session.start == local_time("2026-12-12T10:00")));
}

#[test]
fn days_away_count_calendar_days_even_across_a_short_or_long_night() {
    let plan = valid(base());
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    // Friday evening before the clocks go forward: Saturday's visit is one sleep away,
    // though fewer than 24 hours of clock time pass.
    for (now, expected_days) in
        [("2026-03-20T21:00", 1), ("2026-03-28T20:00", 7), ("2026-10-16T23:30", 1), ("2026-10-17T13:00", 14)]
    {
        let home = Screens::new(&plan, &calendar, &english(), uk(now)).home().unwrap();
        let sam = home.people.iter().find(|p| p.person.id == "sam").unwrap();
        let Next::Session { session } = &sam.next else { panic!("Sam has a next session") };
        assert_eq!(session.days_away, expected_days, "from {now}");
    }
}

#[test]
fn the_week_runs_monday_to_sunday_and_the_month_has_every_day() {
    let plan = valid(base());
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let words = english();
    let screens = Screens::new(&plan, &calendar, &words, uk("2026-11-22T09:00"));
    let week = screens.week(date("2026-11-29")).unwrap();
    assert_eq!(week.starts, date("2026-11-23"));
    assert_eq!(week.days.len(), 7);
    let sessions: Vec<_> = week.days.iter().flat_map(|d| &d.sessions).map(|s| s.id.as_str()).collect();
    assert_eq!(sessions, ["nan-calls/2026-11-25T18:00", "sam-saturdays/2026-11-28T10:00"]);
    assert_eq!(week.days[0].days_away, 1);
    let month = screens.month(2026, 2).unwrap().unwrap();
    assert_eq!(month.days.len(), 28);
    assert!(screens.month(2026, 13).unwrap().is_none());
}
