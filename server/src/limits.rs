//! How much a client may send: body sizes, a per-device request rate, and how long and
//! how many connections the server keeps open.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// The largest sealed envelope accepted. The largest plaintext bucket is 64 KiB; the rest
/// is routing, the encapsulated key, the AEAD tag and the signature.
pub const MAX_ENVELOPE_BYTES: usize = 70 * 1024;
/// A message body carries the envelope in base64 (4 characters per 3 bytes) plus a little
/// JSON, so the HTTP limit is above 70 KiB; the envelope's own size is checked after decoding.
pub const MESSAGE_BODY_LIMIT: usize = MAX_ENVELOPE_BYTES.div_ceil(3) * 4 + 1024;
/// Every other request is a few keys and ids.
pub const BODY_LIMIT: usize = 16 * 1024;

/// Slow clients: a request's headers (and the TLS handshake) must arrive within
/// `header_timeout`, its body within `body_timeout`; at most `max_connections` are open.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    /// A phone on a poor connection sends a 93 KiB message in well under 30 s; the cap
    /// stays inside the usual limit of 1,024 open files.
    fn default() -> Self {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_connections: 512,
        }
    }
}

/// A token bucket: `burst` requests at once, refilled at `per_minute`.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub burst: u32,
    pub per_minute: u32,
}

impl Default for RateLimit {
    /// A phone polling every few seconds and sending now and then stays well inside this.
    fn default() -> Self {
        RateLimit { burst: 60, per_minute: 120 }
    }
}

struct Bucket {
    tokens: f64,
    updated: DateTime<Utc>,
}

/// Buckets live in memory: a restart forgives everyone, which is fine for a limit that
/// only protects the server from a looping app. There is one bucket per enrolled device.
pub struct RateLimiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    pub fn new(limit: RateLimit) -> RateLimiter {
        RateLimiter { limit, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one request from `device`'s bucket, or says how long until one is free.
    pub fn take(&self, device: &str, now: DateTime<Utc>) -> Result<(), Duration> {
        let burst = f64::from(self.limit.burst);
        let per_second = f64::from(self.limit.per_minute) / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let bucket = buckets.entry(device.to_owned()).or_insert(Bucket { tokens: burst, updated: now });
        let elapsed = (now - bucket.updated).as_seconds_f64().max(0.0);
        bucket.tokens = (bucket.tokens + elapsed * per_second).min(burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else if per_second > 0.0 {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_second))
        } else {
            Err(Duration::from_secs(60))
        }
    }
}
