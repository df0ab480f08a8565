//! The app lock, the child's choice: a PIN asked on opening and after a few minutes
//! away. Wrong guesses make the child wait longer and longer but never delete anything.
//! The PIN is kept only as a slow salted hash (Argon2id) inside the encrypted store, so
//! even someone who could read the store's pages could not simply try every PIN.

use argon2::{Algorithm, Argon2, Params, Version};
use chrono::{DateTime, Duration, Utc};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

/// Shortest and longest PIN: four digits is what a young child can remember.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;
/// How long the app may be away before it asks for the PIN again.
pub const AWAY_LIMIT: Duration = Duration::minutes(3);
/// Argon2id with OWASP's smallest recommended memory (19 MiB, two passes, one lane):
/// slow for a guesser, about a tenth of a second on an old phone.
pub const HASH_MEMORY_KIB: u32 = 19 * 1024;
pub const HASH_PASSES: u32 = 2;
const SALT_BYTES: usize = 16;
const HASH_BYTES: usize = 32;

/// Wrong guesses that cost nothing: everyone mistypes now and then.
const FREE_GUESSES: u32 = 3;
/// The wait after each further wrong guess, growing; the last one repeats.
const WAITS_SECONDS: [i64; 7] = [30, 60, 2 * 60, 5 * 60, 15 * 60, 30 * 60, 60 * 60];

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("a PIN is {min} to {max} digits, and only digits", min = PIN_DIGITS.start(), max = PIN_DIGITS.end())]
    BadPin,
    #[error("the two PINs are not the same")]
    PinsDiffer,
    #[error("there is no PIN set, so there is nothing to unlock")]
    NoPin,
    #[error("the PIN could not be hashed: {0}")]
    Hash(String),
    #[error("the system's random source failed")]
    Randomness,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// The PIN as kept: its salt, its hash, and the cost it was hashed at (so a later app
/// can raise the cost and still check PINs set before).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    pub salt: Vec<u8>,
    pub hash: Vec<u8>,
    pub memory_kib: u32,
    pub passes: u32,
}

impl PinHash {
    /// A new salt and the PIN's hash under it, after checking the PIN's shape.
    pub fn new(pin: &str) -> Result<PinHash, LockError> {
        check_shape(pin)?;
        let mut salt = vec![0u8; SALT_BYTES];
        SystemRandom::new().fill(&mut salt).map_err(|_| LockError::Randomness)?;
        let hash = hash(pin, &salt, HASH_MEMORY_KIB, HASH_PASSES)?;
        Ok(PinHash { salt, hash, memory_kib: HASH_MEMORY_KIB, passes: HASH_PASSES })
    }

    /// Whether `pin` is this PIN; the comparison takes the same time wherever they differ.
    pub fn matches(&self, pin: &str) -> Result<bool, LockError> {
        let candidate = hash(pin, &self.salt, self.memory_kib, self.passes)?;
        Ok(bool::from(candidate.ct_eq(&self.hash)))
    }
}

/// Refuses what is not 4 to 8 digits.
pub fn check_shape(pin: &str) -> Result<(), LockError> {
    if PIN_DIGITS.contains(&pin.chars().count()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(LockError::BadPin)
    }
}

fn hash(pin: &str, salt: &[u8], memory_kib: u32, passes: u32) -> Result<Vec<u8>, LockError> {
    let params = Params::new(memory_kib, passes, 1, Some(HASH_BYTES)).map_err(|e| LockError::Hash(e.to_string()))?;
    let mut out = vec![0u8; HASH_BYTES];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pin.as_bytes(), salt, &mut out)
        .map_err(|e| LockError::Hash(e.to_string()))?;
    Ok(out)
}

/// How long to wait after `failures` wrong guesses in a row, before the next guess.
pub fn wait_after(failures: u32) -> Duration {
    match failures.checked_sub(FREE_GUESSES + 1) {
        None => Duration::zero(),
        Some(step) => Duration::seconds(WAITS_SECONDS[(step as usize).min(WAITS_SECONDS.len() - 1)]),
    }
}

/// Until when the next guess must wait, given the wrong guesses so far and when the last
/// was made. A clock turned back does not shorten the wait: it counts from `now` then.
pub fn wait_until(failures: u32, last_failure: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let last = last_failure?;
    let until = last.min(now) + wait_after(failures);
    (until > now).then_some(until)
}

/// What a guess at the PIN did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Unlocked,
    /// Wrong; `wait_until` is when the next guess may be made, if it must wait.
    Wrong {
        failures: u32,
        wait_until: Option<DateTime<Utc>>,
    },
    /// Too soon after the last wrong guess: the PIN was not even checked.
    MustWait {
        until: DateTime<Utc>,
    },
}

/// The app's disguise: how it is named and drawn on the home screen, the child's choice.
/// The shells map each to an Android activity-alias or an iOS alternate icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disguise {
    #[default]
    FamilyTime,
    Notes,
    Planner,
}

pub const DISGUISES: [Disguise; 3] = [Disguise::FamilyTime, Disguise::Notes, Disguise::Planner];

/// Whether the app is open to whoever holds the phone, kept for the life of the process:
/// locked at start, unlocked by the PIN (or biometrics), locked again after
/// [`AWAY_LIMIT`] away. Without a PIN it never locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gate {
    unlocked: bool,
    away_since: Option<DateTime<Utc>>,
}

impl Gate {
    pub fn is_locked(&self, has_pin: bool) -> bool {
        has_pin && !self.unlocked
    }

    pub fn unlock(&mut self) {
        self.unlocked = true;
        self.away_since = None;
    }

    /// The app went to the background (or the screen turned off).
    pub fn left(&mut self, now: DateTime<Utc>) {
        self.away_since.get_or_insert(now);
    }

    /// The app came back: locked again if it was away too long (or the clock went back).
    pub fn returned(&mut self, now: DateTime<Utc>) {
        if let Some(left) = self.away_since.take()
            && (now - left >= AWAY_LIMIT || now < left)
        {
            self.unlocked = false;
        }
    }
}
