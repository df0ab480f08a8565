//! Spotting text that could lead someone to the child.
//!
//! The child's address, school and the placement's area must never be stored or sent
//! (Camden guidance §10-11). Plans describe places ("the family centre") and name people
//! by first name or relationship. These checks catch the common ways an address slips
//! into free text; they are deliberately cautious, and the refusal says how to rephrase.

use std::sync::LazyLock;

use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocatingDetail {
    Postcode,
    StreetAddress,
    FlatOrHouse,
    PhoneNumber,
    EmailAddress,
    WebAddress,
}

impl LocatingDetail {
    /// The kind's name in problems' words, which choose how to say it.
    pub fn key(self) -> &'static str {
        match self {
            LocatingDetail::Postcode => "postcode",
            LocatingDetail::StreetAddress => "street",
            LocatingDetail::FlatOrHouse => "flat",
            LocatingDetail::PhoneNumber => "phone",
            LocatingDetail::EmailAddress => "email",
            LocatingDetail::WebAddress => "web",
        }
    }
}

const STREET_WORDS: &str = "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|crescent|grove|\
    place|terrace|gardens|square|mews|row|walk|rise|parade|hill|heol|ffordd|stryd|lôn|lon|cilgant|rhodfa";

/// Street words that are seldom anything else, so "12 acacia road" counts in lower
/// case too, unless the word between is an article ("at 3 the road is busy").
static LOWER_CASE_STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[0-9]+[a-z]?,?\s+([\p{L}'’-]+)\s+(?:road|street|avenue|lane|drive|crescent|terrace)\b")
        .expect("pattern compiles")
});
const NOT_STREET_NAMES: &[&str] = &["the", "a", "an", "my", "your", "this", "that", "y", "yr"];

static PATTERNS: LazyLock<Vec<(LocatingDetail, Regex)>> = LazyLock::new(|| {
    let compile = |pattern: &str| Regex::new(pattern).expect("pattern compiles");
    vec![
        // Full UK postcodes: "SE15 4QT", "cf10 1aa", "M1 1AE".
        (LocatingDetail::Postcode, compile(r"(?i)\b[a-z]{1,2}[0-9][a-z0-9]?\s*[0-9][abd-hjlnp-uw-z]{2}\b")),
        // A number before a street name: "12 Acacia Road", "3a, High St".
        (
            LocatingDetail::StreetAddress,
            compile(&format!(r"\b[0-9]+[a-zA-Z]?,?\s+(?:\p{{Lu}}[\p{{L}}'’.-]*\s+){{1,3}}(?i:{STREET_WORDS})\b")),
        ),
        // A capitalised name before a street word: "on Acacia Road", "Heol Eglwys".
        (
            LocatingDetail::StreetAddress,
            compile(
                r"\b\p{Lu}[\p{L}'’-]+\s+(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Terrace|Gardens|Mews|Grove)\b",
            ),
        ),
        (LocatingDetail::StreetAddress, compile(r"\b(?:Heol|Ffordd|Stryd|Lôn|Cilgant|Rhodfa)\s+(?:yr?\s+)?\p{Lu}")),
        (
            LocatingDetail::FlatOrHouse,
            compile(r"(?i)\b(?:flat|apartment|apt|house number|fflat)\s*(?:no\.?\s*)?[0-9]+"),
        ),
        (LocatingDetail::PhoneNumber, compile(r"(?:\+44\s?|\b0)[0-9](?:[\s-]?[0-9]){8,9}\b")),
        (LocatingDetail::EmailAddress, compile(r"\b[^\s@]+@[^\s@]+\.[^\s@]+\b")),
        (LocatingDetail::WebAddress, compile(r"(?i)\b(?:https?://|www\.)\S+")),
    ]
});

/// The first kind of locating detail found in `text`, if any.
pub fn find_locating_detail(text: &str) -> Option<LocatingDetail> {
    let found = PATTERNS.iter().find(|(_, pattern)| pattern.is_match(text)).map(|(kind, _)| *kind);
    found.or_else(|| {
        LOWER_CASE_STREET
            .captures_iter(text)
            .any(|c| !NOT_STREET_NAMES.contains(&c[1].to_lowercase().as_str()))
            .then_some(LocatingDetail::StreetAddress)
    })
}

/// Emoji and the joiners, skin tones, flags' letters and tags that build one emoji.
static EMOJI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\x{200D}\x{FE0F}\x{E0020}-\x{E007F}])+$",
    )
    .expect("pattern compiles")
});
/// Enough for the longest single emoji (a family of four joined with skin tones).
const MAX_EMOJI_CHARS: usize = 16;

