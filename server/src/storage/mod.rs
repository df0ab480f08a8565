//! What the server keeps, behind a trait with two backends: an SQLite file in the data
//! folder (the default) and PostgreSQL (docs/decisions.md).
//!
//! Only routing metadata is kept: device ids and public keys, hashed tokens and codes,
//! and per message its id, sender, recipient, thread, sealed bytes and arrival time.
//! Nothing here holds a name or readable content, except the plans the council
//! publishes: every version, signed, as the child's device receives it.
//!
//! The trait is synchronous; the API calls it on tokio's blocking pool. Every method that
//! changes something returns only after its transaction has committed.

mod group_commit;
mod pin_resets;
mod postgresql;
mod removals;
mod sqlite;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use familytime_core::crypto::PublicKeys;
use serde::Deserialize;

use crate::config::Database;
use crate::link_rule::{self, Ends};
use postgresql::PostgresStorage;
use sqlite::SqliteStorage;

/// The SQLite database's file in the data folder.
pub const SQLITE_FILE: &str = "familytime.sqlite";

/// Opens `database` (SQLite in `data_dir` or PostgreSQL), bringing its schema up to date.
/// Blocks on the disk or the network: call it off the async executor.
pub fn open(database: &Database, data_dir: &Path) -> Result<Arc<dyn Storage>, StorageError> {
    Ok(match database {
        Database::Sqlite => Arc::new(SqliteStorage::open(&data_dir.join(SQLITE_FILE))?),
        Database::Postgres(url) => Arc::new(PostgresStorage::connect(url)?),
    })
}

/// Copies the data folder's SQLite database to `target` while the server runs.
pub fn backup_sqlite(data_dir: &Path, target: &Path) -> Result<(), StorageError> {
    sqlite::backup(&data_dir.join(SQLITE_FILE), target)
}

/// A SHA-256 digest of a token or an enrolment code: the secret itself is never stored.
pub type SecretHash = [u8; 32];

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StorageError(pub String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Child,
    Helper,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub role: Role,
    pub keys: PublicKeys,
    /// A child's device: the plan id its enrolment code was made for. None for helpers.
    pub plan: Option<String>,
}

pub struct NewDevice {
    pub device: Device,
    pub token_hash: SecretHash,
    pub created_at: i64,
}

pub struct NewCode {
    pub code_hash: SecretHash,
    /// The child's plan id: opaque, never a name (docs/plan-format.md).
    pub plan: String,
    pub expires_at: i64,
}

/// What happened to an enrolment attempt.
#[derive(Debug, PartialEq, Eq)]
pub enum Enrolment {
    /// The device was added for the child whose plan id the code was made for.
    Enrolled {
        plan: String,
    },
    UnknownCode,
    UsedCode,
    ExpiredCode,
}

/// What happened to a one-time code other than an enrolment's.
#[derive(Debug, PartialEq, Eq)]
pub enum CodeUse {
    Used,
    /// Not known, or made for another child: the same answer, so a code says nothing
    /// about anyone else.
    Unknown,
    AlreadyUsed,
    Expired,
}

#[derive(Clone)]
pub struct NewMessage {
    pub id: String,
    pub sender: String,
    pub recipient: String,
    pub thread: String,
    pub envelope: Vec<u8>,
    pub received_at: i64,
    /// The child said they feel unsafe now: the duty team sees it at once. The only
    /// thing the server knows about what a message says, kept because someone must act.
    pub urgent: bool,
    /// The child and helper it goes between: the link is checked again in the
    /// transaction that stores it, against the plan's latest version at that moment.
    pub ends: Ends,
}

/// Whether `message`'s ends are linked, given the latest helper list of each plan that
/// has a published version and the devices a worker has removed.
fn still_linked(message: &NewMessage, named: &HashMap<String, Vec<String>>, removed: &HashSet<String>) -> bool {
    let ends = &message.ends;
    !removed.contains(&message.sender)
        && !removed.contains(&message.recipient)
        && link_rule::allows(ends.plan.as_ref().and_then(|plan| named.get(plan)).map(Vec::as_slice), &ends.helper)
}

