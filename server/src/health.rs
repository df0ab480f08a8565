//! `GET /healthz`: whether the database answers and the data folder takes a write, for a
//! council's monitoring. Says which failed, and nothing else about the server.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::app::App;
use crate::error::ApiError;

const PROBE_FILE: &str = ".healthz";

pub async fn healthz(State(app): State<Arc<App>>) -> Result<Json<Value>, ApiError> {
    let unhealthy = |message: String| {
        eprintln!("familytime-server: health check: {message}");
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unhealthy", message)
    };
    let storage = Arc::clone(&app.storage);
    let dir = app.data_dir.clone();
    let (database, disk) =
        tokio::task::spawn_blocking(move || (storage.check(), write_probe(&dir))).await.map_err(ApiError::internal)?;
    database.map_err(|_| unhealthy("the database does not answer; see the server's log".into()))?;
    disk.map_err(|e| unhealthy(format!("the data folder cannot be written ({})", e.kind())))?;
    Ok(Json(json!({ "database": "ok", "disk": "ok" })))
}

/// Writes, syncs and removes a small file, as storing a message would.
fn write_probe(dir: &Path) -> std::io::Result<()> {
    let path = dir.join(PROBE_FILE);
    let mut file = std::fs::File::create(&path)?;
    file.write_all(b"ok")?;
    file.sync_all()?;
    std::fs::remove_file(path)
}
