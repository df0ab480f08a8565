//! The child's encrypted local store: their plan, its sessions and their own notes.
//!
//! One SQLite file encrypted whole by SQLCipher under a random 32-byte key that the
//! platform's [`KeyStore`] keeps. Every write is one transaction with `synchronous=FULL`,
//! so a killed app finds either the old state or the new one, never a mixture. A file
//! that does not open with its key is reported and left exactly as it was.

use std::cell::OnceCell;
use std::path::Path;
use std::sync::LazyLock;

use chrono::{DateTime, Duration, Utc};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};

use crate::calendar::{self, Session, SessionSource, SessionStatus};
use crate::changes::{self, PlanChange};
use crate::keys::{self, KeyStore, KeyStoreError};
use crate::messages::MessageError;
use crate::plan::{Plan, ValidPlan};
use crate::validate::PlanRejected;

/// A note is something a child writes for themselves; this is far more than one.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Sessions are expanded again when fewer than this many days of them remain ahead.
const REFRESH_WHEN_DAYS_LEFT: i64 = calendar::HORIZON_DAYS / 2;
/// No session lasts longer (validation refuses longer ones), so a session still going
/// on at `t` started after `t` minus this.
const LONGEST_SESSION: Duration = Duration::days(4);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the store's key is missing from the key store, so the store cannot be opened; the file was left as it was"
    )]
    KeyMissing,
    #[error("the store's key is {0} bytes long, not 32; the file was left as it was")]
    BadKey(usize),
    #[error("the store cannot be read: its key is wrong or the file is damaged; the file was left as it was")]
    WrongKeyOrDamaged,
    #[error("the store was written by a newer version of the app; update the app to open it")]
    TooNew,
    #[error("the device's storage is full, so nothing was saved; free some space and try again")]
    DiskFull,
    #[error(transparent)]
    KeyStore(#[from] KeyStoreError),
    #[error("plan version {offered} is older than the version {stored} already here; the stored plan was kept")]
    OlderPlan { offered: u32, stored: u32 },
    #[error("plan version {0} is already here with different contents; a changed plan needs a new version")]
    VersionConflict(u32),
    #[error("this plan is for a different child's plan ({offered}, not {stored}); the stored plan was kept")]
    OtherPlan { offered: String, stored: String },
    #[error("plan version {version} was refused, and the stored plan kept: {rejected}")]
    Unexplained { version: u32, rejected: PlanRejected },
    #[error("the note is {0} characters long; a note can be at most {MAX_NOTE_CHARS}")]
    NoteTooLong(usize),
    #[error("stored data cannot be read back: {0}")]
    Damaged(String),
    #[error(transparent)]
    Calendar(#[from] calendar::CalendarError),
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("the system's random source failed")]
    Randomness,
    #[error("there is no plan yet, so there is nobody to send to")]
    NoPlan,
    #[error("there is no draft \"{0}\"")]
    NoDraft(String),
    #[error("there is no message \"{0}\" in the outbox")]
    NotInOutbox(String),
    #[error("the store failed: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::WrongKeyOrDamaged,
            _ => StoreError::Sqlite(e),
        }
    }
}

impl From<rusqlite_migration::Error> for StoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
            ) => StoreError::TooNew,
            other => StoreError::Damaged(other.to_string()),
        }
    }
}

mod channel;
mod cipher;
mod feelings;
mod lock;
mod outbox;
mod seen;
mod settings;
mod start;

