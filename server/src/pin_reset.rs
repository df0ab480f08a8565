//! A child who forgot their app's PIN: the social worker makes a one-time code, and the
//! child's phone proves it with that code before it lets the child choose a new PIN.
//! The server only says yes or no; the PIN, and everything the child wrote, never leave
//! the phone (docs/decisions.md).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use crate::api::{CodeRequest, code_hash, issue_code};
use crate::app::App;
use crate::auth::{AuthDevice, Worker};
use crate::error::ApiError;
use crate::input::{Example, JsonBody};
use crate::storage::{CodeUse, Role};

/// `POST /v1/pin-reset-codes` (worker): a code for the child whose plan id is `child`.
pub async fn create_code(
    State(app): State<Arc<App>>,
    _: Worker,
    JsonBody(request): JsonBody<CodeRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    issue_code(&app, request, |storage, code| storage.add_pin_reset_code(code)).await
}

#[derive(Deserialize)]
pub struct ResetRequest {
    code: String,
}

impl Example for ResetRequest {
    const EXAMPLE: &'static str = r#"{"code": "<PIN reset code>"}"#;
}

/// `POST /v1/pin-resets` (a child's device): uses the code, once, if it was made for
/// this device's child. 204 means the phone may let the child choose a new PIN.
pub async fn reset(
    State(app): State<Arc<App>>,
    AuthDevice(device): AuthDevice,
    JsonBody(request): JsonBody<ResetRequest>,
) -> Result<StatusCode, ApiError> {
    let plan = match (device.role, device.plan) {
        (Role::Child, Some(plan)) => plan,
        _ => return Err(ApiError::forbidden("not_a_child", "only a child's device resets its app's PIN")),
    };
    let hash = code_hash(&request.code);
    let now = app.clock.now().timestamp();
    let outcome = app.storage(move |storage| storage.use_pin_reset_code(&hash, &plan, now)).await?;
    let ask = "ask the social worker for a new code";
    match outcome {
        CodeUse::Used => Ok(StatusCode::NO_CONTENT),
        CodeUse::Unknown => {
            Err(ApiError::forbidden("code_unknown", format!("this code is not known; check it, or {ask}")))
        }
        CodeUse::AlreadyUsed => {
            Err(ApiError::new(StatusCode::GONE, "code_used", format!("this code has been used; {ask}")))
        }
        CodeUse::Expired => {
            Err(ApiError::new(StatusCode::GONE, "code_expired", format!("this code has expired; {ask}")))
        }
    }
}
