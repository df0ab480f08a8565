//! The words an iPhone shows before any of the app's code runs are the core's. iOS reads
//! the name under the icon and Face ID's reason for asking from `InfoPlist.strings`, one
//! per language (`ios/FamilyTime/<language>.lproj/`), and falls back to the Info.plist
//! that `ios/project.yml` writes, which has the English ones.
//!
//! `FAMILYTIME_RECORD=1 cargo test -p familytime-core --test phone_words` writes the
//! strings files from the words after a change to them.

use std::fs;
use std::path::{Path, PathBuf};

use familytime_core::l10n::{self, Words};
use familytime_core::plan::AgeBand;

/// Each Info.plist key iOS shows a person, and the message that is its text. Neither has
/// a variant per age band: iOS shows one text whoever holds the phone.
const KEYS: [(&str, &str); 2] =
    [("CFBundleDisplayName", "disguise-family-time"), ("NSFaceIDUsageDescription", "privacy-biometrics-explain")];

fn ios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ios")
}

fn words(locale: &str) -> Words {
    Words::new(locale, AgeBand::Middle, None).expect("the app's words load")
}

/// `InfoPlist.strings` for `locale`: each key with its words, quoted as .strings quotes.
fn strings(locale: &str) -> String {
    let words = words(locale);
    let mut file = format!("/* Written from assets/l10n/{locale} by core/tests/phone_words.rs; do not edit. */\n");
    for (key, message) in KEYS {
        let text = words.line(message, &[]).replace('\\', "\\\\").replace('"', "\\\"");
        file.push_str(&format!("\"{key}\" = \"{text}\";\n"));
    }
    file
}

#[test]
fn each_language_s_info_plist_strings_are_the_core_s_words() {
    let recording = std::env::var_os("FAMILYTIME_RECORD").is_some_and(|v| v == "1");
    let locales = l10n::locales();
    assert!(locales.contains(&"cy") && locales.contains(&"en-GB"), "the app speaks Welsh and English: {locales:?}");
    for locale in locales {
        let path = ios().join(format!("FamilyTime/{locale}.lproj/InfoPlist.strings"));
        let expected = strings(locale);
        if recording {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, &expected).unwrap();
        }
        let found = fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            found,
            expected,
            "{} is not the core's words; write it with FAMILYTIME_RECORD=1 cargo test -p familytime-core --test phone_words",
            path.display()
        );
    }
}

#[test]
fn the_welsh_name_under_the_icon_is_welsh() {
    // A fallback to English would pass the test above with an English Welsh file.
    assert_ne!(words("cy").line("disguise-family-time", &[]), words("en-GB").line("disguise-family-time", &[]));
    assert!(strings("cy").contains("\"CFBundleDisplayName\" = \"Amser Teulu\";"), "{}", strings("cy"));
}

#[test]
fn the_info_plist_has_the_english_words_for_a_phone_in_neither_language() {
    let project = fs::read_to_string(ios().join("project.yml")).expect("ios/project.yml");
    let english = words("en-GB");
    for (key, message) in KEYS {
        let line = format!("{key}: {}", english.line(message, &[]));
        assert!(project.lines().any(|l| l.trim() == line), "ios/project.yml has no line `{line}`");
    }
}
