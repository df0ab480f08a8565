//! Telling someone: drafts survive, a sent message is never lost or doubled, and its
//! state only moves forward.

mod common;

use std::path::Path;

use chrono::{Duration, NaiveDateTime};
use common::*;
use familytime_core::keys::FileKeyStore;
use familytime_core::messages::{
    self, Change, Delivery, HowOften, LikelySeen, Message, MessageError, Topic, likely_seen, suggested_request,
};
use familytime_core::screens::Screens;
use familytime_core::store::{Store, StoreError};

fn open(dir: &Path) -> Store {
    Store::open(&dir.join("familytime.db"), &FileKeyStore::new(dir.join("keys")), uk("2026-11-22T09:00")).unwrap()
}

fn with_plan(dir: &Path) -> Store {
    let mut store = open(dir);
    store.import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    store
}

fn request(text: &str) -> Message {
    Message {
        to: "sw".into(),
        topic: Topic::ChangeRequest,
        change: Some(Change::DifferentPlace),
        about_person: Some("sam".into()),
        about_session: None,
        text: text.into(),
    }
}

#[test]
fn a_draft_survives_closing_the_app_and_is_replaced_as_the_child_types() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = with_plan(dir.path());
        store.save_draft("compose", &request("Not a small"), uk("2026-11-22T09:01")).unwrap();
        store.save_draft("compose", &request("Not a small room please"), uk("2026-11-22T09:02")).unwrap();
    }
    let store = open(dir.path());
    assert_eq!(store.drafts().unwrap(), [("compose".to_owned(), request("Not a small room please"))]);
}

#[test]
fn sending_moves_the_draft_to_the_outbox_under_a_new_id() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = with_plan(dir.path());
    let now = uk("2026-11-22T09:05");
    store.save_draft("a", &request("Not a small room please"), now).unwrap();
    let unsafe_now = Message { topic: Topic::UnsafeNow, change: None, text: String::new(), ..request("") };
    store.save_draft("b", &unsafe_now, now).unwrap();
    let first = store.send("a", now).unwrap();
    let urgent = store.send("b", now).unwrap();
    assert!(store.drafts().unwrap().is_empty());
    assert_eq!(first.id.len(), 32);
    assert_ne!(first.id, urgent.id);
    assert_eq!(first.state, Delivery::Waiting);
    let due: Vec<_> = store.due(now).unwrap().into_iter().map(|o| o.id).collect();
    assert_eq!(due, [urgent.id.clone(), first.id.clone()], "urgent first");
    assert!(matches!(store.send("a", now), Err(StoreError::NoDraft(_))), "sent once only");
}

#[test]
fn feeling_unsafe_queues_an_urgent_message_to_the_social_worker_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = with_plan(dir.path());
    let now = uk("2026-11-22T23:40");
    store.save_draft("a", &request("later"), now).unwrap();
    store.send("a", now).unwrap();
    let urgent = store.raise_unsafe(now).unwrap().expect("the plan names a social worker");
    assert!(urgent.urgent);
    assert_eq!((urgent.message.to.as_str(), urgent.message.topic), ("sw", Topic::UnsafeNow));
    assert_eq!(store.due(now).unwrap()[0].id, urgent.id, "it goes before anything else");
}

#[test]
fn feeling_unsafe_before_any_plan_waits_for_the_first_plan_that_names_someone() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let raised = uk("2026-11-22T23:40");
    assert_eq!(store.raise_unsafe(raised).unwrap(), None, "nobody to send it to yet");
    assert_eq!(store.raise_unsafe(raised + Duration::minutes(5)).unwrap(), None, "held once");
    assert!(store.unsafe_held().unwrap());
    assert!(store.outbox().unwrap().is_empty());

    // Reopened (the app was killed), it is still held; the plan's arrival queues it.
    drop(store);
    let mut store = open(dir.path());
    assert!(store.unsafe_held().unwrap());
    store.import_plan(valid(base()), uk("2026-11-23T08:00")).unwrap();
    assert!(!store.unsafe_held().unwrap());
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), 1, "queued exactly once");
    let urgent = &outbox[0];
    assert!(urgent.urgent);
    assert_eq!((urgent.message.to.as_str(), urgent.message.topic), ("sw", Topic::UnsafeNow));
    assert_eq!(urgent.created, raised, "it says when the child asked for help");
    assert_eq!(store.due(uk("2026-11-23T08:00")).unwrap()[0].id, urgent.id, "due at once");
}

