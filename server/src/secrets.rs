//! Tokens and codes are secrets the server hands out once and keeps only as SHA-256
//! hashes, so a copied database lets no one in.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ring::digest::{SHA256, digest};
use ring::rand::{SecureRandom, SystemRandom};

use crate::storage::SecretHash;

pub fn hash_secret(secret: &str) -> SecretHash {
    let mut hash = [0u8; 32];
    hash.copy_from_slice(digest(&SHA256, secret.as_bytes()).as_ref());
    hash
}

/// A new bearer token (base64 of 32 random bytes) and the hash that is stored.
pub fn new_token() -> Result<(String, SecretHash), ring::error::Unspecified> {
    let mut bytes = [0u8; 32];
    SystemRandom::new().fill(&mut bytes)?;
    let token = BASE64.encode(bytes);
    let hash = hash_secret(&token);
    Ok((token, hash))
}
