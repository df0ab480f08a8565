//! End-to-end sealed messages between a child's device and their helpers' devices.
//!
//! A message is sealed to the recipient's X25519 key with HPKE (RFC 9180, base mode,
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305), so it can be opened later
//! by a recipient who was offline when it was sent; ring has no static X25519 key, so
//! the `hpke` crate does this part. The message id, sender, recipient and thread are the
//! AEAD's associated data, so a ciphertext moved to another message or recipient does
//! not open. The sender's device signs the whole envelope with Ed25519 (ring). Every
//! device key is vouched for by the council's Ed25519 key, which devices pin at
//! enrolment; a key the council did not sign is refused. Plaintexts are padded to a few
//! sizes so a relay learns little from the length.
//!
//! Replays are not this layer's business: the outbox and inbox deduplicate by message id.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};

use crate::keys::{self, KeyStore, KeyStoreError};

type Kem = X25519HkdfSha256;

/// The envelope format this build writes and reads.
pub const ENVELOPE_VERSION: u8 = 1;
/// Padded plaintext sizes: a relay sees only which of these a message fits.
const BUCKETS: [usize; 4] = [1024, 4096, 16 * 1024, 64 * 1024];
/// The largest plaintext that fits the largest bucket with its length prefix.
pub const MAX_PLAINTEXT_BYTES: usize = 64 * 1024 - 4;
const HPKE_INFO: &[u8] = b"familytime message v1";
const SIGNING_KEY: &str = "device-signing-key";
const SEALING_KEY: &str = "device-sealing-key";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("the message is {0} bytes; a message can be at most {MAX_PLAINTEXT_BYTES} bytes")]
    TooLarge(usize),
    #[error("the key for {0} is not signed by the council this device trusts; the message was not sent")]
    UnvouchedKey(String),
    #[error("the message's signature is not from its sender; it was refused")]
    BadSignature,
    #[error("the message was changed or is not for this device; it was refused")]
    CannotOpen,
    #[error("the message is damaged or cut short ({0}); it was refused")]
    Malformed(&'static str),
    #[error("the message is for {actual}, not {expected}; it was refused")]
    WrongRecipient { expected: String, actual: String },
    #[error("the message was sealed in envelope version {0}, which this app cannot read")]
    UnknownVersion(u8),
    #[error("the device's keys could not be made or read: {0}")]
    Keys(String),
    #[error(transparent)]
    KeyStore(#[from] KeyStoreError),
}

/// This device's own keys: Ed25519 for signing, X25519 for opening sealed messages.
pub struct DeviceKeys {
    signing: Ed25519KeyPair,
    sealing_private: <Kem as hpke::Kem>::PrivateKey,
    sealing_public: <Kem as hpke::Kem>::PublicKey,
}

/// The public half of a device's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKeys {
    pub signing: [u8; 32],
    pub sealing: [u8; 32],
}

impl DeviceKeys {
    /// The keys kept in `store`, made from the system's random source on first use.
    pub fn load_or_create(store: &dyn KeyStore) -> Result<DeviceKeys, CryptoError> {
        let pkcs8 = match store.load(SIGNING_KEY)? {
            Some(pkcs8) => pkcs8,
            None => {
                let document = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
                    .map_err(|_| CryptoError::Keys("the system's random source failed".into()))?;
                store.save(SIGNING_KEY, document.as_ref())?;
                document.as_ref().to_vec()
            }
        };
        let seed = match store.load(SEALING_KEY)? {
            Some(seed) => seed,
            None => {
                let seed = keys::random_key()?;
                store.save(SEALING_KEY, &seed)?;
                seed.to_vec()
            }
        };
        DeviceKeys::from_secrets(&pkcs8, &seed)
    }

    fn from_secrets(pkcs8: &[u8], seed: &[u8]) -> Result<DeviceKeys, CryptoError> {
        let signing = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|e| CryptoError::Keys(format!("signing key: {e}")))?;
        if seed.len() != 32 {
            return Err(CryptoError::Keys(format!("sealing key seed is {} bytes, not 32", seed.len())));
        }
        // RFC 9180 DeriveKeyPair: the stored secret is uniformly random input keying material.
        let (sealing_private, sealing_public) = Kem::derive_keypair(seed);
        Ok(DeviceKeys { signing, sealing_private, sealing_public })
    }

    pub fn public(&self) -> PublicKeys {
        let mut signing = [0u8; 32];
        signing.copy_from_slice(self.signing.public_key().as_ref());
        let mut sealing = [0u8; 32];
        sealing.copy_from_slice(&self.sealing_public.to_bytes());
        PublicKeys { signing, sealing }
    }

    fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.signing.sign(message).as_ref().to_vec()
    }
}

