//! The client for the council's server (`docs/protocol.md`): enrolment, signed plans,
//! sending and fetching sealed envelopes, and receipts.
//!
//! HTTPS only, except to this machine for tests; the council's CA can be the only root
//! trusted; explicit connect, read and total timeouts (reqwest has none by default); no
//! redirects. Every failure says whether trying again later can help.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use reqwest::{Client, Response, StatusCode, Url, header};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use serde::{Deserialize, Serialize};

use crate::crypto::{CouncilKey, Envelope, PublicKeys, VouchedKey};
use crate::messages::Delivery;
use crate::validate::{self, MAX_PLAN_BYTES, PlanRejected, Problem};

/// The most a signed plan can take: base64 makes a plan file about a third larger.
const MAX_SIGNED_PLAN_BYTES: usize = 2 * MAX_PLAN_BYTES;

/// How long to wait for the server. A phone on a poor connection needs patience; a
/// child waiting on a screen needs an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub connect: Duration,
    pub read: Duration,
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts { connect: Duration::from_secs(10), read: Duration::from_secs(20), total: Duration::from_secs(30) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelayError {
    #[error("the council's server cannot be reached right now ({0}); it will be tried again")]
    Unavailable(String),
    #[error("the council's server refused this ({status} {code}): {message}")]
    Refused { status: u16, code: String, message: String },
    #[error("the server address {0} is not HTTPS; only this device's own address may use plain HTTP")]
    Insecure(String),
    #[error("the server address \"{0}\" is not a web address")]
    BadAddress(String),
    #[error("the council's certificate could not be read: {0}")]
    BadCertificate(String),
    #[error("the council's server sent something this app cannot read: {0}")]
    Malformed(String),
    /// The server checked a plan as `familytime plan check` does and found these problems.
    #[error("the council's server did not publish the plan; {0}")]
    PlanRefused(PlanRejected),
}

impl RelayError {
    /// Whether trying again later might work (the outbox keeps the message either way).
    pub fn is_temporary(&self) -> bool {
        match self {
            RelayError::Unavailable(_) => true,
            RelayError::Refused { status, .. } => *status == 429,
            _ => false,
        }
    }
}

/// What the device learns when it enrols.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub device: String,
    pub token: String,
    pub council: CouncilKey,
    pub vouched: VouchedKey,
    /// The vouched keys of the helpers' devices this device may talk to.
    pub helpers: Vec<VouchedKey>,
    /// The child's plan id: the only plan this device may accept. Empty for a helper's device.
    pub plan_id: String,
}

/// A plan version the council's server published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub plan_id: String,
    pub version: u32,
    /// What the child's device will send back to ask whether anything changed.
    pub etag: String,
}

/// The answer to "has my plan changed since `etag`?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchedPlan {
    Unchanged,
    /// The latest signed plan, not yet verified: open it with `signed::open`.
    Signed {
        bytes: Vec<u8>,
        etag: String,
    },
}

/// A receipt for a message this device sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub cursor: i64,
    pub message_id: String,
    pub state: Delivery,
}

pub struct Relay {
    http: Client,
    base: Url,
}

impl Relay {
    /// A client for the server at `address`, trusting only `council_ca_pem` when given.
    pub fn new(address: &str, council_ca_pem: Option<&[u8]>) -> Result<Relay, RelayError> {
        Relay::with_timeouts(address, council_ca_pem, Timeouts::default())
    }

    pub fn with_timeouts(
        address: &str,
        council_ca_pem: Option<&[u8]>,
        timeouts: Timeouts,
    ) -> Result<Relay, RelayError> {
        let (base, http) = http_client(address, council_ca_pem, timeouts)?;
        Ok(Relay { http, base })
    }

