//! A social worker removes a device that must stop working: a child's lost or stolen
//! phone, by the child's plan id (what the worker knows), or a helper's old laptop, by
//! its device id (docs/protocol.md, "Removing a device").
//!
//! Its token is refused from the next request on, the messages waiting for it are
//! deleted (sealed to keys nobody can use any more), the messages it sent stay for their
//! recipients, and it leaves every contact list. Retention later deletes what is left of
//! it once no message refers to it.

use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::app::App;
use crate::auth::Worker;
use crate::error::ApiError;
use crate::input::path_id;
use crate::storage::Removal;

/// `DELETE /v1/helper-devices/{device_id}`.
pub async fn remove_helper_device(
    State(app): State<Arc<App>>,
    _: Worker,
    device_id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let device_id = path_id(device_id, "device id")?;
    remove(
        &app,
        Removal::Helper(device_id),
        "there is no helper device in use with this id; it may have been removed already",
    )
    .await
}

/// `DELETE /v1/children/{plan_id}/devices`: every device the child enrolled.
pub async fn remove_child_devices(
    State(app): State<Arc<App>>,
    _: Worker,
    plan_id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let plan = path_id(plan_id, "plan id")?;
    remove(
        &app,
        Removal::Child { plan },
        "no device is in use for this child's plan id; check the plan id, or the devices were removed already",
    )
    .await
}

async fn remove(app: &App, removal: Removal, unknown: &'static str) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now().timestamp();
    let removed = app.storage(move |storage| storage.remove_devices(&removal, now)).await?;
    if removed.devices.is_empty() {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "device_unknown", unknown));
    }
    app.devices.forget(&removed.devices);
    Ok(Json(json!({
        "removed": removed.devices,
        "messages_deleted": removed.messages_deleted,
        "messages_kept": removed.messages_kept,
    })))
}
