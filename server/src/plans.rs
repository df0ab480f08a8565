//! Publishing a child's plan and a child's device fetching it (docs/protocol.md, "Plans").
//!
//! The worker sends the plan file's exact bytes; the server checks them as every device
//! will, refuses a version that is not newer or that gives the child less family time
//! without a reason, signs them with the council key and keeps every version. A device
//! asks for its child's latest version with the ETag it has, so an unchanged plan is a
//! 304 with no body. A worker's desk fetches the latest version too, to show what the
//! child will be told changed before a new one is published.

use std::cmp::Ordering;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use familytime_core::changes;
use familytime_core::signed::{self, SignedPlanError};
use familytime_core::validate::{self, MAX_PLAN_BYTES};
use ring::digest::{SHA256, digest};
use serde_json::{Value, json};

use crate::app::App;
use crate::auth::{AuthDevice, Worker};
use crate::error::ApiError;
use crate::input::path_id;
use crate::storage::{PlanVersion, Role};

/// The ETag of a signed plan: SHA-256 of its bytes, base64url.
fn etag_of(signed: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(digest(&SHA256, signed))
}

fn published(plan: &PlanVersion) -> Json<Value> {
    Json(json!({ "plan_id": plan.plan_id, "version": plan.version, "etag": plan.etag }))
}

/// `GET /v1/plans/{plan_id}` with a worker's token: the latest version as the child's
/// device receives it, signed.
pub async fn latest(
    State(app): State<Arc<App>>,
    _: Worker,
    plan_id: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let plan_id = path_id(plan_id, "plan id")?;
    let latest = app.storage(move |storage| storage.latest_plan(&plan_id)).await?.ok_or_else(not_published)?;
    let json = HeaderValue::from_static("application/json");
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, json)], latest.signed).into_response())
}

fn not_published() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no_plan",
        "the council has not published this child's plan yet; ask again later",
    )
}

/// `PUT /v1/plans/{plan_id}` with the plan file as the body.
pub async fn publish(
    State(app): State<Arc<App>>,
    _: Worker,
    plan_id: Result<Path<String>, PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let plan_id = path_id(plan_id, "plan id")?;
    let file = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::too_large(format!(
                "a plan file is at most {MAX_PLAN_BYTES} bytes; check that this is a family-time plan file"
            ))
        } else {
            ApiError::bad_request("unreadable_body", "the request body could not be read; send it again")
        }
    })?;
    let checked = file.clone();
    let plan = Arc::new(app.checks.run(move || validate::read_plan(&checked)).await?.map_err(ApiError::invalid_plan)?);
    if plan.plan_id != plan_id {
        return Err(ApiError::bad_request(
            "plan_id_mismatch",
            "the plan_id in this file is not the plan id in the address; check that it is this child's plan file",
        ));
    }
    let signed = app.council.sign_plan(&file);
    let new = PlanVersion {
        plan_id,
        version: plan.version,
        etag: etag_of(&signed),
        signed,
        helper_devices: plan.helpers.iter().filter_map(|helper| helper.device.clone()).collect(),
        published_at: app.clock.now().timestamp(),
    };
    // Decide against the latest version, then store only if it is still the latest;
    // if another publish got in between, decide again against that one.
    loop {
        let id = new.plan_id.clone();
        let latest = app.storage(move |storage| storage.latest_plan(&id)).await?;
        if let Some(latest) = &latest {
            match new.version.cmp(&latest.version) {
                Ordering::Less => {
                    return Err(ApiError::new(
                        StatusCode::CONFLICT,
                        "older_version",
                        format!(
                            "version {} is already published; a new version must be higher, so raise \"version\"",
                            latest.version
                        ),
                    ));
                }
                Ordering::Equal if latest.signed == new.signed => return Ok((StatusCode::OK, published(latest))),
                Ordering::Equal => {
                    return Err(ApiError::new(
                        StatusCode::CONFLICT,
                        "version_conflict",
                        format!(
                            "version {} is already published with other content; publish this with a higher version",
                            latest.version
                        ),
                    ));
                }
                Ordering::Greater => {
                    let (on, latest, plan) = (Arc::clone(&app), latest.clone(), Arc::clone(&plan));
                    app.checks.run(move || check_against(&on, &latest, &plan)).await??;
                }
            }
        }
        let previous = latest.map(|latest| latest.version);
        let row = new.clone();
        if app.storage(move |storage| storage.add_plan_version(&row, previous)).await? {
            return Ok((StatusCode::CREATED, published(&new)));
        }
    }
}

/// The rule across versions: no less family time without a reason.
fn check_against(app: &App, latest: &PlanVersion, next: &familytime_core::plan::ValidPlan) -> Result<(), ApiError> {
    match signed::open(&latest.signed, &app.council.pinned()) {
        Ok(previous) => changes::check_update_at(&previous, next, app.clock.now()).map_err(ApiError::invalid_plan),
        // A version that today's checks refuse (they have grown stricter since) cannot be
        // compared with; devices refuse it too, so the new version must be able to replace it.
        Err(SignedPlanError::Invalid(_)) => Ok(()),
        Err(other) => Err(ApiError::internal(format!(
            "the stored plan {} version {} does not open with the council key: {other}",
            latest.plan_id, latest.version
        ))),
    }
}

/// `GET /v1/plan`: the latest signed plan of the calling child's device.
pub async fn fetch(
    State(app): State<Arc<App>>,
    AuthDevice(device): AuthDevice,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let plan_id = match (device.role, device.plan) {
        (Role::Child, Some(plan_id)) => plan_id,
        _ => return Err(ApiError::forbidden("not_a_child", "only a child's device has a plan to fetch")),
    };
    let latest = app.storage(move |storage| storage.latest_plan(&plan_id)).await?.ok_or_else(not_published)?;
    let etag = HeaderValue::try_from(format!("\"{}\"", latest.etag)).map_err(ApiError::internal)?;
    if matches_etag(&headers, &latest.etag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response());
    }
    let json = HeaderValue::from_static("application/json");
    Ok((StatusCode::OK, [(header::ETAG, etag), (header::CONTENT_TYPE, json)], latest.signed).into_response())
}

/// Whether `If-None-Match` names `etag` (strong or weak, alone or in a list) or is `*`.
fn matches_etag(headers: &HeaderMap, etag: &str) -> bool {
    headers.get_all(header::IF_NONE_MATCH).iter().filter_map(|value| value.to_str().ok()).any(|value| {
        value.split(',').map(str::trim).any(|tag| {
            tag == "*" || tag.trim_start_matches("W/").strip_prefix('"').and_then(|t| t.strip_suffix('"')) == Some(etag)
        })
    })
}
