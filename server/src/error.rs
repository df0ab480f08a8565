//! Refusals as the protocol writes them: `{"error": "<code>", "message": "<what to do>"}`.
//!
//! Messages never quote what the client sent: a body may hold a name or a token.

use std::fmt::Display;
use std::time::Duration;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use familytime_core::l10n::problems::{self, Explained};
use familytime_core::validate::{PlanRejected, Problem};
use serde::Serialize;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    retry_after: Option<Duration>,
    /// A refused plan's problems, as `familytime plan check` lists them.
    problems: Vec<Problem>,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    message: &'a str,
    /// Each with its id and arguments, for a client to say in its own language, and in
    /// English as `message` and `fix` (docs/protocol.md).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<Explained>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { status, code, message: message.into(), retry_after: None, problems: Vec::new() }
    }

    /// A plan that fails the checks every device makes. Problems never quote the text they
    /// refuse (`familytime_core::validate`), so an address in a plan goes no further.
    pub fn invalid_plan(rejected: PlanRejected) -> ApiError {
        let count = rejected.problems.len();
        ApiError {
            problems: rejected.problems,
            ..ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_plan",
                format!(
                    "the plan has {count} problem(s) and was not published; fix each at its path \
                     (`familytime plan check` shows the same) and publish again"
                ),
            )
        }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn forbidden(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, code, message)
    }

    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    pub fn too_large(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", message)
    }

    pub fn rate_limited(wait: Duration) -> ApiError {
        let seconds = wait.as_secs().max(1);
        ApiError {
            retry_after: Some(Duration::from_secs(seconds)),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!("this device is sending too many requests; try again in {seconds} seconds"),
            )
        }
    }

    /// A fault on our side. The detail goes to the operator's log, never to the client;
    /// storage errors name tables and paths, not the values bound into a statement.
    pub fn internal(detail: impl Display) -> ApiError {
        eprintln!("familytime-server: internal error: {detail}");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server could not do this just now; try again later (nothing was lost on your side)",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problems = self.problems.iter().map(|p| problems::english().explain(p)).collect();
        let body = Body { error: self.code, message: &self.message, problems };
        let mut response = (self.status, Json(body)).into_response();
        let headers = response.headers_mut();
        if self.status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if let Some(wait) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs()));
        }
        response
    }
}
