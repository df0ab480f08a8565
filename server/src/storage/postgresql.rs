//! The PostgreSQL backend, for a council that already runs PostgreSQL (backups, replicas).
//!
//! Same promises as SQLite: a change is acknowledged only after its commit (with the
//! default `synchronous_commit`, which the server turns back on if a role switched it off),
//! a message id is stored once, receipts only move forward, and cursors appear in order.
//! Connections are plain (no TLS): use a local socket or loopback, or see docs/decisions.md.

use std::collections::{HashMap, HashSet};
use std::ops::{Deref, DerefMut};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use familytime_core::crypto::PublicKeys;
use postgres::{Client, NoTls, Row, Transaction};

use super::group_commit::GroupCommit;
use super::pin_resets::{POSTGRES_TABLE, code_use};
use super::removals::{self, IN_USE};
use super::{
    CodeUse, Cutoffs, Device, Enrolment, LATEST_PLANS, NewCode, NewDevice, NewMessage, PlanVersion, Purged, Receipt,
    ReceiptOutcome, ReceiptState, Removal, Removed, Role, SecretHash, Storage, StorageError, Submission, Unread,
    codes_past_their_time, join_devices, messages_past_their_time, split_devices, still_linked,
};

/// The schema, one entry per version, applied in order and recorded in `schema_version`.
/// A version that has shipped is never edited: a change is a new entry.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE enrolment_codes (
        code_hash bytea PRIMARY KEY,
        plan text NOT NULL,
        expires_at bigint NOT NULL,
        used_at bigint
    );
    CREATE TABLE devices (
        id text PRIMARY KEY,
        -- Devices registered in the same second are listed in the order they came.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        role text NOT NULL CHECK (role IN ('child', 'helper')),
        -- The child's opaque plan id, kept so linking can later follow the plan; NULL for helpers.
        plan text,
        signing_key bytea NOT NULL CHECK (length(signing_key) = 32),
        sealing_key bytea NOT NULL CHECK (length(sealing_key) = 32),
        token_hash bytea NOT NULL UNIQUE,
        created_at bigint NOT NULL
    );
    -- An identity column never hands out a number twice, even after rows are deleted.
    CREATE TABLE messages (
        cursor bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        sender text NOT NULL REFERENCES devices (id),
        recipient text NOT NULL REFERENCES devices (id),
        thread text NOT NULL,
        envelope bytea NOT NULL,
        received_at bigint NOT NULL
    );
    CREATE INDEX messages_by_recipient ON messages (recipient, cursor);
    -- One row per step forward; the sender is copied here so its fetch is one index range.
    CREATE TABLE receipts (
        cursor bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        message_id text NOT NULL REFERENCES messages (id),
        sender text NOT NULL,
        state smallint NOT NULL CHECK (state BETWEEN 1 AND 3),
        at bigint NOT NULL,
        UNIQUE (message_id, state)
    );
    CREATE INDEX receipts_by_sender ON receipts (sender, cursor);",
    "ALTER TABLE messages ADD COLUMN urgent boolean NOT NULL DEFAULT false;",
    // Every version a council publishes, signed; append-only.
    "CREATE TABLE plan_versions (
        plan_id text NOT NULL,
        version bigint NOT NULL CHECK (version > 0),
        signed bytea NOT NULL,
        etag text NOT NULL,
        helper_devices text NOT NULL,
        published_at bigint NOT NULL,
        PRIMARY KEY (plan_id, version)
    );",
    // A child's forgotten app PIN (issue 13): codes a social worker gives, used once.
    POSTGRES_TABLE,
    // Devices a social worker removed (issue 17).
    removals::POSTGRES_MIGRATION,
];

/// Held (per transaction) while migrating, so two servers starting at once migrate once.
const MIGRATION_LOCK: i64 = 0x4654_5f6d_6967_7261; // "FT_migra"

/// Connections kept open at most; more requests than this wait for one to come back.
const MAX_CONNECTIONS: usize = 8;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub struct PostgresStorage {
    config: postgres::Config,
    pool: Mutex<Pool>,
    returned: Condvar,
    /// One durable commit for many messages.
    messages: GroupCommit,
}

