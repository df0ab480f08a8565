//! The default backend: one SQLite file in WAL mode with synchronous=FULL, so a
//! committed message survives a power cut before the client is told it was sent.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{LazyLock, Mutex, MutexGuard};

use familytime_core::crypto::PublicKeys;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use rusqlite_migration::{M, Migrations};

use super::group_commit::GroupCommit;
use super::pin_resets::{SQLITE_TABLE, code_use};
use super::removals::{self, IN_USE, for_sqlite};
use super::{
    CodeUse, Cutoffs, Device, Enrolment, LATEST_PLANS, NewCode, NewDevice, NewMessage, PlanVersion, Purged, Receipt,
    ReceiptOutcome, ReceiptState, Removal, Removed, Role, SecretHash, Storage, StorageError, Submission, Unread,
    codes_past_their_time, join_devices, messages_past_their_time, split_devices, still_linked,
};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(
            "CREATE TABLE enrolment_codes (
            code_hash BLOB PRIMARY KEY,
            plan TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER
        ) STRICT;
        CREATE TABLE devices (
            id TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('child', 'helper')),
            -- The child's opaque plan id, kept so linking can later follow the plan; NULL for helpers.
            plan TEXT,
            signing_key BLOB NOT NULL CHECK (length(signing_key) = 32),
            sealing_key BLOB NOT NULL CHECK (length(sealing_key) = 32),
            token_hash BLOB NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        ) STRICT;
        -- Devices registered in the same second are listed in the order they came (rowid).
        -- AUTOINCREMENT so a cursor is never reused, even after rows are deleted.
        CREATE TABLE messages (
            cursor INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            sender TEXT NOT NULL REFERENCES devices (id),
            recipient TEXT NOT NULL REFERENCES devices (id),
            thread TEXT NOT NULL,
            envelope BLOB NOT NULL,
            received_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX messages_by_recipient ON messages (recipient, cursor);
        -- One row per step forward; the sender is copied here so its fetch is one index range.
        CREATE TABLE receipts (
            cursor INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL REFERENCES messages (id),
            sender TEXT NOT NULL,
            state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 3),
            at INTEGER NOT NULL,
            UNIQUE (message_id, state)
        ) STRICT;
        CREATE INDEX receipts_by_sender ON receipts (sender, cursor);",
        ),
        M::up("ALTER TABLE messages ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));"),
        // Every version a council publishes, signed; append-only.
        M::up(
            "CREATE TABLE plan_versions (
            plan_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            signed BLOB NOT NULL,
            etag TEXT NOT NULL,
            helper_devices TEXT NOT NULL,
            published_at INTEGER NOT NULL,
            PRIMARY KEY (plan_id, version)
        ) STRICT;",
        ),
        // A child's forgotten app PIN (issue 13): codes a social worker gives, used once.
        M::up(SQLITE_TABLE),
        // Devices a social worker removed (issue 17).
        M::up(removals::SQLITE_MIGRATION),
    ])
});

pub struct SqliteStorage {
    // One connection: SQLite takes one writer at a time anyway, and a server for one
    // council's children is far from needing more.
    conn: Mutex<Connection>,
    /// One fsync for many messages.
    messages: GroupCommit,
}

/// Read is state 2 of a receipt; a helper's answer (3) means it was read too.
const UNREAD: &str = "SELECT m.id, m.recipient, m.received_at, m.urgent FROM messages m
     JOIN devices d ON d.id = m.recipient AND d.role = 'helper'
     WHERE (m.urgent = 1 OR m.received_at < ?1)
       AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.message_id = m.id AND r.state >= 2)
     ORDER BY m.received_at, m.cursor LIMIT 500";

/// Stores a batch of messages in one transaction, one outcome per message.
fn commit_batch(conn: &mut Connection, batch: &[NewMessage]) -> Result<Vec<Submission>, StorageError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut named = HashMap::new();
    for plan in batch.iter().filter_map(|message| message.ends.plan.as_deref()) {
        if !named.contains_key(plan)
            && let Some(helpers) = latest_helpers(&tx, plan)?
        {
            named.insert(plan.to_owned(), helpers);
        }
    }
    let removed: HashSet<String> =
        tx.prepare_cached(removals::REMOVED)?.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for message in batch {
        if !still_linked(message, &named, &removed) {
            outcomes.push(Submission::NotLinked);
            continue;
        }
        let existing: Option<Vec<u8>> =
            tx.query_row("SELECT envelope FROM messages WHERE id = ?1", [&message.id], |row| row.get(0)).optional()?;
        outcomes.push(match existing {
            Some(bytes) if bytes == message.envelope => Submission::AlreadyStored,
            Some(_) => Submission::Conflict,
            None => {
                tx.execute(
                    "INSERT INTO messages (id, sender, recipient, thread, envelope, received_at, urgent)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        message.id,
                        message.sender,
                        message.recipient,
                        message.thread,
                        message.envelope,
                        message.received_at,
                        message.urgent
                    ],
                )?;
                Submission::Stored
            }
        });
    }
    tx.commit()?;
    Ok(outcomes)
}

