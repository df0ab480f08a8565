//! SQLCipher's start-up, finished before any store is opened (docs/decisions.md, 25).
//!
//! `sqlite3_initialize` marks SQLite ready and only afterwards, outside its own lock,
//! runs SQLCipher's start-up (`sqlcipher_extra_init`: SQLCipher's mutexes, its private
//! heap and its crypto provider). A thread that opens a connection in between finds
//! SQLite ready and SQLCipher not, and its `PRAGMA key` fails. `sqlcipher_extra_init`
//! itself is safe to call again: it runs under SQLite's main mutex and does nothing once
//! SQLCipher has started. Calling it before every open makes that open wait for, or do,
//! the whole start-up, whichever thread began it.

use std::ffi::{c_char, c_int};

use rusqlite::ffi;

unsafe extern "C" {
    /// Compiled into the bundled SQLCipher as SQLite's `SQLITE_EXTRA_INIT` hook by
    /// libsqlite3-sys; it ignores its argument.
    fn sqlcipher_extra_init(arg: *const c_char) -> c_int;
}

/// Returns once SQLite and SQLCipher have both finished starting in this process.
pub(super) fn sqlcipher_started() -> Result<(), rusqlite::Error> {
    // SAFETY: sqlite3_initialize takes no arguments and is safe from any thread.
    // sqlcipher_extra_init needs SQLite's memory allocator and mutexes, which a
    // successful sqlite3_initialize has set up; it reads nothing through its argument.
    let code = match unsafe { ffi::sqlite3_initialize() } {
        ffi::SQLITE_OK => unsafe { sqlcipher_extra_init(std::ptr::null()) },
        failed => failed,
    };
    match code {
        ffi::SQLITE_OK => Ok(()),
        code => Err(rusqlite::Error::SqliteFailure(
            ffi::Error::new(code),
            Some("SQLCipher could not start (its memory or its random bytes failed)".into()),
        )),
    }
}
