//! Properties over random repeat rules: a plan that passes the check always imports
//! into a real store (no two sessions share an id, even on clock-change nights), and
//! no rule text, however mangled, makes the check panic or quote it back.

mod common;

use chrono::{Duration, NaiveDate};
use common::*;
use familytime_core::calendar;
use familytime_core::keys::FileKeyStore;
use familytime_core::l10n::problems::{self as problem_words, ProblemWords};
use familytime_core::repeat::RepeatRule;
use familytime_core::store::Store;
use familytime_core::validate;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A rule part a worker might write, right or wrong.
fn part() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY", "FREQ=HOURLY"])
            .prop_map(String::from),
        (0..5u32).prop_map(|n| format!("INTERVAL={n}")),
        (0..60u32).prop_map(|n| format!("COUNT={n}")),
        (-6..7i32, 0..7usize).prop_map(|(n, d)| match n {
            0 => format!("BYDAY={}", DAYS[d]),
            n => format!("BYDAY={n}{}", DAYS[d]),
        }),
        prop::collection::vec(0..7usize, 1..4)
            .prop_map(|days| format!("BYDAY={}", days.iter().map(|&d| DAYS[d]).collect::<Vec<_>>().join(","))),
        (-32..33i32).prop_map(|n| format!("BYMONTHDAY={n}")),
        (0..14u32).prop_map(|n| format!("BYMONTH={n}")),
        (-3..4i32).prop_map(|n| format!("BYSETPOS={n}")),
        (0..24u32).prop_map(|n| format!("BYHOUR={n}")),
        (0..400i64).prop_map(|d| format!("UNTIL={}", (date("2026-01-01") + Duration::days(d)).format("%Y%m%d"))),
        (0..400i64, 0..24u32).prop_map(|(d, h)| format!(
            "UNTIL={}T{h:02}3000",
            (date("2026-01-01") + Duration::days(d)).format("%Y%m%d")
        )),
        prop::sample::select(vec!["WKST=SU", "WKST=MO"]).prop_map(String::from),
    ]
}

fn rule() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY"]),
        prop::collection::vec(part(), 0..4),
    )
        .prop_map(|(freq, parts)| std::iter::once(freq.to_owned()).chain(parts).collect::<Vec<_>>().join(";"))
}

/// Starts around the clock changes of 2026, at night and in the day.
fn start() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["2026-03-20", "2026-03-27", "2026-10-18", "2026-10-24", "2026-02-28"]),
        0..6i64,
        0..6usize,
    )
        .prop_map(|(day, later, time)| {
            let day: NaiveDate = day.parse::<NaiveDate>().unwrap() + Duration::days(later);
            format!("{day}T{}", ["00:30", "01:00", "01:30", "02:30", "10:00", "23:30"][time])
        })
}

fn plan_with(rule: &str, start: &str, before: Option<(String, String)>) -> Value {
    let mut plan = base();
    plan["arrangements"][1]["schedule"] = json!({ "start": start, "duration_minutes": 30, "repeat": rule });
    if let Some((rule, start)) = before {
        plan["arrangements"][1]["changes"] = json!([{ "kind": "new_time", "effective": "2026-06-01",
            "decided_by": "family", "before": { "start": start, "duration_minutes": 30, "repeat": rule } }]);
    }
    plan
}

proptest! {
    #![proptest_config(Config { cases: 128, ..Config::default() })]

    #[test]
    fn a_plan_that_passes_the_check_always_imports(
        rule in rule(),
        start in start(),
        before in prop::option::of((rule(), start())),
    ) {
        let plan = plan_with(&rule, &start, before);
        if let Ok(plan) = validate::read_plan(plan.to_string().as_bytes()) {
            let dir = tempfile::tempdir().unwrap();
            let keys = FileKeyStore::new(dir.path().join("keys"));
            let now = uk("2026-01-05T09:00");
            let mut store = Store::open(&dir.path().join("familytime.db"), &keys, now).unwrap();
            let imported = store.import_plan(plan, now);
            prop_assert!(imported.is_ok(), "{rule} from {start}: {imported:?}");
        }
    }

    /// The check finds a rule's first day without expanding the rule; both must agree
    /// on every rule, empty ones and those ending at UNTIL included.
    #[test]
    fn the_checks_first_day_is_the_engines(rule in rule(), start in start()) {
        let Ok(parsed) = rule.parse::<RepeatRule>() else { return Ok(()) };
        let local = local_time(&start);
        let Ok(instant) = calendar::uk_instant(local) else { return Ok(()) };
        let Ok(mut starts) = parsed.anchored(instant) else { return Ok(()) };
        let last = calendar::end_of_plan_years().date_naive();
        let expanded = starts.next().map(calendar::uk_date).filter(|d| *d <= last);
        prop_assert_eq!(parsed.first_day(local, last), expanded, "{} from {}", rule, start);
    }

    #[test]
    fn no_rule_text_panics_the_check_or_is_quoted_back(
        text in prop::collection::vec(prop_oneof![
            prop::sample::select(vec!['É', 'ß', '☃', '\u{0}', '\u{1f}', ';', '=', ',', '-', '+', 'T', 'Z', '1', '5']),
            prop::char::range('0', 'Z'),
        ], 0..24),
        prefix in prop::sample::select(vec!["", "FREQ=WEEKLY;BYDAY=", "FREQ=MONTHLY;BYDAY=", "FREQ=DAILY;UNTIL="]),
    ) {
        let rule: String = prefix.chars().chain(text).collect();
        let plan = plan_with(&rule, "2026-01-03T10:00", None);
        if let Err(rejected) = validate::read_plan(plan.to_string().as_bytes()) {
            for problem in rejected.problems {
                let carried = serde_json::to_string(&problem).unwrap();
                prop_assert!(rule.len() < 4 || !carried.contains(&rule), "{carried}");
                for locale in problem_words::locales() {
                    let said = ProblemWords::new(locale).unwrap().explain(&problem);
                    prop_assert!(rule.len() < 4 || !said.message.contains(&rule) && !said.fix.contains(&rule),
                        "{locale}: {said:?}");
                }
            }
        }
    }
}
