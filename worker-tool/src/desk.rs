//! The helper's side of "tell someone": a social worker's or advocate's device joins the
//! council's server, reads the messages children sent it, and answers them.
//!
//! The desk keeps its keys and its place on the server in one folder (files with mode
//! 0600). Messages are opened as they are read and never written to disk here; the
//! folder's ledger keeps only ids, when each was first seen, and whether it was opened
//! and answered, so the browser desk can show what is new.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use familytime_core::crypto::{self, CouncilKey, DeviceKeys, Envelope, Routing, VouchedKey};
use familytime_core::keys::{FileKeyStore, KeyStore};
use familytime_core::messages::{Delivery, Message, Payload};
use familytime_core::plan::ValidPlan;
use familytime_core::relay::{Relay, RelayError};
use familytime_core::signed;
use serde::{Deserialize, Serialize};

const PLACE: &str = "desk-place";
const LEDGER: &str = "desk-ledger";

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error("this desk has not joined a server yet: run `familytime desk join` first")]
    NotJoined,
    #[error("there is no message {0} for this desk")]
    NoSuchMessage(String),
    #[error(
        "this desk is no longer on the plan of the child who sent message {0}, so it cannot answer; \
         the message stays unread for the duty team: ask the child's social worker to answer"
    )]
    NoLongerLinked(String),
    #[error(transparent)]
    Relay(#[from] RelayError),
    #[error(transparent)]
    Crypto(#[from] crypto::CryptoError),
    #[error(transparent)]
    Keys(#[from] familytime_core::keys::KeyStoreError),
    #[error("the desk's files are damaged: {0}")]
    Damaged(String),
    #[error("the published version of this plan did not verify with the council's key: {0}")]
    Published(#[from] familytime_core::signed::SignedPlanError),
}

/// Where this desk is on the council's server.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Place {
    server: String,
    /// The council's CA certificate (PEM), the only root the desk trusts for `server`;
    /// None: the system's roots (or plain HTTP on loopback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ca: Option<String>,
    device: String,
    token: String,
    council_key: [u8; 32],
}

/// A message a child sent to this desk, opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Received {
    pub id: String,
    /// The child's device.
    pub from: String,
    pub message: Message,
    /// When this desk first fetched it (the server does not say when it arrived).
    pub first_seen: DateTime<Utc>,
    /// Opened at this desk (the child was sent the read receipt).
    pub read: bool,
    pub answered: bool,
}

impl Received {
    /// "I feel unsafe right now": shown first, and marked.
    pub fn urgent(&self) -> bool {
        self.message.topic == familytime_core::messages::Topic::UnsafeNow
    }
}

/// What this desk knows about each message beyond its sealed content.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct Noted {
    first_seen: i64,
    read: bool,
    answered: bool,
}

pub struct Desk {
    dir: PathBuf,
    keys: DeviceKeys,
    place: Place,
    relay: Relay,
}

impl Desk {
    /// Joins `server` as the device of helper `helper` (their id in plans), with the
    /// worker token the council gave, trusting only the council's CA `ca` (PEM) when
    /// given, from now on. Returns the device id to put in the plan.
    pub async fn join(
        dir: &Path,
        server: &str,
        ca: Option<&str>,
        worker_token: &str,
        helper: &str,
    ) -> Result<String, DeskError> {
        let store = FileKeyStore::new(dir);
        let keys = DeviceKeys::load_or_create(&store)?;
        let relay = Relay::new(server, ca.map(str::as_bytes))?;
        let joined = relay.register_helper(worker_token, helper, &keys.public()).await?;
        joined.vouched.verify(&joined.council)?;
        let place = Place {
            server: server.to_owned(),
            ca: ca.map(str::to_owned),
            device: joined.device.clone(),
            token: joined.token,
            council_key: joined.council.0,
        };
        let json = serde_json::to_vec(&place).map_err(|e| DeskError::Damaged(e.to_string()))?;
        store.save(PLACE, &json)?;
        Ok(joined.device)
    }