pub use channel::{Joined, Recipient};
pub use lock::{LockState, PrivacyChoices};
pub use seen::StoredChange;
pub use settings::Settings;

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(
            "CREATE TABLE plan (
            only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
            plan_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            -- the plan without its session changes: all that screens need, parsed at open
            outline TEXT NOT NULL,
            -- years of cancellations and moves: parsed only when the whole plan is needed
            session_changes TEXT NOT NULL,
            imported_at INTEGER NOT NULL,
            -- sessions are expanded up to this instant (unix seconds)
            horizon INTEGER NOT NULL
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            arrangement TEXT NOT NULL,
            planned INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            status TEXT NOT NULL
        );
        CREATE INDEX sessions_by_start ON sessions (start, id);
        -- one row per person at each session: \"next time I see X\" is one index range
        CREATE TABLE session_people (
            person TEXT NOT NULL,
            start INTEGER NOT NULL,
            session TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            end INTEGER NOT NULL,
            goes_ahead INTEGER NOT NULL,
            PRIMARY KEY (person, start, session)
        ) WITHOUT ROWID;
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            written INTEGER NOT NULL,
            about_person TEXT,
            body TEXT NOT NULL
        );",
        ),
        M::up(
            "CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            message TEXT NOT NULL,
            updated INTEGER NOT NULL
        );
        CREATE TABLE outbox (
            -- chosen here, before the first attempt: the server keeps one message per id
            id TEXT PRIMARY KEY,
            message TEXT NOT NULL,
            urgent INTEGER NOT NULL,
            created INTEGER NOT NULL,
            state TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            next_attempt INTEGER NOT NULL,
            changed INTEGER NOT NULL
        );
        CREATE INDEX outbox_due ON outbox (state, next_attempt);",
        ),
        M::up(
            "-- sealed once, before the first attempt, so a retry sends the very same bytes
        ALTER TABLE outbox ADD COLUMN sealed BLOB;
        CREATE TABLE enrolment (
            only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
            server TEXT NOT NULL,
            device TEXT NOT NULL,
            token TEXT NOT NULL,
            council_key BLOB NOT NULL,
            inbox_cursor INTEGER NOT NULL DEFAULT 0,
            receipts_cursor INTEGER NOT NULL DEFAULT 0
        );
        -- the helpers' device keys, as the council vouched for them
        CREATE TABLE contacts (
            device TEXT PRIMARY KEY,
            signing BLOB NOT NULL,
            sealing BLOB NOT NULL,
            signature BLOB NOT NULL
        );
        CREATE TABLE inbox (
            id TEXT PRIMARY KEY,
            helper TEXT NOT NULL,
            thread TEXT NOT NULL,
            received INTEGER NOT NULL,
            text TEXT NOT NULL
        );",
        ),
        M::up(
            "-- the plan this device was enrolled for, and the server's tag for the signed
        -- plan last stored: an unchanged plan is then not sent again
        ALTER TABLE enrolment ADD COLUMN plan_id TEXT;
        ALTER TABLE enrolment ADD COLUMN plan_etag TEXT;
        -- what changed between plan versions, until the child has seen it
        CREATE TABLE plan_changes (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL,
            change TEXT NOT NULL,
            seen INTEGER
        );",
        ),
        M::up(
            "-- how the app speaks to the child: language, age band, their word, reminders
        CREATE TABLE settings (
            only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
            body TEXT NOT NULL
        );",
        ),
        M::up(
            "-- \"I feel unsafe\" raised before any plan named a helper: queued with the first plan that does
        CREATE TABLE held_unsafe (
            only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
            raised INTEGER NOT NULL
        );
        -- when a sync last reached the council's server, for \"last updated\"
        CREATE TABLE last_sync (
            only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
            at INTEGER NOT NULL
        );",
        ),
        M::up(
            "-- whom each message was sealed to, kept with its thread: an answer that arrives
        -- after they have left the child's plan still opens, under their name
        CREATE TABLE recipients (
            thread TEXT PRIMARY KEY REFERENCES outbox (id),
            helper TEXT NOT NULL,
            name TEXT NOT NULL,
            device TEXT NOT NULL,
            signing BLOB NOT NULL,
            sealing BLOB NOT NULL,
            signature BLOB NOT NULL
        );",
        ),
        // Feelings before and after family time, and the app lock (issue 13).
        M::up(feelings::MIGRATION),
        M::up(lock::MIGRATION),
    ])
});

/// Something the child wrote for themselves.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Note {
    pub id: i64,
    pub written: DateTime<Utc>,
    pub about_person: Option<String>,
    pub text: String,
}

/// What importing a plan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// The plan was stored, replacing `replaced` (the older version), if any, with
    /// `changes` things to tell the child.
    Stored { replaced: Option<u32>, changes: usize },
    /// This exact version was already stored.
    Unchanged,
}

