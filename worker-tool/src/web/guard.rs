//! Who may use the desk: only this machine (loopback, and a Host header naming the desk,
//! against DNS rebinding), only the browser that opened the one-time link (an HttpOnly,
//! SameSite=Strict session cookie), and only forms the desk itself rendered (a CSRF token
//! per session). Every answer carries a strict Content-Security-Policy.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::extract::{FromRequest, Path, Request, State as Shared};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::de::DeserializeOwned;

use super::{ServeError, State, pages};

const COOKIE: &str = "desk_session";
/// A plan file is at most a few hundred KiB; a paste of two versions fits easily.
const FORM_LIMIT: usize = 2 * 1024 * 1024;
const CSP: &str = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub(crate) struct Guard {
    hosts: [String; 2],
    /// Taken by the first browser that opens it.
    sign_in: Mutex<Option<String>>,
    /// Session id → its CSRF token.
    sessions: Mutex<HashMap<String, String>>,
}

/// The signed-in browser's session, for forms to carry its CSRF token.
#[derive(Clone)]
pub(crate) struct Session {
    pub csrf: String,
}

impl Guard {
    pub fn new(address: SocketAddr) -> Result<Guard, ServeError> {
        let port = address.port();
        Ok(Guard {
            hosts: [format!("127.0.0.1:{port}"), format!("localhost:{port}")],
            sign_in: Mutex::new(Some(random_hex()?)),
            sessions: Mutex::new(HashMap::new()),
        })
    }

    pub fn sign_in_token(&self) -> String {
        self.sign_in.lock().unwrap_or_else(|e| e.into_inner()).clone().unwrap_or_default()
    }

    fn session(&self, headers: &HeaderMap) -> Option<Session> {
        let id = cookie(headers)?;
        let sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions.get(id).map(|csrf| Session { csrf: csrf.clone() })
    }
}

fn random_hex() -> Result<String, ServeError> {
    let key = familytime_core::keys::random_key().map_err(|e| ServeError::Random(e.to_string()))?;
    Ok(key.iter().map(|b| format!("{b:02x}")).collect())
}

fn cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
}

/// Equal without saying where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Every request: the Host must be the desk; pages need a session; answers get headers.
pub(crate) async fn check(Shared(state): Shared<Arc<State>>, mut request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let mut response = if !state.guard.hosts.iter().any(|h| h == host) {
        (StatusCode::MISDIRECTED_REQUEST, "this desk answers only at its own address on 127.0.0.1").into_response()
    } else if request.uri().path().starts_with("/sign-in/") || request.uri().path().starts_with("/static/") {
        next.run(request).await
    } else {
        match state.guard.session(request.headers()) {
            Some(session) => {
                request.extensions_mut().insert(session);
                next.run(request).await
            }
            None => pages::notice(&state, StatusCode::UNAUTHORIZED, "sign-in-refused-title", "sign-in-refused-body"),
        }
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        // Opened messages must not linger in the browser's cache.
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The one-time link: the first browser to open it gets the session; never again.
pub(crate) async fn sign_in(Shared(state): Shared<Arc<State>>, Path(token): Path<String>) -> Response {
    let taken = {
        let mut pending = state.guard.sign_in.lock().unwrap_or_else(|e| e.into_inner());
        match pending.as_deref() {
            Some(expected) if same(expected, &token) => pending.take().is_some(),
            _ => false,
        }
    };
    if !taken {
        return pages::notice(&state, StatusCode::UNAUTHORIZED, "sign-in-refused-title", "sign-in-refused-body");
    }
    let (Ok(id), Ok(csrf)) = (random_hex(), random_hex()) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let cookie = format!("{COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/");
    state.guard.sessions.lock().unwrap_or_else(|e| e.into_inner()).insert(id, csrf);
    ([(header::SET_COOKIE, cookie)], Redirect::to("/inbox")).into_response()
}

pub(crate) async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], include_str!("../../static/desk.css")).into_response()
}

pub(crate) async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], include_str!("../../static/desk.js")).into_response()
}

/// A form the desk rendered for this session: its `csrf` field must be the session's.
pub(crate) struct Posted<T>(pub T);

impl<T: DeserializeOwned> FromRequest<Arc<State>> for Posted<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &Arc<State>) -> Result<Self, Response> {
        let expected = request.extensions().get::<Session>().map(|s| s.csrf.clone());
        let body = axum::body::to_bytes(request.into_body(), FORM_LIMIT)
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        let expired = || pages::notice(state, StatusCode::FORBIDDEN, "form-expired-title", "form-expired-body");
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).map_err(|_| expired())?;
        let sent = fields.iter().find(|(name, _)| name == "csrf").map(|(_, value)| value.as_str());
        match (expected, sent) {
            (Some(expected), Some(sent)) if same(&expected, sent) => {}
            _ => return Err(expired()),
        }
        serde_urlencoded::from_bytes(&body).map(Posted).map_err(|_| StatusCode::BAD_REQUEST.into_response())
    }
}