struct Pool {
    idle: Vec<Client>,
    /// Connections idle or in use.
    open: usize,
}

impl From<postgres::Error> for StorageError {
    /// The server's code and message, never its DETAIL: that can quote the values of a row.
    fn from(e: postgres::Error) -> Self {
        match e.as_db_error() {
            Some(db) => StorageError(format!("PostgreSQL: {} {}: {}", db.severity(), db.code().code(), db.message())),
            None => {
                // The kind ("error connecting to server"), then why ("Connection refused").
                let mut text = format!("PostgreSQL: {e}");
                let mut source = std::error::Error::source(&e);
                while let Some(cause) = source {
                    text.push_str(&format!(": {cause}"));
                    source = cause.source();
                }
                StorageError(text)
            }
        }
    }
}

impl PostgresStorage {
    /// Connects to `url` (`postgres://user@host/db`) and brings its schema up to date.
    pub fn connect(url: &str) -> Result<PostgresStorage, StorageError> {
        let mut config: postgres::Config = url.parse()?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("familytime-server");
        }
        let storage = PostgresStorage {
            config,
            pool: Mutex::new(Pool { idle: Vec::new(), open: 0 }),
            returned: Condvar::new(),
            messages: GroupCommit::default(),
        };
        migrate(&mut *storage.client()?)?;
        Ok(storage)
    }

    fn pool(&self) -> MutexGuard<'_, Pool> {
        // The pool's state is a list and a count, consistent between statements.
        self.pool.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// An idle connection, a new one while fewer than MAX_CONNECTIONS are open, or the
    /// next one given back.
    fn client(&self) -> Result<Pooled<'_>, StorageError> {
        let mut pool = self.pool();
        loop {
            if let Some(client) = pool.idle.pop() {
                return Ok(Pooled { storage: self, client: Some(client) });
            }
            if pool.open < MAX_CONNECTIONS {
                pool.open += 1;
                drop(pool);
                return match self.open_connection() {
                    Ok(client) => Ok(Pooled { storage: self, client: Some(client) }),
                    Err(e) => {
                        self.pool().open -= 1;
                        self.returned.notify_one();
                        Err(e)
                    }
                };
            }
            pool = self.returned.wait(pool).unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    fn open_connection(&self) -> Result<Client, StorageError> {
        let mut client = self.config.connect(NoTls)?;
        // A role or database may have turned durable commits off; this server's answers
        // promise that a message survives a crash, so turn them back on for its sessions.
        let setting: String = client.query_one("SHOW synchronous_commit", &[])?.get(0);
        if setting == "off" {
            client.batch_execute("SET synchronous_commit = on")?;
        }
        Ok(client)
    }
}

impl Drop for PostgresStorage {
    fn drop(&mut self) {
        // Each postgres::Client drives its connection with a small runtime of its own, and a
        // runtime cannot be dropped inside an async task, which is where the server's last
        // handle to its storage usually goes. Close them on a thread of their own.
        let idle = std::mem::take(&mut self.pool.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner()).idle);
        let _ = std::thread::spawn(move || drop(idle)).join();
    }
}

/// A connection lent by the pool, given back when dropped; one that broke is closed instead.
struct Pooled<'a> {
    storage: &'a PostgresStorage,
    client: Option<Client>,
}

impl Deref for Pooled<'_> {
    type Target = Client;

    fn deref(&self) -> &Client {
        self.client.as_ref().expect("a pooled client is present until dropped")
    }
}

impl DerefMut for Pooled<'_> {
    fn deref_mut(&mut self) -> &mut Client {
        self.client.as_mut().expect("a pooled client is present until dropped")
    }
}

impl Drop for Pooled<'_> {
    fn drop(&mut self) {
        let Some(client) = self.client.take() else { return };
        let mut pool = self.storage.pool();
        if client.is_closed() {
            pool.open -= 1;
        } else {
            pool.idle.push(client);
        }
        drop(pool);
        self.storage.returned.notify_one();
    }
}