pub struct Store {
    conn: Connection,
    /// The stored plan without its session changes, which screens read from the
    /// sessions they were applied to. Parsing years of them at every open would cost
    /// more than a frame (docs/performance.md).
    outline: Option<Plan>,
    plan: OnceCell<Option<ValidPlan>>,
}

impl Store {
    /// Opens the store at `path`, creating it and its key on first use.
    ///
    /// Sessions are kept expanded for two years after `now`.
    pub fn open(path: &Path, keys: &dyn KeyStore, now: DateTime<Utc>) -> Result<Store, StoreError> {
        let exists = path.exists();
        let key = match keys.load(keys::STORE_KEY)? {
            Some(key) => key,
            // Never make a new key for an existing file: that would make it unreadable.
            None if exists => return Err(StoreError::KeyMissing),
            None => {
                let key = keys::random_key()?;
                keys.save(keys::STORE_KEY, &key)?;
                key.to_vec()
            }
        };
        if key.len() != 32 {
            return Err(StoreError::BadKey(key.len()));
        }
        start::sqlcipher_started()?;
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if !exists {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let mut conn = Connection::open_with_flags(path, flags)?;
        // SQLCipher's own log would otherwise reach stderr or logcat: the app logs nothing.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        // A raw key skips SQLCipher's passphrase derivation, which would cost far more
        // than a frame on every open; the key is already uniformly random.
        conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", hex(&key)))?;
        // The first read decrypts page 1: a wrong key or damaged file fails here, before
        // anything is written.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA secure_delete = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA foreign_keys = ON;",
        )?;
        // Without this SQLite re-plans a statement every time a parameter it could
        // specialise on is bound, which cost more than the queries themselves
        // (docs/performance.md); our queries have one good plan.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        MIGRATIONS.to_latest(&mut conn)?;
        let mut store = Store { conn, outline: None, plan: OnceCell::new() };
        store.outline = store.load_outline()?;
        store.keep_sessions_ahead(now)?;
        Ok(store)
    }

    /// The stored plan's child, people, helpers and arrangements: everything a screen
    /// needs. Its `session_changes` are empty; [`Store::plan`] has them.
    pub fn outline(&self) -> Option<&Plan> {
        self.outline.as_ref()
    }

    /// The whole stored plan, read back on first use.
    pub fn plan(&self) -> Result<Option<&ValidPlan>, StoreError> {
        if let Some(plan) = self.plan.get() {
            return Ok(plan.as_ref());
        }
        let loaded = self.load_plan()?;
        Ok(self.plan.get_or_init(|| loaded).as_ref())
    }

