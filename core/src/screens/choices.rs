//! The choices first open and settings share: language, the child's word for family
//! time, and their age band.

use serde::Serialize;

use crate::l10n::{self, Words};
use crate::plan::AgeBand;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageChoice {
    /// What `Settings.language` takes: "en-GB", "cy".
    pub language: String,
    /// The language's name in itself: "English", "Cymraeg".
    pub name: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordChoice {
    /// What `Settings.family_time_word` takes; `None` is the language's own word, which
    /// follows the language if the child changes it.
    pub word: Option<String>,
    pub text: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgeChoice {
    pub band: AgeBand,
    /// "I am 8, 9 or 10".
    pub text: String,
    pub selected: bool,
}

/// Every language the app speaks, each named in itself, so a child finds their own
/// whatever the screen is in now.
pub fn languages(chosen: &str) -> Vec<LanguageChoice> {
    l10n::locales()
        .into_iter()
        .filter_map(|locale| {
            let own = Words::new(locale, AgeBand::Older, None).ok()?;
            Some(LanguageChoice {
                language: locale.to_owned(),
                name: own.line("language-name", &[]),
                selected: locale == chosen,
            })
        })
        .collect()
}

/// The words for family time the child's band is offered, the language's own first.
/// `chosen` is their current word; one of their own making is not among these.
pub fn family_time_words(words: &Words, chosen: Option<&str>) -> Vec<WordChoice> {
    let own = WordChoice { word: None, text: words.line("family-time-word", &[]), selected: chosen.is_none() };
    let offered = ["word-choice-seeing", "word-choice-time-with"].into_iter().map(|id| {
        let text = words.fragment(id, &[]);
        WordChoice { selected: chosen == Some(text.as_str()), text: words.line(id, &[]), word: Some(text) }
    });
    std::iter::once(own).chain(offered).collect()
}

/// The child's own word, when it is not one the app offers.
pub fn own_word(words: &Words, chosen: Option<&str>) -> Option<String> {
    chosen
        .filter(|word| family_time_words(words, None).iter().all(|c| c.word.as_deref() != Some(*word)))
        .map(str::to_owned)
}

pub fn age_bands(words: &Words, chosen: Option<AgeBand>) -> Vec<AgeChoice> {
    [AgeBand::Young, AgeBand::Middle, AgeBand::Older]
        .into_iter()
        .map(|band| AgeChoice {
            band,
            text: words.line("age-band-choice", &[("choice", l10n::band_name(band).into())]),
            selected: chosen == Some(band),
        })
        .collect()
}