/// A child's message no helper has read yet, as the duty team sees it: no content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    pub message_id: String,
    pub recipient: String,
    pub received_at: i64,
    pub urgent: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submission {
    Stored,
    /// The same id with the same bytes: a retry, already stored.
    AlreadyStored,
    /// The same id with other bytes.
    Conflict,
    /// The sender and recipient are not (or no longer) linked: nothing was stored.
    NotLinked,
}

/// How far a message has got on the recipient's side; it only moves forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptState {
    Delivered = 1,
    Read = 2,
    Answered = 3,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ReceiptOutcome {
    Recorded,
    /// The message is already in this state: a retry.
    Unchanged,
    /// The message is already further on.
    Behind(ReceiptState),
    UnknownMessage,
    NotRecipient,
}

pub struct Receipt {
    pub cursor: i64,
    pub message_id: String,
    pub state: ReceiptState,
    pub at: i64,
}

/// One published version of a child's plan. Versions are kept, never changed or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanVersion {
    pub plan_id: String,
    pub version: u32,
    /// The plan as the council signed it, exactly as devices receive it (docs/protocol.md).
    pub signed: Vec<u8>,
    /// Names these signed bytes for conditional requests.
    pub etag: String,
    /// The helper devices this version names: who the child's device may message.
    pub helper_devices: Vec<String>,
    pub published_at: i64,
}

/// Helper device ids are plan ids' kind of id (no spaces), so a column holds them space-separated.
fn join_devices(devices: &[String]) -> String {
    devices.join(" ")
}

fn split_devices(column: &str) -> Vec<String> {
    column.split_whitespace().map(str::to_owned).collect()
}

/// Each plan's latest version's helper devices, in SQL both backends speak.
const LATEST_PLANS: &str = "SELECT plan_id, helper_devices FROM plan_versions p
     WHERE NOT EXISTS (SELECT 1 FROM plan_versions later WHERE later.plan_id = p.plan_id AND later.version > p.version)";

/// What is past its time, as moments in seconds (see `crate::retention`).
#[derive(Debug, Clone, Copy)]
pub struct Cutoffs {
    /// Finished messages whose last receipt is older than this go.
    pub finished_before: i64,
    /// Unfinished messages that arrived before this go.
    pub arrived_before: i64,
    /// Codes used, or expired, before this go.
    pub codes_spent_before: i64,
}

/// How much a purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub messages: u64,
    pub receipts: u64,
    pub codes: u64,
    /// Rows of removed devices (their public keys) no message refers to any more.
    pub devices: u64,
}

/// The ids of messages past their time, in SQL both backends speak, given each
/// backend's placeholders for `Cutoffs::finished_before` and `arrived_before`. A message
/// is finished once a child's device said it was delivered, or a helper said they read it.
fn messages_past_their_time(finished_before: &str, arrived_before: &str) -> String {
    format!(
        "SELECT m.id FROM messages m JOIN devices d ON d.id = m.recipient
         WHERE CASE WHEN EXISTS (SELECT 1 FROM receipts r WHERE r.message_id = m.id
                                 AND r.state >= CASE d.role WHEN 'helper' THEN 2 ELSE 1 END)
               THEN (SELECT max(r.at) FROM receipts r WHERE r.message_id = m.id) < {finished_before}
               ELSE m.received_at < {arrived_before} END"
    )
}

/// Enrolment codes used, or expired, before the placeholder's moment.
/// Every kind of one-time code: each is kept for as long after it was spent as the other.
const CODE_TABLES: [&str; 2] = ["enrolment_codes", "pin_reset_codes"];

/// One statement per kind of code, deleting those used or expired before `spent_before`.
fn codes_past_their_time(spent_before: &str) -> impl Iterator<Item = String> + '_ {
    CODE_TABLES
        .into_iter()
        .map(move |table| format!("DELETE FROM {table} WHERE coalesce(used_at, expires_at) < {spent_before}"))
}

/// The devices a social worker removes: a helper's, by its device id, or every device
/// of a child, by the child's plan id (what the worker knows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    Helper(String),
    Child { plan: String },
}

