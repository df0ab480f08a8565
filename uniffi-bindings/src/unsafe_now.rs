//! "I feel unsafe right now": works with no network, no code and no plan.

use familytime_core::screens::{self, Button, CallButton, UnsafeView};

use crate::app::FamilyTime;
use crate::error::FamilyTimeError;

#[uniffi::remote(Record)]
pub struct CallButton {
    pub number: String,
    pub button: Button,
}

#[uniffi::remote(Record)]
pub struct UnsafeView {
    pub title: String,
    pub danger: String,
    pub childline: String,
    pub trusted_adult: String,
    pub told: String,
    pub calls: Vec<CallButton>,
}

#[uniffi::export]
impl FamilyTime {
    /// Who can help right now: 999 and Childline as buttons for the dialler, and where
    /// the urgent message goes. Works before any code is entered or plan has arrived.
    pub fn unsafe_now(&self) -> Result<UnsafeView, FamilyTimeError> {
        self.app().planless(|words, plan, _| Ok(screens::unsafe_now(words, plan)))
    }

    /// Queues the urgent message to the social worker and returns the screen saying so;
    /// call `sync` next. Before any plan names someone to send it to, it waits, and is
    /// sent with the first plan that does; the screen says that instead.
    pub fn raise_unsafe(&self) -> Result<UnsafeView, FamilyTimeError> {
        let app = self.app();
        if app.store().raise_unsafe(chrono::Utc::now())?.is_some() {
            app.schedule_background()?;
        }
        self.unsafe_now()
    }
}
