//! The council's server for Family Time: it publishes each child's plan, signed by the
//! council, and stores and forwards sealed messages between a child's device and their
//! helpers' devices (docs/protocol.md), never seeing their contents.

mod access_log;
mod api;
mod app;
mod auth;
pub mod checks;
pub mod clock;
pub mod config;
mod council;
mod device_removal;
mod error;
mod health;
mod input;
mod known_devices;
pub mod limits;
mod link_rule;
mod links;
mod pin_reset;
mod plans;
mod protocol_refusals;
pub mod retention;
mod secrets;
mod serve;
mod storage;

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

pub use crate::api::endpoints;
use crate::app::App;
use crate::checks::PlanChecks;
use crate::config::Config;
use crate::council::{Council, SecretFileError};
use crate::limits::{ConnectionLimits, RateLimiter};
pub use crate::serve::TlsError;
pub use crate::storage::{Purged, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("the data folder {path} could not be made: {source}")]
    DataDir { path: PathBuf, source: io::Error },
    #[error("the council's secrets could not be read or made: {0}")]
    Secrets(#[from] SecretFileError),
    #[error("the database could not be opened: {0}")]
    Storage(#[from] StorageError),
    #[error("could not listen on {addr}: {source}")]
    Listen { addr: SocketAddr, source: io::Error },
    #[error(
        "{0} is not this machine's own (loopback) address, and plain HTTP is only for loopback: \
         give --tls-cert and --tls-key to serve HTTPS there, or listen on 127.0.0.1 behind a TLS proxy"
    )]
    PlainHttpOffLoopback(SocketAddr),
    #[error("TLS: {0}")]
    Tls(#[from] TlsError),
}

/// `familytime-server backup FILE`: a consistent copy of the data folder's SQLite
/// database, taken while the server runs. The council key and worker token are files
/// beside it; keep copies of those too (they do not change).
pub fn backup(data_dir: &Path, target: &Path) -> Result<(), StorageError> {
    storage::backup_sqlite(data_dir, target)
}

/// A server bound to its address, with its data folder open, ready to serve.
pub struct Server {
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    connections: ConnectionLimits,
    app: Arc<App>,
}

impl Server {
    /// Opens (or makes) the data folder's database and secrets, and binds the address.
    pub async fn bind(config: Config) -> Result<Server, StartError> {
        // Phones and desks elsewhere on the network must not be asked to send tokens in clear.
        if config.tls.is_none() && !config.listen.ip().is_loopback() {
            return Err(StartError::PlainHttpOffLoopback(config.listen));
        }
        let tls = config.tls.as_ref().map(serve::acceptor).transpose()?;
        let data_dir = config.data_dir;
        std::fs::create_dir_all(&data_dir).map_err(|source| StartError::DataDir { path: data_dir.clone(), source })?;
        let council = Council::load_or_create(&data_dir)?;
        let (database, dir) = (config.database, data_dir.clone());
        let storage = match tokio::task::spawn_blocking(move || storage::open(&database, &dir)).await {
            Ok(storage) => storage?,
            Err(panicked) => std::panic::resume_unwind(panicked.into_panic()),
        };
        let listener = TcpListener::bind(config.listen)
            .await
            .map_err(|source| StartError::Listen { addr: config.listen, source })?;
        let app = App {
            storage,
            council,
            devices: Default::default(),
            limiter: RateLimiter::new(config.rate_limit),
            clock: config.clock,
            checks: PlanChecks::new(config.checks),
            retention: config.retention,
            data_dir,
        };
        Ok(Server { listener, tls, connections: config.connections, app: Arc::new(app) })
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn data_dir(&self) -> &Path {
        &self.app.data_dir
    }

    /// `https` when serving TLS, else `http`.
    pub fn scheme(&self) -> &'static str {
        if self.tls.is_some() { "https" } else { "http" }
    }

    /// The file holding the worker tool's token (the server keeps only its hash).
    pub fn worker_token_file(&self) -> &Path {
        self.app.council.worker_token_path()
    }

    /// Deletes what is past its time now, as the server does every `retention.every`.
    pub fn purger(&self) -> Purger {
        Purger(Arc::clone(&self.app))
    }

    /// Serves until `shutdown` completes, then finishes the requests under way.
    /// Meanwhile deletes what is past its time, every `retention.every`.
    pub async fn serve(self, shutdown: impl Future<Output = ()> + Send + 'static) -> io::Result<()> {
        let purging = tokio::spawn(retention::keep(Arc::clone(&self.app)));
        let router = api::router(self.app, &self.connections);
        let served = serve::serve(self.listener, self.tls, self.connections, router, shutdown).await;
        purging.abort();
        served
    }
}

/// Runs the server's retention at once (an operator's tools and the tests).
pub struct Purger(Arc<App>);

impl Purger {
    pub async fn purge(&self) -> Result<Purged, StorageError> {
        retention::purge(&self.0).await
    }
}