fn migrate(client: &mut Client) -> Result<(), StorageError> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )",
    )?;
    let current: i32 = tx.query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?.get(0);
    let known = MIGRATIONS.len();
    let current = usize::try_from(current).map_err(|_| StorageError(format!("schema_version holds {current}")))?;
    if current > known {
        return Err(StorageError(format!(
            "the database has schema version {current} but this server knows only up to {known}; run a newer server"
        )));
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        tx.batch_execute(sql)?;
        let version = i32::try_from(version + 1).map_err(|_| StorageError("too many migrations".into()))?;
        tx.execute("INSERT INTO schema_version (version) VALUES ($1)", &[&version])?;
    }
    tx.commit()?;
    Ok(())
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Child => "child",
        Role::Helper => "helper",
    }
}

fn key(row: &Row, column: &str) -> Result<[u8; 32], StorageError> {
    let bytes: Vec<u8> = row.try_get(column)?;
    bytes.try_into().map_err(|_| StorageError(format!("devices.{column} is not 32 bytes")))
}

fn device_from_row(row: &Row) -> Result<Device, StorageError> {
    let role = match row.try_get::<_, &str>("role")? {
        "child" => Role::Child,
        _ => Role::Helper,
    };
    Ok(Device {
        id: row.try_get("id")?,
        role,
        keys: PublicKeys { signing: key(row, "signing_key")?, sealing: key(row, "sealing_key")? },
        plan: row.try_get("plan")?,
    })
}

const DEVICE_COLUMNS: &str = "id, role, signing_key, sealing_key, plan";

fn version_from(value: i64) -> Result<u32, StorageError> {
    u32::try_from(value).map_err(|_| StorageError(format!("plan_versions.version holds {value}")))
}

fn insert_device(
    client: &mut impl postgres::GenericClient,
    new: &NewDevice,
    plan: Option<&str>,
) -> Result<(), StorageError> {
    client.execute(
        "INSERT INTO devices (id, role, plan, signing_key, sealing_key, token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &new.device.id,
            &role_name(new.device.role),
            &plan,
            &&new.device.keys.signing[..],
            &&new.device.keys.sealing[..],
            &&new.token_hash[..],
            &new.created_at,
        ],
    )?;
    Ok(())
}

fn state_from(value: i16) -> Result<ReceiptState, StorageError> {
    match value {
        1 => Ok(ReceiptState::Delivered),
        2 => Ok(ReceiptState::Read),
        3 => Ok(ReceiptState::Answered),
        other => Err(StorageError(format!("receipts.state holds {other}"))),
    }
}

/// Makes rows of `table` become visible in the order of their cursors.
///
/// A cursor is taken from the identity's sequence when a row is inserted, but the row is
/// seen only when its transaction commits, and concurrent transactions commit in any
/// order: a device that had fetched cursor 8 would never see a 7 committed after it.
/// Holding this lock from before the insert until commit lets one writer of `table` in
/// at a time, so cursors are taken and committed in the same order. Reads are not blocked.
fn append_in_order(tx: &mut Transaction<'_>, table: &str) -> Result<(), StorageError> {
    tx.batch_execute(&format!("LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))?;
    Ok(())
}

/// Inserts a batch in one statement and says, per message, whether it was new and, if
/// not, whether the stored bytes are the same. The outer query's snapshot is from before
/// the insert, so `m` finds only messages stored by earlier batches.
const INSERT_BATCH: &str = "WITH new AS (
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::bigint[], $7::bool[])
            WITH ORDINALITY AS n (id, sender, recipient, thread, envelope, received_at, urgent, position)
    ), inserted AS (
        INSERT INTO messages (id, sender, recipient, thread, envelope, received_at, urgent)
        SELECT id, sender, recipient, thread, envelope, received_at, urgent FROM new ORDER BY position
        ON CONFLICT (id) DO NOTHING RETURNING id
    )
    SELECT inserted.id IS NOT NULL, m.envelope IS NOT DISTINCT FROM new.envelope FROM new
    LEFT JOIN inserted ON inserted.id = new.id
    LEFT JOIN messages m ON m.id = new.id
    ORDER BY new.position";

