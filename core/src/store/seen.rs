//! "What changed since you last looked": the changes each new plan version brought, kept
//! until the child has seen them.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Store, StoreError, from_json};
use crate::changes::PlanChange;

/// A change waiting to be seen; `id` orders them and marks them seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredChange {
    pub id: i64,
    /// The plan version that brought it.
    pub version: u32,
    pub change: PlanChange,
}

impl Store {
    /// Changes the child has not seen yet, oldest first.
    pub fn unseen_changes(&self) -> Result<Vec<StoredChange>, StoreError> {
        let mut statement =
            self.conn.prepare_cached("SELECT id, version, change FROM plan_changes WHERE seen IS NULL ORDER BY id")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get::<_, String>(2)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, version, change) = row?;
            out.push(StoredChange { id, version, change: from_json(&change)? });
        }
        Ok(out)
    }

    /// Marks every change up to and including `up_to` as seen: the ones the child was
    /// shown, not any that arrived while they looked. Returns how many were marked.
    pub fn mark_changes_seen(&mut self, up_to: i64, now: DateTime<Utc>) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE plan_changes SET seen = ?1 WHERE seen IS NULL AND id <= ?2",
            params![now.timestamp(), up_to],
        )?)
    }
}
