//! Reminders the platform shows: the evening before a session and an hour before it.
//!
//! The phone may be picked up by someone else, so by default a reminder names no one
//! and says nothing of family time; the child can choose to show details. Only the
//! platform can schedule a notification, through the [`Reminders`] trait.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use serde::Serialize;

use crate::calendar::{self, UK};
use crate::explain;
use crate::l10n::Words;
use crate::screens::SessionCard;

/// How far ahead reminders are scheduled; they are scheduled again after every sync.
pub const AHEAD_DAYS: i64 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    /// Stable for a session and kind, so rescheduling replaces rather than duplicates.
    pub id: String,
    pub at: DateTime<Utc>,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReminderSettings {
    /// Show who and what on the lock screen. Off unless the child turns it on.
    pub show_details: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the phone could not schedule reminders: {0}")]
pub struct PlatformError(pub String);

/// What only the platform can do: show notifications at given times.
pub trait Reminders: Send + Sync {
    /// Replaces every reminder this app scheduled before with `reminders`.
    fn replace_all(&self, reminders: Vec<Reminder>) -> Result<(), PlatformError>;
}

/// Reminders for these sessions (cards from a screen, soonest first): the evening before
/// at 18:00 UK time and an hour before, for sessions going ahead, never in the past.
pub fn for_sessions(
    cards: &[SessionCard],
    words: &Words,
    settings: ReminderSettings,
    now: DateTime<Utc>,
) -> Vec<Reminder> {
    let evening = NaiveTime::from_hms_opt(18, 0, 0).expect("a time");
    let mut reminders = Vec::new();
    for card in cards.iter().filter(|c| c.status.goes_ahead()) {
        let Ok(start) = calendar::uk_instant(card.start) else { continue };
        let day_before = (card.start.date() - Duration::days(1)).and_time(evening);
        let day_before = day_before.and_local_timezone(UK).earliest().map(|t| t.with_timezone(&Utc));
        let args = |details: bool| {
            [
                ("details", details.into()),
                ("names", explain::names(words, &card.people).into()),
                ("time", explain::time_of_day(words, card.start.time()).into()),
            ]
        };
        let kinds = [
            ("tomorrow", "reminder-tomorrow", day_before),
            ("soon", "reminder-soon", Some(start - Duration::hours(1))),
        ];
        for (kind, message, at) in kinds {
            let Some(at) = at.filter(|at| *at > now) else { continue };
            reminders.push(Reminder {
                id: format!("{}/{kind}", card.id),
                at,
                title: words.line("reminder-title", &[]),
                body: words.line(message, &args(settings.show_details)),
            });
        }
    }
    reminders.sort_by_key(|r| r.at);
    reminders
}