/// Each plan's latest helper list, for the plans given that have a published version.
const LATEST_HELPERS_OF: &str = "SELECT DISTINCT ON (plan_id) plan_id, helper_devices FROM plan_versions
    WHERE plan_id = ANY($1) ORDER BY plan_id, version DESC";

/// Stores a batch of messages in one transaction and a few round trips, one outcome per
/// message.
fn commit_batch(client: &mut Client, batch: &[NewMessage]) -> Result<Vec<Submission>, StorageError> {
    let mut tx = client.transaction()?;
    // Other servers on this database too: one writer at a time, so cursors commit in order.
    append_in_order(&mut tx, "messages")?;
    let plans: Vec<&str> = batch.iter().filter_map(|message| message.ends.plan.as_deref()).collect();
    let named = tx
        .query(LATEST_HELPERS_OF, &[&plans])?
        .iter()
        .map(|row| Ok((row.try_get(0)?, split_devices(row.try_get(1)?))))
        .collect::<Result<HashMap<String, Vec<String>>, StorageError>>()?;
    // A removal locks `messages` too, so none commits between this read and the insert.
    let removed =
        tx.query(removals::REMOVED, &[])?.iter().map(|row| row.try_get(0)).collect::<Result<HashSet<String>, _>>()?;

    // Refusals, and a retry in the same batch as its original, are answered here; the
    // rest by the insert.
    let mut outcomes: Vec<Option<Submission>> = vec![None; batch.len()];
    let mut first: HashMap<&str, &NewMessage> = HashMap::new();
    for (outcome, message) in outcomes.iter_mut().zip(batch) {
        if !still_linked(message, &named, &removed) {
            *outcome = Some(Submission::NotLinked);
        } else if let Some(original) = first.get(message.id.as_str()) {
            let same = original.envelope == message.envelope;
            *outcome = Some(if same { Submission::AlreadyStored } else { Submission::Conflict });
        } else {
            first.insert(&message.id, message);
        }
    }
    let unique: Vec<&NewMessage> = batch.iter().zip(&outcomes).filter(|(_, o)| o.is_none()).map(|(m, _)| m).collect();
    let column = |field: fn(&NewMessage) -> &str| unique.iter().map(|m| field(m)).collect::<Vec<_>>();
    let (ids, senders, recipients, threads) = (
        column(|m| m.id.as_str()),
        column(|m| m.sender.as_str()),
        column(|m| m.recipient.as_str()),
        column(|m| m.thread.as_str()),
    );
    let envelopes: Vec<&[u8]> = unique.iter().map(|m| m.envelope.as_slice()).collect();
    let received: Vec<i64> = unique.iter().map(|m| m.received_at).collect();
    let urgent: Vec<bool> = unique.iter().map(|m| m.urgent).collect();
    let rows = if unique.is_empty() {
        Vec::new()
    } else {
        tx.query(INSERT_BATCH, &[&ids, &senders, &recipients, &threads, &envelopes, &received, &urgent])?
    };
    tx.commit()?;
    let mut stored = rows.iter().map(|row| -> Result<Submission, StorageError> {
        Ok(match (row.try_get::<_, bool>(0)?, row.try_get::<_, bool>(1)?) {
            (true, _) => Submission::Stored,
            (false, true) => Submission::AlreadyStored,
            (false, false) => Submission::Conflict,
        })
    });
    outcomes
        .into_iter()
        .map(|outcome| match outcome {
            Some(outcome) => Ok(outcome),
            None => {
                stored.next().unwrap_or_else(|| Err(StorageError("PostgreSQL answered for too few messages".into())))
            }
        })
        .collect()
}

impl Storage for PostgresStorage {
    fn check(&self) -> Result<(), StorageError> {
        self.client()?.batch_execute("SELECT max(cursor) FROM messages")?;
        Ok(())
    }