    pub async fn enrol(&self, code: &str, keys: &PublicKeys) -> Result<Enrolment, RelayError> {
        let body =
            EnrolRequest { code, signing_key: BASE64.encode(keys.signing), sealing_key: BASE64.encode(keys.sealing) };
        let answer: EnrolAnswer = self.call(self.http.post(self.url("v1/enrol")?).json(&body)).await?;
        Ok(Enrolment {
            device: answer.device,
            token: answer.token,
            council: CouncilKey(bytes32(&answer.council_key, "council key")?),
            vouched: answer.vouched.into_key()?,
            helpers: answer.helpers.into_iter().map(VouchedJson::into_key).collect::<Result<_, RelayError>>()?,
            plan_id: answer.child,
        })
    }

    /// The worker's side: a one-time enrolment code for a child's plan.
    pub async fn new_code(&self, worker_token: &str, plan_id: &str) -> Result<(String, String), RelayError> {
        let body = serde_json::json!({ "child": plan_id });
        let request = self.http.post(self.url("v1/enrolment-codes")?).bearer_auth(worker_token).json(&body);
        let answer: CodeAnswer = self.call(request).await?;
        Ok((answer.code, answer.expires_at))
    }

    /// The worker's side: a one-time code that lets a child who forgot their app's PIN
    /// choose a new one.
    pub async fn new_pin_reset_code(&self, worker_token: &str, plan_id: &str) -> Result<(String, String), RelayError> {
        let body = serde_json::json!({ "child": plan_id });
        let request = self.http.post(self.url("v1/pin-reset-codes")?).bearer_auth(worker_token).json(&body);
        let answer: CodeAnswer = self.call(request).await?;
        Ok((answer.code, answer.expires_at))
    }

    /// The child's side: uses a PIN reset code once. Only the code travels; the PIN and
    /// everything the child wrote stay on the phone.
    pub async fn use_pin_reset_code(&self, token: &str, code: &str) -> Result<(), RelayError> {
        let body = serde_json::json!({ "code": code });
        let request = self.http.post(self.url("v1/pin-resets")?).bearer_auth(token).json(&body);
        self.call::<serde_json::Value>(request).await.map(drop)
    }

    /// The worker's side: registers a helper's device (`helper` is their id in plans).
    pub async fn register_helper(
        &self,
        worker_token: &str,
        helper: &str,
        keys: &PublicKeys,
    ) -> Result<Enrolment, RelayError> {
        let body = serde_json::json!({
            "helper": helper,
            "signing_key": BASE64.encode(keys.signing),
            "sealing_key": BASE64.encode(keys.sealing),
        });
        let request = self.http.post(self.url("v1/helper-devices")?).bearer_auth(worker_token).json(&body);
        let answer: HelperAnswer = self.call(request).await?;
        Ok(Enrolment {
            device: answer.device,
            token: answer.token,
            council: CouncilKey(bytes32(&answer.council_key, "council key")?),
            vouched: answer.vouched.into_key()?,
            helpers: Vec::new(),
            plan_id: String::new(),
        })
    }

    /// The worker's side: publishes a new version of a child's plan (the file's exact
    /// bytes), which the council's server checks, signs and keeps. Publishing the same
    /// version again is harmless.
    pub async fn publish_plan(&self, worker_token: &str, plan_file: &[u8]) -> Result<Published, RelayError> {
        let plan_id = validate::parse(plan_file).map_err(RelayError::PlanRefused)?.plan_id;
        let mut url = self.url("v1/plans/")?;
        url.path_segments_mut()
            .map_err(|_| RelayError::BadAddress(self.base.to_string()))?
            .pop_if_empty()
            .push(&plan_id);
        let request = self
            .http
            .put(url)
            .bearer_auth(worker_token)
            .header(header::CONTENT_TYPE, "application/json")
            .body(plan_file.to_vec());
        let answer: PublishedJson = self.call(request).await?;
        Ok(Published { plan_id: answer.plan_id, version: answer.version, etag: answer.etag })
    }

