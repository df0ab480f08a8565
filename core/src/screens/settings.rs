//! Settings: the child's language, age band, word for family time, and whether
//! reminders may say who and what on the lock screen.

use serde::Serialize;

use super::choices::{self, AgeChoice, LanguageChoice, WordChoice};
use super::chrome::{Button, button};
use crate::l10n::Words;
use crate::plan::AgeBand;
use crate::store::Settings;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsView {
    pub title: String,
    pub language_heading: String,
    pub languages: Vec<LanguageChoice>,
    pub age_heading: String,
    pub ages: Vec<AgeChoice>,
    pub word_heading: String,
    pub words: Vec<WordChoice>,
    /// The label of the field for a word of their own.
    pub own_field: String,
    pub own_word: Option<String>,
    pub reminders_heading: String,
    pub reminder_details: Toggle,
    /// To the lock, the disguise and the "How was it?" reminder.
    pub privacy: Button,
}

/// A switch: what it does, what turning it on means, and whether it is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Toggle {
    pub text: String,
    pub explain: String,
    pub on: bool,
}

/// `band` is the band the screens speak in now: the child's choice, or their plan's.
pub fn settings(words: &Words, settings: &Settings, band: Option<AgeBand>) -> SettingsView {
    let word = settings.family_time_word.as_deref();
    SettingsView {
        title: words.line("settings-title", &[]),
        language_heading: words.line("settings-language-heading", &[]),
        languages: choices::languages(&settings.language),
        age_heading: words.line("settings-age-heading", &[]),
        ages: choices::age_bands(words, band),
        word_heading: words.line("settings-word-heading", &[]),
        words: choices::family_time_words(words, word),
        own_field: words.line("first-open-own-word", &[]),
        own_word: choices::own_word(words, word),
        reminders_heading: words.line("settings-reminders-heading", &[]),
        reminder_details: Toggle {
            text: words.line("settings-reminder-details", &[]),
            explain: words.line("settings-reminder-details-explain", &[]),
            on: settings.reminder_details,
        },
        privacy: button(words, "settings-privacy"),
    }
}
