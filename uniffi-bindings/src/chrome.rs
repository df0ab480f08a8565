//! What every screen carries: the top bar with "I feel unsafe" and "Quick exit", the
//! menu, and whether what the screen shows is up to date. None of it needs a plan.

use familytime_core::plan::AgeBand;
use familytime_core::screens::{self, Button, ChromeView, NavItem, Place, SyncState, SyncStatusView};

use crate::app::FamilyTime;
use crate::error::FamilyTimeError;

#[uniffi::remote(Record)]
pub struct Button {
    pub text: String,
    pub label: String,
}

#[uniffi::remote(Enum)]
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

#[uniffi::remote(Record)]
pub struct NavItem {
    pub place: Place,
    pub button: Button,
}

#[uniffi::remote(Record)]
pub struct ChromeView {
    pub feel_unsafe: Button,
    pub quick_exit: Button,
    pub back: Button,
    pub menu: Button,
    pub places: Vec<NavItem>,
    pub band: AgeBand,
}

#[uniffi::remote(Enum)]
pub enum SyncState {
    NotJoined,
    NotYet,
    UpToDate,
    Offline,
    PlanRefused,
    Failed,
}

#[uniffi::remote(Record)]
pub struct SyncStatusView {
    pub state: SyncState,
    pub text: String,
}

#[uniffi::export]
impl FamilyTime {
    /// The top bar's buttons and the menu, in the child's words. Needs no plan.
    pub fn chrome(&self) -> Result<ChromeView, FamilyTimeError> {
        self.app().planless(|words, _, _| Ok(screens::chrome(words)))
    }

    /// "Updated today at 2pm", offline, or what went wrong with the last sync. Needs no plan.
    pub fn sync_status(&self) -> Result<SyncStatusView, FamilyTimeError> {
        let problem = self.app().sync_problem();
        let now = self.app().now();
        self.app().planless(|words, _, store| {
            Ok(screens::sync_status(words, store.joined()?.is_some(), store.last_sync()?, problem, now))
        })
    }
}
