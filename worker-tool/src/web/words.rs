//! The words adults read at the desk and from the worker tool: Fluent files in
//! `assets/l10n-desk/<locale>/`, without age bands (adults have none), and a plan's
//! problems in the same language (the core's `assets/l10n-problems`).

use familytime_core::l10n::WordsError;
use familytime_core::l10n::problems::{Explained, ProblemWords};
use familytime_core::validate::Problem;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// (locale, the desk's Fluent file).
pub const FILES: [(&str, &str); 2] = [
    ("en-GB", include_str!("../../../assets/l10n-desk/en-GB/desk.ftl")),
    ("cy", include_str!("../../../assets/l10n-desk/cy/desk.ftl")),
];

#[derive(Debug, thiserror::Error)]
pub enum DeskWordsError {
    #[error("there are no words for the language \"{0}\"; use en-GB or cy")]
    UnknownLocale(String),
    #[error("the desk's word file for {0} is broken: {1}")]
    Broken(&'static str, String),
    #[error(transparent)]
    Problems(#[from] WordsError),
}

pub struct DeskWords {
    locale: &'static str,
    bundle: FluentBundle<FluentResource>,
    problems: ProblemWords,
}

impl DeskWords {
    pub fn new(locale: &str) -> Result<DeskWords, DeskWordsError> {
        let (locale, text) =
            FILES.iter().find(|(l, _)| *l == locale).ok_or_else(|| DeskWordsError::UnknownLocale(locale.to_owned()))?;
        let broken = |detail: String| DeskWordsError::Broken(locale, detail);
        let id: LanguageIdentifier = locale.parse().map_err(|e| broken(format!("{e}")))?;
        let resource = FluentResource::try_new((*text).to_owned()).map_err(|(_, e)| broken(format!("{e:?}")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Words are compared in tests and put into HTML whole; no isolation marks.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).map_err(|e| broken(format!("{e:?}")))?;
        Ok(DeskWords { locale, bundle, problems: ProblemWords::new(locale)? })
    }

    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Message `id` with no variables.
    pub fn t(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Message `id` with its variables; numbers select plural forms.
    pub fn with(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing id is caught by the tests; the page still shows where it goes.
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Value::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
                Value::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// Every message id in this locale, to compare locales in tests.
    pub fn ids(&self) -> Vec<String> {
        let (_, text) = FILES.iter().find(|(l, _)| *l == self.locale).expect("a known locale");
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(resource, _)| resource);
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A plan's problem in this language: what is wrong and how to fix it.
    pub fn explain(&self, problem: &Problem) -> Explained {
        self.problems.explain(problem)
    }

    /// Problems whose words were missing or broken; the tests insist there are none.
    pub fn problem_gaps(&self) -> Vec<String> {
        self.problems.gaps()
    }
}

pub enum Value<'a> {
    Text(&'a str),
    Number(i64),
}
