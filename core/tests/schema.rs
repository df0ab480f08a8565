//! The plan's JSON Schema (assets/schema/plan.schema.json) and the checker agree on the
//! structure of a plan, judged by a standard Draft 2020-12 validator nobody here wrote:
//! whatever the checker cannot even read, the schema refuses; whatever the checker
//! accepts, the schema accepts. The checker refuses more (references, reasons, addresses),
//! which only the whole plan can show.

mod common;

use std::sync::LazyLock;

use common::*;
use familytime_core::validate;
use jsonschema::Validator;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};

/// Compiled once: the property test asks it thousands of times.
static SCHEMA: LazyLock<Validator> = LazyLock::new(|| {
    let path = format!("{}/../assets/schema/plan.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_slice(&std::fs::read(path).expect("the schema exists")).expect("JSON");
    jsonschema::draft202012::options().should_validate_formats(true).build(&schema).expect("the schema compiles")
});

fn schema() -> &'static Validator {
    &SCHEMA
}

fn sample(name: &str) -> Value {
    let path = format!("{}/../assets/samples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(path).expect("the sample exists")).expect("the sample is JSON")
}

const SAMPLES: [&str; 4] = ["jay-8-10", "leo-11-18", "mia-4-7", "cerys-11-18-cy"];

/// The verdicts on one file: (schema accepts, checker reads its structure, checker accepts).
fn verdicts(schema: &Validator, plan: &Value) -> (bool, bool, bool) {
    let file = plan.to_string();
    let parsed = validate::parse(file.as_bytes());
    (schema.is_valid(plan), parsed.is_ok(), validate::read_plan(file.as_bytes()).is_ok())
}

fn assert_agree(schema: &Validator, plan: &Value, what: &str) {
    let (schema_ok, parsed, checked) = verdicts(schema, plan);
    let errors: Vec<String> = schema.iter_errors(plan).map(|e| format!("{} {e}", e.instance_path())).collect();
    assert!(parsed || !schema_ok, "{what}: the schema accepts what the checker cannot read");
    assert!(!checked || schema_ok, "{what}: the checker accepts what the schema refuses: {errors:?}");
}

#[test]
fn every_sample_and_the_test_plan_validate() {
    let schema = schema();
    for name in SAMPLES {
        let errors: Vec<String> =
            schema.iter_errors(&sample(name)).map(|e| format!("{} {e}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    assert!(schema.is_valid(&base()));
}

#[test]
fn values_the_format_does_not_allow_are_refused_by_both() {
    let schema = schema();
    let cases: [(&str, &[Value]); 7] = [
        (
            "/issued",
            &[
                json!("26-01-05"),
                json!("0000-01-01"),
                json!("-001-01-01"),
                json!("+2026-01-01"),
                json!("2026-1-1"),
                json!(" 2026-11-18 "),
                json!("2026-11-18\n"),
                json!("2026-02-29"),
                json!("٢٠٢٦-11-18"),
            ],
        ),
        ("/helpers/0/working_hours/from", &[json!("9:00"), json!("17:00:60"), json!("09:00:00.123456")]),
        (
            "/arrangements/0/schedule/start",
            &[json!("2026-11-22T1:00"), json!("2026-02-30T16:00"), json!("2026-11-22T10:00Z")],
        ),
        ("/people/0/remembering/0/date", &[json!("7-19"), json!("02-30")]),
        ("/helpers/0/working_hours/days/0", &[json!("mon"), json!("TUE")]),
        ("/version", &[json!(7.5), json!("7"), json!(-1)]),
        ("/people/0/picture/emoji", &[json!("4 Privet Drive, SW1A 1AA"), json!("🐶 7")]),
    ];
    for (at, values) in cases {
        for value in values {
            let mut plan = base();
            plan["people"][0]["remembering"] = json!([{ "date": "07-19", "what": "Sam's birthday." }]);
            plan["people"][0]["picture"] = json!({ "emoji": "🐶" });
            assert_agree(schema, &plan, "the plan before the change");
            *plan.pointer_mut(at).unwrap() = value.clone();
            let (schema_ok, _, checked) = verdicts(schema, &plan);
            assert!(!schema_ok && !checked, "{at} = {value}: schema accepts {schema_ok}, checker accepts {checked}");
        }
    }
}

#[test]
fn a_leap_day_and_7_0_are_accepted_by_both() {
    let schema = schema();
    let mut plan = base();
    plan["issued"] = json!("2028-02-29");
    plan["version"] = json!(7.0);
    assert_eq!(verdicts(schema, &plan), (true, true, true));
}

/// Values of every kind the format has, right and wrong.
fn any_value() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        json!("2026-11-18"),
        json!("26-01-05"),
        json!("2100-02-29"),
        json!("2000-02-29"),
        json!("2026-11-22T10:00"),
        json!("2026-11-22T10:00:30"),
        json!("2026-02-30T16:00"),
        json!("09:00"),
        json!("9:00"),
        json!("23:59:59"),
        json!("07-19"),
        json!("02-29"),
        json!("7-19"),
        json!("Mon"),
        json!("mon"),
        json!("visit"),
        json!("can_see"),
        json!("#3A7D44"),
        json!("🐶"),
        json!("Sam"),
        json!("sam"),
        json!(""),
        json!(1),
        json!(7.0),
        json!(7.5),
        json!(0),
        json!(-1),
        json!(4_294_967_296u64),
        json!(null),
        json!(true),
        json!([]),
        json!(["sam"]),
        json!({}),
    ])
}

#[derive(Debug, Clone)]
enum Mutation {
    Set(prop::sample::Index, Value),
    Remove(prop::sample::Index),
    AddField(prop::sample::Index),
}

fn pointers(value: &Value, at: &str, out: &mut Vec<String>) {
    if !at.is_empty() {
        out.push(at.to_owned());
    }
    match value {
        Value::Object(fields) => fields.iter().for_each(|(k, v)| pointers(v, &format!("{at}/{k}"), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| pointers(v, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn apply(plan: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    pointers(plan, "", &mut all);
    let parent_and_key = |at: &str| at.rsplit_once('/').map(|(p, k)| (p.to_owned(), k.to_owned()));
    let at = |i: &prop::sample::Index| i.get(&all).clone();
    match mutation {
        Mutation::Set(i, value) => *plan.pointer_mut(&at(i)).unwrap() = value.clone(),
        Mutation::Remove(i) => {
            let Some((parent, key)) = parent_and_key(&at(i)) else { return };
            match plan.pointer_mut(&parent) {
                Some(Value::Object(fields)) => drop(fields.remove(&key)),
                Some(Value::Array(items)) => drop(items.remove(key.parse().unwrap())),
                _ => {}
            }
        }
        Mutation::AddField(i) => {
            if let Some(Value::Object(fields)) = plan.pointer_mut(&at(i)) {
                fields.insert("surname".into(), json!("Smith"));
            } else if let Some((parent, _)) = parent_and_key(&at(i))
                && let Some(Value::Object(fields)) = plan.pointer_mut(&parent)
            {
                fields.insert("colour".into(), json!("#3A7D44"));
            }
        }
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<prop::sample::Index>(), any_value()).prop_map(|(i, v)| Mutation::Set(i, v)),
        1 => any::<prop::sample::Index>().prop_map(Mutation::Remove),
        1 => any::<prop::sample::Index>().prop_map(Mutation::AddField),
    ]
}

proptest! {
    #![proptest_config(Config { cases: 1500, failure_persistence: None, ..Config::default() })]

    #[test]
    fn generated_plans_get_the_same_structural_verdict(
        which in 0..SAMPLES.len(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let schema = schema();
        let mut plan = sample(SAMPLES[which]);
        for m in &mutations {
            apply(&mut plan, m);
        }
        assert_agree(schema, &plan, &format!("{mutations:?}"));
    }
}