#[test]
fn a_message_that_cannot_be_sent_stays_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.save_draft("a", &request("hello"), uk("2026-11-22T09:05")).unwrap();
    assert!(matches!(store.send("a", uk("2026-11-22T09:05")), Err(StoreError::NoPlan)));
    store.import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    let nobody = Message { to: "nobody".into(), ..request("hello") };
    store.save_draft("a", &nobody, uk("2026-11-22T09:06")).unwrap();
    let error = store.send("a", uk("2026-11-22T09:06")).unwrap_err();
    assert_eq!(error.to_string(), "there is nobody with id \"nobody\" to send this to");
    assert_eq!(store.drafts().unwrap().len(), 1);
    assert!(store.outbox().unwrap().is_empty());
}

#[test]
fn a_failed_attempt_waits_longer_each_time_and_states_only_move_forward() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = with_plan(dir.path());
    let now = uk("2026-11-22T09:05");
    store.save_draft("a", &request("please"), now).unwrap();
    let id = store.send("a", now).unwrap().id;
    let after_one = store.attempt_failed(&id, now).unwrap();
    let wait = after_one.next_attempt - now;
    assert!(wait >= Duration::seconds(47) && wait <= Duration::seconds(73), "{wait}");
    assert!(store.due(now).unwrap().is_empty());
    assert_eq!(store.due(now + Duration::seconds(80)).unwrap().len(), 1);
    let after_two = store.attempt_failed(&id, now).unwrap();
    assert!(after_two.next_attempt - now > wait);

    assert!(store.advance(&id, Delivery::Sent, now).unwrap());
    assert!(store.due(now + Duration::days(1)).unwrap().is_empty(), "a sent message is not sent again");
    assert!(store.advance(&id, Delivery::Read, now).unwrap());
    assert!(!store.advance(&id, Delivery::Delivered, now).unwrap(), "a late receipt changes nothing");
    assert!(!store.advance(&id, Delivery::Read, now).unwrap());
    assert!(store.advance(&id, Delivery::Answered, now).unwrap());
    assert_eq!(store.outbox().unwrap()[0].state, Delivery::Answered);
    assert!(matches!(store.advance("nope", Delivery::Sent, now), Err(StoreError::NotInOutbox(_))));
}

const WRITER_DIR: &str = "FAMILYTIME_TEST_SENDER_DIR";

/// Run by `killing_the_app_while_sending_loses_and_doubles_nothing` in a child process.
#[test]
#[ignore = "a helper process for the crash test"]
fn sender_process() {
    let Ok(dir) = std::env::var(WRITER_DIR) else { return };
    let mut store = open(Path::new(&dir));
    for i in 0.. {
        let now = uk("2026-11-22T10:00");
        store.save_draft(&format!("d{i}"), &request(&format!("message {i}")), now).unwrap();
        println!("drafted {i}");
        store.send(&format!("d{i}"), now).unwrap();
        println!("sent {i}");
    }
}

