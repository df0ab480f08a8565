//! The HTTP endpoints of docs/protocol.md.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::Method;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, delete, get, post, put};
use axum::{Json, Router, middleware};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use familytime_core::crypto::{Envelope, PublicKeys, VouchedKey};
use familytime_core::validate::MAX_PLAN_BYTES;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{ED25519, UnparsedPublicKey};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tower_http::timeout::RequestBodyTimeoutLayer;

use crate::access_log;
use crate::app::App;
use crate::auth::{AuthDevice, Worker};
use crate::device_removal;
use crate::error::ApiError;
use crate::health;
use crate::input::{After, Example, JsonBody, check_id};
use crate::limits::{self, ConnectionLimits};
use crate::links;
use crate::pin_reset;
use crate::plans;
use crate::secrets;
use crate::storage::{
    Device, Enrolment, NewCode, NewDevice, NewMessage, ReceiptOutcome, ReceiptState, Role, Storage, StorageError,
    Submission,
};

/// How long an enrolment code can be used.
pub(crate) const CODE_LIFETIME: TimeDelta = TimeDelta::hours(24);
/// Messages or receipts per answer: 50 of the largest envelopes are about 4.5 MB.
const PAGE: u32 = 50;
/// Enrolment codes are read aloud or typed: no 0/O, 1/I/L or U. 16 of these are 78 bits,
/// far beyond guessing within a day.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
const CODE_LENGTH: usize = 16;

/// Every endpoint: its method, its path and what answers it. docs/openapi.yaml must
/// describe each (server/tests/http/openapi.rs checks it against [`endpoints`]).
fn routes() -> Vec<(Method, &'static str, MethodRouter<Arc<App>>)> {
    use axum::extract::DefaultBodyLimit;
    let message_limit = DefaultBodyLimit::max(limits::MESSAGE_BODY_LIMIT);
    vec![
        (Method::GET, "/healthz", get(health::healthz)),
        (Method::POST, "/v1/enrolment-codes", post(create_enrolment_code)),
        (Method::POST, "/v1/enrol", post(enrol)),
        (Method::POST, "/v1/helper-devices", post(register_helper_device)),
        (Method::DELETE, "/v1/helper-devices/{device_id}", delete(device_removal::remove_helper_device)),
        (Method::DELETE, "/v1/children/{plan_id}/devices", delete(device_removal::remove_child_devices)),
        (Method::POST, "/v1/messages", post(submit_message).layer(message_limit)),
        (Method::GET, "/v1/messages", get(fetch_messages)),
        (Method::POST, "/v1/receipts", post(post_receipt)),
        (Method::GET, "/v1/receipts", get(fetch_receipts)),
        (Method::GET, "/v1/contacts", get(contacts)),
        (Method::PUT, "/v1/plans/{plan_id}", put(plans::publish).layer(DefaultBodyLimit::max(MAX_PLAN_BYTES))),
        (Method::GET, "/v1/plans/{plan_id}", get(plans::latest)),
        (Method::GET, "/v1/plan", get(plans::fetch)),
        (Method::GET, "/v1/duty", get(duty)),
        (Method::POST, "/v1/pin-reset-codes", post(pin_reset::create_code)),
        (Method::POST, "/v1/pin-resets", post(pin_reset::reset)),
    ]
}

/// The method and path of every endpoint the server answers.
pub fn endpoints() -> Vec<(Method, &'static str)> {
    routes().into_iter().map(|(method, path, _)| (method, path)).collect()
}

pub fn router(app: Arc<App>, connections: &ConnectionLimits) -> Router {
    use axum::extract::DefaultBodyLimit;
    // Methods of one path are merged into one route.
    let router = routes().into_iter().fold(Router::new(), |router, (_, path, method)| router.route(path, method));
    router
        .route_layer(middleware::from_fn(access_log::keep_route))
        .layer(DefaultBodyLimit::max(limits::BODY_LIMIT))
        .fallback(|| async {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", "there is no such endpoint; see docs/protocol.md")
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this endpoint does not take that method; see docs/protocol.md",
            )
        })
        .with_state(app)
        // A body that trickles in is refused once its time is up (as `unreadable_body`).
        .layer(RequestBodyTimeoutLayer::new(connections.body_timeout))
        .layer(middleware::from_fn(access_log::log))
}

