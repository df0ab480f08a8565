//! The store's file format is SQLCipher 4's defaults whoever does the crypto: a store that
//! SQLCipher wrote with OpenSSL (the build before decision 91) opens with the core's own
//! crypto, and the core writes what SQLCipher 4 writes, checked here by decrypting a page
//! by hand from the format's description.
//!
//! `fixtures/store-openssl.db` was written on 2026-12-06 by commit 5c76c38's core
//! (SQLCipher 4.14 from libsqlite3-sys 0.38.2 on Debian 12's OpenSSL 3): `Store::open`
//! under the key [`fixture_key`], then `import_plan` of `common::base()` and one note,
//! `add_note("Written by SQLCipher on OpenSSL", Some("sam"), ..)`, then closed.

mod common;

use std::path::Path;

use aes::Aes256;
use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use common::*;
use familytime_core::keys::{FileKeyStore, KeyStore, STORE_KEY};
use familytime_core::store::Store;
use ring::{hmac, pbkdf2};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-openssl.db");

/// SQLCipher 4's defaults: 4096-byte pages ending in a 16-byte IV and a 64-byte
/// HMAC-SHA512, a 16-byte salt at the start of the file, and an HMAC key derived from the
/// page key by two rounds of PBKDF2-HMAC-SHA512 with the salt XOR 0x3a.
const PAGE: usize = 4096;
const SALT: usize = 16;
const IV: usize = 16;
const MAC: usize = 64;
const RESERVE: usize = IV + MAC;

fn fixture_key() -> Vec<u8> {
    (0u8..32).collect()
}

/// A folder holding a copy of `db` as the app's store, with `key` as its key.
fn device_with(db: Option<&Path>, key: &[u8]) -> (tempfile::TempDir, FileKeyStore) {
    let dir = tempfile::tempdir().unwrap();
    let keys = FileKeyStore::new(dir.path().join("keys"));
    keys.save(STORE_KEY, key).unwrap();
    if let Some(db) = db {
        std::fs::copy(db, dir.path().join("familytime.db")).unwrap();
    }
    (dir, keys)
}

fn open(dir: &Path, keys: &FileKeyStore) -> Store {
    Store::open(&dir.join("familytime.db"), keys, uk("2026-12-06T10:00")).unwrap()
}

/// Page 1 of `file` checked and decrypted by hand as SQLCipher 4 lays it out: its HMAC
/// must match and its plaintext must start with SQLite's header fields for a 4096-byte
/// page with 80 reserved bytes.
fn check_first_page(file: &Path, key: &[u8]) {
    let bytes = std::fs::read(file).unwrap();
    let page = &bytes[..PAGE];
    let salt = &page[..SALT];
    let (body, iv, mac) = (&page[SALT..PAGE - RESERVE], &page[PAGE - RESERVE..PAGE - MAC], &page[PAGE - MAC..]);

    let mac_salt: Vec<u8> = salt.iter().map(|b| b ^ 0x3a).collect();
    let mut mac_key = [0u8; 32];
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA512, 2.try_into().unwrap(), &mac_salt, key, &mut mac_key);
    let mut signer = hmac::Context::with_key(&hmac::Key::new(hmac::HMAC_SHA512, &mac_key));
    signer.update(&page[SALT..PAGE - MAC]);
    signer.update(&1u32.to_le_bytes());
    assert_eq!(signer.sign().as_ref(), mac, "page 1's HMAC-SHA512 of {}", file.display());

    let mut plain = body.to_vec();
    cbc::Decryptor::<Aes256>::new(key.try_into().unwrap(), iv.try_into().unwrap())
        .decrypt_padded::<NoPadding>(&mut plain)
        .unwrap();
    // SQLite's header from byte 16: page size (big-endian), write and read versions,
    // then the bytes reserved at the end of each page.
    assert_eq!(&plain[..2], &(PAGE as u16).to_be_bytes(), "page size of {}", file.display());
    assert_eq!(plain[4] as usize, RESERVE, "reserved bytes of {}", file.display());
}

#[test]
fn a_store_written_with_openssl_opens_with_its_key_and_keeps_everything() {
    check_first_page(Path::new(FIXTURE), &fixture_key());
    let (dir, keys) = device_with(Some(Path::new(FIXTURE)), &fixture_key());
    let mut store = open(dir.path(), &keys);
    assert_eq!(store.plan().unwrap().unwrap().plan(), valid(base()).plan());
    let notes = store.notes().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].about_person.as_deref(), Some("sam"));
    // It takes new writes, and opens again afterwards.
    store.add_note("Written by the core's own crypto", None, uk("2026-12-06T10:01")).unwrap();
    drop(store);
    assert_eq!(open(dir.path(), &keys).notes().unwrap().len(), 2);
}

#[test]
fn a_store_written_with_openssl_refuses_another_key() {
    let (dir, keys) = device_with(Some(Path::new(FIXTURE)), &[7u8; 32]);
    let before = std::fs::read(dir.path().join("familytime.db")).unwrap();
    assert!(Store::open(&dir.path().join("familytime.db"), &keys, uk("2026-12-06T10:00")).is_err());
    assert_eq!(std::fs::read(dir.path().join("familytime.db")).unwrap(), before);
}

#[test]
fn a_new_store_is_written_as_sqlcipher_4_writes_it() {
    let key: Vec<u8> = (100u8..132).collect();
    let (dir, keys) = device_with(None, &key);
    let mut store = open(dir.path(), &keys);
    store.import_plan(valid(base()), uk("2026-12-06T10:00")).unwrap();
    drop(store);
    check_first_page(&dir.path().join("familytime.db"), &key);
}

#[test]
fn sqlcipher_uses_the_cores_crypto_and_no_other() {
    let key: Vec<u8> = (0u8..32).rev().collect();
    let (dir, keys) = device_with(None, &key);
    drop(open(dir.path(), &keys));
    let connection = rusqlite::Connection::open(dir.path().join("familytime.db")).unwrap();
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    connection.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";")).unwrap();
    let pragma = |name: &str| connection.query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, String>(0)).unwrap();
    assert_eq!(pragma("cipher_provider"), "familytime-rust");
    assert_eq!(pragma("cipher_hmac_algorithm"), "HMAC_SHA512");
    assert_eq!(pragma("cipher_kdf_algorithm"), "PBKDF2_HMAC_SHA512");
    assert_eq!(pragma("cipher_page_size"), "4096");
}