#[test]
fn killing_the_app_while_sending_loses_and_doubles_nothing() {
    let dir = tempfile::tempdir().unwrap();
    drop(with_plan(dir.path()));
    let mut drafted = 0;
    kill_mid_way("sender_process", WRITER_DIR, dir.path(), |line| {
        drafted += usize::from(line.starts_with("drafted "));
        drafted >= 40
    });

    let store = open(dir.path());
    let drafts: Vec<String> = store.drafts().unwrap().into_iter().map(|(_, m)| m.text).collect();
    let sent: Vec<String> = store.outbox().unwrap().into_iter().map(|o| o.message.text).collect();
    for i in 0..drafted {
        let text = format!("message {i}");
        let places = drafts.iter().filter(|t| **t == text).count() + sent.iter().filter(|t| **t == text).count();
        assert_eq!(places, 1, "{text} is in exactly one place");
    }
}

#[test]
fn messages_are_checked_before_they_are_sent() {
    let plan = valid(base());
    assert_eq!(request("ok").check(&plan), Ok(()));
    let no_change = Message { change: None, ..request("more please") };
    assert_eq!(no_change.check(&plan), Err(MessageError::RequestWithoutChange));
    let empty_worry = Message { topic: Topic::Worry, change: None, ..request("  ") };
    assert_eq!(empty_worry.check(&plan), Err(MessageError::Empty));
    let stranger = Message { about_person: Some("kai".into()), ..request("x") };
    assert_eq!(stranger.check(&plan), Err(MessageError::UnknownPerson("kai".into())));
    let long = request(&"a".repeat(messages::MAX_MESSAGE_CHARS + 1));
    assert_eq!(long.check(&plan), Err(MessageError::TooLong(4001)));
    let five_megabytes = request(&"a".repeat(5 * 1024 * 1024));
    assert!(matches!(five_megabytes.check(&plan), Err(MessageError::TooLong(_))));
}

#[test]
fn saying_how_often_offers_a_ready_made_request_to_the_social_worker() {
    let plan = valid(base());
    let sam = plan.person("sam").unwrap();
    let more = suggested_request(&plan, sam, HowOften::TooLittle).unwrap();
    assert_eq!((more.to.as_str(), more.change), ("sw", Some(Change::SeeMore)));
    assert_eq!(more.about_person.as_deref(), Some("sam"));
    assert_eq!(suggested_request(&plan, sam, HowOften::TooMuch).unwrap().change, Some(Change::SeeLess));
    assert_eq!(suggested_request(&plan, sam, HowOften::JustRight), None);
}

#[test]
fn the_child_is_told_when_their_social_worker_will_likely_see_it() {
    let plan = valid(base());
    let hours = plan.helpers[0].working_hours.as_ref().unwrap();
    let at = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").unwrap();
    assert_eq!(likely_seen(hours, at("2026-11-24T10:00")), LikelySeen::Now);
    assert_eq!(likely_seen(hours, at("2026-11-24T07:30")), LikelySeen::From { start: at("2026-11-24T09:00") });
    assert_eq!(likely_seen(hours, at("2026-11-27T18:00")), LikelySeen::From { start: at("2026-11-30T09:00") });
    assert_eq!(likely_seen(hours, at("2026-11-28T12:00")), LikelySeen::From { start: at("2026-11-30T09:00") });
}

#[test]
fn retries_back_off_to_about_an_hour() {
    assert_eq!(messages::retry_after(0, 0.5), Duration::seconds(30));
    assert_eq!(messages::retry_after(3, 0.5), Duration::seconds(240));
    assert_eq!(messages::retry_after(30, 0.5), Duration::hours(1));
    assert_eq!(messages::retry_after(30, 1.0), Duration::seconds(4320));
}

#[test]
fn a_promise_to_read_counts_working_days_from_when_the_message_arrived() {
    let plan = valid(base());
    let hours = plan.helpers[0].working_hours.as_ref();
    let at = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").unwrap();
    // Friday 27 November 2026, Monday to Friday 9am to 5pm.
    assert_eq!(messages::read_by(hours, 1, at("2026-11-27T16:00")), at("2026-11-27T17:00"));
    assert_eq!(messages::read_by(hours, 1, at("2026-11-27T18:00")), at("2026-11-30T17:00"));
    assert_eq!(messages::read_by(hours, 2, at("2026-11-27T16:00")), at("2026-11-30T17:00"));
    assert_eq!(messages::read_by(None, 2, at("2026-11-27T18:00")), at("2026-11-29T18:00"));
}

