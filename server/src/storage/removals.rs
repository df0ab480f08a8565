//! Removing a device (a lost phone, a helper's old laptop): the schema change and the
//! statements both backends share, written with PostgreSQL's `$n` placeholders;
//! [`for_sqlite`] turns them into SQLite's `?n`.
//!
//! A removed device's row stays until no message refers to it (messages reference
//! `devices (id)`), but its token hash is overwritten with the hash of a token that was
//! never given to anyone, so the old token matches nothing; `token_hash` stays NOT NULL
//! UNIQUE (docs/decisions.md). Retention deletes the row, and with it the device's public
//! keys, once its last message is gone.

use super::{Removal, SecretHash, StorageError};

/// When a worker removed the device; NULL while it is in use. The partial index keeps
/// the list of removed devices, read by every batch of messages, one small index scan.
pub(super) const SQLITE_MIGRATION: &str = "ALTER TABLE devices ADD COLUMN removed_at INTEGER;
    CREATE INDEX removed_devices ON devices (id) WHERE removed_at IS NOT NULL;";

pub(super) const POSTGRES_MIGRATION: &str = "ALTER TABLE devices ADD COLUMN removed_at bigint;
    CREATE INDEX removed_devices ON devices (id) WHERE removed_at IS NOT NULL;";

/// Devices in use: what every lookup of a device adds to its WHERE clause.
pub(super) const IN_USE: &str = "removed_at IS NULL";

/// Removed children's devices with messages still held for helper `$1`, by `columns`.
pub(super) fn removed_senders_to(columns: &str) -> String {
    format!(
        "SELECT {columns} FROM devices WHERE role = 'child' AND removed_at IS NOT NULL
            AND id IN (SELECT sender FROM messages WHERE recipient = $1) ORDER BY created_at, id"
    )
}

/// The ids of removed devices, which no new message may be to or from.
pub(super) const REMOVED: &str = "SELECT id FROM devices WHERE removed_at IS NOT NULL";

/// The ids of the devices in use that `removal` names ($1, the returned value).
pub(super) fn named(removal: &Removal) -> (&'static str, &str) {
    match removal {
        Removal::Helper(device) => {
            ("SELECT id FROM devices WHERE removed_at IS NULL AND role = 'helper' AND id = $1", device.as_str())
        }
        Removal::Child { plan } => (
            "SELECT id FROM devices WHERE removed_at IS NULL AND role = 'child' AND plan = $1 ORDER BY created_at, id",
            plan.as_str(),
        ),
    }
}

/// For the device $1: the receipts of messages waiting for it, then those messages.
pub(super) const DELETE_RECEIPTS_FOR: &str =
    "DELETE FROM receipts WHERE message_id IN (SELECT id FROM messages WHERE recipient = $1)";
pub(super) const DELETE_MESSAGES_FOR: &str = "DELETE FROM messages WHERE recipient = $1";
/// Token hash $1, removed at $2, device $3.
pub(super) const MARK_REMOVED: &str = "UPDATE devices SET token_hash = $1, removed_at = $2 WHERE id = $3";
/// Messages device $1 sent that are still held: kept, so nothing a child wrote is lost.
pub(super) const COUNT_SENT: &str = "SELECT count(*) FROM messages WHERE sender = $1";

/// Removed devices no message refers to any more.
pub(super) const PURGE_REMOVED: &str = "DELETE FROM devices WHERE removed_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.recipient = devices.id)
    AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.sender = devices.id)";

/// A token hash nobody holds a token for: the hash of a fresh random token that is
/// dropped at once. Unique like every other, so the column keeps its constraints.
pub(super) fn unusable_token_hash() -> Result<SecretHash, StorageError> {
    let (_never_given, hash) = crate::secrets::new_token()
        .map_err(|_| StorageError("the system's random source failed; nothing was removed".into()))?;
    Ok(hash)
}

/// `sql` with SQLite's numbered placeholders (`?1`) for PostgreSQL's (`$1`).
pub(super) fn for_sqlite(sql: &str) -> String {
    sql.replace('$', "?")
}
