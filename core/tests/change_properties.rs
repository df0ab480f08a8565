//! Properties of "what changed" over random pairs of valid plan versions: the list is
//! empty for identical plans, explains every difference in the child's next 90 days, and
//! never lets family time shrink without a reason on the list.

mod common;

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use common::*;
use familytime_core::calendar::{self, Calendar, Session};
use familytime_core::changes::{self, PlanChange, WINDOW_DAYS};
use familytime_core::plan::{PersonStatus, SessionChangeKind, ValidPlan};
use familytime_core::validate;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const KINDS: [&str; 4] = ["reduced", "increased", "new_time", "suspended"];

/// A schedule: first day offset from 2026-09-01, hour, minutes, weekday, weeks apart.
fn schedule() -> impl Strategy<Value = Value> {
    (0..120i64, 9..19u32, 1..13u32, 0..7usize, 1..4u32).prop_map(|(day, hour, quarter_hours, weekday, interval)| {
        let start = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + Duration::days(day);
        json!({
            "start": format!("{start}T{hour:02}:00"),
            "duration_minutes": quarter_hours * 15,
            "repeat": format!("FREQ=WEEKLY;INTERVAL={interval};BYDAY={}", WEEKDAYS[weekday]),
        })
    })
}

/// Jay's plan with random schedules for Sam's visits and Nan's calls.
fn plan() -> impl Strategy<Value = Value> {
    (schedule(), schedule()).prop_map(|(sam, nan)| {
        let mut plan = base();
        plan["arrangements"][0]["schedule"] = sam;
        plan["arrangements"][1]["schedule"] = nan;
        plan
    })
}

/// One edit a worker might make between versions, recorded or not.
#[derive(Debug, Clone)]
enum Edit {
    Reschedule { arrangement: usize, schedule: Value },
    Record { arrangement: usize, kind: usize, day: i64, schedule: Value },
    Cancel { arrangement: usize, nth: usize, with_reason: bool },
    Move { arrangement: usize, nth: usize, days: i64 },
    Duration { arrangement: usize, minutes: u32 },
    Status { person: usize, status: usize, with_reason: bool },
    AddPerson,
    SwapHelper,
    Venue,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..2usize, schedule()).prop_map(|(arrangement, schedule)| Edit::Reschedule { arrangement, schedule }),
        (0..2usize, 0..KINDS.len(), 0..100i64, schedule())
            .prop_map(|(arrangement, kind, day, schedule)| Edit::Record { arrangement, kind, day, schedule }),
        (0..2usize, 0..12usize, any::<bool>()).prop_map(|(arrangement, nth, with_reason)| Edit::Cancel {
            arrangement,
            nth,
            with_reason
        }),
        (0..2usize, 0..12usize, -3..4i64).prop_map(|(arrangement, nth, days)| Edit::Move { arrangement, nth, days }),
        (0..2usize, 1..13u32).prop_map(|(arrangement, q)| Edit::Duration { arrangement, minutes: q * 15 }),
        (0..2usize, 0..3usize, any::<bool>()).prop_map(|(person, status, with_reason)| Edit::Status {
            person,
            status,
            with_reason
        }),
        Just(Edit::AddPerson),
        Just(Edit::SwapHelper),
        Just(Edit::Venue),
    ]
}

fn apply(plan: &mut Value, edit: &Edit, today: NaiveDate) {
    let reason = "Your social worker will explain this at your next visit.";
    match edit {
        Edit::Reschedule { arrangement, schedule } => plan["arrangements"][arrangement]["schedule"] = schedule.clone(),
        Edit::Record { arrangement, kind, day, schedule } => {
            let effective = today + Duration::days(*day - 10);
            let a = &mut plan["arrangements"][arrangement];
            let before = a["schedule"].clone();
            let mut change = json!({ "kind": KINDS[*kind], "effective": effective.to_string(), "reason": reason, "decided_by": "social_worker" });
            if KINDS[*kind] != "suspended" {
                change["before"] = before;
                a["schedule"] = schedule.clone();
            }
            a["changes"]
                .as_array_mut()
                .map(|c| c.push(change.clone()))
                .unwrap_or_else(|| a["changes"] = json!([change]));
        }
        Edit::Cancel { arrangement, nth, with_reason } => {
            session_change(plan, *arrangement, *nth, today, |planned| {
                let mut c = json!({ "planned": planned, "kind": "cancelled", "decided_by": "family" });
                if *with_reason {
                    c["reason"] = json!(reason);
                }
                c
            });
        }
        Edit::Move { arrangement, nth, days } => {
            session_change(plan, *arrangement, *nth, today, |planned| {
                let to = local_time(&planned) + Duration::days(*days) + Duration::hours(1);
                json!({ "planned": planned, "kind": "moved", "moved_to": to.format("%Y-%m-%dT%H:%M").to_string(), "reason": reason, "decided_by": "carer" })
            });
        }
        Edit::Duration { arrangement, minutes } => {
            plan["arrangements"][arrangement]["schedule"]["duration_minutes"] = json!(minutes)
        }
        Edit::Status { person, status, with_reason } => {
            let p = &mut plan["people"][person];
            p["status"] = json!(["can_see", "cant_see_right_now", "choose_not_to"][*status]);
            p["status_reason"] = if *with_reason { json!(reason) } else { Value::Null };
        }
        Edit::AddPerson => {
            if plan["people"].as_array().unwrap().iter().all(|p| p["id"] != "kai") {
                plan["people"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({ "id": "kai", "name": "Kai", "relationship": "cousin", "status": "can_see" }));
            }
        }
        Edit::SwapHelper => plan["helpers"] = json!([{ "id": "ali", "role": "social_worker", "name": "Ali" }]),
        Edit::Venue => {
            plan["arrangements"][0]["venue"] = json!({ "kind": "community", "description": "the park" });
        }
    }
}

