//! `familytime desk remove-device`: a social worker stops a device working, a child's
//! lost or stolen phone (by the child's plan id) or a helper's old laptop (by its device
//! id), and is told in plain words what that did (docs/protocol.md, "Removing a device").
//!
//! The address and the council's CA are checked as for every other call (HTTPS, or plain
//! HTTP on loopback only; the council's CA as the only root): the client is the core's
//! relay's; the request itself is made here, as the relay has no call for it yet.

use familytime_core::relay::{RelayError, Timeouts, http_client};
use reqwest::{StatusCode, Url};
use serde::Deserialize;

use crate::web::words::{DeskWords, Value};

/// What the worker asked to remove.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removing {
    /// A helper's device, by the device id it joined with.
    Helper { device: String },
    /// Every device of a child, by the child's plan id.
    Child { plan: String },
}

/// What the server removed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Removed {
    pub removed: Vec<String>,
    pub messages_deleted: u64,
    pub messages_kept: u64,
}

#[derive(Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    error: String,
    #[serde(default)]
    message: String,
}

/// Asks the server at `server` to remove what `removing` names, with the worker token.
pub async fn remove(
    server: &str,
    ca_pem: Option<&str>,
    worker_token: &str,
    removing: &Removing,
) -> Result<Removed, RelayError> {
    let (base, client) = http_client(server, ca_pem.map(str::as_bytes), Timeouts::default())?;
    let url = url(base, server, removing)?;
    let unavailable = |e: reqwest::Error| {
        RelayError::Unavailable(if e.is_timeout() {
            "it took too long to answer".into()
        } else {
            "no connection".into()
        })
    };
    let response = client.delete(url).bearer_auth(worker_token).send().await.map_err(unavailable)?;
    let status = response.status();
    let body = response.bytes().await.map_err(unavailable)?;
    if status.is_server_error() {
        return Err(RelayError::Unavailable(format!("the server answered {status}")));
    }
    if status != StatusCode::OK {
        let error: ErrorBody = serde_json::from_slice(&body).unwrap_or_default();
        return Err(RelayError::Refused { status: status.as_u16(), code: error.error, message: error.message });
    }
    serde_json::from_slice(&body).map_err(|e| RelayError::Malformed(e.to_string()))
}

/// The server's `/v1/helper-devices/{device}` or `/v1/children/{plan}/devices`, each id one escaped segment.
fn url(mut url: Url, server: &str, removing: &Removing) -> Result<Url, RelayError> {
    {
        let mut path = url.path_segments_mut().map_err(|()| RelayError::BadAddress(server.to_owned()))?;
        path.pop_if_empty();
        match removing {
            Removing::Helper { device } => path.extend(["v1", "helper-devices", device.as_str()]),
            Removing::Child { plan } => path.extend(["v1", "children", plan.as_str(), "devices"]),
        };
    }
    Ok(url)
}

/// What the removal did, for the worker who asked, in their words.
pub fn describe(removing: &Removing, removed: &Removed, w: &DeskWords) -> String {
    let devices = removed.removed.join(", ");
    let mut text = match removing {
        Removing::Helper { .. } => w.with("cli-removed-helper", &[("devices", Value::Text(&devices))]),
        Removing::Child { plan } => {
            w.with("cli-removed-child", &[("plan", Value::Text(plan)), ("devices", Value::Text(&devices))])
        }
    };
    let count = |n: u64| [("count", Value::Number(i64::try_from(n).unwrap_or(i64::MAX)))];
    text += &format!("\n  {}", w.with("cli-removed-deleted", &count(removed.messages_deleted)));
    text += &format!("\n  {}\n", w.with("cli-removed-kept", &count(removed.messages_kept)));
    if let Removing::Child { plan } = removing {
        text += &format!("{}\n", w.with("cli-removed-new-phone", &[("plan", Value::Text(plan))]));
    }
    text
}
