//! The words of a plan's problems, as social workers read them in `plan check`, at the
//! desk and in the server's answers: every problem the checks find has its words and its
//! fix in every language, with the same variables; every value the code gives a message is
//! used by it; and a plan with a mistake of each kind reaches every message there is.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use familytime_core::changes;
use familytime_core::l10n::problems::{self as problem_words, ProblemWords};
use familytime_core::validate::{self, Problem};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::{Value, json};

/// Problems only the worker tool finds (it reads the file from disk); its CLI tests reach them.
const FOUND_BY_THE_WORKER_TOOL: [&str; 1] = ["file-unreadable"];

/// One message: the variables its words and its fix use, and its text.
#[derive(Debug, Default, PartialEq)]
struct Said {
    variables: BTreeSet<String>,
    has_fix: bool,
    text: String,
}

/// Each locale's problem messages as written, and the variables any term uses (none may:
/// a term does not see the message's variables).
fn catalogue(locale: &str) -> (BTreeMap<String, Said>, BTreeSet<String>) {
    let mut messages = BTreeMap::new();
    let mut in_terms = BTreeSet::new();
    for (_, file, text) in problem_words::files().iter().filter(|(l, ..)| *l == locale) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{locale}/{file}: {e:?}"));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut said = Said::default();
                    if let Some(value) = &message.value {
                        walk(value, &mut said);
                    }
                    for attribute in &message.attributes {
                        said.has_fix |= attribute.id.name == "fix";
                        walk(&attribute.value, &mut said);
                    }
                    messages.insert(message.id.name.to_owned(), said);
                }
                Entry::Term(term) => {
                    let mut said = Said::default();
                    walk(&term.value, &mut said);
                    in_terms.extend(said.variables);
                }
                Entry::Junk { content } => panic!("{locale}/{file} has a broken entry: {content}"),
                _ => {}
            }
        }
    }
    (messages, in_terms)
}

fn walk(pattern: &Pattern<&str>, said: &mut Said) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => said.text.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { selector, variants } } => {
                inline(selector, said);
                variants.iter().for_each(|v| walk(&v.value, said));
            }
            PatternElement::Placeable { expression: Expression::Inline(expression) } => inline(expression, said),
        }
    }
}

fn inline(expression: &InlineExpression<&str>, said: &mut Said) {
    match expression {
        InlineExpression::VariableReference { id } => drop(said.variables.insert(id.name.to_owned())),
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline(inner, said);
            }
        }
        _ => {}
    }
}

#[test]
fn every_problem_is_said_in_every_language_with_its_fix_and_the_same_variables() {
    let (english, english_terms) = catalogue("en-GB");
    assert!(english.len() > 90, "the English problems are all there: {}", english.len());
    assert!(english_terms.is_empty(), "terms use no variables: {english_terms:?}");
    assert_eq!(problem_words::locales(), ["cy", "en-GB"]);
    for locale in problem_words::locales() {
        let (theirs, terms) = catalogue(locale);
        assert!(terms.is_empty(), "{locale}: terms use no variables: {terms:?}");
        let ids = |c: &BTreeMap<String, Said>| c.keys().cloned().collect::<BTreeSet<_>>();
        assert_eq!(ids(&theirs), ids(&english), "{locale} has the problems English has");
        for (id, said) in &theirs {
            assert!(said.has_fix, "{locale} {id} has a .fix");
            assert_eq!(said.variables, english[id].variables, "{locale} {id} uses the variables English uses");
            if locale != "en-GB" {
                assert_ne!(said.text, english[id].text, "{locale} {id} is the English text");
            }
        }
    }
}

/// Sets each JSON Pointer to its value, adding a field that is not there; `null` removes it.
fn changed(edits: &[(&str, Value)]) -> Value {
    let mut plan = base();
    for (at, value) in edits {
        let (parent, key) = at.rsplit_once('/').unwrap();
        match plan.pointer_mut(parent).unwrap_or_else(|| panic!("{parent} is in the plan")) {
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = value.clone(),
            Value::Object(fields) if value.is_null() => drop(fields.remove(key)),
            Value::Object(fields) => drop(fields.insert(key.to_owned(), value.clone())),
            other => panic!("{parent} is {other}"),
        }
    }
    plan
}