    pub fn open(dir: &Path) -> Result<Desk, DeskError> {
        let store = FileKeyStore::new(dir);
        let json = store.load(PLACE)?.ok_or(DeskError::NotJoined)?;
        let place: Place = serde_json::from_slice(&json).map_err(|e| DeskError::Damaged(e.to_string()))?;
        let keys = DeviceKeys::load_or_create(&store)?;
        let relay = Relay::new(&place.server, place.ca.as_deref().map(str::as_bytes))?;
        Ok(Desk { dir: dir.to_owned(), keys, place, relay })
    }

    pub fn device(&self) -> &str {
        &self.place.device
    }

    /// A new client for the council's server this desk joined, trusting what the desk
    /// trusts, for the worker's own requests (codes, plans, the duty list).
    pub fn council_relay(&self) -> Result<Relay, RelayError> {
        Relay::new(&self.place.server, self.place.ca.as_deref().map(str::as_bytes))
    }

    /// The version of a child's plan the child has now (or `None` before the first), as
    /// the council signed it: what a new version is compared with before it is published.
    pub async fn published_plan(&self, worker_token: &str, plan_id: &str) -> Result<Option<ValidPlan>, DeskError> {
        let Some(bytes) = self.relay.published_plan(worker_token, plan_id).await? else { return Ok(None) };
        Ok(Some(signed::open(&bytes, &CouncilKey(self.place.council_key))?))
    }

    /// Every message children have sent this desk, opened, oldest first, without telling
    /// the children they were read.
    pub async fn messages(&self, now: DateTime<Utc>) -> Result<Vec<Received>, DeskError> {
        let council = CouncilKey(self.place.council_key);
        let contacts = self.contacts(&council).await?;
        let mut ledger = self.ledger()?;
        let mut received = Vec::new();
        for envelope in self.envelopes().await? {
            if let Some(message) = self.open_message(&contacts, &council, &envelope)? {
                let noted = *ledger
                    .entry(envelope.message_id.clone())
                    .or_insert(Noted { first_seen: now.timestamp(), ..Noted::default() });
                received.push(Received {
                    id: envelope.message_id,
                    from: envelope.sender,
                    message,
                    first_seen: DateTime::from_timestamp(noted.first_seen, 0).unwrap_or(now),
                    read: noted.read,
                    answered: noted.answered,
                });
            }
        }
        self.save_ledger(&ledger)?;
        Ok(received)
    }

    /// Every message children have sent this desk, opened, oldest first; each is marked
    /// read on the server so the child sees it was read.
    pub async fn inbox(&self, now: DateTime<Utc>) -> Result<Vec<Received>, DeskError> {
        let mut received = self.messages(now).await?;
        for message in &mut received {
            self.mark_read(&message.id).await?;
            message.read = true;
        }
        Ok(received)
    }

    /// Message `id`, opened; the child is sent the read receipt.
    pub async fn read(&self, id: &str, now: DateTime<Utc>) -> Result<Received, DeskError> {
        let mut message = self.find(id, now).await?;
        self.mark_read(id).await?;
        message.read = true;
        Ok(message)
    }

    /// Notes message `id` read here and sends the child the read receipt.
    pub async fn mark_read(&self, id: &str) -> Result<(), DeskError> {
        match self.relay.post_receipt(&self.place.token, id, Delivery::Read).await {
            // Already answered: receipts only move forward, and it was read. Or already
            // deleted by the server's retention since this desk fetched it: there is no
            // one left to tell, and the desk's ledger still notes it read.
            Err(RelayError::Refused { status: 409 | 404, .. }) | Ok(()) => {}
            Err(other) => return Err(other.into()),
        }
        self.note(id, |noted| noted.read = true)
    }

    /// Message `id`, or why this desk cannot open it.
    async fn find(&self, id: &str, now: DateTime<Utc>) -> Result<Received, DeskError> {
        if let Some(found) = self.messages(now).await?.into_iter().find(|r| r.id == id) {
            return Ok(found);
        }
        // On the server for this desk but not opened: the sender is no longer linked.
        if self.envelopes().await?.iter().any(|envelope| envelope.message_id == id) {
            return Err(DeskError::NoLongerLinked(id.to_owned()));
        }
        Err(DeskError::NoSuchMessage(id.to_owned()))
    }

