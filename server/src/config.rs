//! What a server needs to start: where its data lives, where it listens, how fast a
//! device may call it, and its clock.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::clock::{Clock, SystemClock};
use crate::limits::RateLimit;

pub const DEFAULT_DATA_DIR: &str = "server-data";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8480";

pub struct Config {
    /// Holds the database, the council key and the worker token; created if missing.
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    pub rate_limit: RateLimit,
    pub clock: Arc<dyn Clock>,
}

impl Config {
    pub fn new(data_dir: impl Into<PathBuf>, listen: SocketAddr) -> Config {
        Config { data_dir: data_dir.into(), listen, rate_limit: RateLimit::default(), clock: Arc::new(SystemClock) }
    }
}
