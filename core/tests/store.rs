//! The encrypted store: opens only with its key, never loses or mixes up a plan, and
//! answers the screens exactly as the in-memory calendar does.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use familytime_core::keys::{FileKeyStore, KeyStore, STORE_KEY};
use familytime_core::screens::Screens;
use familytime_core::store::{Imported, Settings, Store, StoreError};
use familytime_core::validate;
use serde_json::json;

struct Device {
    _dir: tempfile::TempDir,
    db: PathBuf,
    keys: FileKeyStore,
}

fn device() -> Device {
    let dir = tempfile::tempdir().unwrap();
    Device { db: dir.path().join("familytime.db"), keys: FileKeyStore::new(dir.path().join("keys")), _dir: dir }
}

fn open(device: &Device) -> Result<Store, StoreError> {
    Store::open(&device.db, &device.keys, uk("2026-11-22T09:00"))
}

/// Every file SQLite keeps for the store, read whole.
fn files_of(db: &Path) -> Vec<u8> {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| std::fs::read(format!("{}{suffix}", db.display())).ok())
        .flatten()
        .collect()
}

fn with_version(version: u32) -> serde_json::Value {
    let mut plan = base();
    plan["version"] = json!(version);
    plan
}

#[test]
fn a_plan_and_notes_survive_closing_and_reopening() {
    let device = device();
    {
        let mut store = open(&device).unwrap();
        assert!(store.plan().unwrap().is_none());
        assert_eq!(
            store.import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap(),
            Imported::Stored { replaced: None, changes: 0 }
        );
        store.add_note("I want to ask if Sam can come to my birthday", Some("sam"), uk("2026-11-22T09:05")).unwrap();
    }
    let store = open(&device).unwrap();
    assert_eq!(store.plan().unwrap().unwrap().plan(), valid(base()).plan());
    let notes = store.notes().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].about_person.as_deref(), Some("sam"));
}

#[test]
fn the_file_is_encrypted_and_plain_sqlite_cannot_open_it() {
    let device = device();
    let mut store = open(&device).unwrap();
    store.import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    store.add_note("canary-7f3c9 my secret worry", None, uk("2026-11-22T09:05")).unwrap();
    drop(store);

    let bytes = files_of(&device.db);
    assert!(!bytes.starts_with(b"SQLite format 3\0"));
    for secret in ["canary-7f3c9", "sam-saturdays", "Priya", "family centre"] {
        assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} is readable in the file");
    }
    let plain = rusqlite::Connection::open(&device.db).unwrap();
    let error = plain.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)).unwrap_err();
    assert_eq!(error.sqlite_error_code(), Some(rusqlite::ErrorCode::NotADatabase));
}

#[test]
fn a_wrong_key_is_refused_and_the_file_is_left_as_it_was() {
    let device = device();
    open(&device).unwrap().import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    let before = std::fs::read(&device.db).unwrap();

    device.keys.save(STORE_KEY, &[7u8; 32]).unwrap();
    assert!(matches!(open(&device), Err(StoreError::WrongKeyOrDamaged)));
    device.keys.save(STORE_KEY, &[7u8; 16]).unwrap();
    assert!(matches!(open(&device), Err(StoreError::BadKey(16))));
    assert_eq!(std::fs::read(&device.db).unwrap(), before);
}

#[test]
fn a_lost_key_never_makes_a_new_store_over_the_old_one() {
    let device = device();
    open(&device).unwrap().import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    let before = std::fs::read(&device.db).unwrap();
    std::fs::remove_file(device._dir.path().join("keys").join(format!("{STORE_KEY}.key"))).unwrap();
    let error = open(&device).err().expect("no store without its key");
    assert!(matches!(error, StoreError::KeyMissing));
    assert!(error.to_string().contains("the file was left as it was"));
    assert_eq!(std::fs::read(&device.db).unwrap(), before);
    assert_eq!(device.keys.load(STORE_KEY).unwrap(), None, "no new key was made");
}

#[test]
fn a_damaged_file_is_reported_and_not_overwritten() {
    let device = device();
    let mut store = open(&device).unwrap();
    store.import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    drop(store);
    let mut bytes = std::fs::read(&device.db).unwrap();
    for byte in &mut bytes[..64] {
        *byte ^= 0x5a;
    }
    std::fs::write(&device.db, &bytes).unwrap();
    assert!(matches!(open(&device), Err(StoreError::WrongKeyOrDamaged)));
    assert_eq!(std::fs::read(&device.db).unwrap(), bytes);
}