    /// Reads that all see the same stored state, in one read transaction: far cheaper
    /// than a transaction for each of a screen's queries.
    pub fn snapshot(&self) -> Result<Snapshot<'_>, StoreError> {
        Ok(Snapshot { store: self, _reading: self.conn.unchecked_transaction()? })
    }

    /// Stores `plan` and its sessions, with what changed since the stored version, in one
    /// transaction; unless it is older than the stored one, another child's plan, or
    /// gives the child less family time than the stored one without saying why.
    pub fn import_plan(&mut self, plan: ValidPlan, now: DateTime<Utc>) -> Result<Imported, StoreError> {
        let (replaced, changes) = match self.plan()? {
            Some(stored) if stored.plan_id != plan.plan_id => {
                return Err(StoreError::OtherPlan { offered: plan.plan_id.clone(), stored: stored.plan_id.clone() });
            }
            Some(stored) if stored.version > plan.version => {
                return Err(StoreError::OlderPlan { offered: plan.version, stored: stored.version });
            }
            Some(stored) if stored.version == plan.version => {
                return if stored.plan() == plan.plan() {
                    Ok(Imported::Unchanged)
                } else {
                    Err(StoreError::VersionConflict(plan.version))
                };
            }
            Some(stored) => {
                let comparison = changes::compare(stored, &plan, now);
                if !comparison.unexplained.is_empty() {
                    let rejected = PlanRejected { problems: comparison.unexplained };
                    return Err(StoreError::Unexplained { version: plan.version, rejected });
                }
                (Some(stored.version), comparison.changes)
            }
            None => (None, Vec::new()),
        };
        self.write_plan(&plan, &changes, now)?;
        self.outline = Some(outline(&plan));
        self.plan = OnceCell::from(Some(plan));
        Ok(Imported::Stored { replaced, changes: changes.len() })
    }

    pub fn add_note(&mut self, text: &str, about_person: Option<&str>, now: DateTime<Utc>) -> Result<Note, StoreError> {
        let chars = text.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(StoreError::NoteTooLong(chars));
        }
        self.conn.execute(
            "INSERT INTO notes (written, about_person, body) VALUES (?1, ?2, ?3)",
            params![now.timestamp(), about_person, text],
        )?;
        Ok(Note {
            id: self.conn.last_insert_rowid(),
            written: seconds(now.timestamp()),
            about_person: about_person.map(str::to_owned),
            text: text.to_owned(),
        })
    }

    /// Newest first.
    pub fn notes(&self) -> Result<Vec<Note>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, written, about_person, body FROM notes ORDER BY written DESC, id DESC")?;
        let notes = statement.query_map([], |row| {
            Ok(Note { id: row.get(0)?, written: seconds(row.get(1)?), about_person: row.get(2)?, text: row.get(3)? })
        })?;
        Ok(notes.collect::<Result<_, _>>()?)
    }

    /// Deletes a note so that it cannot be recovered from the file; `false` if there was none.
    pub fn delete_note(&mut self, id: i64) -> Result<bool, StoreError> {
        let deleted = self.conn.execute("DELETE FROM notes WHERE id = ?1", [id])? > 0;
        // secure_delete zeroes the page in the database, but the old page can survive
        // in the write-ahead log until a checkpoint.
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(deleted)
    }

    fn load_outline(&self) -> Result<Option<Plan>, StoreError> {
        let outline: Option<String> =
            self.conn.query_row("SELECT outline FROM plan", [], |row| row.get(0)).optional()?;
        outline.map(|json| plan_part(&json)).transpose()
    }

    fn load_plan(&self) -> Result<Option<ValidPlan>, StoreError> {
        let Some(outline) = self.outline.clone() else { return Ok(None) };
        let changes: String = self.conn.query_row("SELECT session_changes FROM plan", [], |row| row.get(0))?;
        // The plan was validated before it was stored, and SQLCipher authenticates every
        // page, so it is trusted as it reads back.
        Ok(Some(ValidPlan(Plan { session_changes: plan_part(&changes)?, ..outline })))
    }

    fn keep_sessions_ahead(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let horizon: Option<i64> = self.conn.query_row("SELECT horizon FROM plan", [], |row| row.get(0)).optional()?;
        if horizon.is_some_and(|h| seconds(h) < now + Duration::days(REFRESH_WHEN_DAYS_LEFT))
            && let Some(plan) = self.plan()?.cloned()
        {
            return match self.write_plan(&plan, &[], now) {
                // A dense plan left unchanged for years can outgrow what a phone expands:
                // the sessions already stored stay until the council publishes a new version.
                Err(StoreError::Calendar(calendar::CalendarError::TooManySessions)) => Ok(()),
                written => written,
            };
        }
        Ok(())
    }

    fn write_plan(&mut self, plan: &ValidPlan, changes: &[PlanChange], now: DateTime<Utc>) -> Result<(), StoreError> {
        let horizon = now + Duration::days(calendar::HORIZON_DAYS);
        let sessions = calendar::expand(plan, horizon)?;
        let (outline, session_changes) = (to_json(&outline(plan))?, to_json(&plan.session_changes)?);
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM session_people", [])?;
        tx.execute("DELETE FROM sessions", [])?;
        tx.execute(
            "INSERT OR REPLACE INTO plan (only_one, plan_id, version, outline, session_changes, imported_at, horizon)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
            params![plan.plan_id, plan.version, outline, session_changes, now.timestamp(), horizon.timestamp()],
        )?;
        {
            let mut insert_session = tx.prepare(
                "INSERT INTO sessions (id, arrangement, planned, start, end, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut insert_person = tx.prepare(
                "INSERT INTO session_people (person, start, session, end, goes_ahead) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for session in &sessions {
                let status = to_json(&session.status)?;
                let (start, end) = (session.start.timestamp(), session.end.timestamp());
                insert_session.execute(params![
                    session.id,
                    session.arrangement,
                    session.planned.timestamp(),
                    start,
                    end,
                    status
                ])?;
                let people = plan.arrangement(&session.arrangement).map(|a| a.with.as_slice()).unwrap_or_default();
                for person in people {
                    insert_person.execute(params![person, start, session.id, end, session.status.goes_ahead()])?;
                }
            }
            let mut insert_change = tx.prepare("INSERT INTO plan_changes (version, change) VALUES (?1, ?2)")?;
            for change in changes {
                insert_change.execute(params![plan.version, to_json(change)?])?;
            }
        }
        outbox::release_held_unsafe(&tx, plan, now)?;
        tx.commit()?;
        Ok(())
    }

    fn sessions_where(&self, sql_filter: &str, args: impl rusqlite::Params) -> Result<Vec<Session>, StoreError> {
        let sql = format!("SELECT s.id, s.arrangement, s.planned, s.start, s.end, s.status FROM {sql_filter}");
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(args, |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, i64>(3)?,
                row.get::<_, i64>(4)?,
                row.get::<_, String>(5)?,
            ))
        })?;
        let mut sessions = Vec::new();
        for row in rows {
            let (id, arrangement, planned, start, end, status) = row?;
            let status: SessionStatus = from_json(&status)?;
            sessions.push(Session {
                id,
                arrangement,
                planned: seconds(planned),
                start: seconds(start),
                end: seconds(end),
                status,
            });
        }
        Ok(sessions)
    }
}

