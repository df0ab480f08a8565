//! Bringing the device and the council's server up to date: enrolment, sending what the
//! outbox holds, fetching replies and receipts.
//!
//! Every step is safe to abandon half-way (a killed app, a cancelled task): a message is
//! sealed once and its bytes kept, so a retry sends the same message, which the server
//! keeps once; replies are stored with the cursor that fetched them in one transaction.

use chrono::{DateTime, Utc};

use crate::crypto::{self, CryptoError, DeviceKeys, Envelope, Routing};
use crate::messages::{Delivery, Incoming, Outgoing, Payload};
use crate::relay::{Relay, RelayError};
use crate::store::{Joined, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("this device has not joined the council's server yet: ask your social worker for a code")]
    NotEnrolled,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Relay(#[from] RelayError),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
}

impl SyncError {
    /// Offline, refused for now, or a helper without a vouched device yet: the message
    /// stays in the outbox. Anything else (a broken store, a wrong server address) stops
    /// the sync.
    fn leaves_message_waiting(&self) -> bool {
        matches!(self, SyncError::Crypto(_) | SyncError::Relay(RelayError::Unavailable(_) | RelayError::Refused { .. }))
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub sent: usize,
    /// Still in the outbox, to be tried again later.
    pub waiting: usize,
    pub replies: usize,
    pub receipts: usize,
    /// Envelopes that did not open (tampered, or from a key the council did not vouch
    /// for); they are skipped, never shown.
    pub refused: usize,
}

/// Joins the council's server with a one-time code, pinning the council's key and the
/// helpers' keys it vouches for.
pub async fn enrol(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    server: &str,
    code: &str,
) -> Result<(), SyncError> {
    let enrolment = relay.enrol(code, &keys.public()).await?;
    enrolment.vouched.verify(&enrolment.council)?;
    for helper in &enrolment.helpers {
        helper.verify(&enrolment.council)?;
    }
    store.save_enrolment(server, &enrolment)?;
    Ok(())
}

/// Sends what is due, then fetches replies and receipts. A server that cannot be
/// reached leaves everything where it was, to be tried again.
pub async fn sync(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    now: DateTime<Utc>,
) -> Result<SyncReport, SyncError> {
    let joined = store.joined()?.ok_or(SyncError::NotEnrolled)?;
    let mut report = SyncReport::default();
    // Helpers who joined since; a key the pinned council did not sign is refused whole.
    let contacts = relay.contacts(&joined.token).await?;
    for contact in &contacts {
        contact.verify(&joined.council)?;
    }
    store.save_contacts(&contacts)?;
    for outgoing in store.due(now)? {
        match send(store, relay, keys, &joined, &outgoing).await {
            Ok(()) => {
                store.advance(&outgoing.id, Delivery::Sent, now)?;
                report.sent += 1;
            }
            Err(e) if e.leaves_message_waiting() => {
                store.attempt_failed(&outgoing.id, now)?;
                report.waiting += 1;
            }
            Err(other) => return Err(other),
        }
    }
    fetch_replies(store, relay, keys, &joined, now, &mut report).await?;
    let (receipts, next) = relay.receipts(&joined.token, joined.receipts_cursor).await?;
    for receipt in receipts {
        if store.advance(&receipt.message_id, receipt.state, now)? {
            report.receipts += 1;
        }
    }
    store.move_receipts_cursor(next)?;
    Ok(report)
}

async fn send(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    joined: &Joined,
    outgoing: &Outgoing,
) -> Result<(), SyncError> {
    let envelope = match store.sealed(&outgoing.id)? {
        Some(bytes) => Envelope::from_bytes(&bytes)?,
        None => {
            // The plan says which device is the helper's; the enrolment vouched for its key.
            let to = &outgoing.message.to;
            let helpers = store.outline().map(|plan| plan.helpers.as_slice()).unwrap_or_default();
            let device = helpers.iter().find(|h| h.id == *to).and_then(|h| h.device.clone());
            let recipient = match device {
                Some(device) => store.contact(&device)?,
                None => None,
            };
            let recipient = recipient.ok_or_else(|| CryptoError::UnvouchedKey(to.clone()))?;
            let payload = serde_json::to_vec(&Payload::Message(outgoing.message.clone()))
                .map_err(|e| StoreError::Damaged(e.to_string()))?;
            let routing = Routing { message_id: &outgoing.id, sender: &joined.device, thread: &outgoing.id };
            let envelope = crypto::seal(keys, &routing, &recipient, &joined.council, &payload)?;
            store.keep_sealed(&outgoing.id, &envelope.to_bytes())?;
            envelope
        }
    };
    relay.submit(&joined.token, &envelope, outgoing.urgent).await?;
    Ok(())
}

async fn fetch_replies(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    joined: &Joined,
    now: DateTime<Utc>,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let (envelopes, next) = relay.fetch(&joined.token, joined.inbox_cursor).await?;
    for (cursor, envelope) in envelopes {
        let helpers = store.outline().map(|plan| plan.helpers.as_slice()).unwrap_or_default();
        let helper = helpers.iter().find(|h| h.device.as_deref() == Some(envelope.sender.as_str()));
        let helper = helper.map(|h| h.id.clone()).unwrap_or_else(|| envelope.sender.clone());
        let opened = match store.contact(&envelope.sender)? {
            Some(key) => crypto::open(keys, &joined.device, &key, &joined.council, &envelope)
                .ok()
                .and_then(|plaintext| serde_json::from_slice::<Payload>(&plaintext).ok())
                .map(|payload| (helper, payload)),
            None => None,
        };
        match opened {
            Some((helper, Payload::Reply { text })) => {
                let reply = Incoming {
                    id: envelope.message_id.clone(),
                    helper,
                    thread: envelope.thread.clone(),
                    received: now,
                    text,
                };
                if store.receive(&reply, cursor)? {
                    report.replies += 1;
                }
                relay.post_receipt(&joined.token, &envelope.message_id, Delivery::Delivered).await?;
            }
            _ => {
                report.refused += 1;
                store.move_inbox_cursor(cursor)?;
            }
        }
    }
    store.move_inbox_cursor(next)?;
    Ok(())
}