pub(crate) fn rfc3339(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn from_seconds(seconds: i64) -> String {
    rfc3339(DateTime::from_timestamp(seconds, 0).unwrap_or_default())
}

fn decode_key(value: &str, field: &'static str) -> Result<[u8; 32], ApiError> {
    BASE64.decode(value).ok().and_then(|bytes| <[u8; 32]>::try_from(bytes).ok()).ok_or_else(|| {
        ApiError::bad_request("malformed_key", format!("`{field}` must be 32 bytes in base64 (standard, with padding)"))
    })
}

fn public_keys(signing_key: &str, sealing_key: &str) -> Result<PublicKeys, ApiError> {
    Ok(PublicKeys {
        signing: decode_key(signing_key, "signing_key")?,
        sealing: decode_key(sealing_key, "sealing_key")?,
    })
}

fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
    let mut bytes = [0u8; N];
    SystemRandom::new().fill(&mut bytes).map_err(|_| ApiError::internal("the system's random source failed"))?;
    Ok(bytes)
}

/// A new device id: "d-" and 128 random bits in hex, so it says nothing about its owner.
fn new_device_id() -> Result<String, ApiError> {
    Ok(format!("d-{}", random_bytes::<16>()?.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

/// A new enrolment code, shown in groups of four for reading aloud.
pub(crate) fn new_code() -> Result<String, ApiError> {
    let mut code = String::new();
    while code.len() < CODE_LENGTH {
        // Only bytes below the largest multiple of the alphabet's size, so every letter is equally likely.
        for byte in random_bytes::<32>()? {
            let limit = 256 - 256 % CODE_ALPHABET.len();
            if usize::from(byte) < limit && code.len() < CODE_LENGTH {
                code.push(char::from(CODE_ALPHABET[usize::from(byte) % CODE_ALPHABET.len()]));
            }
        }
    }
    let groups: Vec<&str> = (0..CODE_LENGTH).step_by(4).map(|start| &code[start..start + 4]).collect();
    Ok(groups.join("-"))
}

/// A code as typed: any case, with or without dashes and spaces.
pub(crate) fn code_hash(typed: &str) -> [u8; 32] {
    let normal: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    secrets::hash_secret(&normal)
}

fn new_token() -> Result<(String, [u8; 32]), ApiError> {
    secrets::new_token().map_err(|_| ApiError::internal("the system's random source failed"))
}

#[derive(Serialize)]
struct VouchedJson {
    device: String,
    signing_key: String,
    sealing_key: String,
    council_signature: String,
}

impl From<VouchedKey> for VouchedJson {
    fn from(key: VouchedKey) -> Self {
        VouchedJson {
            device: key.device,
            signing_key: BASE64.encode(key.keys.signing),
            sealing_key: BASE64.encode(key.keys.sealing),
            council_signature: BASE64.encode(key.council_signature),
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct CodeRequest {
    pub child: String,
}

impl Example for CodeRequest {
    const EXAMPLE: &'static str = r#"{"child": "<plan id>"}"#;
}

async fn create_enrolment_code(
    State(app): State<Arc<App>>,
    _: Worker,
    JsonBody(request): JsonBody<CodeRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    issue_code(&app, request, |storage, code| storage.add_enrolment_code(code)).await
}

/// A one-time code for the child `request` names, kept by `keep` as a hash only, and
/// answered with the code itself and when it runs out: enrolment and PIN-reset codes alike.
pub(crate) async fn issue_code(
    app: &App,
    request: CodeRequest,
    keep: fn(&dyn Storage, &NewCode) -> Result<(), StorageError>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    check_id(&request.child, "child")?;
    let code = new_code()?;
    let expires_at = app.clock.now() + CODE_LIFETIME;
    let new = NewCode { code_hash: code_hash(&code), plan: request.child, expires_at: expires_at.timestamp() };
    app.storage(move |storage| keep(storage, &new)).await?;
    Ok((StatusCode::CREATED, Json(json!({ "code": code, "expires_at": rfc3339(expires_at) }))))
}

#[derive(Deserialize)]
struct EnrolRequest {
    code: String,
    signing_key: String,
    sealing_key: String,
}

impl Example for EnrolRequest {
    const EXAMPLE: &'static str =
        r#"{"code": "<enrolment code>", "signing_key": "<base64>", "sealing_key": "<base64>"}"#;
}

async fn enrol(
    State(app): State<Arc<App>>,
    JsonBody(request): JsonBody<EnrolRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let keys = public_keys(&request.signing_key, &request.sealing_key)?;
    let (token, token_hash) = new_token()?;
    // The plan comes from the code, inside the transaction that uses it.
    let mut device = Device { id: new_device_id()?, role: Role::Child, keys, plan: None };
    let now = app.clock.now().timestamp();
    let hash = code_hash(&request.code);
    let new = NewDevice { device: device.clone(), token_hash, created_at: now };
    let mut child = device.clone();
    let (outcome, helpers) = app
        .storage(move |storage| {
            let outcome = storage.enrol_child(&hash, now, &new)?;
            let helpers = match &outcome {
                Enrolment::Enrolled { plan } => {
                    child.plan = Some(plan.clone());
                    links::linked_to(storage, &child)?
                }
                _ => Vec::new(),
            };
            Ok((outcome, helpers))
        })
        .await?;
    let ask = "ask the social worker for a new code";
    match outcome {
        Enrolment::Enrolled { plan } => device.plan = Some(plan),
        Enrolment::UnknownCode => {
            return Err(ApiError::forbidden("code_unknown", format!("this code is not known; check it, or {ask}")));
        }
        Enrolment::UsedCode => {
            return Err(ApiError::new(StatusCode::GONE, "code_used", format!("this code has been used; {ask}")));
        }
        Enrolment::ExpiredCode => {
            return Err(ApiError::new(StatusCode::GONE, "code_expired", format!("this code has expired; {ask}")));
        }
    }
    let helpers: Vec<VouchedJson> = helpers.iter().map(|helper| app.council.vouch(helper).into()).collect();
    let mut answer = joined(&app, &device, token);
    answer["helpers"] = json!(helpers);
    // So the device knows whose signed plans to accept.
    answer["child"] = json!(device.plan);
    Ok((StatusCode::CREATED, Json(answer)))
}

/// What a device learns when it joins: its id and token (the only time the token is
/// sent), the council's key to pin, and its own key as the council vouches for it.
fn joined(app: &App, device: &Device, token: String) -> Value {
    json!({
        "device": device.id,
        "token": token,
        "council_key": app.council.public_key(),
        "vouched": VouchedJson::from(app.council.vouch(device)),
    })
}

#[derive(Deserialize)]
struct HelperRequest {
    helper: String,
    signing_key: String,
    sealing_key: String,
}

impl Example for HelperRequest {
    const EXAMPLE: &'static str = r#"{"helper": "<helper id>", "signing_key": "<base64>", "sealing_key": "<base64>"}"#;
}

/// The helper id is checked but not stored: plans use first names as helper ids
/// ("amira"), and the server keeps no names.
async fn register_helper_device(
    State(app): State<Arc<App>>,
    _: Worker,
    JsonBody(request): JsonBody<HelperRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    check_id(&request.helper, "helper")?;
    let keys = public_keys(&request.signing_key, &request.sealing_key)?;
    let (token, token_hash) = new_token()?;
    let device = Device { id: new_device_id()?, role: Role::Helper, keys, plan: None };
    let new = NewDevice { device: device.clone(), token_hash, created_at: app.clock.now().timestamp() };
    app.storage(move |storage| storage.add_helper_device(&new)).await?;
    Ok((StatusCode::CREATED, Json(joined(&app, &device, token))))
}

#[derive(Deserialize)]
struct MessageRequest {
    envelope: String,
    /// "I feel unsafe right now": shown to the council's duty team at once.
    #[serde(default)]
    urgent: bool,
}

impl Example for MessageRequest {
    const EXAMPLE: &'static str = r#"{"envelope": "<base64>"}"#;
}

fn is_message_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The bytes the sender signed: the wire form up to the signature's length field.
fn signed_part<'a>(bytes: &'a [u8], envelope: &Envelope) -> &'a [u8] {
    &bytes[..bytes.len() - 4 - envelope.signature.len()]
}

async fn submit_message(
    State(app): State<Arc<App>>,
    AuthDevice(sender): AuthDevice,
    JsonBody(request): JsonBody<MessageRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let bytes = BASE64.decode(&request.envelope).map_err(|_| {
        ApiError::bad_request("malformed_base64", "`envelope` must be base64 (standard alphabet, with padding)")
    })?;
    if bytes.len() > limits::MAX_ENVELOPE_BYTES {
        return Err(ApiError::too_large(format!(
            "the sealed message is {} KiB; it can be at most {} KiB, so send a shorter message",
            bytes.len().div_ceil(1024),
            limits::MAX_ENVELOPE_BYTES / 1024
        )));
    }
    let envelope = Envelope::from_bytes(&bytes)
        .map_err(|e| ApiError::bad_request("malformed_envelope", format!("{e}; seal the message again")))?;
    if !is_message_id(&envelope.message_id) {
        return Err(ApiError::bad_request("malformed_envelope", "the message id must be 128 bits in lower-case hex"));
    }
    check_id(&envelope.thread, "thread")?;
    if envelope.sender != sender.id {
        return Err(ApiError::forbidden("not_sender", "a device can only send messages as itself"));
    }
    // The server checks the signature too, so a stolen token alone cannot fill an inbox.
    UnparsedPublicKey::new(&ED25519, sender.keys.signing)
        .verify(signed_part(&bytes, &envelope), &envelope.signature)
        .map_err(|_| {
        ApiError::bad_request("bad_signature", "the message is not signed by this device's key; seal it again")
    })?;
    let recipient = match app.devices.by_id(&envelope.recipient) {
        Some(recipient) => Some(recipient),
        None => {
            let id = envelope.recipient.clone();
            let removals = app.devices.removals();
            let found = app.storage(move |storage| storage.device(&id)).await?;
            if let Some(recipient) = &found {
                app.devices.found(recipient, removals);
            }
            found
        }
    };
    // Whether the plan still names them is checked again where the message is stored.
    let Some(ends) = recipient.and_then(|recipient| links::ends(&sender, &recipient)) else {
        return Err(not_linked());
    };
    let message = NewMessage {
        id: envelope.message_id,
        sender: envelope.sender,
        recipient: envelope.recipient,
        thread: envelope.thread,
        envelope: bytes,
        received_at: app.clock.now().timestamp(),
        urgent: request.urgent,
        ends,
    };
    match app.storage(move |storage| storage.submit_message(&message)).await? {
        Submission::Stored => Ok((StatusCode::CREATED, Json(json!({ "state": "sent" })))),
        Submission::AlreadyStored => Ok((StatusCode::OK, Json(json!({ "state": "sent" })))),
        Submission::Conflict => Err(ApiError::new(
            StatusCode::CONFLICT,
            "message_id_taken",
            "another message was already sent with this id; give the new message a new id",
        )),
        Submission::NotLinked => Err(not_linked()),
    }
}

fn not_linked() -> ApiError {
    ApiError::forbidden(
        "recipient_not_linked",
        "this device cannot send to that recipient; ask the social worker to check who you are linked to",
    )
}

/// The vouched keys of every device this device may message: how a helper learns a
/// child's key, and a child a helper who joined after it enrolled.
async fn contacts(State(app): State<Arc<App>>, AuthDevice(device): AuthDevice) -> Result<Json<Value>, ApiError> {
    let linked = app.storage(move |storage| links::linked_to(storage, &device)).await?;
    let contacts: Vec<VouchedJson> = linked.iter().map(|other| app.council.vouch(other).into()).collect();
    Ok(Json(json!({ "contacts": contacts })))
}

/// The council's duty team: children's messages no helper has read, from metadata alone.
/// Urgent ones at once; others once they are `unread_for_hours` old (default 24: a
/// helper's promise is at most a working day or so).
async fn duty(State(app): State<Arc<App>>, _: Worker, RawQuery(query): RawQuery) -> Result<Json<Value>, ApiError> {
    let hours = match query.as_deref().unwrap_or("").split('&').find_map(|p| p.strip_prefix("unread_for_hours=")) {
        None => 24,
        Some(value) => value.parse::<i64>().ok().filter(|h| (1..=720).contains(h)).ok_or_else(|| {
            ApiError::bad_request("bad_hours", "`unread_for_hours` must be a whole number of hours from 1 to 720")
        })?,
    };
    let before = app.clock.now().timestamp() - hours * 3600;
    let unread = app.storage(move |storage| storage.unread(before)).await?;
    let unread: Vec<Value> = unread
        .into_iter()
        .map(|u| {
            json!({
                "message_id": u.message_id,
                "recipient": u.recipient,
                "received_at": from_seconds(u.received_at),
                "urgent": u.urgent,
            })
        })
        .collect();
    Ok(Json(json!({ "unread": unread })))
}

async fn fetch_messages(
    State(app): State<Arc<App>>,
    AuthDevice(device): AuthDevice,
    After(after): After,
) -> Result<Json<Value>, ApiError> {
    let page = app.storage(move |storage| storage.messages_for(&device.id, after, PAGE)).await?;
    let next = page.last().map_or(after, |(cursor, _)| *cursor);
    let messages: Vec<Value> = page
        .into_iter()
        .map(|(cursor, envelope)| json!({ "cursor": cursor, "envelope": BASE64.encode(envelope) }))
        .collect();
    Ok(Json(json!({ "messages": messages, "next": next })))
}

#[derive(Deserialize)]
struct ReceiptRequest {
    message_id: String,
    state: ReceiptState,
}

impl Example for ReceiptRequest {
    const EXAMPLE: &'static str = r#"{"message_id": "<id>", "state": "delivered" | "read" | "answered"}"#;
}

fn state_name(state: ReceiptState) -> &'static str {
    match state {
        ReceiptState::Delivered => "delivered",
        ReceiptState::Read => "read",
        ReceiptState::Answered => "answered",
    }
}

async fn post_receipt(
    State(app): State<Arc<App>>,
    AuthDevice(device): AuthDevice,
    JsonBody(request): JsonBody<ReceiptRequest>,
) -> Result<StatusCode, ApiError> {
    let at = app.clock.now().timestamp();
    let ReceiptRequest { message_id, state } = request;
    let outcome = app.storage(move |storage| storage.record_receipt(&device.id, &message_id, state, at)).await?;
    match outcome {
        ReceiptOutcome::Recorded | ReceiptOutcome::Unchanged => Ok(StatusCode::NO_CONTENT),
        ReceiptOutcome::Behind(current) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "receipt_behind",
            format!("this message is already marked {}; receipts only move forward", state_name(current)),
        )),
        ReceiptOutcome::UnknownMessage => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "message_unknown",
            "there is no message with this id; check the id from the envelope",
        )),
        ReceiptOutcome::NotRecipient => {
            Err(ApiError::forbidden("not_recipient", "only the device a message was sent to can say it arrived"))
        }
    }
}

async fn fetch_receipts(
    State(app): State<Arc<App>>,
    AuthDevice(device): AuthDevice,
    After(after): After,
) -> Result<Json<Value>, ApiError> {
    let page = app.storage(move |storage| storage.receipts_for(&device.id, after, PAGE)).await?;
    let next = page.last().map_or(after, |receipt| receipt.cursor);
    let receipts: Vec<Value> = page
        .into_iter()
        .map(|receipt| {
            json!({
                "cursor": receipt.cursor,
                "message_id": receipt.message_id,
                "state": state_name(receipt.state),
                "at": from_seconds(receipt.at),
            })
        })
        .collect();
    Ok(Json(json!({ "receipts": receipts, "next": next })))
}