/// A read transaction over the store; see [`Store::snapshot`].
pub struct Snapshot<'a> {
    store: &'a Store,
    _reading: rusqlite::Transaction<'a>,
}

impl SessionSource for Snapshot<'_> {
    type Error = StoreError;

    fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Session>, StoreError> {
        self.store.sessions_where(
            "sessions s WHERE s.start >= ?1 AND s.start < ?2 ORDER BY s.start, s.id",
            params![from.timestamp(), to.timestamp()],
        )
    }

    fn upcoming_with(
        &self,
        person: &str,
        after: DateTime<Utc>,
        limit: usize,
        going_ahead: bool,
    ) -> Result<Vec<Session>, StoreError> {
        self.store.sessions_where(
            "session_people p JOIN sessions s ON s.id = p.session
             WHERE p.person = ?1 AND p.start > ?2 AND p.end > ?3 AND (?4 = 0 OR p.goes_ahead = 1)
             ORDER BY p.start, p.session LIMIT ?5",
            params![person, (after - LONGEST_SESSION).timestamp(), after.timestamp(), going_ahead, limit as i64],
        )
    }

    fn past_with(&self, person: &str, before: DateTime<Utc>, limit: usize) -> Result<Vec<Session>, StoreError> {
        self.store.sessions_where(
            "session_people p JOIN sessions s ON s.id = p.session
             WHERE p.person = ?1 AND p.start < ?2 AND p.end <= ?2
             ORDER BY p.start DESC, p.session DESC LIMIT ?3",
            params![person, before.timestamp(), limit as i64],
        )
    }

    fn session(&self, id: &str) -> Result<Option<Session>, StoreError> {
        Ok(self.store.sessions_where("sessions s WHERE s.id = ?1", [id])?.pop())
    }
}

fn outline(plan: &ValidPlan) -> Plan {
    Plan { session_changes: Vec::new(), ..plan.plan().clone() }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Damaged(e.to_string()))
}

/// A plan, or part of one, read as a plan file is (see `reading::structure`).
fn plan_part<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, StoreError> {
    let mut de = serde_json::Deserializer::from_slice(json.as_bytes());
    crate::reading::structure(&mut de).map_err(|e| StoreError::Damaged(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Damaged(e.to_string()))
}

fn seconds(timestamp: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(timestamp, 0).unwrap_or_default()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