    /// The worker's side: the latest signed version of a child's plan, as the child's
    /// device has it, to compare a new version with before it is published; `None` before
    /// the first version.
    pub async fn published_plan(&self, worker_token: &str, plan_id: &str) -> Result<Option<Vec<u8>>, RelayError> {
        let mut url = self.url("v1/plans/")?;
        url.path_segments_mut()
            .map_err(|_| RelayError::BadAddress(self.base.to_string()))?
            .pop_if_empty()
            .push(plan_id);
        let response = self
            .http
            .get(url)
            .bearer_auth(worker_token)
            .send()
            .await
            .map_err(|e| RelayError::Unavailable(describe(&e)))?;
        let status = response.status();
        let body = read_capped(response, MAX_SIGNED_PLAN_BYTES).await?;
        match refusal(status, &body) {
            Err(RelayError::Refused { code, .. }) if code == "no_plan" => Ok(None),
            Err(other) => Err(other),
            Ok(()) => Ok(Some(body)),
        }
    }

    /// The child's latest signed plan, or `Unchanged` when it is still the one named by
    /// `etag` (the server then sends no body). A child with no plan yet is refused with
    /// 404 `no_plan`.
    pub async fn fetch_plan(&self, token: &str, etag: Option<&str>) -> Result<FetchedPlan, RelayError> {
        let mut request = self.http.get(self.url("v1/plan")?).bearer_auth(token);
        if let Some(etag) = etag {
            request = request.header(header::IF_NONE_MATCH, format!("\"{etag}\""));
        }
        let response = request.send().await.map_err(|e| RelayError::Unavailable(describe(&e)))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(FetchedPlan::Unchanged);
        }
        let etag = response
            .headers()
            .get(header::ETAG)
            .and_then(|value| value.to_str().ok())
            .map(|value| value.trim_start_matches("W/").trim_matches('"').to_owned());
        let body = read_capped(response, MAX_SIGNED_PLAN_BYTES).await?;
        refusal(status, &body)?;
        let etag = etag
            .filter(|etag| !etag.is_empty())
            .ok_or_else(|| RelayError::Malformed("the plan came without an ETag".into()))?;
        Ok(FetchedPlan::Signed { bytes: body, etag })
    }

    /// Sends an envelope; sending the same one again is harmless. `urgent` ("I feel
    /// unsafe right now") is the one thing the council's server learns about a message,
    /// so that its duty team can act at once.
    pub async fn submit(&self, token: &str, envelope: &Envelope, urgent: bool) -> Result<(), RelayError> {
        let body = SubmitRequest { envelope: BASE64.encode(envelope.to_bytes()), urgent };
        let request = self.http.post(self.url("v1/messages")?).bearer_auth(token).json(&body);
        self.call::<serde_json::Value>(request).await.map(drop)
    }

    /// Envelopes for this device after `cursor`, with the cursor to ask from next.
    pub async fn fetch(&self, token: &str, after: i64) -> Result<(Vec<(i64, Envelope)>, i64), RelayError> {
        let url = self.url(&format!("v1/messages?after={after}"))?;
        let answer: FetchAnswer = self.call(self.http.get(url).bearer_auth(token)).await?;
        let messages = answer
            .messages
            .into_iter()
            .map(|m| {
                let bytes = BASE64.decode(m.envelope).map_err(|e| RelayError::Malformed(e.to_string()))?;
                let envelope = Envelope::from_bytes(&bytes).map_err(|e| RelayError::Malformed(e.to_string()))?;
                Ok((m.cursor, envelope))
            })
            .collect::<Result<_, RelayError>>()?;
        Ok((messages, answer.next))
    }

    pub async fn post_receipt(&self, token: &str, message_id: &str, state: Delivery) -> Result<(), RelayError> {
        let body = ReceiptRequest { message_id, state };
        let request = self.http.post(self.url("v1/receipts")?).bearer_auth(token).json(&body);
        self.call::<serde_json::Value>(request).await.map(drop)
    }

    pub async fn receipts(&self, token: &str, after: i64) -> Result<(Vec<Receipt>, i64), RelayError> {
        let url = self.url(&format!("v1/receipts?after={after}"))?;
        let answer: ReceiptsAnswer = self.call(self.http.get(url).bearer_auth(token)).await?;
        let receipts =
            answer.receipts.into_iter().map(|r| Receipt { cursor: r.cursor, message_id: r.message_id, state: r.state });
        Ok((receipts.collect(), answer.next))
    }

    /// The worker's side: children's messages no helper has read (urgent ones at once,
    /// others after `hours`), as metadata.
    pub async fn duty(&self, worker_token: &str, hours: u32) -> Result<Vec<Unread>, RelayError> {
        let url = self.url(&format!("v1/duty?unread_for_hours={hours}"))?;
        let answer: DutyAnswer = self.call(self.http.get(url).bearer_auth(worker_token)).await?;
        Ok(answer.unread)
    }

    /// The vouched keys of every device this device may message.
    pub async fn contacts(&self, token: &str) -> Result<Vec<VouchedKey>, RelayError> {
        let answer: ContactsAnswer = self.call(self.http.get(self.url("v1/contacts")?).bearer_auth(token)).await?;
        answer.contacts.into_iter().map(VouchedJson::into_key).collect()
    }

    fn url(&self, path: &str) -> Result<Url, RelayError> {
        self.base.join(path).map_err(|_| RelayError::BadAddress(path.to_owned()))
    }

    async fn call<T: for<'de> Deserialize<'de>>(&self, request: reqwest::RequestBuilder) -> Result<T, RelayError> {
        let response = request.send().await.map_err(|e| RelayError::Unavailable(describe(&e)))?;
        let status = response.status();
        let body = response.bytes().await.map_err(|e| RelayError::Unavailable(describe(&e)))?;
        refusal(status, &body)?;
        let body = if status == StatusCode::NO_CONTENT || body.is_empty() { &b"null"[..] } else { &body[..] };
        serde_json::from_slice(body).map_err(|e| RelayError::Malformed(e.to_string()))
    }
}