    fn add_enrolment_code(&self, code: &NewCode) -> Result<(), StorageError> {
        self.client()?.execute(
            "INSERT INTO enrolment_codes (code_hash, plan, expires_at) VALUES ($1, $2, $3)",
            &[&&code.code_hash[..], &code.plan, &code.expires_at],
        )?;
        Ok(())
    }

    fn enrol_child(&self, code_hash: &SecretHash, now: i64, device: &NewDevice) -> Result<Enrolment, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // FOR UPDATE: two devices racing with one code take turns, and the second sees it used.
        let Some(code) = tx.query_opt(
            "SELECT plan, expires_at, used_at FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE",
            &[&&code_hash[..]],
        )?
        else {
            return Ok(Enrolment::UnknownCode);
        };
        let outcome = if code.try_get::<_, Option<i64>>("used_at")?.is_some() {
            Enrolment::UsedCode
        } else if now >= code.try_get::<_, i64>("expires_at")? {
            Enrolment::ExpiredCode
        } else {
            tx.execute("UPDATE enrolment_codes SET used_at = $1 WHERE code_hash = $2", &[&now, &&code_hash[..]])?;
            let plan: String = code.try_get("plan")?;
            insert_device(&mut tx, device, Some(&plan))?;
            Enrolment::Enrolled { plan }
        };
        tx.commit()?;
        Ok(outcome)
    }

    fn add_helper_device(&self, device: &NewDevice) -> Result<(), StorageError> {
        insert_device(&mut *self.client()?, device, None)
    }

    fn device_by_token(&self, token_hash: &SecretHash) -> Result<Option<Device>, StorageError> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE token_hash = $1 AND {IN_USE}");
        self.client()?.query_opt(&sql, &[&&token_hash[..]])?.as_ref().map(device_from_row).transpose()
    }

    fn device(&self, id: &str) -> Result<Option<Device>, StorageError> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = $1 AND {IN_USE}");
        self.client()?.query_opt(&sql, &[&id])?.as_ref().map(device_from_row).transpose()
    }

    fn removed_senders_to(&self, helper: &str) -> Result<Vec<Device>, StorageError> {
        let sql = removals::removed_senders_to(DEVICE_COLUMNS);
        self.client()?.query(&sql, &[&helper])?.iter().map(device_from_row).collect()
    }

    fn devices_with_role(&self, role: Role) -> Result<Vec<Device>, StorageError> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE role = $1 AND {IN_USE} ORDER BY created_at, seq");
        self.client()?.query(&sql, &[&role_name(role)])?.iter().map(device_from_row).collect()
    }

    /// Durable before it answers; concurrent submitters share transactions.
    fn submit_message(&self, message: &NewMessage) -> Result<Submission, StorageError> {
        self.messages.submit(message, |batch| commit_batch(&mut *self.client()?, batch))
    }

    fn unread(&self, received_before: i64) -> Result<Vec<Unread>, StorageError> {
        let rows = self.client()?.query(
            "SELECT m.id, m.recipient, m.received_at, m.urgent FROM messages m
             JOIN devices d ON d.id = m.recipient AND d.role = 'helper'
             WHERE (m.urgent OR m.received_at < $1)
               AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.message_id = m.id AND r.state >= 2)
             ORDER BY m.received_at, m.cursor LIMIT 500",
            &[&received_before],
        )?;
        rows.iter()
            .map(|row| {
                Ok(Unread {
                    message_id: row.try_get(0)?,
                    recipient: row.try_get(1)?,
                    received_at: row.try_get(2)?,
                    urgent: row.try_get(3)?,
                })
            })
            .collect()
    }

    fn messages_for(&self, recipient: &str, after: i64, limit: u32) -> Result<Vec<(i64, Vec<u8>)>, StorageError> {
        let rows = self.client()?.query(
            "SELECT cursor, envelope FROM messages WHERE recipient = $1 AND cursor > $2 ORDER BY cursor LIMIT $3",
            &[&recipient, &after, &i64::from(limit)],
        )?;
        rows.iter().map(|row| Ok((row.try_get(0)?, row.try_get(1)?))).collect()
    }

    fn record_receipt(
        &self,
        recipient: &str,
        message_id: &str,
        state: ReceiptState,
        at: i64,
    ) -> Result<ReceiptOutcome, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // Also serialises receipts for one message, so "only forward" is checked against the latest.
        append_in_order(&mut tx, "receipts")?;
        let Some(route) = tx.query_opt("SELECT sender, recipient FROM messages WHERE id = $1", &[&message_id])? else {
            return Ok(ReceiptOutcome::UnknownMessage);
        };
        let (sender, to): (String, &str) = (route.try_get(0)?, route.try_get(1)?);
        if to != recipient {
            return Ok(ReceiptOutcome::NotRecipient);
        }
        let current: Option<i16> =
            tx.query_one("SELECT max(state) FROM receipts WHERE message_id = $1", &[&message_id])?.try_get(0)?;
        let outcome = match current.map(state_from).transpose()? {
            Some(current) if current == state => ReceiptOutcome::Unchanged,
            Some(current) if current > state => ReceiptOutcome::Behind(current),
            _ => {
                tx.execute(
                    "INSERT INTO receipts (message_id, sender, state, at) VALUES ($1, $2, $3, $4)",
                    &[&message_id, &sender, &(state as i16), &at],
                )?;
                ReceiptOutcome::Recorded
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    fn receipts_for(&self, sender: &str, after: i64, limit: u32) -> Result<Vec<Receipt>, StorageError> {
        let rows = self.client()?.query(
            "SELECT cursor, message_id, state, at FROM receipts
             WHERE sender = $1 AND cursor > $2 ORDER BY cursor LIMIT $3",
            &[&sender, &after, &i64::from(limit)],
        )?;
        rows.iter()
            .map(|row| {
                Ok(Receipt {
                    cursor: row.try_get(0)?,
                    message_id: row.try_get(1)?,
                    state: state_from(row.try_get(2)?)?,
                    at: row.try_get(3)?,
                })
            })
            .collect()
    }

    fn latest_plan(&self, plan_id: &str) -> Result<Option<PlanVersion>, StorageError> {
        let row = self.client()?.query_opt(
            "SELECT version, signed, etag, helper_devices, published_at FROM plan_versions
             WHERE plan_id = $1 ORDER BY version DESC LIMIT 1",
            &[&plan_id],
        )?;
        row.map(|row| {
            Ok(PlanVersion {
                plan_id: plan_id.to_owned(),
                version: version_from(row.try_get(0)?)?,
                signed: row.try_get(1)?,
                etag: row.try_get(2)?,
                helper_devices: split_devices(row.try_get(3)?),
                published_at: row.try_get(4)?,
            })
        })
        .transpose()
    }

    fn add_plan_version(&self, plan: &PlanVersion, previous: Option<u32>) -> Result<bool, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // One publisher at a time, so the latest version read here is still the latest at commit.
        append_in_order(&mut tx, "plan_versions")?;
        let latest: Option<i64> =
            tx.query_one("SELECT max(version) FROM plan_versions WHERE plan_id = $1", &[&plan.plan_id])?.try_get(0)?;
        if latest.map(version_from).transpose()? != previous {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO plan_versions (plan_id, version, signed, etag, helper_devices, published_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                &plan.plan_id,
                &i64::from(plan.version),
                &plan.signed,
                &plan.etag,
                &join_devices(&plan.helper_devices),
                &plan.published_at,
            ],
        )?;
        tx.commit()?;
        Ok(true)
    }

    fn named_helpers(&self, plan_id: &str) -> Result<Option<Vec<String>>, StorageError> {
        let row = self.client()?.query_opt(
            "SELECT helper_devices FROM plan_versions WHERE plan_id = $1 ORDER BY version DESC LIMIT 1",
            &[&plan_id],
        )?;
        row.map(|row| Ok(split_devices(row.try_get(0)?))).transpose()
    }

    fn all_named_helpers(&self) -> Result<HashMap<String, Vec<String>>, StorageError> {
        let rows = self.client()?.query(LATEST_PLANS, &[])?;
        rows.iter().map(|row| Ok((row.try_get(0)?, split_devices(row.try_get(1)?)))).collect()
    }

    /// Deleted rows stay in the table's files until VACUUM reuses their space
    /// (autovacuum, or the council's own schedule; docs/decisions.md).
    fn purge(&self, cutoffs: &Cutoffs) -> Result<Purged, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // No receipt for these messages can arrive between finding and deleting them.
        append_in_order(&mut tx, "receipts")?;
        let ids: Vec<String> = tx
            .query(&messages_past_their_time("$1", "$2"), &[&cutoffs.finished_before, &cutoffs.arrived_before])?
            .iter()
            .map(|row| row.try_get(0))
            .collect::<Result<_, _>>()?;
        let mut purged = Purged {
            receipts: tx.execute("DELETE FROM receipts WHERE message_id = ANY($1)", &[&ids])?,
            messages: tx.execute("DELETE FROM messages WHERE id = ANY($1)", &[&ids])?,
            codes: 0,
            devices: 0,
        };
        for statement in codes_past_their_time("$1") {
            purged.codes += tx.execute(&statement, &[&cutoffs.codes_spent_before])?;
        }
        // No message to or from a removed device can be stored: it is refused as not linked.
        purged.devices = tx.execute(removals::PURGE_REMOVED, &[])?;
        tx.commit()?;
        Ok(purged)
    }

    fn remove_devices(&self, removal: &Removal, now: i64) -> Result<Removed, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // In the order a purge takes them (receipts, then messages), so the two cannot
        // deadlock: meanwhile no message to the device is stored, and no receipt arrives
        // for one being deleted.
        append_in_order(&mut tx, "receipts")?;
        append_in_order(&mut tx, "messages")?;
        let (named, value) = removals::named(removal);
        let ids: Vec<String> =
            tx.query(named, &[&value])?.iter().map(|row| row.try_get(0)).collect::<Result<_, _>>()?;
        let mut removed = Removed::default();
        for id in ids {
            tx.execute(removals::DELETE_RECEIPTS_FOR, &[&id])?;
            removed.messages_deleted += tx.execute(removals::DELETE_MESSAGES_FOR, &[&id])?;
            let hash = removals::unusable_token_hash()?;
            tx.execute(removals::MARK_REMOVED, &[&&hash[..], &now, &id])?;
            let kept: i64 = tx.query_one(removals::COUNT_SENT, &[&id])?.try_get(0)?;
            removed.messages_kept += kept as u64;
            removed.devices.push(id);
        }
        tx.commit()?;
        Ok(removed)
    }

    fn add_pin_reset_code(&self, code: &NewCode) -> Result<(), StorageError> {
        self.client()?.execute(
            "INSERT INTO pin_reset_codes (code_hash, plan, expires_at) VALUES ($1, $2, $3)",
            &[&&code.code_hash[..], &code.plan, &code.expires_at],
        )?;
        Ok(())
    }

    fn use_pin_reset_code(&self, code_hash: &SecretHash, plan: &str, now: i64) -> Result<CodeUse, StorageError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // FOR UPDATE: two tries with one code take turns, and the second sees it used.
        let row = tx.query_opt(
            "SELECT expires_at, used_at FROM pin_reset_codes WHERE code_hash = $1 AND plan = $2 FOR UPDATE",
            &[&&code_hash[..], &plan],
        )?;
        let code =
            row.map(|r| Ok::<_, postgres::Error>((r.try_get("expires_at")?, r.try_get("used_at")?))).transpose()?;
        let outcome = code_use(code, now);
        if outcome == CodeUse::Used {
            tx.execute("UPDATE pin_reset_codes SET used_at = $1 WHERE code_hash = $2", &[&now, &&code_hash[..]])?;
        }
        tx.commit()?;
        Ok(outcome)
    }
}
