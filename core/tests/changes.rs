//! "What changed since you last looked": every change a new plan version brings is on
//! the list with its reason, nothing else is, and less family time never comes silently.

mod common;

use common::*;
use familytime_core::changes::{self, PlanChange};
use familytime_core::keys::FileKeyStore;
use familytime_core::plan::{ChangeKind, HelperRole, PersonStatus, SessionChangeKind};
use familytime_core::screens::{ChangeCardKind, Screens};
use familytime_core::store::{Imported, Store, StoreError};
use serde_json::{Value, json};

const NOW: &str = "2026-11-22T09:00";

fn compare(old: &Value, new: &Value) -> changes::Comparison {
    changes::compare(&valid(old.clone()), &valid(new.clone()), uk(NOW))
}

fn next_version(plan: &Value) -> Value {
    let mut next = plan.clone();
    next["version"] = json!(plan["version"].as_u64().unwrap() + 1);
    next
}

/// Mum and Kai three times a week, cut down to once a week: the seed's own words.
fn cut_down(reason: Option<&str>) -> (Value, Value) {
    let mut old = base();
    old["people"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "mum", "name": "Mum", "relationship": "mum", "status": "can_see" }));
    old["arrangements"].as_array_mut().unwrap().push(json!({
        "id": "mum-visits", "with": ["mum"], "form": "visit", "support": "supervised",
        "venue": { "kind": "family_centre" },
        "purpose": "So you and Mum can spend time together.",
        "schedule": { "start": "2026-09-07T16:00", "duration_minutes": 90, "repeat": "FREQ=WEEKLY;BYDAY=MO,WE,FR" }
    }));
    let mut new = next_version(&old);
    let mum = &mut new["arrangements"][2];
    mum["schedule"] = json!({ "start": "2026-11-27T16:00", "duration_minutes": 90, "repeat": "FREQ=WEEKLY;BYDAY=FR" });
    if let Some(reason) = reason {
        mum["changes"] = json!([{
            "kind": "reduced", "effective": "2026-11-23", "reason": reason, "decided_by": "court",
            "before": { "start": "2026-09-07T16:00", "duration_minutes": 90, "repeat": "FREQ=WEEKLY;BYDAY=MO,WE,FR" }
        }]);
    }
    (old, new)
}

#[test]
fn identical_versions_have_nothing_to_tell() {
    let plan = base();
    let comparison = compare(&plan, &next_version(&plan));
    assert_eq!(comparison, changes::Comparison::default());
}

#[test]
fn a_cut_with_its_reason_is_shown_with_the_reason_and_what_the_child_can_do() {
    let reason = "The court decided that once a week is better for now, while Mum gets help.";
    let (old, new) = cut_down(Some(reason));
    let comparison = compare(&old, &new);
    assert!(comparison.unexplained.is_empty(), "{:?}", comparison.unexplained);
    assert!(matches!(
        comparison.changes.as_slice(),
        [PlanChange::Arrangement { arrangement, change }] if arrangement == "mum-visits" && change.kind == ChangeKind::Reduced
    ));

    let dir = tempfile::tempdir().unwrap();
    let keys = FileKeyStore::new(dir.path().join("keys"));
    let mut store = Store::open(&dir.path().join("store.db"), &keys, uk(NOW)).unwrap();
    store.import_plan(valid(old), uk(NOW)).unwrap();
    assert_eq!(store.import_plan(valid(new), uk(NOW)).unwrap(), Imported::Stored { replaced: Some(1), changes: 1 });
    let unseen = store.unseen_changes().unwrap();
    let plan = store.plan().unwrap().unwrap().clone();
    let words = english();
    let snapshot = store.snapshot().unwrap();
    let view = Screens::new(&plan, &snapshot, &words, uk(NOW)).changes(&unseen).unwrap();
    let card = &view.cards[0];
    assert_eq!(card.kind, ChangeCardKind::Arrangement { kind: ChangeKind::Reduced });
    assert!(card.less);
    assert_eq!(card.words.title, "You'll have less time with Mum");
    assert_eq!(card.words.detail.as_deref(), Some("It used to be 3 times a week. Now it is once a week."));
    assert_eq!(card.words.why.as_deref(), Some(format!("Why: {reason}").as_str()));
    assert!(card.words.next.as_deref().unwrap().contains("You can ask your social worker why"));
    assert_eq!(view.title, "What's changed");

    let cy = familytime_core::l10n::Words::new("cy", familytime_core::plan::AgeBand::Middle, None).unwrap();
    let welsh = Screens::new(&plan, &snapshot, &cy, uk(NOW)).changes(&unseen).unwrap();
    assert!(welsh.cards[0].words.why.as_deref().unwrap().contains(reason), "the worker's reason is shown as written");
    assert_ne!(welsh.cards[0].words.title, card.words.title);
}