/// The error an answer that is not a success stands for.
fn refusal(status: StatusCode, body: &[u8]) -> Result<(), RelayError> {
    if status.is_server_error() {
        return Err(RelayError::Unavailable(format!("the server answered {status}")));
    }
    if status.is_success() {
        return Ok(());
    }
    let error: ErrorBody = serde_json::from_slice(body).unwrap_or_default();
    if !error.problems.is_empty() {
        return Err(RelayError::PlanRefused(PlanRejected { problems: error.problems }));
    }
    Err(RelayError::Refused { status: status.as_u16(), code: error.error, message: error.message })
}

/// The body of `response`, refusing one longer than `limit` before reading it all, so a
/// broken or hostile server cannot make a phone read gigabytes.
async fn read_capped(mut response: Response, limit: usize) -> Result<Vec<u8>, RelayError> {
    let too_long = || RelayError::Malformed(format!("the answer is longer than {limit} bytes"));
    if response.content_length().is_some_and(|length| length > limit as u64) {
        return Err(too_long());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| RelayError::Unavailable(describe(&e)))? {
        if body.len() + chunk.len() > limit {
            return Err(too_long());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The council's server's address, read, and the HTTP client for it: HTTPS only, except
/// to this machine; explicit timeouts; no redirects; TLS with rustls on ring, the only
/// C-light provider that cross-compiles for phones (TECH-NOTES).
///
/// The roots trusted are the council's CA alone when it is given (the worker tool), or
/// else Mozilla's, compiled in: the same on every phone and this machine, and with no
/// Android setup to forget (reqwest's own choice, the platform's verifier, needs a JNI
/// call and a Kotlin library on Android; docs/decisions.md, 98).
pub fn http_client(
    address: &str,
    council_ca_pem: Option<&[u8]>,
    timeouts: Timeouts,
) -> Result<(Url, Client), RelayError> {
    let base = Url::parse(address).map_err(|_| RelayError::BadAddress(address.to_owned()))?;
    let loopback = matches!(base.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    if base.scheme() != "https" && !(base.scheme() == "http" && loopback) {
        return Err(RelayError::Insecure(address.to_owned()));
    }
    let http = Client::builder()
        .connect_timeout(timeouts.connect)
        .read_timeout(timeouts.read)
        .timeout(timeouts.total)
        .redirect(reqwest::redirect::Policy::none())
        .https_only(!loopback)
        .tls_backend_preconfigured(tls_config(council_ca_pem)?)
        .build()
        .map_err(|e| RelayError::BadCertificate(e.to_string()))?;
    Ok((base, http))
}

fn tls_config(council_ca_pem: Option<&[u8]>) -> Result<rustls::ClientConfig, RelayError> {
    let mut roots = rustls::RootCertStore::empty();
    match council_ca_pem {
        Some(pem) => {
            for certificate in CertificateDer::pem_slice_iter(pem) {
                let certificate = certificate.map_err(|e| RelayError::BadCertificate(e.to_string()))?;
                roots.add(certificate).map_err(|e| RelayError::BadCertificate(e.to_string()))?;
            }
            if roots.is_empty() {
                return Err(RelayError::BadCertificate("there is no certificate in it".into()));
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| RelayError::BadCertificate(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    // reqwest offers HTTP/1.1 itself only when it makes the TLS settings.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// A transport error in a sentence, without the URL (it can carry ids).
fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "it took too long to answer".into()
    } else if error.is_connect() {
        "no connection".into()
    } else {
        "the connection failed".into()
    }
}

fn bytes32(text: &str, what: &str) -> Result<[u8; 32], RelayError> {
    let bytes = BASE64.decode(text).map_err(|_| RelayError::Malformed(format!("{what} is not base64")))?;
    bytes.try_into().map_err(|_| RelayError::Malformed(format!("{what} is not 32 bytes")))
}

#[derive(Serialize)]
struct EnrolRequest<'a> {
    code: &'a str,
    signing_key: String,
    sealing_key: String,
}

#[derive(Deserialize)]
struct EnrolAnswer {
    device: String,
    token: String,
    council_key: String,
    vouched: VouchedJson,
    helpers: Vec<VouchedJson>,
    child: String,
}

#[derive(Deserialize)]
struct PublishedJson {
    plan_id: String,
    version: u32,
    etag: String,
}

#[derive(Deserialize)]
struct VouchedJson {
    device: String,
    signing_key: String,
    sealing_key: String,
    council_signature: String,
}

impl VouchedJson {
    fn into_key(self) -> Result<VouchedKey, RelayError> {
        Ok(VouchedKey {
            keys: PublicKeys {
                signing: bytes32(&self.signing_key, "signing key")?,
                sealing: bytes32(&self.sealing_key, "sealing key")?,
            },
            council_signature: BASE64
                .decode(self.council_signature)
                .map_err(|_| RelayError::Malformed("council signature is not base64".into()))?,
            device: self.device,
        })
    }
}

/// A child's message no helper has read yet: what the duty team sees.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Unread {
    pub message_id: String,
    pub recipient: String,
    pub received_at: String,
    pub urgent: bool,
}

#[derive(Deserialize)]
struct DutyAnswer {
    unread: Vec<Unread>,
}

#[derive(Deserialize)]
struct CodeAnswer {
    code: String,
    expires_at: String,
}

#[derive(Deserialize)]
struct HelperAnswer {
    device: String,
    token: String,
    council_key: String,
    vouched: VouchedJson,
}

#[derive(Deserialize)]
struct ContactsAnswer {
    contacts: Vec<VouchedJson>,
}

#[derive(Serialize)]
struct SubmitRequest {
    envelope: String,
    urgent: bool,
}

#[derive(Deserialize)]
struct FetchAnswer {
    messages: Vec<FetchedJson>,
    next: i64,
}

#[derive(Deserialize)]
struct FetchedJson {
    cursor: i64,
    envelope: String,
}

#[derive(Serialize)]
struct ReceiptRequest<'a> {
    message_id: &'a str,
    state: Delivery,
}

#[derive(Deserialize)]
struct ReceiptsAnswer {
    receipts: Vec<ReceiptJson>,
    next: i64,
}

#[derive(Deserialize)]
struct ReceiptJson {
    cursor: i64,
    message_id: String,
    state: Delivery,
}

#[derive(Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    error: String,
    #[serde(default)]
    message: String,
    /// A refused plan's problems (`invalid_plan`), read by id and arguments so the
    /// worker sees them in their own language; the server's English words are not kept.
    #[serde(default)]
    problems: Vec<Problem>,
}
