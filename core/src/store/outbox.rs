//! Drafts and the outbox: nothing the child writes is lost.
//!
//! A draft is saved as the child types. Sending moves it to the outbox in one
//! transaction, under a message id chosen then, so a retry after any failure (or a
//! killed app) sends the same message again and the server keeps it once. Messages wait
//! in the outbox through days offline, retried with backoff, and their delivery state
//! only ever moves forward.

use chrono::{DateTime, Utc};
use ring::rand::{SecureRandom, SystemRandom};
use rusqlite::{Connection, OptionalExtension, params};

use super::{Store, StoreError, from_json, hex, seconds, to_json};
use crate::messages::{self, Delivery, Message, Outgoing, Topic};
use crate::plan::{HelperRole, Plan};

const COLUMNS: &str = "outbox.id, message, urgent, created, state, failures, next_attempt, recipients.name";

impl Store {
    /// Saves (or replaces) the draft `id` as the child types; cheap enough for every
    /// pause in typing.
    pub fn save_draft(&mut self, id: &str, message: &Message, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO drafts (id, message, updated) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET message = excluded.message, updated = excluded.updated",
            params![id, to_json(message)?, now.timestamp()],
        )?;
        Ok(())
    }

    /// Drafts, newest first.
    pub fn drafts(&self) -> Result<Vec<(String, Message)>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT id, message FROM drafts ORDER BY updated DESC, id")?;
        let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (id, json) = row?;
            Ok((id, from_json(&json)?))
        })
        .collect()
    }

    pub fn discard_draft(&mut self, id: &str) -> Result<bool, StoreError> {
        Ok(self.conn.execute("DELETE FROM drafts WHERE id = ?1", [id])? > 0)
    }

    /// Moves the draft into the outbox, checked against the plan, in one transaction:
    /// after a crash it is in exactly one of the two.
    pub fn send(&mut self, draft: &str, now: DateTime<Utc>) -> Result<Outgoing, StoreError> {
        let json: Option<String> =
            self.conn.query_row("SELECT message FROM drafts WHERE id = ?1", [draft], |row| row.get(0)).optional()?;
        let message: Message = from_json(&json.ok_or_else(|| StoreError::NoDraft(draft.to_owned()))?)?;
        self.enqueue(message, Some(draft), now)
    }

    /// "I feel unsafe right now": an urgent message to the social worker (or, without
    /// one, the plan's first helper), queued at once with no draft, while the screen
    /// shows who can help without the network. Before any plan names a helper there is
    /// nobody to send it to: it is held, and queued by the import of the first plan that
    /// names one (`None` here). Raising it again while held keeps the first.
    pub fn raise_unsafe(&mut self, now: DateTime<Utc>) -> Result<Option<Outgoing>, StoreError> {
        let Some(message) = self.outline().and_then(unsafe_message) else {
            self.conn
                .execute("INSERT OR IGNORE INTO held_unsafe (only_one, raised) VALUES (1, ?1)", [now.timestamp()])?;
            return Ok(None);
        };
        self.enqueue(message, None, now).map(Some)
    }

    /// Whether an urgent message is held until a plan names someone to send it to.
    pub fn unsafe_held(&self) -> Result<bool, StoreError> {
        Ok(self.conn.query_row("SELECT count(*) FROM held_unsafe", [], |row| row.get::<_, i64>(0))? > 0)
    }

    fn enqueue(&mut self, message: Message, draft: Option<&str>, now: DateTime<Utc>) -> Result<Outgoing, StoreError> {
        message.check(self.outline().ok_or(StoreError::NoPlan)?)?;
        let tx = self.conn.transaction()?;
        let outgoing = insert(&tx, message, now, now)?;
        if let Some(draft) = draft {
            tx.execute("DELETE FROM drafts WHERE id = ?1", [draft])?;
        }
        tx.commit()?;
        Ok(outgoing)
    }

    /// Everything sent, newest first, with its state.
    pub fn outbox(&self) -> Result<Vec<Outgoing>, StoreError> {
        self.outgoing_where("1 ORDER BY created DESC, id", [])
    }

    /// Messages to try now: waiting and due, urgent ones first.
    pub fn due(&self, now: DateTime<Utc>) -> Result<Vec<Outgoing>, StoreError> {
        self.outgoing_where(
            "state = 'waiting' AND next_attempt <= ?1 ORDER BY urgent DESC, created, id",
            [now.timestamp()],
        )
    }

    /// A send failed (no network, server down, timeout): try again later.
    pub fn attempt_failed(&mut self, id: &str, now: DateTime<Utc>) -> Result<Outgoing, StoreError> {
        let outgoing = self.outgoing(id)?;
        let failures = outgoing.failures + 1;
        let next = now + messages::retry_after(failures, jitter()?);
        self.conn.execute(
            "UPDATE outbox SET failures = ?2, next_attempt = ?3, changed = ?4 WHERE id = ?1",
            params![id, failures, next.timestamp(), now.timestamp()],
        )?;
        self.outgoing(id)
    }

    /// Records a later state; an earlier or equal one (a late or repeated receipt) changes
    /// nothing. Returns whether the state moved.
    pub fn advance(&mut self, id: &str, to: Delivery, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let outgoing = self.outgoing(id)?;
        if to <= outgoing.state {
            return Ok(false);
        }
        self.conn.execute(
            "UPDATE outbox SET state = ?2, changed = ?3 WHERE id = ?1",
            params![id, state_name(to), now.timestamp()],
        )?;
        Ok(true)
    }

    fn outgoing(&self, id: &str) -> Result<Outgoing, StoreError> {
        self.outgoing_where("id = ?1", [id])?.pop().ok_or_else(|| StoreError::NotInOutbox(id.to_owned()))
    }

    fn outgoing_where(&self, filter: &str, args: impl rusqlite::Params) -> Result<Vec<Outgoing>, StoreError> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM outbox LEFT JOIN recipients ON recipients.thread = outbox.id WHERE {filter}"
        ))?;
        let rows = statement.query_map(args, |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, bool>(2)?,
                row.get::<_, i64>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, u32>(5)?,
                row.get::<_, i64>(6)?,
                row.get::<_, Option<String>>(7)?,
            ))
        })?;
        rows.map(|row| {
            let (id, message, urgent, created, state, failures, next_attempt, to_name) = row?;
            Ok(Outgoing {
                id,
                message: from_json(&message)?,
                urgent,
                created: seconds(created),
                state: state_from(state)?,
                failures,
                next_attempt: seconds(next_attempt),
                to_name,
            })
        })
        .collect()
    }
}