fn rule(rule: &str) -> Value {
    changed(&[("/arrangements/1/schedule/repeat", json!(rule))])
}

fn change(change: Value) -> Value {
    changed(&[("/arrangements/1/changes", json!([change]))])
}

/// A session change to Nan's Wednesday calls; `planned` 2026-01-14T18:00 is a real one.
fn session_change(fields: Value) -> Value {
    let mut one = json!({ "arrangement": "nan-calls", "planned": "2026-01-14T18:00", "kind": "cancelled",
        "reason": "Nan is ill.", "decided_by": "family" });
    for (key, value) in fields.as_object().unwrap() {
        match value {
            Value::Null => drop(one.as_object_mut().unwrap().remove(key)),
            _ => one[key] = value.clone(),
        }
    }
    changed(&[("/session_changes", json!([one]))])
}

/// `count` copies of Nan's calls, each with its own id, repeating by `rule`.
fn many_arrangements(count: usize, rule: &str) -> Value {
    let call = base()["arrangements"][1].clone();
    let arrangements: Vec<Value> = (0..count)
        .map(|i| {
            let mut copy = call.clone();
            copy["id"] = json!(format!("call-{i}"));
            copy["schedule"]["repeat"] = json!(rule);
            copy
        })
        .collect();
    changed(&[("/arrangements", json!(arrangements))])
}

