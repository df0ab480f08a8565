//! Plans of a realistic worst size for benchmarks: many people, years of history.

use chrono::Datelike;
use familytime_core::plan::ValidPlan;
use familytime_core::validate;
use serde_json::json;

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// `people` people, each with a weekly session that started `years` years before
/// 22 November 2026, and a cancelled session for each of them every other month.
pub fn big_plan(people: usize, years: i32) -> ValidPlan {
    let file = big_plan_file(people, years);
    validate::read_plan(file.as_bytes()).unwrap_or_else(|e| panic!("the bench plan is valid: {e}"))
}

/// The same plan as a plan file, for the apps' timing harnesses.
pub fn big_plan_file(people: usize, years: i32) -> String {
    let first_year = 2026 - years;
    let mut persons = Vec::new();
    let mut arrangements = Vec::new();
    let mut session_changes = Vec::new();
    let from = chrono::NaiveDate::from_ymd_opt(first_year, 11, 22).expect("a date");
    let first_monday = from + chrono::Duration::days(i64::from(7 - from.weekday().num_days_from_monday()) % 7);
    for i in 0..people {
        let id = format!("p{i}");
        persons.push(
            json!({ "id": id, "name": format!("Person{}", letters(i)), "relationship": "cousin", "status": "can_see" }),
        );
        let day = i % 7;
        let first = first_monday + chrono::Duration::days(day as i64);
        let hour = 9 + i % 9;
        arrangements.push(json!({
            "id": format!("a{i}"),
            "with": [id],
            "form": "visit",
            "support": "supported",
            "venue": { "kind": "family_centre" },
            "purpose": "To keep in touch.",
            "schedule": {
                "start": format!("{first}T{hour:02}:00"),
                "duration_minutes": 90,
                "repeat": format!("FREQ=WEEKLY;BYDAY={}", DAYS[day])
            }
        }));
        for month in (0..years * 12).step_by(2) {
            let date = first + chrono::Duration::weeks(i64::from(month) * 4 + 1);
            session_changes.push(json!({
                "arrangement": format!("a{i}"), "planned": format!("{date}T{hour:02}:00"),
                "kind": "cancelled", "reason": "The family centre was closed.", "decided_by": "social_worker"
            }));
        }
    }
    let plan = json!({
        "format": "familytime.plan", "format_version": 1, "plan_id": "bench", "version": 1,
        "council": "bench", "issued": format!("{first_year}-11-01"),
        "child": { "first_name": "Alex", "age_band": "11-18", "language": "en-GB" },
        "people": persons, "arrangements": arrangements, "session_changes": session_changes
    });
    plan.to_string()
}

/// Names are letters only: "Aa", "Ab", ...
fn letters(i: usize) -> String {
    let letter = |n: usize| char::from(b'a' + (n % 26) as u8);
    format!("{}{}", letter(i / 26).to_ascii_uppercase(), letter(i))
}
