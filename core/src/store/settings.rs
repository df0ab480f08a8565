//! What the child chose for how the app speaks to them, kept in the encrypted store: a
//! child's language and their word for family time say something about them too.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::{Store, StoreError, from_json, to_json};
use crate::plan::AgeBand;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// One of `l10n::locales()`, e.g. "en-GB" or "cy".
    pub language: String,
    /// The child's own choice; absent: the band in their plan.
    pub age_band: Option<AgeBand>,
    /// The child's word for family time; absent: the plan's, or the language's own.
    pub family_time_word: Option<String>,
    /// Reminders say who and what on the lock screen. Off unless the child turns it on.
    pub reminder_details: bool,
}

impl Store {
    /// The child's settings, if they were ever saved.
    pub fn settings(&self) -> Result<Option<Settings>, StoreError> {
        let body: Option<String> = self.conn.query_row("SELECT body FROM settings", [], |row| row.get(0)).optional()?;
        body.map(|json| from_json(&json)).transpose()
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), StoreError> {
        self.conn.execute("INSERT OR REPLACE INTO settings (only_one, body) VALUES (1, ?1)", [to_json(settings)?])?;
        Ok(())
    }
}
