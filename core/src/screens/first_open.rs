//! The first time the app opens: the child chooses their language, types the code their
//! social worker gave them, chooses their word for family time and checks their age.
//! Every step works before the phone has joined anything; "I feel unsafe" is there too
//! (`chrome`).

use serde::Serialize;

use super::choices::{self, AgeChoice, LanguageChoice, WordChoice};
use super::chrome::{Button, button};
use crate::explain;
use crate::l10n::Words;
use crate::plan::AgeBand;
use crate::sync::CodeProblem;

const STEPS: i64 = 4;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FirstOpenView {
    pub language: LanguageStep,
    pub code: CodeStep,
    pub word: WordStep,
    pub age: AgeStep,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageStep {
    /// "Step 1 of 4".
    pub progress: String,
    pub title: String,
    pub choices: Vec<LanguageChoice>,
    pub next: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeStep {
    pub progress: String,
    pub title: String,
    /// Where the code comes from, and that it is used once.
    pub explain: String,
    /// The text field's label.
    pub field: String,
    pub join: Button,
    /// While the code is being checked.
    pub checking: String,
    /// Once it worked.
    pub joined: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordStep {
    pub progress: String,
    pub title: String,
    pub explain: String,
    pub choices: Vec<WordChoice>,
    /// The label of the field for a word of their own.
    pub own_field: String,
    /// Their own word, when it is not one of the choices.
    pub own_word: Option<String>,
    pub next: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgeStep {
    pub progress: String,
    pub title: String,
    pub explain: String,
    pub choices: Vec<AgeChoice>,
    pub done: Button,
}

/// A code that did not work, in the child's words, with what to do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeProblemView {
    pub problem: CodeProblem,
    pub text: String,
    pub what_to_do: String,
}

/// The first-open steps in `words`, with the child's choices so far selected.
pub fn first_open(
    words: &Words,
    language: &str,
    family_time_word: Option<&str>,
    age_band: Option<AgeBand>,
) -> FirstOpenView {
    let progress = |step: i64| words.line("first-open-progress", &[("step", step.into()), ("steps", STEPS.into())]);
    FirstOpenView {
        language: LanguageStep {
            progress: progress(1),
            title: words.line("first-open-language-title", &[]),
            choices: choices::languages(language),
            next: button(words, "first-open-next"),
        },
        code: CodeStep {
            progress: progress(2),
            title: words.line("first-open-code-title", &[]),
            explain: words.line("first-open-code-explain", &[]),
            field: words.line("first-open-code-field", &[]),
            join: button(words, "first-open-join"),
            checking: words.line("first-open-code-checking", &[]),
            joined: words.line("first-open-code-joined", &[]),
        },
        word: WordStep {
            progress: progress(3),
            title: words.line("first-open-word-title", &[]),
            explain: words.line("first-open-word-explain", &[]),
            choices: choices::family_time_words(words, family_time_word),
            own_field: words.line("first-open-own-word", &[]),
            own_word: choices::own_word(words, family_time_word),
            next: button(words, "first-open-next"),
        },
        age: AgeStep {
            progress: progress(4),
            title: words.line("first-open-age-title", &[]),
            explain: words.line("first-open-age-explain", &[]),
            choices: choices::age_bands(words, age_band),
            done: button(words, "first-open-done"),
        },
    }
}

pub fn code_problem(words: &Words, problem: CodeProblem) -> CodeProblemView {
    let id = format!("code-{}", explain::name(problem));
    CodeProblemView { problem, text: words.line(&id, &[]), what_to_do: words.line(&format!("{id}-what-to-do"), &[]) }
}
