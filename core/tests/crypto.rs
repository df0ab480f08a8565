//! Sealed messages: only the intended device opens them, only as sent, only from a key
//! the council vouched for.

use familytime_core::crypto::{self, CouncilKey, CryptoError, DeviceKeys, Envelope, Routing, VouchedKey};
use familytime_core::keys::FileKeyStore;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};

struct Council {
    keys: Ed25519KeyPair,
}

impl Council {
    fn new() -> Council {
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
        Council { keys: Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap() }
    }

    fn pinned(&self) -> CouncilKey {
        CouncilKey(self.keys.public_key().as_ref().try_into().unwrap())
    }
}

struct Device {
    _dir: tempfile::TempDir,
    keys: DeviceKeys,
    vouched: VouchedKey,
}

fn device(name: &str, council: &Council) -> Device {
    let dir = tempfile::tempdir().unwrap();
    let keys = DeviceKeys::load_or_create(&FileKeyStore::new(dir.path())).unwrap();
    let vouched = VouchedKey::vouch(&council.keys, name, keys.public());
    Device { _dir: dir, keys, vouched }
}

const WORDS: &[u8] = b"I want to see my sister more. Not in a small room please.";

fn routing<'a>(id: &'a str) -> Routing<'a> {
    Routing { message_id: id, sender: "child-device", thread: "thread-1" }
}

fn sealed(child: &Device, worker: &Device, council: &Council) -> Envelope {
    crypto::seal(&child.keys, &routing("msg-1"), &worker.vouched, &council.pinned(), WORDS).unwrap()
}

#[test]
fn a_message_and_its_reply_open_only_for_their_recipients() {
    let council = Council::new();
    let (child, worker) = (device("child-device", &council), device("worker-device", &council));
    let envelope = Envelope::from_bytes(&sealed(&child, &worker, &council).to_bytes()).unwrap();
    let opened = crypto::open(&worker.keys, "worker-device", &child.vouched, &council.pinned(), &envelope).unwrap();
    assert_eq!(opened, WORDS);
    assert!(!envelope.to_bytes().windows(10).any(|w| WORDS.windows(10).any(|x| x == w)), "no plaintext in transit");

    let reply = crypto::seal(
        &worker.keys,
        &Routing { message_id: "msg-2", sender: "worker-device", thread: "thread-1" },
        &child.vouched,
        &council.pinned(),
        b"Thank you for telling me. Let's talk on Tuesday.",
    )
    .unwrap();
    let opened = crypto::open(&child.keys, "child-device", &worker.vouched, &council.pinned(), &reply).unwrap();
    assert_eq!(opened, b"Thank you for telling me. Let's talk on Tuesday.");
}

#[test]
fn the_same_device_keys_come_back_from_the_key_store() {
    let dir = tempfile::tempdir().unwrap();
    let first = DeviceKeys::load_or_create(&FileKeyStore::new(dir.path())).unwrap().public();
    let again = DeviceKeys::load_or_create(&FileKeyStore::new(dir.path())).unwrap().public();
    assert_eq!(first, again);
    let other = DeviceKeys::load_or_create(&FileKeyStore::new(tempfile::tempdir().unwrap().path())).unwrap();
    assert_ne!(first, other.public());
}

#[test]
fn a_tampered_or_truncated_envelope_is_refused() {
    let council = Council::new();
    let (child, worker) = (device("child-device", &council), device("worker-device", &council));
    let envelope = sealed(&child, &worker, &council);
    let open = |e: &Envelope| crypto::open(&worker.keys, "worker-device", &child.vouched, &council.pinned(), e);

    let mut flipped = envelope.clone();
    flipped.ciphertext[40] ^= 1;
    assert_eq!(open(&flipped), Err(CryptoError::BadSignature));

    let mut moved = envelope.clone();
    moved.message_id = "msg-99".into();
    assert_eq!(open(&moved), Err(CryptoError::BadSignature));

    let bytes = envelope.to_bytes();
    for cut in [0, 1, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(matches!(Envelope::from_bytes(&bytes[..cut]), Err(CryptoError::Malformed(_))), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(Envelope::from_bytes(&longer), Err(CryptoError::Malformed(_))));
    let mut future = bytes;
    future[0] = 9;
    assert_eq!(Envelope::from_bytes(&future), Err(CryptoError::UnknownVersion(9)));
}

#[test]
fn a_ciphertext_re_signed_under_other_routing_still_does_not_open() {
    // Even the sender, who can sign anything, cannot move a ciphertext to another
    // message or thread: the routing is the AEAD's associated data.
    let council = Council::new();
    let (child, worker) = (device("child-device", &council), device("worker-device", &council));
    let envelope = sealed(&child, &worker, &council);
    for (id, thread) in [("msg-2", "thread-1"), ("msg-1", "thread-2")] {
        let mut moved = envelope.clone();
        (moved.message_id, moved.thread) = (id.into(), thread.into());
        moved.sign_with(&child.keys);
        let result = crypto::open(&worker.keys, "worker-device", &child.vouched, &council.pinned(), &moved);
        assert_eq!(result, Err(CryptoError::CannotOpen), "{id} {thread}");
    }
}

#[test]
fn the_wrong_device_cannot_open_a_message() {
    let council = Council::new();
    let (child, worker, other) =
        (device("child-device", &council), device("worker-device", &council), device("other-device", &council));
    let envelope = sealed(&child, &worker, &council);
    let wrong_keys = crypto::open(&other.keys, "worker-device", &child.vouched, &council.pinned(), &envelope);
    assert_eq!(wrong_keys, Err(CryptoError::CannotOpen));
    let wrong_name = crypto::open(&other.keys, "other-device", &child.vouched, &council.pinned(), &envelope);
    assert!(matches!(wrong_name, Err(CryptoError::WrongRecipient { .. })));
}

#[test]
fn a_key_the_council_did_not_vouch_for_is_refused_before_anything_is_sealed() {
    let (council, impostor) = (Council::new(), Council::new());
    let child = device("child-device", &council);
    let stranger = device("worker-device", &impostor);
    let refused = crypto::seal(&child.keys, &routing("msg-1"), &stranger.vouched, &council.pinned(), WORDS);
    assert_eq!(refused, Err(CryptoError::UnvouchedKey("worker-device".into())));

    let mut substituted = device("worker-device", &council).vouched;
    substituted.keys.sealing = stranger.vouched.keys.sealing;
    let refused = crypto::seal(&child.keys, &routing("msg-1"), &substituted, &council.pinned(), WORDS);
    assert_eq!(refused, Err(CryptoError::UnvouchedKey("worker-device".into())));
}

#[test]
fn lengths_are_padded_and_a_huge_message_is_refused() {
    let council = Council::new();
    let (child, worker) = (device("child-device", &council), device("worker-device", &council));
    let seal = |text: &[u8]| crypto::seal(&child.keys, &routing("m"), &worker.vouched, &council.pinned(), text);
    let short = seal(b"hi").unwrap();
    let longer = seal(&[b'a'; 900]).unwrap();
    assert_eq!(short.ciphertext.len(), longer.ciphertext.len(), "both fit the first bucket");
    assert!(seal(&[b'a'; 5000]).unwrap().ciphertext.len() > short.ciphertext.len());
    let five_megabytes = vec![b'a'; 5 * 1024 * 1024];
    assert_eq!(seal(&five_megabytes), Err(CryptoError::TooLarge(5 * 1024 * 1024)));
}
