//! The child's check-ins before and after family time, kept only here.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Store, StoreError, from_json, seconds, to_json};
use crate::feelings::{self, CheckIn, CheckInError, Feeling, Moment};

/// One check-in per session and moment; the people are copied in, since a later plan
/// may drop the session while the child's feelings about it stay.
pub(super) const MIGRATION: &str = "CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    session TEXT NOT NULL,
    moment TEXT NOT NULL,
    people TEXT NOT NULL,
    session_start INTEGER NOT NULL,
    feeling TEXT NOT NULL,
    words TEXT,
    at INTEGER NOT NULL,
    UNIQUE (session, moment)
);";

impl Store {
    /// Records how the child feels about `session`, replacing what they said before
    /// about the same session and moment. Refused, storing nothing, outside its window.
    pub fn check_in(
        &mut self,
        session: &str,
        moment: Moment,
        feeling: Feeling,
        words: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<CheckIn, CheckInError> {
        let found = self.sessions_where("sessions s WHERE s.id = ?1", [session])?.pop();
        let found = found.ok_or_else(|| CheckInError::NoSuchSession(session.to_owned()))?;
        let words = words.map(str::trim).filter(|w| !w.is_empty());
        feelings::check(&found, moment, words, now)?;
        let people = self
            .outline()
            .and_then(|plan| plan.arrangement(&found.arrangement))
            .map(|a| a.with.clone())
            .unwrap_or_default();
        let id: i64 = self
            .conn
            .query_row(
                "INSERT INTO check_ins (session, moment, people, session_start, feeling, words, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (session, moment) DO UPDATE SET
                people = excluded.people, session_start = excluded.session_start,
                feeling = excluded.feeling, words = excluded.words, at = excluded.at
             RETURNING id",
                params![
                    found.id,
                    name(&moment)?,
                    to_json(&people)?,
                    found.start.timestamp(),
                    name(&feeling)?,
                    words,
                    now.timestamp()
                ],
                |row| row.get(0),
            )
            .map_err(StoreError::from)?;
        Ok(CheckIn {
            id,
            session: found.id,
            people,
            session_start: found.start,
            moment,
            feeling,
            words: words.map(str::to_owned),
            at: seconds(now.timestamp()),
        })
    }

    /// Every check-in, the latest family time first, "before" ahead of "after".
    pub fn check_ins(&self) -> Result<Vec<CheckIn>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, session, moment, people, session_start, feeling, words, at FROM check_ins
             ORDER BY session_start DESC, moment = 'after', id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, i64>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, Option<String>>(6)?,
                row.get::<_, i64>(7)?,
            ))
        })?;
        rows.map(|row| {
            let (id, session, moment, people, start, feeling, words, at) = row?;
            Ok(CheckIn {
                id,
                session,
                people: from_json(&people)?,
                session_start: seconds(start),
                moment: from_name(moment)?,
                feeling: from_name(feeling)?,
                words,
                at: seconds(at),
            })
        })
        .collect()
    }
}

/// A value's serde name ("after", "sad"), as stored.
fn name<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    Ok(to_json(value)?.trim_matches('"').to_owned())
}

fn from_name<T: serde::de::DeserializeOwned>(name: String) -> Result<T, StoreError> {
    from_json(&format!("\"{name}\""))
}
