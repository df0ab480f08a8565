//! Reading what a client sent: JSON bodies, the `after` cursor and ids, with refusals
//! that name the field at fault and never quote what was sent.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, RawQuery, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::limits;

/// Plan ids and thread ids are short opaque ids; anything longer is a mistake.
const MAX_ID_LENGTH: usize = 128;

/// A JSON request body whose refusals are JSON too, and never quote what was sent.
pub struct JsonBody<T>(pub T);

/// What a request body should look like, shown when one is malformed.
pub trait Example {
    const EXAMPLE: &'static str;
}

impl<T: DeserializeOwned + Example, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = Bytes::from_request(request, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::too_large(format!(
                    "the request is too large; a sealed message can be at most {} KiB",
                    limits::MAX_ENVELOPE_BYTES / 1024
                ))
            } else {
                ApiError::bad_request("unreadable_body", "the request body could not be read; send it again")
            }
        })?;
        let mut reader = serde_json::Deserializer::from_slice(&bytes);
        let value = serde_path_to_error::deserialize(&mut reader)
            .map_err(|e| refusal(e.inner(), &e.path().to_string(), T::EXAMPLE))?;
        reader.end().map_err(|e| refusal(&e, ".", T::EXAMPLE))?;
        Ok(JsonBody(value))
    }
}

/// Says which field is missing or wrong, and what it should be, from serde's message
/// without the part that quotes the value sent.
fn refusal(inner: &serde_json::Error, path: &str, example: &str) -> ApiError {
    if !inner.is_data() {
        return ApiError::bad_request(
            "malformed_json",
            format!(
                "the body is not valid JSON (line {}, column {}); send an object like {example}",
                inner.line(),
                inner.column()
            ),
        );
    }
    // serde_json adds " at line L column C" to every message.
    let text = inner.to_string();
    let text = text.rsplit_once(" at line ").map_or(text.as_str(), |(text, _)| text);
    let message = if let Some(field) = text.strip_prefix("missing field `").and_then(|rest| rest.strip_suffix('`')) {
        let field = if path == "." { field.to_owned() } else { format!("{path}.{field}") };
        format!("`{field}` is missing; send an object like {example}")
    } else if path == "." {
        format!("the body must be a JSON object like {example}")
    } else {
        // "invalid type: string \"…\", expected a boolean": only what is expected is ours.
        match text.rsplit_once(", expected ") {
            Some((_, expected)) => format!("`{path}` must be {expected}; send an object like {example}"),
            None => format!("`{path}` is not what was expected; send an object like {example}"),
        }
    };
    ApiError::bad_request("malformed_json", message)
}

/// `?after=<cursor>`: where the last page ended, or the beginning when absent.
pub struct After(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for After {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let RawQuery(query) = RawQuery::from_request_parts(parts, state).await.unwrap_or(RawQuery(None));
        let value = query.as_deref().unwrap_or("").split('&').find_map(|pair| pair.strip_prefix("after="));
        match value {
            None | Some("") => Ok(After(0)),
            Some(value) => value.parse::<u64>().ok().and_then(|v| i64::try_from(v).ok()).map(After).ok_or_else(|| {
                ApiError::bad_request("bad_cursor", "`after` must be a cursor from an earlier answer's `next`")
            }),
        }
    }
}

pub fn check_id(value: &str, field: &'static str) -> Result<(), ApiError> {
    if value.is_empty() || value.len() > MAX_ID_LENGTH || value.chars().any(char::is_control) {
        return Err(ApiError::bad_request(
            "malformed_id",
            format!("`{field}` must be an id of 1 to {MAX_ID_LENGTH} characters"),
        ));
    }
    Ok(())
}

/// The id in a request's path (`{plan_id}`, `{device_id}`), checked like any other.
pub fn path_id(path: Result<Path<String>, PathRejection>, field: &'static str) -> Result<String, ApiError> {
    let Path(id) =
        path.map_err(|_| ApiError::bad_request("malformed_id", format!("the {field} in the path could not be read")))?;
    check_id(&id, field)?;
    Ok(id)
}
