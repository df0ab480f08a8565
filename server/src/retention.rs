//! How long the server keeps what it holds, and the task that deletes what is past its
//! time (the ICO Children's Code: keep no more than is needed, for no longer).
//!
//! A sealed message is kept until its recipient has it and then long enough for its
//! sender to learn so: it is *finished* once a child's device has said it was delivered,
//! or a helper has said they read it (the duty team watches a helper's unread messages,
//! so those stay until read). It and its receipts are deleted `finished` after its last
//! receipt. A message never finished (a lost phone, a helper who left) is deleted
//! `unfinished` after it arrived. An enrolment code is deleted `spent_codes` after it was
//! used or expired; until then a child who types it again is told it was used or has
//! expired rather than that it is unknown. A device a social worker removed is deleted
//! (its public keys with it) once no message to or from it is left. Devices in use and
//! published plans are kept.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;

use crate::app::App;
use crate::storage::{Cutoffs, Purged, StorageError};

#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub finished: TimeDelta,
    pub unfinished: TimeDelta,
    pub spent_codes: TimeDelta,
    /// How often the server deletes what is past its time.
    pub every: Duration,
}

impl Default for Retention {
    /// 30 days gives a phone switched off for weeks time to learn its message was read;
    /// 180 days keeps an unread message through a long absence (the duty list shows it
    /// after a day, so someone acts long before); a week of spent codes covers a child
    /// trying again after a weekend.
    fn default() -> Self {
        Retention {
            finished: TimeDelta::days(30),
            unfinished: TimeDelta::days(180),
            spent_codes: TimeDelta::days(7),
            every: Duration::from_secs(3600),
        }
    }
}

/// Deletes what is past its time now, by the server's clock.
pub async fn purge(app: &App) -> Result<Purged, StorageError> {
    let now = app.clock.now();
    let retention = app.retention;
    let cutoffs = Cutoffs {
        finished_before: (now - retention.finished).timestamp(),
        arrived_before: (now - retention.unfinished).timestamp(),
        codes_spent_before: (now - retention.spent_codes).timestamp(),
    };
    let storage = Arc::clone(&app.storage);
    match tokio::task::spawn_blocking(move || storage.purge(&cutoffs)).await {
        Ok(purged) => purged,
        Err(e) => Err(StorageError(format!("the purge stopped: {e}"))),
    }
}

/// Purges every `retention.every`, for as long as the server runs.
pub async fn keep(app: Arc<App>) {
    let every = app.retention.every;
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    loop {
        ticks.tick().await;
        match purge(&app).await {
            Ok(purged) => eprintln!(
                "familytime-server: retention: deleted {} messages, {} receipts and {} codes past their time, \
                 and {} removed devices",
                purged.messages, purged.receipts, purged.codes, purged.devices
            ),
            Err(e) => eprintln!("familytime-server: retention: nothing was deleted this time: {e}"),
        }
    }
}