#[test]
fn an_older_changed_or_other_childs_plan_leaves_the_stored_plan_alone() {
    let device = device();
    let mut store = open(&device).unwrap();
    let now = uk("2026-11-22T09:00");
    store.import_plan(valid(with_version(3)), now).unwrap();

    let error = store.import_plan(valid(with_version(2)), now).unwrap_err();
    assert!(matches!(error, StoreError::OlderPlan { offered: 2, stored: 3 }));
    let mut changed = with_version(3);
    changed["people"][1]["name"] = json!("Nanna");
    assert!(matches!(store.import_plan(valid(changed), now), Err(StoreError::VersionConflict(3))));
    let mut other = with_version(9);
    other["plan_id"] = json!("plan-someone-else");
    assert!(matches!(store.import_plan(valid(other), now), Err(StoreError::OtherPlan { .. })));
    assert_eq!(store.import_plan(valid(with_version(3)), now).unwrap(), Imported::Unchanged);
    assert_eq!(
        store.import_plan(valid(with_version(4)), now).unwrap(),
        Imported::Stored { replaced: Some(3), changes: 0 }
    );
    drop(store);
    assert_eq!(open(&device).unwrap().plan().unwrap().unwrap().version, 4);
}

#[test]
fn the_store_and_the_in_memory_calendar_show_the_same_screens() {
    let now = uk("2026-11-22T09:00");
    for (name, bytes) in samples() {
        let plan = validate::read_plan(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let device = device();
        let mut store = open(&device).unwrap();
        store.import_plan(plan.clone(), now).unwrap();
        let calendar = familytime_core::calendar::Calendar::new(&plan, now + chrono::Duration::days(731)).unwrap();
        let snapshot = store.snapshot().unwrap();
        let words = english();
        let from_store = Screens::new(store.outline().unwrap(), &snapshot, &words, now);
        let from_memory = Screens::new(&plan, &calendar, &words, now);
        assert_eq!(from_store.home().unwrap(), from_memory.home().unwrap(), "{name}: home");
        assert_eq!(from_store.week(date("2026-11-23")).unwrap(), from_memory.week(date("2026-11-23")).unwrap());
        assert_eq!(from_store.month(2026, 12).unwrap(), from_memory.month(2026, 12).unwrap(), "{name}: month");
        for person in &plan.people {
            assert_eq!(
                from_store.person(&person.id).unwrap(),
                from_memory.person(&person.id).unwrap(),
                "{name}: {}",
                person.id
            );
        }
        for session in calendar.sessions().iter().step_by(7) {
            assert_eq!(from_store.session(&session.id).unwrap(), from_memory.session(&session.id).unwrap());
        }
    }
}

#[test]
fn sessions_are_expanded_again_when_the_app_opens_long_after_an_import() {
    let device = device();
    open(&device).unwrap().import_plan(valid(base()), uk("2026-11-22T09:00")).unwrap();
    let much_later = uk("2028-06-01T09:00");
    let store = Store::open(&device.db, &device.keys, much_later).unwrap();
    let snapshot = store.snapshot().unwrap();
    let home = Screens::new(store.outline().unwrap(), &snapshot, &english(), much_later).home().unwrap();
    let sam = home.people.iter().find(|p| p.person.id == "sam").unwrap();
    assert!(
        matches!(&sam.next, familytime_core::screens::Next::Session { session } if session.start.date() < date("2028-06-15"))
    );
}

#[test]
fn a_deleted_note_is_gone_from_the_file_and_its_journal() {
    let device = device();
    let mut store = open(&device).unwrap();
    let note = store.add_note("something private", None, uk("2026-11-22T09:05")).unwrap();
    store.add_note("keep this one", None, uk("2026-11-22T09:06")).unwrap();
    assert!(store.delete_note(note.id).unwrap());
    assert!(!store.delete_note(note.id).unwrap());
    assert_eq!(store.notes().unwrap().iter().map(|n| n.text.as_str()).collect::<Vec<_>>(), ["keep this one"]);
    let wal = std::fs::metadata(format!("{}-wal", device.db.display())).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal, 0, "the write-ahead log was checkpointed and truncated");
}

#[test]
fn a_note_that_is_too_long_is_refused_and_nothing_is_saved() {
    let device = device();
    let mut store = open(&device).unwrap();
    let long = "a".repeat(familytime_core::store::MAX_NOTE_CHARS + 1);
    assert!(matches!(store.add_note(&long, None, uk("2026-11-22T09:05")), Err(StoreError::NoteTooLong(10_001))));
    assert!(store.notes().unwrap().is_empty());
}

#[test]
fn the_childs_settings_are_kept_encrypted_across_restarts() {
    let device = device();
    let mut store = open(&device).unwrap();
    assert_eq!(store.settings().unwrap(), None, "nothing chosen yet: the app uses the phone's language");
    let chosen = Settings {
        language: "cy".into(),
        age_band: Some(familytime_core::plan::AgeBand::Older),
        family_time_word: Some("canary-word-5e1".into()),
        reminder_details: true,
    };
    store.save_settings(&chosen).unwrap();
    drop(store);
    assert_eq!(open(&device).unwrap().settings().unwrap(), Some(chosen));
    let bytes = files_of(&device.db);
    assert!(!bytes.windows(15).any(|w| w == b"canary-word-5e1"), "the child's word is not readable in the file");
}
