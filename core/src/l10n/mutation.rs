//! Welsh initial consonant mutation, for a date or a name that follows a word which
//! mutates it: "tan ddydd Llun", "gyda Thaid", "a Thad".
//!
//! The Welsh files call it as the Fluent function `MUTATE($until, type: "soft")`
//! (also "aspirate" and "nasal"). Only words that are Welsh nouns mutate: "dydd" in a
//! date, and what children call family ("Mam", "Taid"); a first name ("Tomos", "Ceri")
//! stays as the child knows it written.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

/// Welsh nouns that come first in a date or stand as a name, lower-case.
const NOUNS: [&str; 15] = [
    "dydd",
    "mam",
    "tad",
    "dad",
    "taid",
    "nain",
    "mamgu",
    "tadcu",
    "brawd",
    "modryb",
    "cefnder",
    "cyfnither",
    "mami",
    "dadi",
    "bamps",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    Soft,
    Aspirate,
    Nasal,
}

/// `MUTATE(text, type: "soft" | "aspirate" | "nasal")`: the text with its first word
/// mutated when that word is a Welsh noun. Anything else comes back unchanged.
pub fn fluent_mutate<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let mutation = match named.get("type") {
        Some(FluentValue::String(kind)) if kind == "aspirate" => Mutation::Aspirate,
        Some(FluentValue::String(kind)) if kind == "nasal" => Mutation::Nasal,
        _ => Mutation::Soft,
    };
    match positional.first() {
        Some(FluentValue::String(text)) => FluentValue::String(Cow::Owned(mutate(text, mutation))),
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

/// `text` with its first word mutated, if that word is a Welsh noun; capitals kept.
pub fn mutate(text: &str, mutation: Mutation) -> String {
    let first = text.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    if !NOUNS.contains(&first.to_lowercase().as_str()) {
        return text.to_owned();
    }
    let lower = text.to_lowercase();
    // Digraphs first: "ll" and "rh" are letters of their own; "ch", "ph", "th" never mutate.
    let rules: &[(&str, &str)] = match mutation {
        Mutation::Soft => &[
            ("ch", "ch"),
            ("ph", "ph"),
            ("th", "th"),
            ("ll", "l"),
            ("rh", "r"),
            ("p", "b"),
            ("t", "d"),
            ("c", "g"),
            ("b", "f"),
            ("d", "dd"),
            ("g", ""),
            ("m", "f"),
        ],
        Mutation::Aspirate => &[("ch", "ch"), ("ph", "ph"), ("th", "th"), ("p", "ph"), ("t", "th"), ("c", "ch")],
        Mutation::Nasal => &[
            ("ch", "ch"),
            ("ph", "ph"),
            ("th", "th"),
            ("p", "mh"),
            ("t", "nh"),
            ("c", "ngh"),
            ("b", "m"),
            ("d", "n"),
            ("g", "ng"),
        ],
    };
    let Some((from, to)) = rules.iter().find(|(from, _)| lower.starts_with(from)) else {
        return text.to_owned();
    };
    let rest = &text[from.len()..];
    let capital = text.starts_with(char::is_uppercase);
    match (capital, to.is_empty()) {
        // "Gwen" after a soft mutation loses its "g": the next letter takes the capital.
        (true, true) => crate::l10n::capitalise(rest.to_owned()),
        (true, false) => crate::l10n::capitalise((*to).to_owned()) + rest,
        (false, _) => (*to).to_owned() + rest,
    }
}

#[cfg(test)]
mod tests {
    use super::{Mutation::*, mutate};

    #[test]
    fn dates_and_family_words_mutate_and_first_names_do_not() {
        assert_eq!(mutate("dydd Llun 3 Mai", Soft), "ddydd Llun 3 Mai");
        assert_eq!(mutate("Taid", Aspirate), "Thaid");
        assert_eq!(mutate("Tad", Soft), "Dad");
        assert_eq!(mutate("Mam a Taid", Soft), "Fam a Taid");
        assert_eq!(mutate("Mam", Aspirate), "Mam");
        assert_eq!(mutate("Tad", Nasal), "Nhad");
        assert_eq!(mutate("Tomos", Soft), "Tomos");
        assert_eq!(mutate("Sam", Aspirate), "Sam");
        assert_eq!(mutate("14:00", Soft), "14:00");
    }
}
