//! What every screen carries: the way around the app, the always-there "I feel unsafe"
//! and "Quick exit", and whether what the screen shows is up to date. None of it needs a
//! plan, so it is there from the first screen the child sees.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::calendar;
use crate::explain;
use crate::l10n::Words;
use crate::plan::AgeBand;
use crate::sync::SyncProblem;

/// Something to tap: what it says, and what a screen reader says for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Button {
    pub text: String,
    pub label: String,
}

/// The screens the child can go to from the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    Home,
    Week,
    Month,
    Changes,
    Rights,
    Tell,
    Outbox,
    Notes,
    Settings,
}

const PLACES: [Place; 9] = [
    Place::Home,
    Place::Week,
    Place::Month,
    Place::Changes,
    Place::Rights,
    Place::Tell,
    Place::Outbox,
    Place::Notes,
    Place::Settings,
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NavItem {
    pub place: Place,
    pub button: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChromeView {
    /// On every screen, first-open included: opens the unsafe screen in one tap.
    pub feel_unsafe: Button,
    /// On every screen: hides the app at once.
    pub quick_exit: Button,
    pub back: Button,
    pub menu: Button,
    pub places: Vec<NavItem>,
    /// The age band the screens speak in (the child's choice, else their plan's), so the
    /// shell can dress them for it; known while the app is locked too.
    pub band: AgeBand,
}

/// Where the phone stands with the council's server, for a line under the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// The phone has not joined the council's server: no code entered yet.
    NotJoined,
    /// Joined, and no sync has finished yet.
    NotYet,
    /// The last sync worked.
    UpToDate,
    Offline,
    /// The server sent a plan the phone refused; the plan it had is kept.
    PlanRefused,
    /// The last sync failed in some other way; it will be tried again.
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncStatusView {
    pub state: SyncState,
    /// "Updated today at 2pm", or what went wrong and that nothing is lost.
    pub text: String,
}

pub fn chrome(words: &Words) -> ChromeView {
    let button = |id: &str| button(words, id);
    ChromeView {
        feel_unsafe: button("chrome-feel-unsafe"),
        quick_exit: button("chrome-quick-exit"),
        back: button("chrome-back"),
        menu: button("chrome-menu"),
        places: PLACES
            .iter()
            .map(|place| NavItem { place: *place, button: button(&format!("place-{}", explain::name(*place))) })
            .collect(),
        band: words.band(),
    }
}

/// A button from the messages `{id}` (its text) and `{id}-label` (what a screen reader says).
pub fn button(words: &Words, id: &str) -> Button {
    Button { text: words.line(id, &[]), label: words.line(&format!("{id}-label"), &[]) }
}

/// "Updated today at 2pm", or why not, from what the phone knows of its last sync.
pub fn sync_status(
    words: &Words,
    joined: bool,
    last_sync: Option<DateTime<Utc>>,
    problem: Option<SyncProblem>,
    now: DateTime<Utc>,
) -> SyncStatusView {
    let state = match (joined, problem, last_sync) {
        (false, ..) => SyncState::NotJoined,
        (true, Some(SyncProblem::Offline), _) => SyncState::Offline,
        (true, Some(SyncProblem::PlanRefused), _) => SyncState::PlanRefused,
        (true, Some(SyncProblem::NotJoined), _) => SyncState::NotJoined,
        (true, Some(SyncProblem::Failed), _) => SyncState::Failed,
        (true, None, None) => SyncState::NotYet,
        (true, None, Some(_)) => SyncState::UpToDate,
    };
    let updated = last_sync.map(|at| {
        let at = calendar::uk_local(at);
        words.fragment(
            "sync-updated-when",
            &[
                ("days", (calendar::uk_date(now) - at.date()).num_days().into()),
                ("time", explain::time_of_day(words, at.time()).into()),
                ("date", explain::date_long(words, at.date()).into()),
            ],
        )
    });
    let id = format!("sync-{}", explain::name(state));
    let text = match state {
        SyncState::NotJoined | SyncState::NotYet | SyncState::PlanRefused => words.line(&id, &[]),
        _ => words.line(&id, &[("has-when", updated.is_some().into()), ("when", updated.unwrap_or_default().into())]),
    };
    SyncStatusView { state, text }
}
