//! Feelings before and after family time, in a real encrypted store: the windows, the
//! privacy of a check-in, the gentle offer, the faces along a line, and sharing.

mod common;

use common::*;
use familytime_core::feelings::{self, CheckInError, Feeling, Moment};
use familytime_core::keys::FileKeyStore;
use familytime_core::messages::Topic;
use familytime_core::screens;
use familytime_core::store::Store;

/// Sam's visit on Saturday 28 November, 10:00 to 12:00.
const VISIT: &str = "sam-saturdays/2026-11-28T10:00";
/// The one two weeks before.
const EARLIER_VISIT: &str = "sam-saturdays/2026-11-14T10:00";

struct Phone {
    dir: tempfile::TempDir,
    keys: FileKeyStore,
}

impl Phone {
    fn new() -> Phone {
        let dir = tempfile::tempdir().unwrap();
        let keys = FileKeyStore::new(dir.path().join("keys"));
        Phone { dir, keys }
    }

    fn open(&self) -> Store {
        let mut store =
            Store::open(&self.dir.path().join("familytime.db"), &self.keys, uk("2026-11-01T09:00")).unwrap();
        store.import_plan(valid(base()), uk("2026-11-01T09:00")).unwrap();
        store
    }
}

#[test]
fn a_check_in_outside_its_window_is_refused_and_nothing_is_stored() {
    let phone = Phone::new();
    let mut store = phone.open();
    let refused = [
        // "Before" opens at midnight the day before.
        (Moment::Before, "2026-11-26T23:59"),
        (Moment::Before, "2026-11-28T10:01"),
        // "After" opens when it ends, and closes two days later.
        (Moment::After, "2026-11-28T11:59"),
        (Moment::After, "2026-11-30T12:01"),
    ];
    for (moment, at) in refused {
        let error = store.check_in(VISIT, moment, Feeling::Happy, None, uk(at)).unwrap_err();
        assert!(matches!(error, CheckInError::TooEarly { .. } | CheckInError::TooLate { .. }), "{moment:?} at {at}");
    }
    assert!(store.check_ins().unwrap().is_empty(), "a refused check-in leaves nothing behind");

    let before = store.check_in(VISIT, Moment::Before, Feeling::Worried, None, uk("2026-11-27T00:00")).unwrap();
    let after = store.check_in(VISIT, Moment::After, Feeling::Sad, Some("  "), uk("2026-11-30T12:00")).unwrap();
    assert_eq!((before.people.as_slice(), after.words.as_deref()), (&["sam".to_owned()][..], None));
    assert!(matches!(
        store.check_in("sam-saturdays/2026-11-29T10:00", Moment::After, Feeling::Okay, None, uk("2026-11-29T13:00")),
        Err(CheckInError::NoSuchSession(_))
    ));
    let long = "a".repeat(feelings::MAX_CHECK_IN_CHARS + 1);
    assert!(matches!(
        store.check_in(VISIT, Moment::After, Feeling::Okay, Some(&long), uk("2026-11-29T13:00")),
        Err(CheckInError::WordsTooLong(_))
    ));
    assert_eq!(store.check_ins().unwrap()[1].feeling, Feeling::Sad, "the refused words changed nothing");
}

#[test]
fn checking_in_again_replaces_the_last_word_and_it_survives_the_app_being_killed() {
    let phone = Phone::new();
    let mut store = phone.open();
    store.check_in(VISIT, Moment::After, Feeling::Sad, Some("Sam was quiet."), uk("2026-11-28T13:00")).unwrap();
    store.check_in(VISIT, Moment::After, Feeling::Okay, Some("Better now."), uk("2026-11-28T19:00")).unwrap();
    drop(store);
    let store = phone.open();
    let kept = store.check_ins().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].feeling, kept[0].words.as_deref()), (Feeling::Okay, Some("Better now.")));
}

#[test]
fn hard_feelings_after_time_with_someone_bring_an_offer_that_sends_nothing() {
    let phone = Phone::new();
    let mut store = phone.open();
    let words = english();
    let plan = valid(base());
    let line = |store: &Store| screens::feelings_line(&words, &plan, "sam", &store.check_ins().unwrap()).unwrap();

    store.check_in(EARLIER_VISIT, Moment::After, Feeling::Sad, None, uk("2026-11-14T13:00")).unwrap();
    assert!(line(&store).offer.is_none(), "one sad time is not a pattern");
    store.check_in(VISIT, Moment::Before, Feeling::Scared, None, uk("2026-11-27T18:00")).unwrap();
    assert!(line(&store).offer.is_none(), "feelings before do not count");
    store.check_in(VISIT, Moment::After, Feeling::Scared, None, uk("2026-11-28T13:00")).unwrap();
    let offer = line(&store).offer.expect("two hard times in a row");
    assert_eq!(offer.words.question, "Do you want to tell someone?");
    assert_eq!(offer.person, "sam");
    assert!(store.outbox().unwrap().is_empty() && store.drafts().unwrap().is_empty(), "an offer sends nothing");

    store.check_in(VISIT, Moment::After, Feeling::Happy, None, uk("2026-11-28T18:00")).unwrap();
    assert!(line(&store).offer.is_none(), "the latest time felt good");
    store.check_in(VISIT, Moment::After, Feeling::Unsafe, None, uk("2026-11-28T19:00")).unwrap();
    assert!(line(&store).offer.is_some(), "unsafe once is enough");
    assert!(screens::feelings_line(&words, &plan, "nan", &store.check_ins().unwrap()).unwrap().offer.is_none());
}

