//! First open and settings: the child's language, code, word for family time and age
//! band. All of it works before the phone has joined the council's server.

use familytime_core::plan::AgeBand;
use familytime_core::screens::{
    self, AgeChoice, AgeStep, Button, CodeProblemView, CodeStep, FirstOpenView, LanguageChoice, LanguageStep,
    SettingsView, Toggle, WordChoice, WordStep,
};
use familytime_core::sync::{self, CodeProblem, SyncError};

use crate::app::FamilyTime;
use crate::error::FamilyTimeError;

#[uniffi::remote(Record)]
pub struct LanguageChoice {
    pub language: String,
    pub name: String,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct WordChoice {
    pub word: Option<String>,
    pub text: String,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct AgeChoice {
    pub band: AgeBand,
    pub text: String,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct LanguageStep {
    pub progress: String,
    pub title: String,
    pub choices: Vec<LanguageChoice>,
    pub next: Button,
}

#[uniffi::remote(Record)]
pub struct CodeStep {
    pub progress: String,
    pub title: String,
    pub explain: String,
    pub field: String,
    pub join: Button,
    pub checking: String,
    pub joined: String,
}

#[uniffi::remote(Record)]
pub struct WordStep {
    pub progress: String,
    pub title: String,
    pub explain: String,
    pub choices: Vec<WordChoice>,
    pub own_field: String,
    pub own_word: Option<String>,
    pub next: Button,
}

#[uniffi::remote(Record)]
pub struct AgeStep {
    pub progress: String,
    pub title: String,
    pub explain: String,
    pub choices: Vec<AgeChoice>,
    pub done: Button,
}

#[uniffi::remote(Record)]
pub struct FirstOpenView {
    pub language: LanguageStep,
    pub code: CodeStep,
    pub word: WordStep,
    pub age: AgeStep,
}

#[uniffi::remote(Enum)]
pub enum CodeProblem {
    Empty,
    Wrong,
    Used,
    Expired,
    Offline,
    Failed,
}

#[uniffi::remote(Record)]
pub struct CodeProblemView {
    pub problem: CodeProblem,
    pub text: String,
    pub what_to_do: String,
}

/// What a typed code did.
#[derive(uniffi::Enum)]
pub enum CodeOutcome {
    /// The phone joined the council's server; call `sync()` to fetch the plan.
    Joined,
    /// It did not, and the child is told why and what to do; nothing was stored.
    Problem { view: CodeProblemView },
}

#[uniffi::remote(Record)]
pub struct Toggle {
    pub text: String,
    pub explain: String,
    pub on: bool,
}

#[uniffi::remote(Record)]
pub struct SettingsView {
    pub title: String,
    pub language_heading: String,
    pub languages: Vec<LanguageChoice>,
    pub age_heading: String,
    pub ages: Vec<AgeChoice>,
    pub word_heading: String,
    pub words: Vec<WordChoice>,
    pub own_field: String,
    pub own_word: Option<String>,
    pub reminders_heading: String,
    pub reminder_details: Toggle,
    pub privacy: Button,
}

#[uniffi::export]
impl FamilyTime {
    /// The first-open steps, in the language chosen so far, with the child's choices
    /// (and, once a plan has arrived, its age band) selected. Needs no plan.
    pub fn first_open(&self) -> Result<FirstOpenView, FamilyTimeError> {
        let app = self.app();
        let settings = app.settings();
        app.planless(|words, plan, _| {
            let band = app.band(plan);
            Ok(screens::first_open(words, &settings.language, settings.family_time_word.as_deref(), band))
        })
    }

    /// Joins the council's server at `server` with the code the child typed (spaces,
    /// dashes and small letters are forgiven). A wrong, used or expired code, or no
    /// network, is a `Problem` in the child's words; only what the shell must act on
    /// (storage full, the key store failing) is thrown.
    pub async fn enter_code(&self, server: String, code: String) -> Result<CodeOutcome, FamilyTimeError> {
        let code = sync::tidy_code(&code);
        let app = self.app().clone();
        let outcome = if code.is_empty() {
            Err(CodeProblem::Empty)
        } else {
            match self.run(async move { Ok(app.join(server, code).await) }).await? {
                Ok(()) => Ok(()),
                // The phone's own storage failing is for the shell to act on, not a code problem.
                Err(SyncError::Store(e)) => return Err(e.into()),
                Err(e) => Err(CodeProblem::of(&e)),
            }
        };
        match outcome {
            Ok(()) => {
                self.app().schedule_background()?;
                Ok(CodeOutcome::Joined)
            }
            Err(problem) => {
                let view = self.app().planless(|words, _, _| Ok(screens::code_problem(words, problem)))?;
                Ok(CodeOutcome::Problem { view })
            }
        }
    }

    /// The settings screen; change them with `set_settings`.
    pub fn settings_screen(&self) -> Result<SettingsView, FamilyTimeError> {
        let app = self.app();
        let settings = app.settings();
        app.planless(|words, plan, _| Ok(screens::settings(words, &settings, app.band(plan))))
    }
}
