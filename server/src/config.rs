//! What a server needs to start: where its data lives, which database keeps its messages,
//! where and how it listens, how fast and how slowly a client may call it, how plans are
//! checked, how long it keeps things, and its clock.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::checks::CheckBudget;
use crate::clock::{Clock, SystemClock};
use crate::limits::{ConnectionLimits, RateLimit};
use crate::retention::Retention;

pub const DEFAULT_DATA_DIR: &str = "server-data";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8480";

/// Where devices, messages and receipts are kept. The council key and the worker token
/// are files in the data folder either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// The embedded SQLite file `familytime.sqlite` in the data folder.
    Sqlite,
    /// A PostgreSQL database, by connection URL: `postgres://user@host/db`.
    Postgres(String),
}

/// The server's certificate chain and private key, as PEM files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

pub struct Config {
    /// Holds the council key, the worker token and (on SQLite) the database; created if missing.
    pub data_dir: PathBuf,
    pub database: Database,
    pub listen: SocketAddr,
    /// HTTPS with this certificate; plain HTTP (loopback only) without.
    pub tls: Option<TlsFiles>,
    pub rate_limit: RateLimit,
    pub connections: ConnectionLimits,
    pub clock: Arc<dyn Clock>,
    pub checks: CheckBudget,
    /// How long messages, receipts and spent codes are kept.
    pub retention: Retention,
}

impl Config {
    pub fn new(data_dir: impl Into<PathBuf>, listen: SocketAddr) -> Config {
        Config {
            data_dir: data_dir.into(),
            database: Database::Sqlite,
            listen,
            tls: None,
            rate_limit: RateLimit::default(),
            connections: ConnectionLimits::default(),
            clock: Arc::new(SystemClock),
            checks: CheckBudget::default(),
            retention: Retention::default(),
        }
    }
}