/// What a removal did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Removed {
    /// The device ids removed; empty when there was nothing to remove.
    pub devices: Vec<String>,
    /// Messages that were waiting for them: sealed to keys nobody can use any more.
    pub messages_deleted: u64,
    /// Messages they sent that are still held for their recipients.
    pub messages_kept: u64,
}

pub trait Storage: Send + Sync {
    /// Whether the database answers a query.
    fn check(&self) -> Result<(), StorageError>;
    fn add_enrolment_code(&self, code: &NewCode) -> Result<(), StorageError>;
    /// Uses the code once and adds the child's device, in one transaction.
    fn enrol_child(&self, code_hash: &SecretHash, now: i64, device: &NewDevice) -> Result<Enrolment, StorageError>;
    fn add_helper_device(&self, device: &NewDevice) -> Result<(), StorageError>;
    fn device_by_token(&self, token_hash: &SecretHash) -> Result<Option<Device>, StorageError>;
    fn device(&self, id: &str) -> Result<Option<Device>, StorageError>;
    fn devices_with_role(&self, role: Role) -> Result<Vec<Device>, StorageError>;
    /// Removed children's devices that sent `helper` messages the server still holds: the
    /// helper's desk needs their vouched keys to open what the child wrote before the
    /// phone was removed.
    fn removed_senders_to(&self, helper: &str) -> Result<Vec<Device>, StorageError>;
    fn submit_message(&self, message: &NewMessage) -> Result<Submission, StorageError>;
    /// Up to `limit` sealed envelopes for `recipient` after `after`, oldest first, with cursors.
    fn messages_for(&self, recipient: &str, after: i64, limit: u32) -> Result<Vec<(i64, Vec<u8>)>, StorageError>;
    fn record_receipt(
        &self,
        recipient: &str,
        message_id: &str,
        state: ReceiptState,
        at: i64,
    ) -> Result<ReceiptOutcome, StorageError>;
    /// Up to `limit` receipts for messages `sender` sent, after `after`, oldest first.
    fn receipts_for(&self, sender: &str, after: i64, limit: u32) -> Result<Vec<Receipt>, StorageError>;
    /// Messages to helpers that no helper has read: every urgent one, and the others
    /// received before `received_before`; oldest first.
    fn unread(&self, received_before: i64) -> Result<Vec<Unread>, StorageError>;
    /// The latest published version of `plan_id`.
    fn latest_plan(&self, plan_id: &str) -> Result<Option<PlanVersion>, StorageError>;
    /// Stores `plan` if the latest version of its plan is still `previous` (None: no
    /// version yet), in one transaction; false, storing nothing, if another publish got
    /// there first.
    fn add_plan_version(&self, plan: &PlanVersion, previous: Option<u32>) -> Result<bool, StorageError>;
    /// The helper devices the latest version of `plan_id` names; None before its first version.
    fn named_helpers(&self, plan_id: &str) -> Result<Option<Vec<String>>, StorageError>;
    /// The same for every plan with a published version, by plan id.
    fn all_named_helpers(&self) -> Result<HashMap<String, Vec<String>>, StorageError>;
    /// Removes devices in one transaction: their tokens stop matching, the messages
    /// waiting for them are deleted, and they leave every link (docs/protocol.md).
    fn remove_devices(&self, removal: &Removal, now: i64) -> Result<Removed, StorageError>;
    /// Deletes the messages, receipts and codes past their time, and removed devices no
    /// message refers to, in one transaction, and leaves none of them readable in files
    /// the backend controls.
    fn purge(&self, cutoffs: &Cutoffs) -> Result<Purged, StorageError>;
    /// A one-time code a social worker gives a child who forgot their app's PIN.
    fn add_pin_reset_code(&self, code: &NewCode) -> Result<(), StorageError>;
    /// Uses the code once if it was made for `plan`, in one transaction.
    fn use_pin_reset_code(&self, code_hash: &SecretHash, plan: &str, now: i64) -> Result<CodeUse, StorageError>;
}
