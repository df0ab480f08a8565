//! What every request handler shares: the storage, the council's secrets, the rate
//! limiter, the plan checker and the clock.

use std::path::PathBuf;
use std::sync::Arc;

use crate::checks::PlanChecks;
use crate::clock::Clock;
use crate::council::Council;
use crate::error::ApiError;
use crate::known_devices::KnownDevices;
use crate::limits::RateLimiter;
use crate::retention::Retention;
use crate::storage::{Storage, StorageError};

pub struct App {
    pub storage: Arc<dyn Storage>,
    pub council: Council,
    /// Who is calling and who a message is for, without asking the database each time.
    pub devices: KnownDevices,
    pub limiter: RateLimiter,
    pub clock: Arc<dyn Clock>,
    pub checks: PlanChecks,
    pub retention: Retention,
    /// Where the council's secrets (and on SQLite, the database) are kept.
    pub data_dir: PathBuf,
}

impl App {
    /// Runs a storage call on the blocking pool: a backend waits for the disk or the
    /// database server on every commit.
    pub async fn storage<T: Send + 'static>(
        &self,
        call: impl FnOnce(&dyn Storage) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let storage = Arc::clone(&self.storage);
        match tokio::task::spawn_blocking(move || call(storage.as_ref())).await {
            Ok(result) => result.map_err(ApiError::internal),
            Err(e) => Err(ApiError::internal(e)),
        }
    }
}