/// The council's public key, pinned on the device at enrolment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CouncilKey(pub [u8; 32]);

/// A device's public keys with the council's signature over them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VouchedKey {
    pub device: String,
    pub keys: PublicKeys,
    pub council_signature: Vec<u8>,
}

impl VouchedKey {
    /// What the council signs: the device id and both public keys.
    fn statement(device: &str, keys: &PublicKeys) -> Vec<u8> {
        let mut statement = b"familytime device key v1".to_vec();
        put(&mut statement, device.as_bytes());
        statement.extend_from_slice(&keys.signing);
        statement.extend_from_slice(&keys.sealing);
        statement
    }

    /// The council's side: vouch for a device's keys with the council's signing key.
    pub fn vouch(council: &Ed25519KeyPair, device: &str, keys: PublicKeys) -> VouchedKey {
        let council_signature = council.sign(&VouchedKey::statement(device, &keys)).as_ref().to_vec();
        VouchedKey { device: device.to_owned(), keys, council_signature }
    }

    /// Refuses a key the pinned council did not sign, or that was changed after signing.
    pub fn verify(&self, council: &CouncilKey) -> Result<(), CryptoError> {
        UnparsedPublicKey::new(&ED25519, council.0)
            .verify(&VouchedKey::statement(&self.device, &self.keys), &self.council_signature)
            .map_err(|_| CryptoError::UnvouchedKey(self.device.clone()))
    }
}

/// What a relay stores and forwards: nothing in it is readable but the routing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub message_id: String,
    pub sender: String,
    pub recipient: String,
    pub thread: String,
    pub encapsulated_key: Vec<u8>,
    pub ciphertext: Vec<u8>,
    pub signature: Vec<u8>,
}

impl Envelope {
    /// Associated data: the routing fields, bound into the AEAD so they cannot be swapped.
    fn associated_data(message_id: &str, sender: &str, recipient: &str, thread: &str) -> Vec<u8> {
        let mut data = vec![ENVELOPE_VERSION];
        for field in [message_id, sender, recipient, thread] {
            put(&mut data, field.as_bytes());
        }
        data
    }

    /// The bytes the sender signs and a relay stores: version, routing, key, ciphertext.
    fn signed_part(&self) -> Vec<u8> {
        let mut bytes = Envelope::associated_data(&self.message_id, &self.sender, &self.recipient, &self.thread);
        put(&mut bytes, &self.encapsulated_key);
        put(&mut bytes, &self.ciphertext);
        bytes
    }

    /// Signs the envelope as it now stands with the sender's device key.
    pub fn sign_with(&mut self, from: &DeviceKeys) {
        self.signature = from.sign(&self.signed_part());
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = self.signed_part();
        put(&mut bytes, &self.signature);
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Envelope, CryptoError> {
        let (&version, mut rest) = bytes.split_first().ok_or(CryptoError::Malformed("empty"))?;
        if version != ENVELOPE_VERSION {
            return Err(CryptoError::UnknownVersion(version));
        }
        let mut text = |what| -> Result<String, CryptoError> {
            String::from_utf8(take(&mut rest, what)?.to_vec()).map_err(|_| CryptoError::Malformed(what))
        };
        let (message_id, sender, recipient, thread) =
            (text("message id")?, text("sender")?, text("recipient")?, text("thread")?);
        let encapsulated_key = take(&mut rest, "key")?.to_vec();
        let ciphertext = take(&mut rest, "ciphertext")?.to_vec();
        let signature = take(&mut rest, "signature")?.to_vec();
        if !rest.is_empty() {
            return Err(CryptoError::Malformed("bytes after the signature"));
        }
        Ok(Envelope { message_id, sender, recipient, thread, encapsulated_key, ciphertext, signature })
    }
}

/// Who a message is from and to, and what it belongs to.
pub struct Routing<'a> {
    pub message_id: &'a str,
    pub sender: &'a str,
    pub thread: &'a str,
}

