//! Checking plans away from the threads that answer requests, within a budget.
//!
//! A plan check is CPU work on up to 1 MiB of someone else's text. Run inside a handler,
//! one slow check holds an async thread and a few of them stop the server answering
//! anything, the duty list included, and graceful shutdown waits on them for ever. So each
//! check runs on a thread of its own, a fixed number at once (which also bounds the memory
//! checks can hold), and a request waits for it only as long as the budget allows.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use tokio::sync::{Semaphore, oneshot};
use tokio::time::Instant;

use crate::error::ApiError;

/// How plan checks may use the machine.
#[derive(Debug, Clone, Copy)]
pub struct CheckBudget {
    /// Checks running at once; a publish beyond these waits for a free one.
    pub at_once: usize,
    /// The longest a publish waits for its check, queueing included.
    pub time: Duration,
}

impl Default for CheckBudget {
    /// The largest plan the benchmarks check takes milliseconds; seconds mean a plan
    /// built to be slow.
    fn default() -> CheckBudget {
        CheckBudget { at_once: 2, time: Duration::from_secs(5) }
    }
}

pub struct PlanChecks {
    slots: Arc<Semaphore>,
    time: Duration,
}

impl PlanChecks {
    pub fn new(budget: CheckBudget) -> PlanChecks {
        PlanChecks { slots: Arc::new(Semaphore::new(budget.at_once.max(1))), time: budget.time }
    }

    /// Runs `check` on a check thread and waits for it within the time budget. A check
    /// that overruns keeps its slot until it ends, so overrunning checks cannot pile up;
    /// the thread is not the runtime's, so shutdown never waits for it.
    pub async fn run<T: Send + 'static>(&self, check: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
        let deadline = Instant::now() + self.time;
        let slot = match tokio::time::timeout_at(deadline, Arc::clone(&self.slots).acquire_owned()).await {
            Ok(slot) => slot.map_err(ApiError::internal)?,
            Err(_) => return Err(busy()),
        };
        let (answer, answered) = oneshot::channel();
        std::thread::Builder::new()
            .name("plan-check".into())
            .spawn(move || {
                let _slot = slot;
                // The request may have given up waiting; the result is then not needed.
                let _ = answer.send(check());
            })
            .map_err(ApiError::internal)?;
        match tokio::time::timeout_at(deadline, answered).await {
            Ok(Ok(result)) => Ok(result),
            // Dropped without an answer only if the check panicked.
            Ok(Err(_)) => Err(ApiError::internal("a plan check panicked")),
            Err(_) => Err(too_slow(self.time)),
        }
    }
}

fn busy() -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "busy",
        "the server is checking other plans just now; publish again in a minute (nothing was published)",
    )
}

fn too_slow(budget: Duration) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "plan_too_slow",
        format!(
            "checking this plan took longer than {} seconds, so it was not published; \
             run `familytime plan check` on it and simplify its repeat rules",
            budget.as_secs_f32()
        ),
    )
}
