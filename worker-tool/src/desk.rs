//! The helper's side of "tell someone": a social worker's or advocate's device joins the
//! council's server, reads the messages children sent it, and answers them.
//!
//! The desk keeps its keys and its place on the server in one folder (files with mode
//! 0600). Messages are opened as they are read and never written to disk here.

use std::path::{Path, PathBuf};

use familytime_core::crypto::{self, CouncilKey, DeviceKeys, Envelope, Routing, VouchedKey};
use familytime_core::keys::{FileKeyStore, KeyStore};
use familytime_core::messages::{Delivery, Message, Payload};
use familytime_core::relay::{Relay, RelayError};
use serde::{Deserialize, Serialize};

const PLACE: &str = "desk-place";

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error("this desk has not joined a server yet: run `familytime desk join` first")]
    NotJoined,
    #[error("there is no message {0} for this desk")]
    NoSuchMessage(String),
    #[error(transparent)]
    Relay(#[from] RelayError),
    #[error(transparent)]
    Crypto(#[from] crypto::CryptoError),
    #[error(transparent)]
    Keys(#[from] familytime_core::keys::KeyStoreError),
    #[error("the desk's files are damaged: {0}")]
    Damaged(String),
}

/// Where this desk is on the council's server.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Place {
    server: String,
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
}

pub struct Desk {
    keys: DeviceKeys,
    place: Place,
    relay: Relay,
}

impl Desk {
    /// Joins `server` as the device of helper `helper` (their id in plans), with the
    /// worker token the council gave. Returns the device id to put in the plan.
    pub async fn join(dir: &Path, server: &str, worker_token: &str, helper: &str) -> Result<String, DeskError> {
        let store = FileKeyStore::new(dir);
        let keys = DeviceKeys::load_or_create(&store)?;
        let relay = Relay::new(server, None)?;
        let joined = relay.register_helper(worker_token, helper, &keys.public()).await?;
        joined.vouched.verify(&joined.council)?;
        let place = Place {
            server: server.to_owned(),
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
        let relay = Relay::new(&place.server, None)?;
        Ok(Desk { keys, place, relay })
    }

    pub fn device(&self) -> &str {
        &self.place.device
    }

    /// Every message children have sent this desk, opened, oldest first; each is marked
    /// read on the server so the child sees it was read.
    pub async fn inbox(&self) -> Result<Vec<Received>, DeskError> {
        let council = CouncilKey(self.place.council_key);
        let contacts = self.contacts(&council).await?;
        let mut received = Vec::new();
        let mut after = 0;
        loop {
            let (page, next) = self.relay.fetch(&self.place.token, after).await?;
            if page.is_empty() {
                break;
            }
            for (_, envelope) in page {
                if let Some(message) = self.open_message(&contacts, &council, &envelope)? {
                    match self.relay.post_receipt(&self.place.token, &envelope.message_id, Delivery::Read).await {
                        // Already answered: receipts only move forward, and it was read.
                        Err(RelayError::Refused { status: 409, .. }) | Ok(()) => {}
                        Err(other) => return Err(other.into()),
                    }
                    received.push(Received { id: envelope.message_id, from: envelope.sender, message });
                }
            }
            after = next;
        }
        Ok(received)
    }

    /// Answers message `id` in its thread, sealed to the child's device.
    pub async fn reply(&self, id: &str, text: &str) -> Result<(), DeskError> {
        let council = CouncilKey(self.place.council_key);
        let original = self.inbox().await?.into_iter().find(|r| r.id == id);
        let original = original.ok_or_else(|| DeskError::NoSuchMessage(id.to_owned()))?;
        let contacts = self.contacts(&council).await?;
        let child = contacts.iter().find(|c| c.device == original.from);
        let child = child.ok_or_else(|| crypto::CryptoError::UnvouchedKey(original.from.clone()))?;
        let reply_id = crypto_id()?;
        let routing = Routing { message_id: &reply_id, sender: &self.place.device, thread: id };
        let payload = serde_json::to_vec(&Payload::Reply { text: text.to_owned() })
            .map_err(|e| DeskError::Damaged(e.to_string()))?;
        let envelope = crypto::seal(&self.keys, &routing, child, &council, &payload)?;
        self.relay.submit(&self.place.token, &envelope, false).await?;
        self.relay.post_receipt(&self.place.token, id, Delivery::Answered).await?;
        Ok(())
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
