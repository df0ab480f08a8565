//! The words adults read at the desk and from the worker tool: Fluent files in
//! `assets/l10n-desk/<locale>/`, without age bands (adults have none), and a plan's
//! problems in the same language (the core's `assets/l10n-problems`).

use familytime_core::l10n::problems::{Explained, ProblemWords};
use familytime_core::l10n::{self, WordsError};
use familytime_core::validate::Problem;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// (locale, file name, contents) of the desk's Fluent files.
pub const FILES: [(&str, &str, &str); 2] = [
    ("en-GB", "desk.ftl", include_str!("../../../assets/l10n-desk/en-GB/desk.ftl")),
    ("cy", "desk.ftl", include_str!("../../../assets/l10n-desk/cy/desk.ftl")),
];

pub struct DeskWords {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    problems: ProblemWords,
}

impl DeskWords {
    /// The desk's words in `locale`, read by the core's loader, with the problems of a
    /// plan in the same language.
    pub fn new(locale: &str) -> Result<DeskWords, WordsError> {
        let bundle = l10n::adult_bundle(&FILES, locale)?;
        Ok(DeskWords { locale: locale.to_owned(), bundle, problems: ProblemWords::new(locale)? })
    }

    pub fn locale(&self) -> &str {
        &self.locale
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
        let (.., text) = FILES.iter().find(|(l, ..)| *l == self.locale).expect("a known locale");
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