#[test]
fn a_cut_without_a_reason_is_refused_and_the_stored_plan_is_kept() {
    let (old, new) = cut_down(None);
    let comparison = compare(&old, &new);
    assert_eq!(comparison.unexplained.len(), 1);
    let problem = &comparison.unexplained[0];
    assert_eq!(problem.path, "/arrangements/2");
    assert_eq!((problem.id.as_str(), &problem.args["arrangement"]), ("less-family-time", &"mum-visits".into()));
    assert!(said(problem).message.contains("less family time in \"mum-visits\""), "{problem}");
    assert!(said(problem).fix.contains("reduced"));

    let dir = tempfile::tempdir().unwrap();
    let keys = FileKeyStore::new(dir.path().join("keys"));
    let mut store = Store::open(&dir.path().join("store.db"), &keys, uk(NOW)).unwrap();
    store.import_plan(valid(old.clone()), uk(NOW)).unwrap();
    let refused = store.import_plan(valid(new), uk(NOW)).unwrap_err();
    assert!(matches!(refused, StoreError::Unexplained { version: 2, .. }), "{refused}");
    assert!(refused.to_string().contains("stored plan kept"), "{refused}");
    assert_eq!(store.plan().unwrap().unwrap().version, 1);
    assert!(store.unseen_changes().unwrap().is_empty());
    drop(store);
    let store = Store::open(&dir.path().join("store.db"), &keys, uk(NOW)).unwrap();
    assert_eq!(store.plan().unwrap().unwrap().plan(), valid(old).plan(), "the stored plan is as it was");
}

#[test]
fn moving_the_day_without_less_time_is_shown_as_a_change_not_refused() {
    let old = base();
    let mut new = next_version(&old);
    new["arrangements"][1]["schedule"]["repeat"] = json!("FREQ=WEEKLY;BYDAY=TH");
    new["arrangements"][1]["schedule"]["start"] = json!("2026-01-08T18:00");
    let comparison = compare(&old, &new);
    assert!(comparison.unexplained.is_empty(), "{:?}", comparison.unexplained);
    assert_eq!(comparison.changes, vec![PlanChange::Altered { arrangement: "nan-calls".into() }]);
}

#[test]
fn shorter_calls_without_a_reason_are_less_time() {
    let old = base();
    let mut new = next_version(&old);
    new["arrangements"][1]["schedule"]["duration_minutes"] = json!(15);
    assert_eq!(compare(&old, &new).unexplained.len(), 1);
}

#[test]
fn a_cancelled_session_is_news_with_its_reason() {
    let old = base();
    let mut new = next_version(&old);
    new["session_changes"] = json!([{
        "arrangement": "sam-saturdays", "planned": "2026-12-12T10:00", "kind": "cancelled",
        "reason": "The family centre is closed for repairs.", "decided_by": "social_worker"
    }]);
    let comparison = compare(&old, &new);
    assert!(comparison.unexplained.is_empty());
    assert!(matches!(
        comparison.changes.as_slice(),
        [PlanChange::Session { change }] if change.kind == SessionChangeKind::Cancelled
    ));
}

#[test]
fn taking_an_arrangement_or_a_person_out_is_refused_with_what_to_do_instead() {
    let old = base();
    let mut new = next_version(&old);
    new["arrangements"].as_array_mut().unwrap().remove(1);
    new["people"].as_array_mut().unwrap().remove(1);
    let problems = compare(&old, &new).unexplained;
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["/people/1", "/arrangements/1"]);
    assert!(said(&problems[1]).fix.contains("\"ended\" with the reason"));
}