/// Seals `plaintext` for `recipient`, whose key must be vouched for by `council`.
pub fn seal(
    from: &DeviceKeys,
    routing: &Routing<'_>,
    recipient: &VouchedKey,
    council: &CouncilKey,
    plaintext: &[u8],
) -> Result<Envelope, CryptoError> {
    recipient.verify(council)?;
    let padded = pad(plaintext)?;
    let recipient_key = <Kem as hpke::Kem>::PublicKey::from_bytes(&recipient.keys.sealing)
        .map_err(|_| CryptoError::UnvouchedKey(recipient.device.clone()))?;
    let aad = Envelope::associated_data(routing.message_id, routing.sender, &recipient.device, routing.thread);
    let (encapsulated, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &recipient_key,
        HPKE_INFO,
        &padded,
        &aad,
    )
    .map_err(|_| CryptoError::Keys("sealing failed".into()))?;
    let mut envelope = Envelope {
        message_id: routing.message_id.to_owned(),
        sender: routing.sender.to_owned(),
        recipient: recipient.device.clone(),
        thread: routing.thread.to_owned(),
        encapsulated_key: encapsulated.to_bytes().to_vec(),
        ciphertext,
        signature: Vec::new(),
    };
    envelope.sign_with(from);
    Ok(envelope)
}

/// Opens an envelope sent to this device (`me`) by `sender`, whose key must be vouched
/// for by `council`. Returns the plaintext.
pub fn open(
    keys: &DeviceKeys,
    me: &str,
    sender: &VouchedKey,
    council: &CouncilKey,
    envelope: &Envelope,
) -> Result<Vec<u8>, CryptoError> {
    sender.verify(council)?;
    if envelope.recipient != me {
        return Err(CryptoError::WrongRecipient { expected: me.to_owned(), actual: envelope.recipient.clone() });
    }
    if envelope.sender != sender.device {
        return Err(CryptoError::BadSignature);
    }
    UnparsedPublicKey::new(&ED25519, sender.keys.signing)
        .verify(&envelope.signed_part(), &envelope.signature)
        .map_err(|_| CryptoError::BadSignature)?;
    let encapsulated = <Kem as hpke::Kem>::EncappedKey::from_bytes(&envelope.encapsulated_key)
        .map_err(|_| CryptoError::Malformed("key"))?;
    let aad = Envelope::associated_data(&envelope.message_id, &envelope.sender, &envelope.recipient, &envelope.thread);
    let padded = hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeR::Base,
        &keys.sealing_private,
        &encapsulated,
        HPKE_INFO,
        &envelope.ciphertext,
        &aad,
    )
    .map_err(|_| CryptoError::CannotOpen)?;
    unpad(&padded)
}

/// A 4-byte length, the plaintext, and zeros up to the smallest bucket that fits.
fn pad(plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let needed = plaintext.len() + 4;
    let size = BUCKETS.iter().copied().find(|b| *b >= needed).ok_or(CryptoError::TooLarge(plaintext.len()))?;
    let mut padded = Vec::with_capacity(size);
    padded.extend_from_slice(&(plaintext.len() as u32).to_be_bytes());
    padded.extend_from_slice(plaintext);
    padded.resize(size, 0);
    Ok(padded)
}

fn unpad(padded: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let (length, rest) = padded.split_first_chunk::<4>().ok_or(CryptoError::Malformed("padding"))?;
    let length = u32::from_be_bytes(*length) as usize;
    rest.get(..length).map(<[u8]>::to_vec).ok_or(CryptoError::Malformed("padding"))
}

/// Appends a field with its 4-byte big-endian length, so no two field lists encode alike.
fn put(out: &mut Vec<u8>, field: &[u8]) {
    out.extend_from_slice(&(field.len() as u32).to_be_bytes());
    out.extend_from_slice(field);
}

fn take<'a>(bytes: &mut &'a [u8], what: &'static str) -> Result<&'a [u8], CryptoError> {
    let (length, rest) = bytes.split_first_chunk::<4>().ok_or(CryptoError::Malformed(what))?;
    let length = u32::from_be_bytes(*length) as usize;
    let field = rest.get(..length).ok_or(CryptoError::Malformed(what))?;
    *bytes = &rest[length..];
    Ok(field)
}
