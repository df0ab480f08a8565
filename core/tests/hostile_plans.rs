//! Hostile and careless plan files: every one is refused with a path and a fix, and no
//! refusal ever repeats the file's text (an address typed into a plan goes no further).

mod common;

use common::*;
use std::sync::LazyLock;

use familytime_core::l10n::problems::{self as problem_words, ProblemWords};
use familytime_core::validate::{self, Problem};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};

/// Text that could be an address, with a mark no message of ours contains. Upper-case
/// letters and spaces, so it never passes the id rule (ids may be repeated back).
const CANARY: &str = "QXV";
const CANARY_TEXTS: [&str; 6] =
    ["12 Acacia Road QXV", "QXV", "Heol QXV", "QXV\u{0}\u{1f}", "4 Privet Drive, SW1A 1AA QXV", "🐶 QXV"];

fn sample(name: &str) -> Value {
    let path = format!("{}/../assets/samples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(path).expect("the sample exists")).expect("the sample is JSON")
}

/// Where a canary can go: every value (by JSON Pointer) and every object's keys.
#[derive(Debug, Clone)]
enum Slot {
    Value(String),
    Object(String),
}

fn slots(value: &Value, at: &str, out: &mut Vec<Slot>) {
    if !at.is_empty() {
        out.push(Slot::Value(at.to_owned()));
    }
    match value {
        Value::Object(fields) => {
            out.push(Slot::Object(at.to_owned()));
            fields.iter().for_each(|(key, v)| slots(v, &format!("{at}/{key}"), out));
        }
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| slots(v, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// What to do with a canary at a slot.
#[derive(Debug, Clone, Copy)]
enum Put {
    /// Replace the value (a string, a number, a list, an object) with the text.
    Replace,
    /// Rename one of the object's keys to the text.
    RenameKey,
    /// Add a field named with the text.
    AddKey,
    /// Put the text into the value: after a string's text, or as a list's first item.
    Append,
}

fn put(plan: &mut Value, slot: &Slot, how: Put, text: &str) {
    match (slot, how) {
        (Slot::Value(at), Put::Append) => match plan.pointer_mut(at) {
            Some(Value::String(s)) => s.push_str(text),
            Some(Value::Array(items)) => items.insert(0, json!(text)),
            Some(other) => *other = json!(text),
            None => {}
        },
        (Slot::Value(at), _) => {
            if let Some(v) = plan.pointer_mut(at) {
                *v = json!(text);
            }
        }
        (Slot::Object(at), Put::RenameKey) => {
            if let Some(Value::Object(fields)) = plan.pointer_mut(at)
                && let Some(key) = fields.keys().next().cloned()
            {
                let v = fields.remove(&key).unwrap_or(Value::Null);
                fields.insert(text.to_owned(), v);
            }
        }
        (Slot::Object(at), _) => {
            if let Some(Value::Object(fields)) = plan.pointer_mut(at) {
                fields.insert(text.to_owned(), json!(text));
            }
        }
    }
}

fn hostile_plan() -> impl Strategy<Value = Vec<u8>> {
    let samples = ["jay-8-10", "leo-11-18", "mia-4-7", "cerys-11-18-cy"];
    let how = prop_oneof![Just(Put::Replace), Just(Put::RenameKey), Just(Put::AddKey), Just(Put::Append)];
    (0..samples.len(), prop::collection::vec((any::<prop::sample::Index>(), how, 0..CANARY_TEXTS.len()), 1..4))
        .prop_map(move |(which, puts)| {
            let mut plan = sample(samples[which]);
            let mut all = Vec::new();
            slots(&plan, "", &mut all);
            for (slot, how, text) in puts {
                put(&mut plan, slot.get(&all), how, CANARY_TEXTS[text]);
            }
            plan.to_string().into_bytes()
        })
}

/// The words of problems in every language they are read in.
static LANGUAGES: LazyLock<Vec<ProblemWords>> =
    LazyLock::new(|| problem_words::locales().into_iter().map(|l| ProblemWords::new(l).unwrap()).collect());

/// Nothing a problem carries (path, id, arguments) and nothing it says in any language
/// repeats the plan's text, and every one says how to fix it.
fn assert_quiet(problems: &[Problem]) {
    assert!(LANGUAGES.len() >= 2, "English and Welsh at least");
    for p in problems {
        let carried = serde_json::to_string(p).unwrap();
        assert!(!carried.contains(CANARY), "a refusal carries the plan's text: {carried}");
        assert!(p.path.is_empty() || p.path.starts_with('/'), "a JSON Pointer: {p:?}");
        for words in LANGUAGES.iter() {
            let said = words.explain(p);
            assert!(
                !said.message.contains(CANARY) && !said.fix.contains(CANARY),
                "a refusal repeats the plan's text in {}: {said:?}",
                words.locale()
            );
            assert!(!said.fix.is_empty(), "every refusal says how to fix it, in {}: {said:?}", words.locale());
        }
    }
    for words in LANGUAGES.iter() {
        assert_eq!(words.gaps(), Vec::<String>::new(), "{} says every problem", words.locale());
    }
}

proptest! {
    #![proptest_config(Config { cases: 2000, failure_persistence: None, ..Config::default() })]

    #[test]
    fn no_refusal_repeats_text_from_the_plan(file in hostile_plan()) {
        match validate::read_plan(&file) {
            Err(rejected) => assert_quiet(&rejected.problems),
            // Text in a field nobody reads (a canary after a valid value is not always refused).
            Ok(plan) => prop_assert!(!serde_json::to_string(plan.plan()).unwrap().contains("Acacia Road")),
        }
    }
}

#[test]
fn serde_s_own_wording_never_reaches_a_problem() {
    let cases = [
        ("/arrangements/0/support", json!("12 Acacia Road")),
        ("/people/0/relationship", json!("Heol Eglwys")),
        ("/child/age_band", json!(7)),
        ("/version", json!("12 Acacia Road")),
        ("/people", json!({ "12 Acacia Road": 1 })),
    ];
    for (at, value) in cases {
        let mut plan = base();
        *plan.pointer_mut(at).unwrap() = value;
        let problems = problems(plan);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, at);
        assert!(said(&problems[0]).message.starts_with("this is not "), "{:?}", problems[0]);
        assert!(!said(&problems[0]).message.contains('`') && !said(&problems[0]).message.contains("Acacia"));
    }
}

#[test]
fn an_unknown_field_is_named_by_where_it_is_not_by_its_text() {
    let mut plan = base();
    plan["people"][1]["12 Acacia Road"] = json!("x");
    let problems = problems(plan);
    assert_eq!(problems[0].path, "/people/1", "the pointer leaves the unknown key out");
    assert_eq!(problems[0].id, "field-unknown");
    assert_eq!(said(&problems[0]).message, "this has a field the plan format does not have");
    assert!(said(&problems[0]).fix.contains("id, name, relationship, picture, status, status_reason, remembering"));

    let mut plan = base();
    plan["arrangements"][0]["schedule"].as_object_mut().unwrap().remove("start");
    let problems = self::problems(plan);
    assert_eq!(
        (problems[0].path.as_str(), said(&problems[0]).message.as_str()),
        ("/arrangements/0/schedule", "\"start\" is missing here")
    );
}

#[test]
fn a_duplicate_field_is_refused() {
    let file = base().to_string().replacen("\"version\":1", "\"version\":1,\"version\":2", 1);
    let problems = validate::read_plan(file.as_bytes()).unwrap_err().problems;
    assert_eq!(said(&problems[0]).message, "\"version\" is written twice here");
}

#[test]
fn values_are_read_exactly_as_the_format_writes_them() {
    let lenient: [(&str, &[&str]); 6] = [
        (
            "/issued",
            &["26-01-05", "0000-01-01", "-001-01-01", "+2026-01-01", "2026-1-1", " 2026-11-18 ", "2026-11-18\n"],
        ),
        ("/helpers/0/working_hours/from", &["9:00", "17:00:60", "09:00:00.123456"]),
        ("/arrangements/0/schedule/start", &["2026-11-22T1:00", "2026-02-30T16:00", "2026-11-22 10:00"]),
        ("/people/0/remembering/0/date", &["7-19", "13-01", "02-30"]),
        ("/helpers/0/working_hours/days/0", &["mon", "TUE", "Monday"]),
        ("/version", &["\"7\"", "7.5", "-1", "4294967296"]),
    ];
    for (at, values) in lenient {
        for value in values {
            let mut plan = base();
            plan["people"][0]["remembering"] = json!([{ "date": "07-19", "what": "Sam's birthday." }]);
            *plan.pointer_mut(at).unwrap() =
                if at == "/version" { serde_json::from_str(value).unwrap_or(json!(value)) } else { json!(value) };
            let problems = validate::read_plan(plan.to_string().as_bytes())
                .map(|_| panic!("{at} = {value:?} was accepted"))
                .unwrap_err()
                .problems;
            assert_eq!(problems.len(), 1, "{at} = {value:?}: {problems:?}");
            assert_eq!(problems[0].path, at, "{value:?}");
            assert!(said(&problems[0]).fix.starts_with("write "), "{value:?}: {:?}", problems[0]);
        }
    }
}

#[test]
fn a_whole_number_may_be_written_7_0_as_json_schema_reads_it() {
    let file = base().to_string().replacen("\"version\":1", "\"version\":1.0", 1);
    assert_eq!(validate::read_plan(file.as_bytes()).expect("1.0 is the whole number 1").version, 1);
}

#[test]
fn nothing_may_follow_the_plan() {
    for tail in ["{}", "\0", "garbage", "\n{\"format\": 1}"] {
        let file = format!("{}{tail}", base());
        let problems = validate::read_plan(file.as_bytes()).unwrap_err().problems;
        assert_eq!(problems.len(), 1, "{tail:?}");
        assert!(
            said(&problems[0]).fix.starts_with("remove everything after the plan's closing }"),
            "{tail:?}: {problems:?}"
        );
    }
    assert!(validate::read_plan(format!("{}\n\n", base()).as_bytes()).is_ok(), "white space after it is not data");
}

#[test]
fn a_picture_holds_emoji_and_free_text_no_control_characters() {
    let mut plan = base();
    plan["people"][0]["picture"] = json!({ "emoji": "4 Privet Drive, SW1A 1AA" });
    plan["people"][1]["status_reason"] = json!("Nan is away.\u{0}");
    plan["arrangements"][0]["purpose"] = json!("So you can see Sam.\u{1f}");
    let problems = problems(plan);
    assert_eq!(
        problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(),
        ["/people/0/picture/emoji", "/people/1/status_reason", "/arrangements/0/purpose"]
    );
    assert_quiet(&problems);

    let mut plan = base();
    plan["people"][0]["picture"] = json!({ "emoji": "🐶" });
    plan["arrangements"][0]["purpose"] = json!("So you can see Sam.\nEvery other Saturday.");
    valid(plan);
}

#[test]
fn an_object_written_as_a_list_is_refused() {
    for at in ["/people/0/picture", "/child", "/arrangements/0/schedule", "/arrangements/1"] {
        let mut plan = base();
        plan["people"][0]["picture"] = json!({ "colour": "#3A7D44" });
        *plan.pointer_mut(at).unwrap() = json!([]);
        let problems = problems(plan);
        assert_eq!(
            (problems[0].path.as_str(), said(&problems[0]).message.as_str()),
            (at, "this is not an object in { }")
        );
    }
}
