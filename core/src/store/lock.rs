//! The app lock's state and the child's disguise, inside the encrypted store: the PIN's
//! hash, and the count of wrong guesses, which must survive the app being killed.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError, from_json, seconds, to_json};
use crate::lock::{self, Attempt, Disguise, LockError, PinHash};

pub(super) const MIGRATION: &str = "CREATE TABLE app_lock (
    only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
    -- a PinHash as JSON: salt, Argon2id hash and its cost; never the PIN
    pin TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    last_failure INTEGER,
    biometrics INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE privacy_choices (
    only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
    -- as JSON: \"notes\"
    disguise TEXT NOT NULL,
    after_reminders INTEGER NOT NULL
);";

/// The lock as stored: no PIN means no lock.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LockState {
    pub pin: Option<PinHash>,
    /// Wrong guesses in a row since the last unlock.
    pub failures: u32,
    pub last_failure: Option<DateTime<Utc>>,
    /// The child also unlocks with the phone's fingerprint or face.
    pub biometrics: bool,
}

/// How the app looks from outside, and whether it asks "How was it?" after family time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrivacyChoices {
    pub disguise: Disguise,
    pub after_reminders: bool,
}

impl Store {
    pub fn lock_state(&self) -> Result<LockState, StoreError> {
        let row = self
            .conn
            .query_row("SELECT pin, failures, last_failure, biometrics FROM app_lock", [], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, u32>(1)?,
                    row.get::<_, Option<i64>>(2)?,
                    row.get::<_, bool>(3)?,
                ))
            })
            .optional()?;
        let Some((pin, failures, last_failure, biometrics)) = row else { return Ok(LockState::default()) };
        Ok(LockState { pin: Some(from_json(&pin)?), failures, last_failure: last_failure.map(seconds), biometrics })
    }

    /// Sets (or changes) the PIN; the count of wrong guesses starts again.
    pub fn set_pin(&mut self, pin: &PinHash) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO app_lock (only_one, pin) VALUES (1, ?1)
             ON CONFLICT (only_one) DO UPDATE SET pin = excluded.pin, failures = 0, last_failure = NULL",
            [to_json(pin)?],
        )?;
        Ok(())
    }

    /// Turns the lock off: the PIN's hash is gone, everything the child wrote stays.
    pub fn remove_pin(&mut self) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM app_lock", [])?;
        // The old hash must not linger in the write-ahead log either.
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Whether the phone's fingerprint or face also unlocks; needs a PIN to fall back on.
    pub fn set_biometrics(&mut self, on: bool) -> Result<(), LockError> {
        let changed = self.conn.execute("UPDATE app_lock SET biometrics = ?1", [on]).map_err(StoreError::from)?;
        if changed == 0 && on {
            return Err(LockError::NoPin);
        }
        Ok(())
    }

    /// A guess at the PIN. A wrong one is counted, durably, before the answer is given,
    /// so killing the app cannot undo it; a guess made while a wait runs is not checked.
    pub fn try_pin(&mut self, pin: &str, now: DateTime<Utc>) -> Result<Attempt, LockError> {
        let state = self.lock_state()?;
        let stored = state.pin.ok_or(LockError::NoPin)?;
        if let Some(until) = lock::wait_until(state.failures, state.last_failure, now) {
            return Ok(Attempt::MustWait { until });
        }
        if stored.matches(pin)? {
            self.unlocked()?;
            return Ok(Attempt::Unlocked);
        }
        let failures = state.failures + 1;
        self.conn
            .execute("UPDATE app_lock SET failures = ?1, last_failure = ?2", params![failures, now.timestamp()])
            .map_err(StoreError::from)?;
        Ok(Attempt::Wrong { failures, wait_until: lock::wait_until(failures, Some(seconds(now.timestamp())), now) })
    }

    /// The owner is back (the right PIN, or the phone's biometrics): the count starts again.
    pub fn unlocked(&mut self) -> Result<(), StoreError> {
        self.conn.execute("UPDATE app_lock SET failures = 0, last_failure = NULL", [])?;
        Ok(())
    }

    pub fn privacy_choices(&self) -> Result<PrivacyChoices, StoreError> {
        let row = self
            .conn
            .query_row("SELECT disguise, after_reminders FROM privacy_choices", [], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, bool>(1)?))
            })
            .optional()?;
        let Some((disguise, after_reminders)) = row else { return Ok(PrivacyChoices::default()) };
        Ok(PrivacyChoices { disguise: from_json(&disguise)?, after_reminders })
    }

    pub fn save_privacy_choices(&mut self, choices: PrivacyChoices) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO privacy_choices (only_one, disguise, after_reminders) VALUES (1, ?1, ?2)",
            params![to_json(&choices.disguise)?, choices.after_reminders],
        )?;
        Ok(())
    }
}