/// The helper devices the latest version of `plan_id` names; None before its first version.
fn latest_helpers(conn: &Connection, plan_id: &str) -> rusqlite::Result<Option<Vec<String>>> {
    let mut statement = conn
        .prepare_cached("SELECT helper_devices FROM plan_versions WHERE plan_id = ?1 ORDER BY version DESC LIMIT 1")?;
    statement.query_row([plan_id], |row| Ok(split_devices(row.get_ref(0)?.as_str()?))).optional()
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl From<rusqlite::Error> for StorageError {
    fn from(e: rusqlite::Error) -> Self {
        StorageError(format!("database: {e}"))
    }
}

/// Writes a consistent copy of the database at `source` to `target`, a file that must
/// not exist yet, while the server keeps running: `VACUUM INTO` reads one snapshot, so
/// every message committed before it began is in the copy, and it copies no deleted rows.
pub fn backup(source: &Path, target: &Path) -> Result<(), StorageError> {
    let fail = |e: &dyn std::fmt::Display| StorageError(format!("{}: {e}", target.display()));
    if !source.exists() {
        return Err(StorageError(format!("{} does not exist; is this the server's data folder?", source.display())));
    }
    // Made first, readable by its owner only: the copy holds what the database holds.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(target).map_err(|e| fail(&e))?;
    let copied = Connection::open_with_flags(source, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|conn| {
            conn.busy_timeout(std::time::Duration::from_secs(30))?;
            conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])
        })
        .map_err(|e| fail(&e));
    if copied.is_err() {
        let _ = std::fs::remove_file(target);
    }
    copied.map(|_| ())
}

/// secure_delete zeroes deleted rows in the database's pages, but the WAL still holds
/// pages as they were written. Copying it back and truncating it leaves nothing of them;
/// a backup reading at this moment keeps it until the next purge.
fn empty_the_log(conn: &Connection) -> Result<(), StorageError> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
    if busy != 0 {
        eprintln!("familytime-server: a backup was reading, so the database's log is emptied at the next purge");
    }
    Ok(())
}

impl SqliteStorage {
    pub fn open(path: &Path) -> Result<SqliteStorage, StorageError> {
        let fail = |e: &dyn std::fmt::Display| StorageError(format!("{}: {e}", path.display()));
        let mut conn = Connection::open(path).map_err(|e| fail(&e))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )
        .map_err(|e| fail(&e))?;
        MIGRATIONS.to_latest(&mut conn).map_err(|e| fail(&e))?;
        Ok(SqliteStorage { conn: Mutex::new(conn), messages: GroupCommit::default() })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock rolled its transaction back when the guard dropped.
        lock(&self.conn)
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Child => "child",
        Role::Helper => "helper",
    }
}

fn device_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Device> {
    let role = match row.get_ref(1)?.as_str()? {
        "child" => Role::Child,
        _ => Role::Helper,
    };
    Ok(Device {
        id: row.get(0)?,
        role,
        keys: PublicKeys { signing: row.get(2)?, sealing: row.get(3)? },
        plan: row.get(4)?,
    })
}

const DEVICE_COLUMNS: &str = "id, role, signing_key, sealing_key, plan";

fn version_from(value: i64) -> rusqlite::Result<u32> {
    u32::try_from(value).map_err(|_| rusqlite::Error::IntegralValueOutOfRange(1, value))
}

fn latest_version(conn: &Connection, plan_id: &str) -> rusqlite::Result<Option<u32>> {
    let version: Option<i64> =
        conn.query_row("SELECT max(version) FROM plan_versions WHERE plan_id = ?1", [plan_id], |row| row.get(0))?;
    version.map(version_from).transpose()
}

fn insert_device(conn: &Connection, new: &NewDevice, plan: Option<&str>) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO devices (id, role, plan, signing_key, sealing_key, token_hash, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            new.device.id,
            role_name(new.device.role),
            plan,
            new.device.keys.signing,
            new.device.keys.sealing,
            new.token_hash,
            new.created_at
        ],
    )?;
    Ok(())
}

fn state_from(value: i64) -> rusqlite::Result<ReceiptState> {
    match value {
        1 => Ok(ReceiptState::Delivered),
        2 => Ok(ReceiptState::Read),
        3 => Ok(ReceiptState::Answered),
        other => Err(rusqlite::Error::IntegralValueOutOfRange(0, other)),
    }
}

impl Storage for SqliteStorage {
    fn check(&self) -> Result<(), StorageError> {
        self.conn().query_row("SELECT max(cursor) FROM messages", [], |_| Ok(()))?;
        Ok(())
    }

