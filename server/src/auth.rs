//! Who is calling: the worker tool (one token, in a file in the data folder) or an
//! enrolled device (its own token). Tokens are 32 random bytes handed out once; the
//! server keeps only their SHA-256, so a copied database lets no one in.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ring::digest::{SHA256, digest};
use ring::rand::{SecureRandom, SystemRandom};

use crate::api::App;
use crate::error::ApiError;
use crate::storage::{Device, SecretHash};

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

fn bearer(parts: &Parts) -> Result<&str, ApiError> {
    let value = parts
        .headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| ApiError::unauthorized("this needs a token: send it as `Authorization: Bearer <token>`"))?;
    value
        .to_str()
        .ok()
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or_else(|| ApiError::unauthorized("the Authorization header must be `Bearer <token>`"))
}

/// The worker tool, proven by the token in the data folder's `worker-token` file.
pub struct Worker;

impl FromRequestParts<Arc<App>> for Worker {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, ApiError> {
        // Comparing hashes, not tokens, keeps the comparison's timing from leaking the token.
        if hash_secret(bearer(parts)?) == *app.council.worker_token_hash() {
            Ok(Worker)
        } else {
            Err(ApiError::unauthorized(
                "this is not the worker token; copy it again from the server's `worker-token` file",
            ))
        }
    }
}

/// An enrolled device, found by its token and within its request rate.
pub struct AuthDevice(pub Device);

impl FromRequestParts<Arc<App>> for AuthDevice {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, ApiError> {
        let hash = hash_secret(bearer(parts)?);
        let device = app.storage(move |storage| storage.device_by_token(&hash)).await?.ok_or_else(|| {
            ApiError::unauthorized("this device's token is not known here; enrol the device again with a new code")
        })?;
        app.limiter.take(&device.id, app.clock.now()).map_err(ApiError::rate_limited)?;
        Ok(AuthDevice(device))
    }
}
