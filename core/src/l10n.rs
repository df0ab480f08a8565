//! The app's words: Fluent messages per locale, rendered for one child's age band and
//! their own word for family time.
//!
//! Locales are data: every folder under `assets/l10n/` is embedded at build time.
//! A message missing from the child's locale falls back to en-GB as a last resort and
//! is recorded, so tests can insist that nothing ever falls back.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::plan::AgeBand;

mod mutation;
pub mod problems;

include!(concat!(env!("OUT_DIR"), "/l10n/files.rs"));

/// An embedded Fluent file: (locale, file name, contents).
type File = (&'static str, &'static str, &'static str);

/// The child's words, inflated the first time any are needed. build.rs keeps the files
/// deflated in the library, a quarter of their size in what each phone downloads.
static FILES: LazyLock<Vec<File>> = LazyLock::new(|| inflate(DEFLATED_FILES));
/// What a plan check found, for adults (`problems`), kept the same way.
static PROBLEM_FILES: LazyLock<Vec<File>> = LazyLock::new(|| inflate(DEFLATED_PROBLEM_FILES));

fn inflate(files: &[(&'static str, &'static str, &'static [u8])]) -> Vec<File> {
    let text = |deflated: &[u8]| {
        let bytes = miniz_oxide::inflate::decompress_to_vec(deflated).expect("build.rs deflated it");
        String::from_utf8(bytes).expect("build.rs read it as UTF-8")
    };
    // Kept for the life of the process, as the words were when they were embedded as text.
    files.iter().map(|(locale, file, deflated)| (*locale, *file, &*text(deflated).leak())).collect()
}

/// The locale every other falls back to, message by message.
pub const FALLBACK: &str = "en-GB";
/// A pseudo-locale: en-GB accented and lengthened, to show any word not from Fluent.
pub const PSEUDO: &str = "en-XA";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WordsError {
    #[error("there are no words for the language \"{locale}\"; the app has: {available}")]
    UnknownLocale { locale: String, available: String },
    #[error("the word file {locale}/{file} is broken: {detail}")]
    BrokenFile { locale: String, file: String, detail: String },
}

/// Every embedded Fluent file: (locale, file name, contents).
pub fn files() -> &'static [File] {
    &FILES
}

/// The locales the app can speak, e.g. `["cy", "en-GB"]`.
pub fn locales() -> Vec<&'static str> {
    let mut locales: Vec<&str> = FILES.iter().map(|(locale, ..)| *locale).collect();
    locales.dedup();
    locales
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number)
    }
}

impl From<bool> for Arg<'_> {
    /// Yes/no variables are selectors: `{ $me -> [yes] … *[no] … }`.
    fn from(yes: bool) -> Self {
        Arg::Text(Cow::Borrowed(if yes { "yes" } else { "no" }))
    }
}

/// Words for one child: a locale, an age band and their word for family time.
pub struct Words {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
    band: AgeBand,
    family_time_word: String,
    /// Messages that fell back to en-GB or did not format cleanly.
    gaps: Mutex<Vec<String>>,
    /// For tests: each message used and the variables it was given.
    usage: Option<Mutex<BTreeMap<String, BTreeSet<String>>>>,
}

impl Words {
    /// Words in `locale` (an exact folder name, e.g. "cy" or "en-GB"). `family_time_word`
    /// is the child's own word; without one, the locale's `family-time-word`.
    pub fn new(locale: &str, band: AgeBand, family_time_word: Option<&str>) -> Result<Words, WordsError> {
        let own = bundle(&FILES, locale, None)?;
        let fallback = if locale == FALLBACK { None } else { Some(bundle(&FILES, FALLBACK, None)?) };
        Ok(Words::assemble(locale, own, fallback, band, family_time_word))
    }

    /// The pseudo-locale: en-GB with every piece of text Fluent writes passed through
    /// `transform` (the tests' accenting one, from `fluent-pseudo`), so a test can see
    /// any text that did not come from Fluent. The transform is the caller's so that the
    /// phone's library carries no pseudo-locale code (docs/decisions.md, 97).
    pub fn pseudo(band: AgeBand, family_time_word: Option<&str>, transform: Transform) -> Result<Words, WordsError> {
        let pseudo = bundle(&FILES, FALLBACK, Some(transform))?;
        Ok(Words::assemble(PSEUDO, pseudo, None, band, family_time_word))
    }

    fn assemble(
        locale: &str,
        bundle: FluentBundle<FluentResource>,
        fallback: Option<FluentBundle<FluentResource>>,
        band: AgeBand,
        family_time_word: Option<&str>,
    ) -> Words {
        let mut words = Words {
            locale: locale.to_owned(),
            bundle,
            fallback,
            band,
            family_time_word: String::new(),
            gaps: Mutex::new(Vec::new()),
            usage: None,
        };
        words.family_time_word = match family_time_word.map(str::trim).filter(|w| !w.is_empty()) {
            Some(word) => word.to_owned(),
            None => words.fragment("family-time-word", &[]),
        };
        words
    }