    fn add_enrolment_code(&self, code: &NewCode) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO enrolment_codes (code_hash, plan, expires_at) VALUES (?1, ?2, ?3)",
            params![code.code_hash, code.plan, code.expires_at],
        )?;
        Ok(())
    }

    fn enrol_child(&self, code_hash: &SecretHash, now: i64, device: &NewDevice) -> Result<Enrolment, StorageError> {
        let mut conn = self.conn();
        // IMMEDIATE takes the write lock first, so two devices racing with one code
        // cannot both see it unused.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let code: Option<(String, i64, Option<i64>)> = tx
            .query_row(
                "SELECT plan, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?1",
                [code_hash],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let outcome = match code {
            None => Enrolment::UnknownCode,
            Some((_, _, Some(_))) => Enrolment::UsedCode,
            Some((_, expires_at, None)) if now >= expires_at => Enrolment::ExpiredCode,
            Some((plan, _, None)) => {
                tx.execute("UPDATE enrolment_codes SET used_at = ?1 WHERE code_hash = ?2", params![now, code_hash])?;
                insert_device(&tx, device, Some(&plan))?;
                Enrolment::Enrolled { plan }
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    fn add_helper_device(&self, device: &NewDevice) -> Result<(), StorageError> {
        Ok(insert_device(&self.conn(), device, None)?)
    }

    fn device_by_token(&self, token_hash: &SecretHash) -> Result<Option<Device>, StorageError> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE token_hash = ?1 AND {IN_USE}");
        Ok(self.conn().query_row(&sql, [token_hash], device_from_row).optional()?)
    }

    fn device(&self, id: &str) -> Result<Option<Device>, StorageError> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = ?1 AND {IN_USE}");
        Ok(self.conn().query_row(&sql, [id], device_from_row).optional()?)
    }

    fn removed_senders_to(&self, helper: &str) -> Result<Vec<Device>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare(&for_sqlite(&removals::removed_senders_to(DEVICE_COLUMNS)))?;
        let devices = statement.query_map([helper], device_from_row)?.collect::<Result<_, _>>()?;
        Ok(devices)
    }

    fn devices_with_role(&self, role: Role) -> Result<Vec<Device>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare(&format!(
            "SELECT {DEVICE_COLUMNS} FROM devices WHERE role = ?1 AND {IN_USE} ORDER BY created_at, rowid"
        ))?;
        let devices = statement.query_map([role_name(role)], device_from_row)?.collect::<Result<_, _>>()?;
        Ok(devices)
    }

    /// Durable before it answers; concurrent submitters share transactions.
    fn submit_message(&self, message: &NewMessage) -> Result<Submission, StorageError> {
        self.messages.submit(message, |batch| commit_batch(&mut self.conn(), batch))
    }

    fn unread(&self, received_before: i64) -> Result<Vec<Unread>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(UNREAD)?;
        let rows = statement.query_map([received_before], |row| {
            Ok(Unread {
                message_id: row.get(0)?,
                recipient: row.get(1)?,
                received_at: row.get(2)?,
                urgent: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn messages_for(&self, recipient: &str, after: i64, limit: u32) -> Result<Vec<(i64, Vec<u8>)>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT cursor, envelope FROM messages WHERE recipient = ?1 AND cursor > ?2 ORDER BY cursor LIMIT ?3",
        )?;
        let rows = statement
            .query_map(params![recipient, after, limit], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    fn record_receipt(
        &self,
        recipient: &str,
        message_id: &str,
        state: ReceiptState,
        at: i64,
    ) -> Result<ReceiptOutcome, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let route: Option<(String, String)> = tx
            .query_row("SELECT sender, recipient FROM messages WHERE id = ?1", [message_id], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let Some((sender, to)) = route else { return Ok(ReceiptOutcome::UnknownMessage) };
        if to != recipient {
            return Ok(ReceiptOutcome::NotRecipient);
        }
        let current: Option<i64> =
            tx.query_row("SELECT max(state) FROM receipts WHERE message_id = ?1", [message_id], |row| row.get(0))?;
        let current = current.map(state_from).transpose()?;
        let outcome = match current {
            Some(current) if current == state => ReceiptOutcome::Unchanged,
            Some(current) if current > state => ReceiptOutcome::Behind(current),
            _ => {
                tx.execute(
                    "INSERT INTO receipts (message_id, sender, state, at) VALUES (?1, ?2, ?3, ?4)",
                    params![message_id, sender, state as i64, at],
                )?;
                ReceiptOutcome::Recorded
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    fn receipts_for(&self, sender: &str, after: i64, limit: u32) -> Result<Vec<Receipt>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT cursor, message_id, state, at FROM receipts
             WHERE sender = ?1 AND cursor > ?2 ORDER BY cursor LIMIT ?3",
        )?;
        let rows = statement
            .query_map(params![sender, after, limit], |row| {
                Ok(Receipt {
                    cursor: row.get(0)?,
                    message_id: row.get(1)?,
                    state: state_from(row.get(2)?)?,
                    at: row.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    fn latest_plan(&self, plan_id: &str) -> Result<Option<PlanVersion>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT version, signed, etag, helper_devices, published_at FROM plan_versions
             WHERE plan_id = ?1 ORDER BY version DESC LIMIT 1",
        )?;
        let plan = statement
            .query_row([plan_id], |row| {
                Ok(PlanVersion {
                    plan_id: plan_id.to_owned(),
                    version: version_from(row.get(0)?)?,
                    signed: row.get(1)?,
                    etag: row.get(2)?,
                    helper_devices: split_devices(row.get_ref(3)?.as_str()?),
                    published_at: row.get(4)?,
                })
            })
            .optional()?;
        Ok(plan)
    }

    fn add_plan_version(&self, plan: &PlanVersion, previous: Option<u32>) -> Result<bool, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if latest_version(&tx, &plan.plan_id)? != previous {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO plan_versions (plan_id, version, signed, etag, helper_devices, published_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                plan.plan_id,
                plan.version,
                plan.signed,
                plan.etag,
                join_devices(&plan.helper_devices),
                plan.published_at
            ],
        )?;
        tx.commit()?;
        Ok(true)
    }

    fn named_helpers(&self, plan_id: &str) -> Result<Option<Vec<String>>, StorageError> {
        Ok(latest_helpers(&self.conn(), plan_id)?)
    }

    fn all_named_helpers(&self) -> Result<HashMap<String, Vec<String>>, StorageError> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(LATEST_PLANS)?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, split_devices(row.get_ref(1)?.as_str()?))))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn purge(&self, cutoffs: &Cutoffs) -> Result<Purged, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids: Vec<String> = tx
            .prepare(&messages_past_their_time("?1", "?2"))?
            .query_map(params![cutoffs.finished_before, cutoffs.arrived_before], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let mut purged = Purged::default();
        for id in &ids {
            purged.receipts += tx.execute("DELETE FROM receipts WHERE message_id = ?1", [id])? as u64;
            purged.messages += tx.execute("DELETE FROM messages WHERE id = ?1", [id])? as u64;
        }
        for statement in codes_past_their_time("?1") {
            purged.codes += tx.execute(&statement, [cutoffs.codes_spent_before])? as u64;
        }
        purged.devices = tx.execute(removals::PURGE_REMOVED, [])? as u64;
        tx.commit()?;
        empty_the_log(&conn)?;
        Ok(purged)
    }

    fn remove_devices(&self, removal: &Removal, now: i64) -> Result<Removed, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (named, value) = removals::named(removal);
        let ids: Vec<String> =
            tx.prepare(&for_sqlite(named))?.query_map([value], |row| row.get(0))?.collect::<Result<_, _>>()?;
        let mut removed = Removed::default();
        for id in ids {
            tx.execute(&for_sqlite(removals::DELETE_RECEIPTS_FOR), [&id])?;
            removed.messages_deleted += tx.execute(&for_sqlite(removals::DELETE_MESSAGES_FOR), [&id])? as u64;
            let hash = removals::unusable_token_hash()?;
            tx.execute(&for_sqlite(removals::MARK_REMOVED), params![hash, now, id])?;
            let kept: i64 = tx.query_row(&for_sqlite(removals::COUNT_SENT), [&id], |row| row.get(0))?;
            removed.messages_kept += kept as u64;
            removed.devices.push(id);
        }
        tx.commit()?;
        empty_the_log(&conn)?;
        Ok(removed)
    }

    fn add_pin_reset_code(&self, code: &NewCode) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO pin_reset_codes (code_hash, plan, expires_at) VALUES (?1, ?2, ?3)",
            params![code.code_hash, code.plan, code.expires_at],
        )?;
        Ok(())
    }

    fn use_pin_reset_code(&self, code_hash: &SecretHash, plan: &str, now: i64) -> Result<CodeUse, StorageError> {
        let mut conn = self.conn();
        // IMMEDIATE: two tries with one code take turns, and the second sees it used.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let code: Option<(i64, Option<i64>)> = tx
            .query_row(
                "SELECT expires_at, used_at FROM pin_reset_codes WHERE code_hash = ?1 AND plan = ?2",
                params![code_hash, plan],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let outcome = code_use(code, now);
        if outcome == CodeUse::Used {
            tx.execute("UPDATE pin_reset_codes SET used_at = ?1 WHERE code_hash = ?2", params![now, code_hash])?;
        }
        tx.commit()?;
        Ok(outcome)
    }
}
