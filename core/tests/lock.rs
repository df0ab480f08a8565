//! The app lock in a real encrypted store: the PIN as a slow salted hash, growing waits
//! that survive the app being killed, and a forgotten PIN that loses nothing.

mod common;

use chrono::Duration;
use common::*;
use familytime_core::feelings::{Feeling, Moment};
use familytime_core::keys::FileKeyStore;
use familytime_core::lock::{self, Attempt, Gate, LockError, PinHash};
use familytime_core::messages::{Message, Topic};
use familytime_core::store::Store;

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
        Store::open(&self.dir.path().join("familytime.db"), &self.keys, uk("2026-11-01T09:00")).unwrap()
    }
}

#[test]
fn wrong_guesses_wait_longer_and_longer_even_after_the_app_is_killed() {
    let phone = Phone::new();
    let mut store = phone.open();
    store.set_pin(&PinHash::new("2468").unwrap()).unwrap();
    let mut now = uk("2026-11-22T09:00");
    for failures in 1..=3 {
        assert_eq!(store.try_pin("1111", now).unwrap(), Attempt::Wrong { failures, wait_until: None });
    }
    let Attempt::Wrong { failures: 4, wait_until: Some(first_wait) } = store.try_pin("1111", now).unwrap() else {
        panic!("the fourth wrong guess brings a wait")
    };
    assert_eq!(first_wait - now, Duration::seconds(30));

    // Killed and opened again: the wait is still there, and even the right PIN is not checked.
    drop(store);
    let mut store = phone.open();
    now += Duration::seconds(10);
    assert_eq!(store.try_pin("2468", now).unwrap(), Attempt::MustWait { until: first_wait });

    now = first_wait;
    let Attempt::Wrong { failures: 5, wait_until: Some(second_wait) } = store.try_pin("1111", now).unwrap() else {
        panic!("another wrong guess brings a longer wait")
    };
    assert_eq!(second_wait - now, Duration::seconds(60));
    // A clock turned back does not shorten it.
    assert!(matches!(store.try_pin("2468", now - Duration::hours(1)).unwrap(), Attempt::MustWait { .. }));

    drop(store);
    let mut store = phone.open();
    assert_eq!(store.lock_state().unwrap().failures, 5);
    assert_eq!(store.try_pin("2468", second_wait).unwrap(), Attempt::Unlocked);
    assert_eq!(store.lock_state().unwrap().failures, 0, "the owner is back: the count starts again");
}

#[test]
fn the_waits_grow_to_an_hour_and_never_delete_anything() {
    let waits: Vec<i64> = (1..=12).map(|f| lock::wait_after(f).num_seconds()).collect();
    assert_eq!(waits, [0, 0, 0, 30, 60, 120, 300, 900, 1800, 3600, 3600, 3600]);
    let phone = Phone::new();
    let mut store = phone.open();
    store.add_note("Nan's cat is called Biscuit.", None, uk("2026-11-22T09:00")).unwrap();
    store.set_pin(&PinHash::new("2468").unwrap()).unwrap();
    let mut now = uk("2026-11-22T09:00");
    for _ in 0..20 {
        if let Attempt::Wrong { wait_until: Some(until), .. } = store.try_pin("0000", now).unwrap() {
            now = until;
        }
    }
    assert_eq!(store.notes().unwrap().len(), 1, "wrong guesses delete nothing");
}

#[test]
fn the_pin_is_kept_only_as_a_salted_argon2_hash() {
    let once = PinHash::new("135790").unwrap();
    let twice = PinHash::new("135790").unwrap();
    assert_ne!(once.salt, twice.salt, "each PIN gets its own salt");
    assert_ne!(once.hash, twice.hash);
    assert!(once.matches("135790").unwrap() && !once.matches("135791").unwrap());
    assert_eq!((once.memory_kib, once.passes, once.hash.len()), (19 * 1024, 2, 32));
    assert!(!once.hash.windows(6).any(|w| w == b"135790"));
    for bad in ["123", "123456789", "12a4", "", "１２３４"] {
        assert!(matches!(PinHash::new(bad), Err(LockError::BadPin)), "{bad:?}");
    }
}

#[test]
fn the_app_locks_at_start_and_after_a_few_minutes_away_but_never_without_a_pin() {
    let mut gate = Gate::default();
    assert!(gate.is_locked(true) && !gate.is_locked(false));
    gate.unlock();
    let now = uk("2026-11-22T09:00");
    gate.left(now);
    gate.returned(now + Duration::minutes(2));
    assert!(!gate.is_locked(true), "a quick look at another app");
    gate.left(now);
    gate.returned(now + lock::AWAY_LIMIT);
    assert!(gate.is_locked(true), "away too long");
    gate.unlock();
    gate.left(now);
    gate.returned(now - Duration::minutes(1));
    assert!(gate.is_locked(true), "a clock turned back locks");
}

#[test]
fn taking_the_pin_off_keeps_every_note_draft_and_check_in() {
    let phone = Phone::new();
    let mut store = phone.open();
    store.import_plan(valid(base()), uk("2026-11-01T09:00")).unwrap();
    let now = uk("2026-11-28T13:00");
    store.add_note("Nan's cat is called Biscuit.", None, now).unwrap();
    let draft = Message {
        to: "sw".into(),
        topic: Topic::Question,
        change: None,
        about_person: None,
        about_session: None,
        text: "Can Nan come?".into(),
    };
    store.save_draft("d1", &draft, now).unwrap();
    store.check_in("sam-saturdays/2026-11-28T10:00", Moment::After, Feeling::Okay, None, now).unwrap();
    store.set_pin(&PinHash::new("2468").unwrap()).unwrap();
    store.set_biometrics(true).unwrap();
    store.remove_pin().unwrap();
    drop(store);
    let mut store = phone.open();
    let state = store.lock_state().unwrap();
    assert!(state.pin.is_none() && !state.biometrics);
    assert_eq!(
        (store.notes().unwrap().len(), store.drafts().unwrap().len(), store.check_ins().unwrap().len()),
        (1, 1, 1)
    );
    assert!(matches!(store.try_pin("2468", now), Err(LockError::NoPin)));
    assert!(matches!(store.set_biometrics(true), Err(LockError::NoPin)), "biometrics need a PIN to fall back on");
}
