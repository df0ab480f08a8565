//! How far a plan reaches: the years its dates may name and how many sessions it may
//! give. Both bound the work every expansion does, on the worker's machine, on the
//! council's server and on the child's phone.

use chrono::{Datelike, Duration, NaiveDate};

use crate::calendar::{self, Budget, CalendarError, HORIZON_DAYS, MAX_PLAN_SESSIONS, PLAN_YEARS};
use crate::plan::Plan;

/// The most schedules (arrangements and the `before` schedules of their changes) a
/// plan may have. Thirty people is a large plan. Each schedule costs an expansion, and
/// a rule that never matches costs a test of every day of the plan years to find out.
pub const MAX_SCHEDULES: usize = 100;

/// Whether the plan has more than [`MAX_SCHEDULES`] schedules.
pub fn too_many_schedules(plan: &Plan) -> bool {
    let befores = plan.arrangements.iter().flat_map(|a| &a.changes).filter(|c| c.before.is_some()).count();
    plan.arrangements.len() + befores > MAX_SCHEDULES
}

/// The JSON Pointer of every date in the plan whose year is outside [`PLAN_YEARS`].
pub fn dates_outside_years(plan: &Plan) -> Vec<String> {
    let mut dates: Vec<(String, NaiveDate)> = vec![("/issued".into(), plan.issued)];
    for (i, a) in plan.arrangements.iter().enumerate() {
        let at = format!("/arrangements/{i}");
        dates.extend(a.review_date.map(|d| (format!("{at}/review_date"), d)));
        dates.push((format!("{at}/schedule/start"), a.schedule.start.date()));
        for (k, c) in a.changes.iter().enumerate() {
            let at = format!("{at}/changes/{k}");
            dates.push((format!("{at}/effective"), c.effective));
            dates.extend(c.until.map(|d| (format!("{at}/until"), d)));
            dates.extend(c.before.as_ref().map(|b| (format!("{at}/before/start"), b.start.date())));
        }
    }
    for (i, c) in plan.session_changes.iter().enumerate() {
        dates.push((format!("/session_changes/{i}/planned"), c.planned.date()));
        dates.extend(c.moved_to.map(|d| (format!("/session_changes/{i}/moved_to"), d.date())));
    }
    dates.into_iter().filter(|(_, date)| !PLAN_YEARS.contains(&date.year())).map(|(path, _)| path).collect()
}

/// Whether the plan gives more than [`MAX_PLAN_SESSIONS`] sessions from its first to
/// two years after it was issued: what a phone stores the day the plan arrives. The
/// count stops as soon as it is over, so a plan with far too many costs no more.
/// A plan whose dates or rules are wrong is not counted (those are refused anyway).
pub fn too_many_sessions(plan: &Plan) -> bool {
    let to = calendar::uk_midnight(plan.issued) + Duration::days(HORIZON_DAYS);
    let mut budget = Budget::new(MAX_PLAN_SESSIONS);
    plan.arrangements.iter().any(|arrangement| {
        matches!(
            calendar::planned_starts_within(arrangement, chrono::DateTime::<chrono::Utc>::MIN_UTC, to, &mut budget),
            Err(CalendarError::TooManySessions)
        )
    })
}
