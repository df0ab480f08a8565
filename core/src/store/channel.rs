//! What the device keeps about its channel to the council: its enrolment, the helpers'
//! vouched keys, the sealed bytes of each outgoing message and whom it was sealed to, and
//! the replies received.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError, seconds};
use crate::crypto::{CouncilKey, PublicKeys, VouchedKey};
use crate::messages::{Delivery, Incoming};
use crate::relay::Enrolment;

/// This device's place on the council's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    pub server: String,
    pub device: String,
    pub token: String,
    pub council: CouncilKey,
    /// The only plan this device accepts; `None` for a device enrolled before plans were
    /// sent, which accepts the plan id it already stores.
    pub plan_id: Option<String>,
    /// The server's tag for the signed plan last stored.
    pub plan_etag: Option<String>,
    pub inbox_cursor: i64,
    pub receipts_cursor: i64,
}

/// Whom a message was sealed to. Kept with its thread for as long as the message is, so
/// that an answer the council's server took before they left the child's plan still
/// opens, and shows under their name, when it arrives after (decision 68).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Their id in the plan.
    pub helper: String,
    pub first_name: String,
    pub key: VouchedKey,
}

impl Store {
    /// Keeps what enrolment gave the device, replacing any earlier enrolment.
    pub fn save_enrolment(&mut self, server: &str, enrolment: &Enrolment) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT OR REPLACE INTO enrolment (only_one, server, device, token, council_key, plan_id)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![server, enrolment.device, enrolment.token, enrolment.council.0.as_slice(), enrolment.plan_id],
        )?;
        replace_contacts(&tx, &enrolment.helpers)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces the helpers' keys with the council's current list (already verified).
    pub fn save_contacts(&mut self, contacts: &[VouchedKey]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        replace_contacts(&tx, contacts)?;
        tx.commit()?;
        Ok(())
    }

    /// A sync reached the council's server and finished at `at`.
    pub fn record_sync(&mut self, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.conn.execute("INSERT OR REPLACE INTO last_sync (only_one, at) VALUES (1, ?1)", [at.timestamp()])?;
        Ok(())
    }

    /// When a sync last finished, for "last updated".
    pub fn last_sync(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at: Option<i64> = self.conn.query_row("SELECT at FROM last_sync", [], |row| row.get(0)).optional()?;
        Ok(at.map(seconds))
    }

    pub fn joined(&self) -> Result<Option<Joined>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT server, device, token, council_key, plan_id, plan_etag, inbox_cursor, receipts_cursor
                 FROM enrolment",
                [],
                |row| {
                    Ok((
                        (row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?),
                        row.get::<_, Vec<u8>>(3)?,
                        (row.get::<_, Option<String>>(4)?, row.get::<_, Option<String>>(5)?),
                        (row.get::<_, i64>(6)?, row.get::<_, i64>(7)?),
                    ))
                },
            )
            .optional()?;
        row.map(|((server, device, token), council, (plan_id, plan_etag), (inbox_cursor, receipts_cursor))| {
            let council = CouncilKey(key32(council)?);
            Ok(Joined { server, device, token, council, plan_id, plan_etag, inbox_cursor, receipts_cursor })
        })
        .transpose()
    }

    /// Remembers the server's tag for the signed plan just stored (or already here).
    pub fn save_plan_etag(&mut self, etag: &str) -> Result<(), StoreError> {
        self.conn.execute("UPDATE enrolment SET plan_etag = ?1", [etag])?;
        Ok(())
    }

    /// A helper device's vouched key, by device id.
    pub fn contact(&self, device: &str) -> Result<Option<VouchedKey>, StoreError> {
        let row = self
            .conn
            .query_row("SELECT signing, sealing, signature FROM contacts WHERE device = ?1", [device], |row| {
                Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, Vec<u8>>(2)?))
            })
            .optional()?;
        row.map(|(signing, sealing, council_signature)| {
            let keys = PublicKeys { signing: key32(signing)?, sealing: key32(sealing)? };
            Ok(VouchedKey { device: device.to_owned(), keys, council_signature })
        })
        .transpose()
    }

    /// The sealed bytes of an outgoing message, once sealed.
    pub fn sealed(&self, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let sealed: Option<Option<Vec<u8>>> =
            self.conn.query_row("SELECT sealed FROM outbox WHERE id = ?1", [id], |row| row.get(0)).optional()?;
        sealed.ok_or_else(|| StoreError::NotInOutbox(id.to_owned()))
    }

    /// Keeps the sealed bytes of an outgoing message and whom they were sealed to, once:
    /// a retry sends the same bytes to the same person.
    pub fn keep_sealed(&mut self, id: &str, sealed: &[u8], to: &Recipient) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let first =
            tx.execute("UPDATE outbox SET sealed = ?2 WHERE id = ?1 AND sealed IS NULL", params![id, sealed])? > 0;
        if first {
            let key = &to.key;
            tx.execute(
                "INSERT OR REPLACE INTO recipients (thread, helper, name, device, signing, sealing, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    to.helper,
                    to.first_name,
                    key.device,
                    key.keys.signing.as_slice(),
                    key.keys.sealing.as_slice(),
                    key.council_signature
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Whom the child's message `thread` was sealed to, once it was.
    pub fn recipient(&self, thread: &str) -> Result<Option<Recipient>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT helper, name, device, signing, sealing, signature FROM recipients WHERE thread = ?1",
                [thread],
                |row| {
                    Ok((
                        (row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?),
                        (row.get::<_, Vec<u8>>(3)?, row.get::<_, Vec<u8>>(4)?, row.get::<_, Vec<u8>>(5)?),
                    ))
                },
            )
            .optional()?;
        row.map(|((helper, first_name, device), (signing, sealing, council_signature))| {
            let keys = PublicKeys { signing: key32(signing)?, sealing: key32(sealing)? };
            Ok(Recipient { helper, first_name, key: VouchedKey { device, keys, council_signature } })
        })
        .transpose()
    }

    /// Stores a reply and moves the inbox cursor past it in one transaction; a reply
    /// fetched twice is kept once. The child's message it answers becomes answered.
    pub fn receive(&mut self, reply: &Incoming, cursor: i64) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let new = tx.execute(
            "INSERT OR IGNORE INTO inbox (id, helper, thread, received, text) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![reply.id, reply.helper, reply.thread, reply.received.timestamp(), reply.text],
        )? > 0;
        tx.execute("UPDATE enrolment SET inbox_cursor = max(inbox_cursor, ?1)", [cursor])?;
        tx.commit()?;
        if new && self.sealed(&reply.thread).is_ok() {
            self.advance(&reply.thread, Delivery::Answered, reply.received)?;
        }
        Ok(new)
    }

    pub fn move_inbox_cursor(&mut self, cursor: i64) -> Result<(), StoreError> {
        self.conn.execute("UPDATE enrolment SET inbox_cursor = max(inbox_cursor, ?1)", [cursor])?;
        Ok(())
    }

    pub fn move_receipts_cursor(&mut self, cursor: i64) -> Result<(), StoreError> {
        self.conn.execute("UPDATE enrolment SET receipts_cursor = max(receipts_cursor, ?1)", [cursor])?;
        Ok(())
    }

    /// Replies, oldest first.
    pub fn inbox(&self) -> Result<Vec<Incoming>, StoreError> {
        let mut statement =
            self.conn.prepare_cached("SELECT id, helper, thread, received, text FROM inbox ORDER BY received, id")?;
        let rows = statement.query_map([], |row| {
            Ok(Incoming {
                id: row.get(0)?,
                helper: row.get(1)?,
                thread: row.get(2)?,
                received: seconds(row.get(3)?),
                text: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn replace_contacts(tx: &rusqlite::Transaction<'_>, contacts: &[VouchedKey]) -> Result<(), StoreError> {
    tx.execute("DELETE FROM contacts", [])?;
    for key in contacts {
        tx.execute(
            "INSERT INTO contacts (device, signing, sealing, signature) VALUES (?1, ?2, ?3, ?4)",
            params![key.device, key.keys.signing.as_slice(), key.keys.sealing.as_slice(), key.council_signature],
        )?;
    }
    Ok(())
}

fn key32(bytes: Vec<u8>) -> Result<[u8; 32], StoreError> {
    bytes.try_into().map_err(|_| StoreError::Damaged("a stored key is not 32 bytes".into()))
}
