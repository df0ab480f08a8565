//! Who is calling: the worker tool (one token, in a file in the data folder) or an
//! enrolled device (its own token), each as `Authorization: Bearer <token>`.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use crate::app::App;
use crate::error::ApiError;
use crate::secrets::hash_secret;
use crate::storage::Device;

/// The token of `Authorization: Bearer <token>`, exactly: one space after the scheme
/// (case-insensitive, RFC 9110) and a token68 with nothing around it (RFC 6750).
fn bearer(parts: &Parts) -> Result<&str, ApiError> {
    let value = parts
        .headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| ApiError::unauthorized("this needs a token: send it as `Authorization: Bearer <token>`"))?;
    let exact = || ApiError::unauthorized("the Authorization header must be exactly `Bearer <token>`, with one space");
    let value = value.to_str().map_err(|_| exact())?;
    let (scheme, token) = value.split_at_checked(BEARER.len()).ok_or_else(exact)?;
    if scheme.eq_ignore_ascii_case(BEARER) && is_token68(token) { Ok(token) } else { Err(exact()) }
}

const BEARER: &str = "Bearer ";

fn is_token68(token: &str) -> bool {
    let body = token.trim_end_matches('=');
    !body.is_empty() && body.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b))
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
        let device = match app.devices.by_token(&hash) {
            Some(device) => device,
            None => {
                let removals = app.devices.removals();
                let device = app.storage(move |storage| storage.device_by_token(&hash)).await?.ok_or_else(|| {
                    ApiError::unauthorized(
                        "this device's token is not known here; enrol the device again with a new code",
                    )
                })?;
                app.devices.found_by_token(hash, &device, removals);
                device
            }
        };
        app.limiter.take(&device.id, app.clock.now()).map_err(ApiError::rate_limited)?;
        Ok(AuthDevice(device))
    }
}
