//! The words adults read at the browser desk and from the worker tool: the same messages
//! in every language, and every message the pages, templates and commands ask for exists.

use std::collections::BTreeSet;
use std::path::Path;

use familytime::web::words::{DeskWords, FILES};

#[test]
fn every_language_has_the_same_messages() {
    let english: BTreeSet<String> = DeskWords::new("en-GB").unwrap().ids().into_iter().collect();
    for (locale, ..) in FILES {
        let ids: BTreeSet<String> = DeskWords::new(locale).unwrap().ids().into_iter().collect();
        assert_eq!(ids, english, "{locale} differs from en-GB");
    }
}

#[test]
fn every_message_the_desk_asks_for_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap();
    // The browser desk's pages, and the worker tool's own lines (plan and desk commands).
    let mut sources = vec![read("src/web/pages.rs"), read("src/main.rs"), read("src/removal.rs")];
    for entry in std::fs::read_dir(root.join("templates")).unwrap() {
        sources.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let pattern = regex::Regex::new(
        r#"(?:\bw\.t|\bw\.with|\bwords\.t|\bwords\.with|\bnotice\(&state, StatusCode::\w+,|Frame::new\(&?state, state\.words\.t)\("([a-z0-9-]+)""#,
    )
    .unwrap();
    let asked: BTreeSet<&str> =
        sources.iter().flat_map(|s| pattern.captures_iter(s).map(|c| c.get(1).unwrap().as_str())).collect();
    assert!(asked.len() > 90, "the pattern finds the desk's and the tool's messages: {asked:?}");
    for (locale, ..) in FILES {
        let words = DeskWords::new(locale).unwrap();
        let missing: Vec<&&str> = asked.iter().filter(|id| !words.has(id)).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
    }
}

#[test]
fn plural_forms_follow_the_number() {
    use familytime::web::words::Value::Number;
    let english = DeskWords::new("en-GB").unwrap();
    assert_eq!(english.with("inbox-count", &[("count", Number(1))]), "1 message");
    assert_eq!(english.with("inbox-count", &[("count", Number(3))]), "3 messages");
    assert_eq!(english.with("duty-waited", &[("hours", Number(0))]), "less than an hour");
    let welsh = DeskWords::new("cy").unwrap();
    assert_eq!(welsh.with("plan-problems-title", &[("count", Number(2))]), "Mae gan y cynllun 2 broblem");
}