    /// These words, also noting each message used and the variables passed to it, so
    /// tests can check that every message uses everything it is given.
    pub fn noting_usage(mut self) -> Words {
        self.usage = Some(Mutex::new(BTreeMap::new()));
        self
    }

    /// Each message used since [`Words::noting_usage`], with the variables it was given.
    pub fn usage(&self) -> BTreeMap<String, BTreeSet<String>> {
        self.usage.as_ref().and_then(|u| u.lock().ok().map(|u| u.clone())).unwrap_or_default()
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn band(&self) -> AgeBand {
        self.band
    }

    /// A message as a sentence or title: its first letter in capitals.
    pub fn line(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        capitalise(self.fragment(id, args))
    }

    /// A message as it is written, for building into other messages.
    pub fn fragment(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        if let Some(mut usage) = self.usage.as_ref().and_then(|u| u.lock().ok()) {
            usage.entry(id.to_owned()).or_default().extend(args.iter().map(|(name, _)| (*name).to_owned()));
        }
        let mut fluent_args = FluentArgs::with_capacity(args.len() + 2);
        fluent_args.set("band", band_name(self.band));
        fluent_args.set("ftword", self.family_time_word.as_str());
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        let found = self.bundle.get_message(id).and_then(|m| m.value()).map(|p| (&self.bundle, p));
        let found = found.or_else(|| {
            self.gap(format!("{id}: missing in {}", self.locale));
            let fallback = self.fallback.as_ref()?;
            fallback.get_message(id).and_then(|m| m.value()).map(|p| (fallback, p))
        });
        let Some((bundle, pattern)) = found else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        // Trimmed: an empty optional part (a status, say) must not leave a trailing space.
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).trim().to_owned();
        for error in errors {
            self.gap(format!("{id}: {error}"));
        }
        text
    }

    /// Messages that fell back to en-GB or formatted with errors since these words were
    /// made. Empty in a healthy build; the tests insist on it.
    pub fn gaps(&self) -> Vec<String> {
        self.gaps.lock().map(|g| g.clone()).unwrap_or_default()
    }

    fn gap(&self, what: String) {
        if let Ok(mut gaps) = self.gaps.lock() {
            gaps.push(what);
        }
    }
}

/// The text with its first letter in capitals, for a fragment that starts a line.
pub fn capitalise(text: String) -> String {
    match text.chars().next() {
        Some(first) if !first.is_uppercase() => {
            let mut out = String::with_capacity(text.len() + 2);
            out.extend(first.to_uppercase());
            out.push_str(&text[first.len_utf8()..]);
            out
        }
        _ => text,
    }
}

/// The `$band` selector value for each age band.
pub fn band_name(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Young => "young",
        AgeBand::Middle => "middle",
        AgeBand::Older => "older",
    }
}

/// Words from other Fluent files (the desk's), read as the app's are: `locale`'s files among
/// `files` (locale, file name, contents), with the same functions and no isolation marks.
pub fn adult_bundle(files: &[(&str, &str, &str)], locale: &str) -> Result<FluentBundle<FluentResource>, WordsError> {
    bundle(files, locale, None)
}

/// What the pseudo-locale does to each piece of text Fluent writes.
pub type Transform = fn(&str) -> Cow<'_, str>;

/// The bundle of `locale`'s files among `files` (the child's words or the problems').
fn bundle(
    files: &[(&str, &str, &str)],
    locale: &str,
    transform: Option<Transform>,
) -> Result<FluentBundle<FluentResource>, WordsError> {
    let unknown = || {
        let mut available: Vec<&str> = files.iter().map(|(locale, ..)| *locale).collect();
        available.sort_unstable();
        available.dedup();
        WordsError::UnknownLocale { locale: locale.to_owned(), available: available.join(", ") }
    };
    let language: LanguageIdentifier = locale.parse().map_err(|_| unknown())?;
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Isolation marks protect right-to-left text; every locale here is left-to-right
    // and screen readers can stumble on the marks, so they are off.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    let broken = |file: &str, detail: String| WordsError::BrokenFile {
        locale: locale.to_owned(),
        file: file.to_owned(),
        detail,
    };
    // Without the built-ins a NUMBER() selector silently takes the default variant.
    bundle.add_builtins().map_err(|e| broken("(built-ins)", e.to_string()))?;
    bundle.add_function("MUTATE", mutation::fluent_mutate).map_err(|e| broken("(MUTATE)", e.to_string()))?;
    let mut found = false;
    for (_, file, text) in files.iter().filter(|(l, ..)| *l == locale) {
        found = true;
        let resource =
            FluentResource::try_new((*text).to_owned()).map_err(|(_, errors)| broken(file, format!("{errors:?}")))?;
        bundle.add_resource(resource).map_err(|errors| broken(file, format!("{errors:?}")))?;
    }
    if found { Ok(bundle) } else { Err(unknown()) }
}