    async fn envelopes(&self) -> Result<Vec<Envelope>, DeskError> {
        let mut envelopes = Vec::new();
        let mut after = 0;
        loop {
            let (page, next) = self.relay.fetch(&self.place.token, after).await?;
            if page.is_empty() {
                return Ok(envelopes);
            }
            envelopes.extend(page.into_iter().map(|(_, envelope)| envelope));
            after = next;
        }
    }

    fn ledger(&self) -> Result<BTreeMap<String, Noted>, DeskError> {
        match FileKeyStore::new(&self.dir).load(LEDGER)? {
            Some(json) => serde_json::from_slice(&json).map_err(|e| DeskError::Damaged(e.to_string())),
            None => Ok(BTreeMap::new()),
        }
    }

    fn save_ledger(&self, ledger: &BTreeMap<String, Noted>) -> Result<(), DeskError> {
        let json = serde_json::to_vec(ledger).map_err(|e| DeskError::Damaged(e.to_string()))?;
        Ok(FileKeyStore::new(&self.dir).save(LEDGER, &json)?)
    }

    fn note(&self, id: &str, change: impl FnOnce(&mut Noted)) -> Result<(), DeskError> {
        let mut ledger = self.ledger()?;
        change(ledger.entry(id.to_owned()).or_default());
        self.save_ledger(&ledger)
    }

    /// Answers message `id` in its thread, sealed to the child's device.
    pub async fn reply(&self, id: &str, text: &str, now: DateTime<Utc>) -> Result<(), DeskError> {
        let council = CouncilKey(self.place.council_key);
        let original = self.read(id, now).await?;
        let contacts = self.contacts(&council).await?;
        let child = contacts.iter().find(|c| c.device == original.from);
        let child = child.ok_or_else(|| DeskError::NoLongerLinked(id.to_owned()))?;
        let reply_id = crypto_id()?;
        let routing = Routing { message_id: &reply_id, sender: &self.place.device, thread: id };
        let payload = serde_json::to_vec(&Payload::Reply { text: text.to_owned() })
            .map_err(|e| DeskError::Damaged(e.to_string()))?;
        let envelope = crypto::seal(&self.keys, &routing, child, &council, &payload)?;
        match self.relay.submit(&self.place.token, &envelope, false).await {
            // Taken off the child's plan between reading and answering.
            Err(RelayError::Refused { status: 403, .. }) => return Err(DeskError::NoLongerLinked(id.to_owned())),
            other => other?,
        }
        self.relay.post_receipt(&self.place.token, id, Delivery::Answered).await?;
        self.note(id, |noted| noted.answered = true)
    }

    async fn contacts(&self, council: &CouncilKey) -> Result<Vec<VouchedKey>, DeskError> {
        let contacts = self.relay.contacts(&self.place.token).await?;
        for contact in &contacts {
            contact.verify(council)?;
        }
        Ok(contacts)
    }

    /// A child's message, or `None` for anything else (a reply echoed back, say).
    fn open_message(
        &self,
        contacts: &[VouchedKey],
        council: &CouncilKey,
        envelope: &Envelope,
    ) -> Result<Option<Message>, DeskError> {
        // A sender that is not a contact was linked once: the council has since taken this
        // helper off the child's plan. Its key can no longer be checked here, so the message
        // stays unopened and unread, where the council's duty team sees it.
        let Some(sender) = contacts.iter().find(|c| c.device == envelope.sender) else { return Ok(None) };
        let plaintext = crypto::open(&self.keys, &self.place.device, sender, council, envelope)?;
        match serde_json::from_slice::<Payload>(&plaintext) {
            Ok(Payload::Message(message)) => Ok(Some(message)),
            _ => Ok(None),
        }
    }
}

/// The default folder for a desk's keys and place.
pub fn default_dir() -> PathBuf {
    PathBuf::from("familytime-desk")
}

/// 128 random bits as hex, like every message id.
fn crypto_id() -> Result<String, DeskError> {
    let key = familytime_core::keys::random_key()?;
    Ok(key[..16].iter().map(|b| format!("{b:02x}")).collect())
}
