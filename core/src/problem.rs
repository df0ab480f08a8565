//! A problem found in a plan: where it is, which problem it is, and the values its words
//! need. The words themselves are Fluent messages (`assets/l10n-problems/`), rendered in
//! the reader's language by [`crate::l10n::problems`].
//!
//! Nothing here is the plan's own text. A path is built from the format's field names and
//! list positions; an argument is a number, a limit, a field or rule-part name, a date the
//! checker read, or one of the plan's ids once it has passed the id rule. A refused plan
//! may hold an address, and problems end up in logs and in the server's answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// JSON Pointer to the value at fault ("" for the whole file).
    pub path: String,
    /// The Fluent message that says what is wrong; its `.fix` says how to put it right.
    pub id: String,
    /// The values the message's words use, by variable name.
    #[serde(default)]
    pub args: BTreeMap<String, ProblemArg>,
}

/// A value a problem's words use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ProblemArg {
    Number(i64),
    Text(String),
}

impl Problem {
    pub fn new(path: impl Into<String>, id: &'static str) -> Problem {
        Problem { path: path.into(), id: id.to_owned(), args: BTreeMap::new() }
    }

    /// The problem with one more value for its words.
    pub fn with(mut self, name: &'static str, value: impl Into<ProblemArg>) -> Problem {
        self.args.insert(name.to_owned(), value.into());
        self
    }
}

impl From<i64> for ProblemArg {
    fn from(number: i64) -> Self {
        ProblemArg::Number(number)
    }
}

impl From<u32> for ProblemArg {
    fn from(number: u32) -> Self {
        ProblemArg::Number(number.into())
    }
}

impl From<usize> for ProblemArg {
    fn from(number: usize) -> Self {
        ProblemArg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<&str> for ProblemArg {
    fn from(text: &str) -> Self {
        ProblemArg::Text(text.to_owned())
    }
}

impl From<String> for ProblemArg {
    fn from(text: String) -> Self {
        ProblemArg::Text(text)
    }
}

/// In English, for logs and developers' errors; people read problems in their language.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = crate::l10n::problems::english().explain(self);
        let at = if self.path.is_empty() { "(file)" } else { &self.path };
        write!(f, "{at}: {}. Fix: {}", said.message, said.fix)
    }
}

/// Why a plan was refused: every problem found, grouped by the check that found it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan was refused: {}", problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("; "))]
pub struct PlanRejected {
    pub problems: Vec<Problem>,
}