/// Whether a picture's `emoji` is emoji and nothing else: the child is shown it, so it
/// must not carry words, numbers or an address.
pub fn is_emoji(text: &str) -> bool {
    text.chars().count() <= MAX_EMOJI_CHARS
        && EMOJI.is_match(text)
        && text.chars().any(|c| !matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{E0020}'..='\u{E007F}'))
}

/// Words that may stand before a first name in what a child calls someone
/// ("Uncle Dave", "Nain Mair"), so two words are not taken for a surname.
const TITLES: &[&str] = &[
    "mum",
    "mam",
    "mummy",
    "dad",
    "daddy",
    "nan",
    "nana",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "grandmother",
    "grandfather",
    "nain",
    "taid",
    "mamgu",
    "tadcu",
    "auntie",
    "aunty",
    "aunt",
    "uncle",
    "anti",
    "yncl",
    "modryb",
    "ewythr",
    "big",
    "little",
    "baby",
    "cousin",
    "brother",
    "sister",
];

/// The longest display name a plan may give someone.
pub const MAX_NAME_CHARS: usize = 30;

/// Why a display name is not a first name or what the child calls someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// Characters other than letters, hyphens and apostrophes.
    NotLetters,
    /// Two words that are not a title and a name: a full name.
    FullName,
}

/// Why a display name is not a first name or a relationship, if it is not.
pub fn name_problem(name: &str) -> Option<NameProblem> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_word = |w: &str| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    if words.is_empty() {
        return Some(NameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Some(NameProblem::TooLong);
    }
    if !words.iter().all(|w| is_word(w)) {
        return Some(NameProblem::NotLetters);
    }
    match words.as_slice() {
        [_] => None,
        [title, _] if TITLES.contains(&title.to_lowercase().as_str()) => None,
        _ => Some(NameProblem::FullName),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_in_the_ways_workers_write_them() {
        for (text, kind) in [
            ("meet at the centre, SE15 4QT", LocatingDetail::Postcode),
            ("near cf10 1aa", LocatingDetail::Postcode),
            ("12 Acacia Road", LocatingDetail::StreetAddress),
            ("3a, High St", LocatingDetail::StreetAddress),
            ("12 acacia road", LocatingDetail::StreetAddress),
            ("the house on Heol y Dŵr", LocatingDetail::StreetAddress),
            ("Ffordd yr Orsaf", LocatingDetail::StreetAddress),
            ("the café on Mill Lane", LocatingDetail::StreetAddress),
            ("the flat on Heol Eglwys", LocatingDetail::StreetAddress),
            ("Flat 4", LocatingDetail::FlatOrHouse),
            ("call 07700 900123", LocatingDetail::PhoneNumber),
            ("ring +44 20 7946 0958", LocatingDetail::PhoneNumber),
            ("email jo@example.org", LocatingDetail::EmailAddress),
            ("see www.example.org/centre", LocatingDetail::WebAddress),
        ] {
            assert_eq!(find_locating_detail(text), Some(kind), "{text}");
        }
    }

    #[test]
    fn leaves_ordinary_descriptions_alone() {
        for text in [
            "the family centre with the big garden",
            "the park, then the café",
            "every other Saturday at 10am for 2 hours",
            "Mum and Sam will be there, and a worker stays in the room",
            "bowling, then tea at the café",
            "the road to the seaside",
            "3 times a week",
            "for 2 hours then a walk in the park",
            "After 3 the centre will close",
            "2 hours in the gardens",
            "at 3 the road is busy",
            "Mae 2 awr yn ffordd dda o dreulio amser",
        ] {
            assert_eq!(find_locating_detail(text), None, "{text}");
        }
    }

    #[test]
    fn a_picture_is_emoji_only() {
        for ok in ["🐶", "👵🏽", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "🇬🇧", "❤️"]
        {
            assert!(is_emoji(ok), "{ok}");
        }
        for not in
            ["4 Privet Drive, SW1A 1AA", "", "🐶 dog", "1", "\u{200D}", "🐶\u{0}", "🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶🐶"]
        {
            assert!(!is_emoji(not), "{not:?}");
        }
    }

    #[test]
    fn names_are_first_names_or_what_the_child_calls_someone() {
        for ok in ["Mum", "Sam", "Nan", "Uncle Dave", "Nain Mair", "Mary-Jane", "Biscuit"] {
            assert_eq!(name_problem(ok), None, "{ok}");
        }
        assert!(name_problem("Dave Smith").is_some());
        assert!(name_problem("Sam 2").is_some());
        assert!(name_problem("  ").is_some());
    }
}