#[test]
fn new_people_helpers_and_arrangements_are_news() {
    let old = base();
    let mut new = next_version(&old);
    new["people"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "biscuit", "name": "Biscuit", "relationship": "pet", "status": "can_see" }));
    new["arrangements"].as_array_mut().unwrap().push(json!({
        "id": "biscuit-visits", "with": ["biscuit"], "form": "visit", "support": "unsupported",
        "venue": { "kind": "community", "description": "the park" },
        "purpose": "So you can walk Biscuit with Nan.",
        "schedule": { "start": "2026-12-06T14:00", "duration_minutes": 60, "repeat": "FREQ=MONTHLY;BYDAY=1SU" }
    }));
    new["helpers"] = json!([{ "id": "ali", "role": "social_worker", "name": "Ali" }]);
    let comparison = compare(&old, &new);
    assert!(comparison.unexplained.is_empty());
    assert_eq!(
        comparison.changes,
        vec![
            PlanChange::PersonAdded { person: "biscuit".into() },
            PlanChange::NewHelper { helper: "ali".into() },
            PlanChange::HelperLeft { name: "Priya".into(), role: HelperRole::SocialWorker },
            PlanChange::NewArrangement { arrangement: "biscuit-visits".into() },
        ]
    );
}

#[test]
fn someone_the_child_can_no_longer_see_needs_a_reason() {
    let old = base();
    let mut new = next_version(&old);
    new["people"][1]["status"] = json!("cant_see_right_now");
    assert_eq!(compare(&old, &new).unexplained[0].path, "/people/1/status_reason");
    new["people"][1]["status_reason"] = json!("Nan is in hospital and needs to rest.");
    assert_eq!(
        compare(&old, &new).changes,
        vec![PlanChange::PersonStatus {
            person: "nan".into(),
            status: PersonStatus::CantSeeRightNow,
            reason: Some("Nan is in hospital and needs to rest.".into())
        }]
    );
}

#[test]
fn changes_stay_until_seen_and_later_ones_wait_for_their_turn() {
    let dir = tempfile::tempdir().unwrap();
    let keys = FileKeyStore::new(dir.path().join("keys"));
    let mut store = Store::open(&dir.path().join("store.db"), &keys, uk(NOW)).unwrap();
    let v1 = base();
    store.import_plan(valid(v1.clone()), uk(NOW)).unwrap();
    assert!(store.unseen_changes().unwrap().is_empty(), "a first plan is the plan, not a change");

    let mut v2 = next_version(&v1);
    v2["helpers"][0]["name"] = json!("Priya");
    v2["helpers"].as_array_mut().unwrap().push(json!({ "id": "adv", "role": "advocate", "name": "Tom" }));
    store.import_plan(valid(v2.clone()), uk(NOW)).unwrap();
    let shown = store.unseen_changes().unwrap();
    assert_eq!(shown.len(), 1);

    // A sync brings version 3 while the child is reading version 2's changes.
    let mut v3 = next_version(&v2);
    v3["people"][0]["status"] = json!("choose_not_to");
    store.import_plan(valid(v3), uk(NOW)).unwrap();
    assert_eq!(store.mark_changes_seen(shown[0].id, uk(NOW)).unwrap(), 1);
    drop(store);

    let store = Store::open(&dir.path().join("store.db"), &keys, uk(NOW)).unwrap();
    let left = store.unseen_changes().unwrap();
    assert_eq!(left.len(), 1, "version 3's change is still to be seen, after a restart too");
    assert_eq!(left[0].version, 3);
}

#[test]
fn cant_see_right_now_always_comes_with_its_reason_whatever_it_was_before() {
    let mut old = base();
    old["people"][1]["status"] = json!("choose_not_to");
    let mut new = next_version(&old);
    new["people"][1]["status"] = json!("cant_see_right_now");
    let problems = compare(&old, &new).unexplained;
    assert_eq!(problems.len(), 1);
    assert_eq!(
        said(&problems[0]).message,
        "in version 2 the child can't see \"nan\" right now, and no reason is given"
    );
}