/// The urgent message for "I feel unsafe", if the plan names anyone to send it to.
fn unsafe_message(plan: &Plan) -> Option<Message> {
    let social_worker = plan.helpers.iter().find(|h| h.role == HelperRole::SocialWorker);
    let to = social_worker.or(plan.helpers.first())?.id.clone();
    Some(Message {
        to,
        topic: Topic::UnsafeNow,
        change: None,
        about_person: None,
        about_session: None,
        text: String::new(),
    })
}

/// Queues the held "I feel unsafe" message, if there is one, now that `plan` arrived;
/// part of the plan's own transaction, so it is queued exactly once.
pub(super) fn release_held_unsafe(conn: &Connection, plan: &Plan, now: DateTime<Utc>) -> Result<(), StoreError> {
    let raised: Option<i64> = conn.query_row("SELECT raised FROM held_unsafe", [], |row| row.get(0)).optional()?;
    let (Some(raised), Some(message)) = (raised, unsafe_message(plan)) else { return Ok(()) };
    insert(conn, message, seconds(raised), now)?;
    conn.execute("DELETE FROM held_unsafe", [])?;
    Ok(())
}

/// Puts a checked message in the outbox, written at `created` and due at `now`.
fn insert(
    conn: &Connection,
    message: Message,
    created: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Outgoing, StoreError> {
    let outgoing = Outgoing {
        id: message_id()?,
        urgent: message.is_urgent(),
        message,
        created: seconds(created.timestamp()),
        state: Delivery::Waiting,
        failures: 0,
        next_attempt: seconds(now.timestamp()),
        to_name: None,
    };
    conn.execute(
        "INSERT INTO outbox (id, message, urgent, created, state, failures, next_attempt, changed)
         VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6)",
        params![
            outgoing.id,
            to_json(&outgoing.message)?,
            outgoing.urgent,
            created.timestamp(),
            state_name(outgoing.state),
            now.timestamp()
        ],
    )?;
    Ok(outgoing)
}

/// 128 random bits as hex: unique without asking the server.
fn message_id() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    SystemRandom::new().fill(&mut bytes).map_err(|_| StoreError::Randomness)?;
    Ok(hex(&bytes))
}

/// The state as stored: its serde name ("waiting", "read"), so queries can match it.
fn state_name(state: Delivery) -> String {
    serde_json::to_value(state).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn state_from(name: String) -> Result<Delivery, StoreError> {
    serde_json::from_value(serde_json::Value::String(name)).map_err(|e| StoreError::Damaged(e.to_string()))
}

fn jitter() -> Result<f64, StoreError> {
    let mut bytes = [0u8; 4];
    SystemRandom::new().fill(&mut bytes).map_err(|_| StoreError::Randomness)?;
    Ok(f64::from(u32::from_be_bytes(bytes)) / f64::from(u32::MAX))
}