/// A plan (as its file's bytes) with one mistake, and the problem it must give.
fn mistakes() -> Vec<(&'static str, Vec<u8>)> {
    let file = |plan: Value| plan.to_string().into_bytes();
    let reason = json!("Sam asked for it.");
    let mut cases: Vec<(&str, Value)> = vec![
        ("format-unknown", changed(&[("/format", json!("other.plan"))])),
        ("format-version-unknown", changed(&[("/format_version", json!(2))])),
        ("id-unusable", changed(&[("/plan_id", json!("Plan Jay"))])),
        ("id-twice", changed(&[("/arrangements/1/id", json!("sam-saturdays"))])),
        ("version-zero", changed(&[("/version", json!(0))])),
        ("child-name-not-first-name", changed(&[("/child/first_name", json!("Jay Smith"))])),
        ("language-unknown", changed(&[("/child/language", json!("French"))])),
        ("family-time-word-length", changed(&[("/child/family_time_word", json!(" "))])),
        ("name-empty", changed(&[("/people/0/name", json!(" "))])),
        ("name-too-long", changed(&[("/people/0/name", json!("Samsamsamsamsamsamsamsamsamsamsam"))])),
        ("name-not-letters", changed(&[("/people/0/name", json!("Sam2"))])),
        ("name-full-name", changed(&[("/people/0/name", json!("Sam Smith"))])),
        ("colour-unknown", changed(&[("/people/0/picture", json!({ "colour": "red" }))])),
        ("emoji-not-emoji", changed(&[("/people/0/picture", json!({ "emoji": "dog" }))])),
        ("reads-within-days-range", changed(&[("/helpers/0/reads_within_days", json!(40))])),
        ("device-id-unusable", changed(&[("/helpers/0/device", json!("Laptop 1"))])),
        ("helper-name-not-first-name", changed(&[("/helpers/0/name", json!("Priya Shah"))])),
        ("working-hours-empty", changed(&[("/helpers/0/working_hours/days", json!([]))])),
        ("text-control-character", changed(&[("/arrangements/0/purpose", json!("So you can see Sam.\u{1}"))])),
        ("text-locating", changed(&[("/arrangements/0/purpose", json!("At 12 Acacia Road."))])),
        ("arrangement-with-nobody", changed(&[("/arrangements/0/with", json!([]))])),
        ("person-unknown", changed(&[("/arrangements/0/with", json!(["kai"]))])),
        ("purpose-missing", changed(&[("/arrangements/0/purpose", json!(" "))])),
        ("venue-missing", changed(&[("/arrangements/0/venue", Value::Null)])),
        ("start-skipped", changed(&[("/arrangements/1/schedule/start", json!("2026-03-29T01:30"))])),
        ("start-repeated", changed(&[("/arrangements/1/schedule/start", json!("2026-10-25T01:30"))])),
        ("duration-missing", changed(&[("/arrangements/1/schedule/duration_minutes", Value::Null)])),
        ("duration-impossible", changed(&[("/arrangements/1/schedule/duration_minutes", json!(0))])),
        ("rule-no-sessions", rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")),
        ("rule-not-plain-text", rule("FREQ=WEEKLY;BYDAY=ÉE")),
        ("rule-too-long", rule(&format!("FREQ=WEEKLY;BYDAY={}", "MO,".repeat(100)))),
        ("rule-not-name-value", rule("FREQ=WEEKLY;BYDAY")),
        ("rule-unknown-part", rule("FREQ=WEEKLY;X-ROAD=ACACIA")),
        ("rule-time-of-day", rule("FREQ=DAILY;BYHOUR=1")),
        ("rule-day-of-year", rule("FREQ=YEARLY;BYYEARDAY=1")),
        ("rule-part-twice", rule("FREQ=WEEKLY;FREQ=WEEKLY")),
        ("rule-no-freq", rule("BYDAY=MO")),
        ("rule-more-than-daily", rule("FREQ=HOURLY")),
        ("rule-bad-value", rule("FREQ=FORTNIGHTLY")),
        ("rule-interval-zero", rule("FREQ=WEEKLY;INTERVAL=0")),
        ("rule-count-zero", rule("FREQ=WEEKLY;COUNT=0")),
        ("rule-count-and-until", rule("FREQ=WEEKLY;COUNT=3;UNTIL=20260131")),
        ("rule-numbered-day-not-monthly", rule("FREQ=WEEKLY;BYDAY=1SA")),
        ("rule-numbered-day-past-month", rule("FREQ=MONTHLY;BYDAY=6SA")),
        ("rule-numbered-day-past-year", rule("FREQ=YEARLY;BYDAY=54SA")),
        ("rule-fifth-from-end", rule("FREQ=MONTHLY;INTERVAL=2;BYDAY=-5SA")),
        ("rule-month-day-in-weekly", rule("FREQ=WEEKLY;BYMONTHDAY=1")),
        ("rule-position-without-days", rule("FREQ=MONTHLY;BYSETPOS=1")),
        ("rule-until-outside-years", rule("FREQ=WEEKLY;UNTIL=21000101")),
        ("rule-until-clock-change", rule("FREQ=WEEKLY;UNTIL=20261025T013000")),
        ("rule-until-before-start", rule("FREQ=WEEKLY;UNTIL=20250101")),
        (
            "change-reason-missing",
            change(json!({ "kind": "reduced", "effective": "2026-03-01", "decided_by": "social_worker" })),
        ),
        (
            "changes-out-of-order",
            changed(&[(
                "/arrangements/1/changes",
                json!([{ "kind": "new_time", "effective": "2026-03-01", "decided_by": "family" },
                       { "kind": "new_place", "effective": "2026-02-01", "decided_by": "family" }]),
            )]),
        ),
        (
            "until-not-suspension",
            change(
                json!({ "kind": "new_time", "effective": "2026-03-01", "until": "2026-04-01", "decided_by": "family" }),
            ),
        ),
        (
            "suspension-ends-before-start",
            change(json!({ "kind": "suspended", "effective": "2026-03-01", "until": "2026-02-01",
                "reason": reason, "decided_by": "court" })),
        ),
        (
            "resumed-not-suspended",
            change(json!({ "kind": "resumed", "effective": "2026-03-01", "decided_by": "court" })),
        ),
        ("arrangement-unknown", session_change(json!({ "arrangement": "sam-sundays" }))),
        (
            "session-change-twice",
            changed(&[(
                "/session_changes",
                json!([
                    session_change(json!({}))["session_changes"][0],
                    session_change(json!({}))["session_changes"][0]
                ]),
            )]),
        ),
        ("cancel-reason-missing", session_change(json!({ "reason": null }))),
        ("moved-to-missing", session_change(json!({ "kind": "moved" }))),
        (
            "moved-to-skipped",
            session_change(json!({ "kind": "moved", "planned": "2026-03-25T18:00", "moved_to": "2026-03-29T01:30" })),
        ),
        (
            "moved-to-repeated",
            session_change(json!({ "kind": "moved", "planned": "2026-10-21T18:00", "moved_to": "2026-10-25T01:30" })),
        ),
        ("move-too-far", session_change(json!({ "kind": "moved", "moved_to": "2026-01-14T18:00" }))),
        ("moved-to-not-moved", session_change(json!({ "moved_to": "2026-01-15T18:00" }))),
        ("who-not-missed", session_change(json!({ "who": "nan" }))),
        ("planned-no-session", session_change(json!({ "planned": "2026-01-15T18:00" }))),
        ("planned-no-session-near", session_change(json!({ "planned": "2025-06-11T18:00" }))),
        ("date-outside-years", changed(&[("/arrangements/0/review_date", json!("2100-01-01"))])),
        ("too-many-schedules", many_arrangements(101, "FREQ=WEEKLY;BYDAY=WE")),
        ("too-many-sessions", many_arrangements(30, "FREQ=DAILY")),
        ("not-object", changed(&[("/child", json!([]))])),
        ("not-list", changed(&[("/people", json!("Sam"))])),
        ("not-text", changed(&[("/people/0/name", json!(5))])),
        ("not-whole-number", changed(&[("/version", json!("one"))])),
        ("not-date", changed(&[("/issued", json!("5 January"))])),
        ("not-local-time", changed(&[("/arrangements/0/schedule/start", json!("Saturday"))])),
        ("not-time-of-day", changed(&[("/helpers/0/working_hours/from", json!("nine"))])),
        ("not-month-day", changed(&[("/people/0/remembering", json!([{ "date": "July", "what": "A day." }]))])),
        ("not-weekday", changed(&[("/helpers/0/working_hours/days", json!(["Monday"]))])),
        ("not-age-band", changed(&[("/child/age_band", json!("nine"))])),
        ("not-relationship", changed(&[("/people/0/relationship", json!("bro"))])),
        ("not-status", changed(&[("/people/0/status", json!("away"))])),
        ("not-role", changed(&[("/helpers/0/role", json!("boss"))])),
        ("not-form", changed(&[("/arrangements/0/form", json!("chat"))])),
        ("not-support", changed(&[("/arrangements/0/support", json!("some"))])),
        ("not-decided-by", change(json!({ "kind": "started", "effective": "2026-03-01", "decided_by": "me" }))),
        ("not-venue-kind", changed(&[("/arrangements/0/venue/kind", json!("cafe"))])),
        ("not-change-kind", change(json!({ "kind": "paused", "effective": "2026-03-01", "decided_by": "court" }))),
        ("not-session-change-kind", session_change(json!({ "kind": "skipped" }))),
        ("field-unknown", changed(&[("/people/0/surname", json!("Smith"))])),
        ("field-missing", changed(&[("/arrangements/0/schedule/start", Value::Null)])),
    ];
    let mut files: Vec<(&str, Vec<u8>)> = cases.drain(..).map(|(id, plan)| (id, file(plan))).collect();
    let text = base().to_string();
    files.extend([
        ("field-twice", text.replacen("\"version\":1", "\"version\":1,\"version\":2", 1).into_bytes()),
        ("json-ends-early", text.as_bytes()[..text.len() / 2].to_vec()),
        ("json-trailing", format!("{text} {{}}").into_bytes()),
        ("json-invalid", text.replacen(':', " ", 1).into_bytes()),
        ("file-too-large", vec![b' '; validate::MAX_PLAN_BYTES + 1]),
    ]);
    files
}

/// A version after `base()` that each gives one of the problems a new version can have
/// against the one the child has.
fn new_versions() -> Vec<(&'static str, Value)> {
    let next = |edits: &[(&str, Value)]| {
        let mut plan = changed(edits);
        plan["version"] = json!(2);
        plan
    };
    let nan_only = next(&[]);
    let mut without_sam = nan_only.clone();
    without_sam["people"].as_array_mut().unwrap().remove(0);
    without_sam["arrangements"].as_array_mut().unwrap().remove(0);
    vec![
        ("arrangement-dropped", next(&[("/arrangements", json!([base()["arrangements"][1]]))])),
        ("person-dropped", without_sam),
        ("status-reason-missing", next(&[("/people/1/status", json!("cant_see_right_now"))])),
        ("less-family-time", next(&[("/arrangements/1/schedule/duration_minutes", json!(10))])),
    ]
}

/// Every problem of every mistake, with the id it was made for.
fn every_problem() -> Vec<(&'static str, Problem)> {
    let mut found = Vec::new();
    for (id, file) in mistakes() {
        let problems = validate::read_plan(&file).map(|_| panic!("{id}: the plan was accepted")).unwrap_err().problems;
        assert!(problems.iter().any(|p| p.id == id), "{id}: found {problems:?}");
        found.extend(problems.into_iter().map(|p| (id, p)));
    }
    let old = valid(base());
    for (id, new) in new_versions() {
        let problems = changes::compare(&old, &valid(new), uk("2026-01-06T09:00")).unexplained;
        assert!(problems.iter().any(|p| p.id == id), "{id}: found {problems:?}");
        found.extend(problems.into_iter().map(|p| (id, p)));
    }
    found
}

#[test]
fn a_mistake_of_each_kind_reaches_every_problem_and_each_uses_everything_it_is_given() {
    let found = every_problem();
    let reached: BTreeSet<&str> = found.iter().map(|(_, p)| p.id.as_str()).chain(FOUND_BY_THE_WORKER_TOOL).collect();
    for locale in problem_words::locales() {
        let (catalogue, _) = catalogue(locale);
        let unreached: Vec<&String> = catalogue.keys().filter(|id| !reached.contains(id.as_str())).collect();
        assert!(unreached.is_empty(), "{locale}: no mistake here gives {unreached:?}");
        let words = ProblemWords::new(locale).unwrap();
        for (made_for, problem) in &found {
            let said = catalogue.get(&problem.id).unwrap_or_else(|| panic!("{locale} has no words for {problem:?}"));
            let given: BTreeSet<String> = problem.args.keys().cloned().collect();
            assert_eq!(
                given, said.variables,
                "{locale} {}: the code gives what the words use ({made_for})",
                problem.id
            );
            let explained = words.explain(problem);
            assert!(!explained.message.is_empty() && !explained.fix.is_empty(), "{locale}: {explained:?}");
        }
        assert_eq!(words.gaps(), Vec::<String>::new(), "{locale} says every problem cleanly");
    }
}

#[test]
fn a_problem_reads_naturally_in_english_and_in_welsh() {
    let numbered = problems(rule("FREQ=WEEKLY;BYDAY=1SA"));
    let welsh = ProblemWords::new("cy").unwrap().explain(&numbered[0]);
    assert_eq!(
        welsh.message,
        "dim ond mewn rheol sy'n ailadrodd yn fisol neu'n flynyddol mae diwrnod â rhif yn BYDAY yn gweithio"
    );
    assert!(welsh.fix.contains("FREQ=MONTHLY;BYDAY=1SA"), "the rule's own words stay as they are: {}", welsh.fix);
    let english = said(&numbered[0]);
    assert!(english.fix.starts_with("for the first Saturday of each month write FREQ=MONTHLY;BYDAY=1SA"));

    // A value of the wrong kind says how to write that part of the rule.
    let bad_interval = problems(rule("FREQ=WEEKLY;INTERVAL=X"));
    assert_eq!((bad_interval[0].id.as_str(), &bad_interval[0].args["part"]), ("rule-bad-value", &"INTERVAL".into()));
    assert!(said(&bad_interval[0]).fix.contains("INTERVAL=2 means every other week"));
    let cymraeg = ProblemWords::new("cy").unwrap().explain(&bad_interval[0]);
    assert!(cymraeg.fix.contains("mae INTERVAL=2 yn golygu bob yn ail wythnos"), "{}", cymraeg.fix);
}

#[test]
fn a_problem_the_words_do_not_know_still_says_which_it_is() {
    let words = ProblemWords::new("en-GB").unwrap();
    let explained = words.explain(&Problem::new("/version", "from-a-newer-server"));
    assert_eq!((explained.message.as_str(), explained.fix.as_str()), ("from-a-newer-server", ""));
    assert_eq!(words.gaps(), ["from-a-newer-server: missing in en-GB"]);
}
