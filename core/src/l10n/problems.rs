//! What a plan check found, in words an adult acts on: each problem's Fluent message says
//! what is wrong and its `.fix` attribute how to put it right. The files are
//! `assets/l10n-problems/<locale>/`, embedded like the child's words and read by the same
//! loader; only the worker tool, the desk and the server render them, never a child's screen.

use std::collections::BTreeMap;
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

use super::{FALLBACK, PROBLEM_FILES, WordsError, bundle};
use crate::problem::{Problem, ProblemArg};

/// Every embedded problem file: (locale, file name, contents).
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    &PROBLEM_FILES
}

/// The locales problems can be read in, e.g. `["cy", "en-GB"]`.
pub fn locales() -> Vec<&'static str> {
    let mut locales: Vec<&str> = PROBLEM_FILES.iter().map(|(locale, ..)| *locale).collect();
    locales.dedup();
    locales
}

/// Problems in English: the server's answers and developers' logs.
pub fn english() -> &'static ProblemWords {
    static ENGLISH: LazyLock<ProblemWords> =
        LazyLock::new(|| ProblemWords::new(FALLBACK).expect("the embedded en-GB problem words load (tests check)"));
    &ENGLISH
}

/// A problem with its words: what `plan check --json` prints and the server's 422 carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explained {
    pub path: String,
    pub id: String,
    pub args: BTreeMap<String, ProblemArg>,
    pub message: String,
    pub fix: String,
}

/// The words of problems in one locale.
pub struct ProblemWords {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    /// Messages missing or rendered with errors; the tests insist there are none.
    gaps: Mutex<Vec<String>>,
}

impl ProblemWords {
    /// Problem words in `locale`, an exact folder name ("en-GB", "cy").
    pub fn new(locale: &str) -> Result<ProblemWords, WordsError> {
        Ok(ProblemWords {
            locale: locale.to_owned(),
            bundle: bundle(&PROBLEM_FILES, locale, None)?,
            gaps: Mutex::default(),
        })
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The problem as a reader sees it: what is wrong and how to fix it.
    pub fn explain(&self, problem: &Problem) -> Explained {
        let mut args = FluentArgs::with_capacity(problem.args.len());
        for (name, value) in &problem.args {
            match value {
                ProblemArg::Number(number) => args.set(name.as_str(), FluentValue::from(*number)),
                ProblemArg::Text(text) => args.set(name.as_str(), FluentValue::from(text.as_str())),
            }
        }
        let message = self.bundle.get_message(&problem.id);
        if message.is_none() {
            self.gap(format!("{}: missing in {}", problem.id, self.locale));
        }
        let render = |pattern, what: &str| {
            let Some(pattern) = pattern else {
                self.gap(format!("{}: no {what} in {}", problem.id, self.locale));
                return String::new();
            };
            let mut errors = Vec::new();
            let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors).trim().to_owned();
            for error in errors {
                self.gap(format!("{}: {error}", problem.id));
            }
            text
        };
        let fix = message.as_ref().and_then(|m| m.get_attribute("fix")).map(|a| a.value());
        let said = message.as_ref().and_then(|m| m.value());
        Explained {
            path: problem.path.clone(),
            id: problem.id.clone(),
            args: problem.args.clone(),
            // An id the words lack (from a newer server, say) still says which problem it is.
            message: if message.is_some() { render(said, "message") } else { problem.id.clone() },
            fix: if message.is_some() { render(fix, ".fix") } else { String::new() },
        }
    }

    /// Messages missing or rendered with errors since these words were made.
    pub fn gaps(&self) -> Vec<String> {
        self.gaps.lock().map(|g| g.clone()).unwrap_or_default()
    }

    fn gap(&self, what: String) {
        if let Ok(mut gaps) = self.gaps.lock() {
            gaps.push(what);
        }
    }
}
