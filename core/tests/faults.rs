//! The store under the worst conditions a phone offers: the app killed mid-write and
//! a full disk. Nothing that was saved may be lost, and nothing may be half-written.

mod common;

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, Duration, Utc};
use common::*;
use familytime_core::calendar::{Calendar, SessionSource};
use familytime_core::keys::FileKeyStore;
use familytime_core::store::{Store, StoreError};
use serde_json::json;

const WRITER_DIR: &str = "FAMILYTIME_TEST_WRITER_DIR";

fn now() -> DateTime<Utc> {
    uk("2026-11-22T09:00")
}

/// Version `v` of the plan: each version has different sessions, so a half-written
/// import would show as sessions that match no version.
fn plan_version(v: u32) -> familytime_core::plan::ValidPlan {
    let mut plan = base();
    plan["version"] = json!(v);
    plan["arrangements"][1]["schedule"]["duration_minutes"] = json!(20 + v % 40);
    if v.is_multiple_of(2) {
        plan["arrangements"][1]["schedule"]["repeat"] = json!("FREQ=WEEKLY;BYDAY=WE,SA");
    }
    valid(plan)
}

fn open(dir: &Path) -> Result<Store, StoreError> {
    Store::open(&dir.join("familytime.db"), &FileKeyStore::new(dir.join("keys")), now())
}

/// Run by `killing_the_app_mid_write_loses_nothing_it_saved` in a child process:
/// writes notes and plan versions as fast as it can, saying what it saved.
#[test]
#[ignore = "a helper process for the crash test"]
fn writer_process() {
    let Ok(dir) = std::env::var(WRITER_DIR) else {
        return;
    };
    let mut store = open(Path::new(&dir)).expect("the store opens");
    let start = store.plan().unwrap().map_or(1, |p| p.version + 1);
    for i in 0.. {
        let version = start + i;
        store.add_note(&format!("note {version}"), None, now()).expect("note saved");
        println!("saved note {version}");
        store.import_plan(plan_version(version), now()).expect("plan saved");
        println!("saved plan {version}");
    }
}

#[test]
fn killing_the_app_mid_write_loses_nothing_it_saved() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..4 {
        let mut saved_notes = Vec::new();
        let mut saved_plan = 0;
        // Kill at a different point in each round, mid-way through later writes.
        kill_mid_way("writer_process", WRITER_DIR, dir.path(), |line| {
            if let Some(n) = line.strip_prefix("saved note ") {
                saved_notes.push(n.to_owned());
            } else if let Some(v) = line.strip_prefix("saved plan ") {
                saved_plan = v.parse().unwrap();
            }
            saved_notes.len() >= 15 + round * 7
        });

        let store = open(dir.path()).expect("the store opens after a kill");
        let notes: Vec<String> = store.notes().unwrap().into_iter().map(|n| n.text).collect();
        for n in &saved_notes {
            assert!(notes.contains(&format!("note {n}")), "round {round}: note {n} was saved but is gone");
        }
        let plan = store.plan().unwrap().expect("a plan").clone();
        assert!(plan.version >= saved_plan, "round {round}: plan {saved_plan} was saved but is gone");
        assert_eq!(plan.plan(), plan_version(plan.version).plan());
        // The sessions are exactly the stored plan's: the import was all or nothing.
        let expected = Calendar::new(&plan, now() + Duration::days(731)).unwrap();
        let stored = store.snapshot().unwrap().between(DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC).unwrap();
        assert_eq!(stored, expected.sessions(), "round {round}: sessions match plan {}", plan.version);
    }
}

/// A small tmpfs: the only honest way to make a disk full. Needs root, as CI has.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn new(bytes: usize) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("mount runs");
        assert!(status.success(), "mounting a small tmpfs needs root (CI runs as root)");
        SmallDisk(dir)
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn a_full_disk_is_reported_and_everything_saved_before_it_stays() {
    let disk = SmallDisk::new(1024 * 1024);
    let keys = tempfile::tempdir().unwrap();
    let db = disk.0.path().join("familytime.db");
    let mut store = Store::open(&db, &FileKeyStore::new(keys.path()), now()).unwrap();
    store.import_plan(plan_version(1), now()).unwrap();
    let page = "x".repeat(9_000);
    let mut saved = 0;
    let error = loop {
        match store.add_note(&format!("{saved} {page}"), None, now()) {
            Ok(_) => saved += 1,
            Err(e) => break e,
        }
        assert!(saved < 1_000, "the disk never filled");
    };
    assert!(matches!(error, StoreError::DiskFull), "got {error:?}");
    assert!(error.to_string().contains("storage is full"));
    assert!(saved > 10);
    drop(store);

    let store = Store::open(&db, &FileKeyStore::new(keys.path()), now()).unwrap();
    assert_eq!(store.notes().unwrap().len(), saved);
    assert_eq!(store.plan().unwrap().unwrap().version, 1);
}
