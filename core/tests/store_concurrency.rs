//! Stores opened at the same moment by many threads and by many processes: every open
//! keys and reads its store. SQLCipher starts once per process, at the first open
//! (docs/decisions.md, 25), so only fresh processes test that start; threads test
//! every open after it, and several connections to one store.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Barrier;
use std::thread;

use common::uk;
use familytime_core::keys::FileKeyStore;
use familytime_core::store::{Store, StoreError};

const THREADS: usize = 8;
const NOTE: &str = "my first note";
const CHILD_DIR: &str = "FAMILYTIME_TEST_OPENER_DIR";
const CHILD_PAUSES_START: &str = "FAMILYTIME_TEST_PAUSE_SQLITE_START";

fn open(dir: &Path) -> Result<Store, StoreError> {
    Store::open(&dir.join("familytime.db"), &FileKeyStore::new(dir.join("keys")), uk("2026-11-22T09:00"))
}

/// A store with one note in `root/shared`, which half the threads open.
fn make_shared_store(root: &Path) {
    open(&root.join("shared")).unwrap().add_note(NOTE, None, uk("2026-11-22T09:00")).unwrap();
}

/// Opens a store in each of [`THREADS`] threads released together, `rounds` times over:
/// half open a store of their own (making it in the first round), half the shared one.
/// Every open must read back its store's one note. The failures, if any.
fn open_all_at_once(root: &Path, rounds: usize) -> Vec<String> {
    let start = Barrier::new(THREADS);
    thread::scope(|scope| {
        let threads: Vec<_> = (0..THREADS)
            .map(|t| {
                let start = &start;
                let (dir, own) = match t % 2 {
                    0 => (root.join(format!("thread-{t}")), true),
                    _ => (root.join("shared"), false),
                };
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for round in 0..rounds {
                        start.wait();
                        if let Err(e) = open_and_read(&dir, own && round == 0) {
                            failures.push(format!("thread {t}, round {round}: {e}"));
                        }
                    }
                    failures
                })
            })
            .collect();
        threads.into_iter().flat_map(|t| t.join().expect("an opening thread panicked")).collect()
    })
}

fn open_and_read(dir: &Path, first: bool) -> Result<(), String> {
    let mut store = open(dir).map_err(|e| e.to_string())?;
    if first {
        store.add_note(NOTE, None, uk("2026-11-22T09:00")).map_err(|e| e.to_string())?;
    }
    match store.notes().map_err(|e| e.to_string())?.as_slice() {
        [note] if note.text == NOTE => Ok(()),
        other => Err(format!("read back {other:?} instead of the one note")),
    }
}

/// Runs `opener_process` in `processes` fresh processes at once, each on its own folder
/// under `root`; the failed ones with what they said.
fn run_openers(root: &Path, processes: usize, pause_start: bool) -> Vec<String> {
    let children: Vec<_> = (0..processes)
        .map(|c| {
            let dir = root.join(format!("process-{c}"));
            make_shared_store(&dir);
            let mut command = Command::new(std::env::current_exe().unwrap());
            command.args(["--exact", "opener_process", "--ignored", "--nocapture", "--test-threads=1"]);
            command.env(CHILD_DIR, &dir).stdout(Stdio::piped()).stderr(Stdio::piped());
            if pause_start {
                command.env(CHILD_PAUSES_START, "1");
            }
            (dir, command.spawn().unwrap())
        })
        .collect();
    children
        .into_iter()
        .filter_map(|(dir, child)| {
            let out = child.wait_with_output().unwrap();
            let said = String::from_utf8_lossy(&out.stderr);
            (!out.status.success()).then(|| format!("{}:\n{}", dir.display(), said.trim_end()))
        })
        .collect()
}

#[test]
fn many_threads_open_stores_at_once_and_every_open_works() {
    const ROUNDS: usize = 40;
    let root = tempfile::tempdir().unwrap();
    make_shared_store(root.path());
    let failures = open_all_at_once(root.path(), ROUNDS);
    assert!(failures.is_empty(), "{} of {} opens failed:\n{}", failures.len(), THREADS * ROUNDS, failures.join("\n"));
}

/// Run by the tests below in fresh processes: all its threads open the process's very
/// first stores at the same moment.
#[test]
#[ignore = "a helper process for the many-processes tests"]
fn opener_process() {
    let Ok(root) = std::env::var(CHILD_DIR) else { return };
    let pausing = std::env::var_os(CHILD_PAUSES_START).is_some();
    if pausing {
        pause::after_sqlite_marks_itself_started();
    }
    let failures = open_all_at_once(Path::new(&root), 3);
    assert!(failures.is_empty(), "{} opens failed:\n{}", failures.len(), failures.join("\n"));
    assert!(!pausing || pause::happened(), "SQLite's start was not held up, so this process tested nothing more");
}