#[test]
fn a_persons_page_draws_their_feelings_as_faces_along_a_line_oldest_first() {
    let phone = Phone::new();
    let mut store = phone.open();
    store.check_in(VISIT, Moment::After, Feeling::Happy, None, uk("2026-11-28T13:00")).unwrap();
    store.check_in(EARLIER_VISIT, Moment::Before, Feeling::Worried, None, uk("2026-11-13T19:00")).unwrap();
    store.check_in(EARLIER_VISIT, Moment::After, Feeling::Sad, None, uk("2026-11-14T13:00")).unwrap();
    let plan = valid(base());
    let line = screens::feelings_line(&english(), &plan, "sam", &store.check_ins().unwrap()).unwrap();
    let faces: Vec<(&str, u8)> = line.points.iter().map(|p| (p.face.as_str(), p.level)).collect();
    assert_eq!(faces, [("😟", 2), ("😢", 1), ("😊", 4)]);
    assert_eq!(line.points[1].words.label, "After seeing Sam on Saturday 14 November: sad");
    assert_eq!(line.words.title, "How time with Sam has felt");
    let empty = screens::feelings_line(&english(), &plan, "nan", &store.check_ins().unwrap()).unwrap();
    assert!(empty.points.is_empty() && empty.words.empty.is_some());
    assert!(screens::feelings_line(&english(), &plan, "nobody", &[]).is_none());
}

#[test]
fn sharing_sends_exactly_the_message_the_child_saw() {
    let phone = Phone::new();
    let mut store = phone.open();
    let made = store.check_in(VISIT, Moment::After, Feeling::Sad, Some("Sam cried."), uk("2026-11-28T13:00")).unwrap();
    let plan = valid(base());
    let view = screens::share(&english(), &plan, &[&made], "sw").unwrap();
    assert_eq!(view.preview.text, "After seeing Sam on Saturday 28 November I felt sad. I wrote: Sam cried.");
    assert_eq!(view.preview.topic, Topic::Worry);
    assert_eq!(view.preview.about_person.as_deref(), Some("sam"));
    assert_eq!(view.preview.about_session.as_deref(), Some(VISIT));
    assert!(view.helpers.iter().any(|h| h.selected && h.name == "Priya"));
    // The shell saves the very message it showed, and sends it.
    store.save_draft("share-1", &view.preview, uk("2026-11-28T13:05")).unwrap();
    let sent = store.send("share-1", uk("2026-11-28T13:05")).unwrap();
    assert_eq!(sent.message, view.preview);
    assert!(matches!(screens::share(&english(), &plan, &[&made], "nobody"), Err(CheckInError::NoSuchHelper(_))));
    assert!(matches!(screens::share(&english(), &plan, &[], "sw"), Err(CheckInError::NothingToShare)));
}

#[test]
fn the_check_ins_open_now_are_offered_and_the_reminder_names_no_one() {
    let phone = Phone::new();
    let store = phone.open();
    let plan = valid(base());
    let snapshot_sessions = {
        use familytime_core::calendar::SessionSource as _;
        store.snapshot().unwrap().between(uk("2026-11-22T00:00"), uk("2026-11-30T00:00")).unwrap()
    };
    let prompts = screens::prompts(&english(), &plan, &snapshot_sessions, &[], uk("2026-11-27T12:00"));
    let open: Vec<(&str, Moment)> = prompts.iter().map(|p| (p.session.as_str(), p.moment)).collect();
    // Friday noon: Nan's Wednesday call is still open for "after"; Sam's Saturday for "before".
    assert_eq!(open, [("nan-calls/2026-11-25T18:00", Moment::After), (VISIT, Moment::Before)]);
    assert_eq!(prompts[1].button.text, "How do you feel about seeing Sam?");
    let reminders = feelings::after_reminders(&english(), &snapshot_sessions, uk("2026-11-27T12:00"));
    assert!(reminders.iter().any(|r| r.id == format!("{VISIT}/how-was-it") && r.at == uk("2026-11-28T13:00")));
    for reminder in reminders {
        assert!(!reminder.body.contains("Sam") && !reminder.body.contains("Nan"), "{}", reminder.body);
    }
}