/// Adds a change to the `nth` session of an arrangement from `today` on.
fn session_change(plan: &mut Value, arrangement: usize, nth: usize, today: NaiveDate, make: impl Fn(String) -> Value) {
    let Ok(valid) = validate::read_plan(plan.to_string().as_bytes()) else { return };
    let id = valid.arrangements[arrangement].id.clone();
    let from = calendar::uk_midnight(today);
    let sessions = calendar::expand(&valid, from + Duration::days(WINDOW_DAYS)).unwrap();
    let Some(session) = sessions.iter().filter(|s| s.arrangement == id && s.planned >= from).nth(nth) else { return };
    if valid.session_changes.iter().any(|c| calendar::session_id(&c.arrangement, c.planned) == session.id) {
        return;
    }
    let planned = calendar::uk_local(session.planned).format("%Y-%m-%dT%H:%M").to_string();
    let mut change = make(planned);
    change["arrangement"] = json!(id);
    match plan["session_changes"].as_array_mut() {
        Some(changes) => changes.push(change),
        None => plan["session_changes"] = json!([change]),
    }
}

fn read(plan: &Value) -> Option<ValidPlan> {
    validate::read_plan(plan.to_string().as_bytes()).ok()
}

/// The sessions a child would see in the window, by id.
fn window(plan: &ValidPlan, now: DateTime<Utc>) -> HashMap<String, Session> {
    let from = calendar::uk_midnight(calendar::uk_date(now));
    let to = from + Duration::days(WINDOW_DAYS);
    let calendar = Calendar::new(plan, to).unwrap();
    calendar
        .sessions()
        .iter()
        .filter(|s| s.planned >= from || s.start >= from)
        .map(|s| (s.id.clone(), s.clone()))
        .collect()
}

fn going_ahead_minutes(sessions: &HashMap<String, Session>) -> i64 {
    sessions.values().filter(|s| s.status.goes_ahead()).map(|s| (s.end - s.start).num_minutes().max(1)).sum()
}

/// Whether `change` tells the child about this session being different.
fn explains(change: &PlanChange, session: &Session) -> bool {
    let date = calendar::uk_date(session.planned);
    match change {
        PlanChange::Session { change } => calendar::session_id(&change.arrangement, change.planned) == session.id,
        PlanChange::NewArrangement { arrangement } | PlanChange::Altered { arrangement } => {
            *arrangement == session.arrangement
        }
        PlanChange::Arrangement { arrangement, change } => {
            *arrangement == session.arrangement && change.effective <= date
        }
        _ => false,
    }
}

fn has_reason(change: &PlanChange) -> bool {
    let given = |r: &Option<String>| r.as_deref().is_some_and(|r| !r.trim().is_empty());
    match change {
        PlanChange::Arrangement { change, .. } => !change.kind.means_less() || given(&change.reason),
        PlanChange::Session { change } => change.kind != SessionChangeKind::Cancelled || given(&change.reason),
        PlanChange::PersonStatus { status, reason, .. } => *status != PersonStatus::CantSeeRightNow || given(reason),
        _ => true,
    }
}

fn now() -> impl Strategy<Value = DateTime<Utc>> {
    // From November to March: some windows cross the clocks going forward.
    (0..130i64).prop_map(|days| uk("2026-11-01T09:00") + Duration::days(days))
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    #[test]
    fn identical_plans_have_no_changes(old in plan(), now in now()) {
        let Some(old) = read(&old) else { return Ok(()) };
        let mut same = serde_json::to_value(old.plan()).unwrap();
        same["version"] = json!(2);
        let same = read(&same).unwrap();
        prop_assert_eq!(changes::compare(&old, &same, now), changes::Comparison::default());
    }

    #[test]
    fn the_change_list_explains_every_difference_in_the_next_90_days(
        old in plan(),
        edits in prop::collection::vec(edit(), 1..5),
        now in now(),
    ) {
        let today = calendar::uk_date(now);
        let Some(old_plan) = read(&old) else { return Ok(()) };
        let mut new = old.clone();
        new["version"] = json!(2);
        for edit in &edits {
            apply(&mut new, edit, today);
        }
        let Some(new_plan) = read(&new) else { return Ok(()) };
        let comparison = changes::compare(&old_plan, &new_plan, now);
        if !comparison.unexplained.is_empty() {
            // Refused: the store and the server keep the old version.
            return Ok(());
        }
        let (before, after) = (window(&old_plan, now), window(&new_plan, now));
        let ids: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        for id in ids {
            let (was, is) = (before.get(id), after.get(id));
            let same = |a: &Session, b: &Session| a.start == b.start && a.end == b.end
                && std::mem::discriminant(&a.status) == std::mem::discriminant(&b.status);
            if matches!((was, is), (Some(a), Some(b)) if same(a, b)) {
                continue;
            }
            let session = is.or(was).unwrap();
            prop_assert!(
                comparison.changes.iter().any(|c| explains(c, session)),
                "{id} differs ({was:?} → {is:?}) and nothing on the list says so: {:?}", comparison.changes
            );
        }
        for change in &comparison.changes {
            prop_assert!(has_reason(change), "less family time without a reason: {change:?}");
        }
        if going_ahead_minutes(&after) < going_ahead_minutes(&before) {
            let told = comparison.changes.iter().any(|c| match c {
                PlanChange::Arrangement { change, .. } => change.kind.means_less(),
                PlanChange::Session { change } => change.kind == SessionChangeKind::Cancelled,
                _ => false,
            });
            prop_assert!(told, "less family time in the window, and no change on the list says why: {:?}", comparison.changes);
        }
    }
}