#[test]
fn fresh_processes_open_stores_at_once_and_every_open_works() {
    const BATCHES: usize = 4;
    const AT_ONCE: usize = 4;
    let root = tempfile::tempdir().unwrap();
    let failed: Vec<String> = (0..BATCHES)
        .flat_map(|batch| run_openers(&root.path().join(format!("batch-{batch}")), AT_ONCE, false))
        .collect();
    assert!(failed.is_empty(), "{} of {} processes failed:\n{}", failed.len(), BATCHES * AT_ONCE, failed.join("\n"));
}

/// On a busy phone the thread that starts SQLite can lose the processor just after
/// SQLite marks itself started and before SQLCipher has; other threads then open and
/// key stores. That moment is a few instructions wide, so it comes by chance only now
/// and then (9 of 3,200 fresh processes here); this child holds its thread there.
#[test]
fn stores_open_while_the_first_thread_is_still_starting_sqlcipher() {
    let root = tempfile::tempdir().unwrap();
    let failed = run_openers(root.path(), 1, true);
    assert!(failed.is_empty(), "the process failed:\n{}", failed.join("\n"));
}

/// Holds up the thread that starts SQLite at the moment it lets go of SQLite's start-up
/// lock, through SQLite's own hook for mutexes (`SQLITE_CONFIG_MUTEX`): every mutex
/// works as before, and the first release of that lock waits a while.
mod pause {
    use std::cell::Cell;
    use std::ffi::c_int;
    use std::ptr;
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
    use std::time::Duration;

    use rusqlite::ffi::{self, sqlite3_mutex, sqlite3_mutex_methods};

    /// Long enough for the other threads, released with the starting one, to key stores.
    const PAUSE: Duration = Duration::from_millis(250);

    static SQLITE_MUTEXES: OnceLock<sqlite3_mutex_methods> = OnceLock::new();
    /// SQLite's start-up lock: the first recursive mutex it makes.
    static START_LOCK: AtomicPtr<sqlite3_mutex> = AtomicPtr::new(ptr::null_mut());
    static PAUSED: AtomicBool = AtomicBool::new(false);
    thread_local! {
        /// How deep this thread holds the start-up lock (SQLite takes it again inside).
        static HELD: Cell<u32> = const { Cell::new(0) };
    }

    fn sqlite() -> &'static sqlite3_mutex_methods {
        SQLITE_MUTEXES.get().expect("SQLite's mutexes were kept")
    }

    unsafe extern "C" fn alloc(kind: c_int) -> *mut sqlite3_mutex {
        let mutex = unsafe { sqlite().xMutexAlloc.unwrap()(kind) };
        if kind == ffi::SQLITE_MUTEX_RECURSIVE {
            let _ = START_LOCK.compare_exchange(ptr::null_mut(), mutex, Ordering::SeqCst, Ordering::SeqCst);
        }
        mutex
    }

    unsafe extern "C" fn enter(mutex: *mut sqlite3_mutex) {
        unsafe { sqlite().xMutexEnter.unwrap()(mutex) };
        if mutex == START_LOCK.load(Ordering::SeqCst) {
            HELD.with(|held| held.set(held.get() + 1));
        }
    }

    unsafe extern "C" fn leave(mutex: *mut sqlite3_mutex) {
        unsafe { sqlite().xMutexLeave.unwrap()(mutex) };
        if mutex == START_LOCK.load(Ordering::SeqCst) {
            let held = HELD.with(|held| {
                held.set(held.get().saturating_sub(1));
                held.get()
            });
            if held == 0 && !PAUSED.swap(true, Ordering::SeqCst) {
                std::thread::sleep(PAUSE);
            }
        }
    }

    pub fn happened() -> bool {
        PAUSED.load(Ordering::SeqCst)
    }

    /// Must run before anything in the process uses SQLite.
    pub fn after_sqlite_marks_itself_started() {
        // SAFETY: nothing else uses SQLite yet. Asking for a static mutex makes SQLite
        // fill in its own mutex methods without starting; the wrappers call exactly
        // those, so every mutex, including static ones handed out already, behaves as
        // before.
        unsafe {
            ffi::sqlite3_mutex_alloc(ffi::SQLITE_MUTEX_STATIC_VFS1);
            let mut methods: sqlite3_mutex_methods = std::mem::zeroed();
            assert_eq!(ffi::sqlite3_config(ffi::SQLITE_CONFIG_GETMUTEX, &mut methods), ffi::SQLITE_OK);
            SQLITE_MUTEXES.set(methods).expect("set once");
            let wrapped = sqlite3_mutex_methods {
                xMutexAlloc: Some(alloc),
                xMutexEnter: Some(enter),
                xMutexLeave: Some(leave),
                ..methods
            };
            assert_eq!(ffi::sqlite3_config(ffi::SQLITE_CONFIG_MUTEX, &wrapped), ffi::SQLITE_OK);
        }
    }
}