#[test]
fn an_unread_message_past_its_promise_offers_someone_else_to_tell() {
    let mut plan = base();
    plan["helpers"][0]["reads_within_days"] = serde_json::json!(1);
    plan["helpers"].as_array_mut().unwrap().push(serde_json::json!(
        { "id": "tom", "role": "advocate", "name": "Tom", "reads_within_days": 1 }
    ));
    let plan = valid(plan);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.import_plan(plan.clone(), uk("2026-11-27T09:00")).unwrap();
    store.save_draft("a", &request("Can I see Sam more?"), uk("2026-11-27T18:00")).unwrap();
    let id = store.send("a", uk("2026-11-27T18:00")).unwrap().id;
    store.advance(&id, Delivery::Sent, uk("2026-11-27T18:01")).unwrap();

    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let words = english();
    let tell_at = |now: &str, store: &Store| {
        Screens::new(&plan, &calendar, &words, uk(now)).tell(&store.outbox().unwrap(), &[], None).sent.remove(0)
    };
    let monday = tell_at("2026-11-30T12:00", &store);
    assert_eq!(monday.overdue, None, "Priya has until the end of Monday");
    let tuesday = tell_at("2026-12-01T09:30", &store);
    assert!(tuesday.overdue.as_deref().unwrap().contains("Priya has not read this yet"));
    let others: Vec<(&str, &str)> = tuesday.also_tell.iter().map(|h| (h.name.as_str(), h.role_name.as_str())).collect();
    assert_eq!(others, [("Tom", "Your advocate")], "a name and role the child knows, never an id");
    store.advance(&id, Delivery::Read, uk("2026-12-01T10:00")).unwrap();
    assert_eq!(tell_at("2026-12-01T10:30", &store).overdue, None);
}

#[test]
fn the_phone_is_asked_to_sync_when_a_waiting_message_is_due_and_otherwise_to_check_the_plan() {
    use familytime_core::sync::{BackgroundSync, PLAN_CHECK_EVERY, ScheduleError, next_sync};
    use std::sync::Mutex;

    /// What WorkManager or BGTaskScheduler would be asked for.
    struct Platform(Mutex<Vec<chrono::DateTime<chrono::Utc>>>);
    impl BackgroundSync for Platform {
        fn schedule(&self, earliest: chrono::DateTime<chrono::Utc>) -> Result<(), ScheduleError> {
            self.0.lock().unwrap().push(earliest);
            Ok(())
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let mut store = with_plan(dir.path());
    let now = uk("2026-11-22T09:00");
    let platform = Platform(Mutex::new(Vec::new()));
    platform.schedule(next_sync(&store, now).unwrap()).unwrap();

    store.save_draft("d", &request("Can I see Sam more?"), now).unwrap();
    let sent = store.send("d", now).unwrap();
    platform.schedule(next_sync(&store, now).unwrap()).unwrap();
    let failed = store.attempt_failed(&sent.id, now).unwrap();
    platform.schedule(next_sync(&store, now).unwrap()).unwrap();
    // Offline for a day: the retry is overdue, so as soon as possible.
    let later = now + Duration::days(1);
    platform.schedule(next_sync(&store, later).unwrap()).unwrap();

    let asked = platform.0.into_inner().unwrap();
    assert_eq!(asked[0], now + PLAN_CHECK_EVERY, "nothing waiting: the regular plan check");
    assert_eq!(asked[1], now, "a new message goes at once");
    assert_eq!(asked[2], failed.next_attempt, "after a failure, when the retry is due");
    assert!(failed.next_attempt > now && failed.next_attempt < now + PLAN_CHECK_EVERY);
    assert_eq!(asked[3], later);
}
