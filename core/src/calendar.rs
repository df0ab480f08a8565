//! Turning a plan's rules into the sessions a child will see.
//!
//! Every time in a plan is UK local time. Sessions are expanded from RFC 5545 rules in
//! Europe/London, so a 10:00 visit stays at 10:00 when the clocks change, and are kept
//! as UTC instants so that ordering and "how long until" never depend on the offset.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::plan::{Arrangement, ChangeKind, Decider, Plan, Schedule, SessionChangeKind};
use crate::repeat::{RepeatRule, RuleError};

/// Every plan time is in this zone.
pub const UK: Tz = chrono_tz::Europe::London;

/// How far ahead of "now" sessions are expanded when a plan has no end.
pub const HORIZON_DAYS: i64 = 731;

/// The years any date in a plan may name. A child's plan is about the years around
/// now; the bound keeps every expansion finite (a rule started in year 1, or a session
/// change in 9999, took seconds and hundreds of MB to expand).
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// The most sessions one expansion of a plan gives. The plan check refuses a plan
/// with more than [`MAX_PLAN_SESSIONS`] by two years after it was issued, so only a
/// plan left unchanged for years at that density reaches this.
pub const MAX_SESSIONS: usize = 50_000;

/// The most sessions a plan may give from its first to two years after it was issued
/// (what a phone stores the day the plan arrives). Thirty people seen weekly for five
/// years is about 10,000.
pub const MAX_PLAN_SESSIONS: usize = 20_000;

/// The first instant after the last day a plan may name: no expansion goes past it.
pub fn end_of_plan_years() -> DateTime<Utc> {
    uk_midnight(NaiveDate::from_ymd_opt(PLAN_YEARS.end() + 1, 1, 1).expect("a real date"))
}

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum CalendarError {
    #[error("{0} does not exist in the UK: the clocks go forward that night")]
    SkippedLocalTime(NaiveDateTime),
    #[error("{0} happens twice in the UK: the clocks go back that night")]
    AmbiguousLocalTime(NaiveDateTime),
    #[error(transparent)]
    BadRule(#[from] RuleError),
    #[error("the plan gives more than {MAX_SESSIONS} sessions")]
    TooManySessions,
}

/// The one instant a UK local time names, refusing times the clock change skips or repeats.
pub fn uk_instant(local: NaiveDateTime) -> Result<DateTime<Utc>, CalendarError> {
    match UK.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        chrono::LocalResult::Ambiguous(..) => Err(CalendarError::AmbiguousLocalTime(local)),
        chrono::LocalResult::None => Err(CalendarError::SkippedLocalTime(local)),
    }
}

pub fn uk_local(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&UK).naive_local()
}

pub fn uk_date(instant: DateTime<Utc>) -> NaiveDate {
    uk_local(instant).date()
}

/// Midnight at the start of a UK date, as an instant (the clocks never change at midnight).
pub fn uk_midnight(date: NaiveDate) -> DateTime<Utc> {
    let local = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    UK.from_local_datetime(&local).earliest().expect("UK midnight always exists").with_timezone(&Utc)
}

/// One session of an arrangement, after the plan's changes are applied to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// "<arrangement>/<planned local start>", stable across plan versions.
    pub id: String,
    pub arrangement: String,
    /// When the rule put it, before any move.
    pub planned: DateTime<Utc>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: SessionStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SessionStatus {
    Planned,
    Moved {
        reason: Option<String>,
        decided_by: Decider,
    },
    Cancelled {
        reason: String,
        decided_by: Decider,
    },
    /// It was due and someone (`who`, or the child when absent) did not come.
    DidNotHappen {
        who: Option<String>,
        reason: Option<String>,
        decided_by: Decider,
    },
    Suspended {
        reason: String,
        until: Option<NaiveDate>,
    },
}

impl SessionStatus {
    /// Whether the child can expect to see the people at this session.
    pub fn goes_ahead(&self) -> bool {
        matches!(self, SessionStatus::Planned | SessionStatus::Moved { .. })
    }
}

/// A start a rule gives: the UK wall-clock time, the instant it names, and how long
/// the schedule it came from says it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    pub local: NaiveDateTime,
    pub instant: DateTime<Utc>,
    pub duration: Duration,
}

/// The starts an arrangement's rules give in `[from, to)`, with the plan's ends
/// applied but not its session changes; at most [`MAX_SESSIONS`] of them.
pub fn planned_starts(
    arrangement: &Arrangement,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Occurrence>, CalendarError> {
    planned_starts_within(arrangement, from, to, &mut Budget::new(MAX_SESSIONS))
}

/// [`planned_starts`], spending one of `budget` on each start.
pub fn planned_starts_within(
    arrangement: &Arrangement,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    budget: &mut Budget,
) -> Result<Vec<Occurrence>, CalendarError> {
    let stops = Pauses::of(arrangement);
    let mut out = Vec::new();
    for segment in segments(arrangement) {
        // A schedule that a change replaced is not expanded past the change.
        let to = segment.to.map_or(to, |end| to.min(uk_midnight(end)));
        for occurrence in starts(segment.schedule)?.take_while(|o| o.instant < to) {
            let date = occurrence.local.date();
            let in_segment = segment.from.is_none_or(|f| date >= f);
            if occurrence.instant >= from && in_segment && !stops.ended_on(date) {
                budget.spend()?;
                out.push(occurrence);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// How many more sessions an expansion may give before it stops with
/// [`CalendarError::TooManySessions`].
#[derive(Debug)]
pub struct Budget {
    left: usize,
}

impl Budget {
    pub fn new(sessions: usize) -> Budget {
        Budget { left: sessions }
    }

    fn spend(&mut self) -> Result<(), CalendarError> {
        self.left = self.left.checked_sub(1).ok_or(CalendarError::TooManySessions)?;
        Ok(())
    }
}

/// Every session of a plan that starts before `horizon`, ordered by start.
///
/// The plan must have passed validation: its rules parse and its local times exist.
pub fn expand(plan: &Plan, horizon: DateTime<Utc>) -> Result<Vec<Session>, CalendarError> {
    expand_between(plan, DateTime::<Utc>::MIN_UTC, horizon)
}

/// The sessions a plan's rules put in `[from, horizon)`, ordered by start, with their
/// changes applied; a session moved from outside that range keeps its planned time.
pub fn expand_between(plan: &Plan, from: DateTime<Utc>, horizon: DateTime<Utc>) -> Result<Vec<Session>, CalendarError> {
    let changes: HashMap<(&str, NaiveDateTime), _> =
        plan.session_changes.iter().map(|c| ((c.arrangement.as_str(), c.planned), c)).collect();
    let mut sessions = Vec::new();
    let mut budget = Budget::new(MAX_SESSIONS);
    for arrangement in &plan.arrangements {
        let pauses = Pauses::of(arrangement);
        for Occurrence { local, instant: planned, duration } in
            planned_starts_within(arrangement, from, horizon, &mut budget)?
        {
            let mut session = Session {
                id: session_id(&arrangement.id, local),
                arrangement: arrangement.id.clone(),
                planned,
                start: planned,
                end: planned + duration,
                status: SessionStatus::Planned,
            };
            if let Some((reason, until)) = pauses.suspended_on(local.date()) {
                session.status = SessionStatus::Suspended { reason, until };
            }
            if let Some(change) = changes.get(&(arrangement.id.as_str(), local)) {
                let reason = change.reason.clone();
                session.status = match change.kind {
                    SessionChangeKind::Cancelled => {
                        SessionStatus::Cancelled { reason: reason.unwrap_or_default(), decided_by: change.decided_by }
                    }
                    SessionChangeKind::DidNotHappen => {
                        SessionStatus::DidNotHappen { who: change.who.clone(), reason, decided_by: change.decided_by }
                    }
                    SessionChangeKind::Moved => {
                        let to = uk_instant(change.moved_to.unwrap_or(local))?;
                        session.start = to;
                        session.end = to + duration;
                        SessionStatus::Moved { reason, decided_by: change.decided_by }
                    }
                };
            }
            sessions.push(session);
        }
    }
    sessions.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    Ok(sessions)
}

pub fn session_id(arrangement: &str, planned_local: NaiveDateTime) -> String {
    format!("{arrangement}/{}", planned_local.format("%Y-%m-%dT%H:%M"))
}

/// A schedule and the local dates `[from, to)` it applied to.
struct Segment<'a> {
    schedule: &'a Schedule,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

/// A change with a `before` schedule ends that schedule and starts the next one.
fn segments(arrangement: &Arrangement) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut from = None;
    for change in &arrangement.changes {
        if let Some(before) = &change.before {
            out.push(Segment { schedule: before, from, to: Some(change.effective) });
            from = Some(change.effective);
        }
    }
    out.push(Segment { schedule: &arrangement.schedule, from, to: None });
    out
}

/// Starts of one schedule in order, from its first, up to the end of the plan years.
/// The rule's expansion resolves clock changes: a start the clocks skip moves an hour on,
/// a repeated one takes the first instant. Each day has at most one start, because a
/// rule cannot repeat more often than daily nor name hours, so session ids (the
/// arrangement and the local start) are unique.
pub(crate) fn starts(schedule: &Schedule) -> Result<impl Iterator<Item = Occurrence> + use<>, CalendarError> {
    let duration = Duration::minutes(schedule.duration_minutes.unwrap_or(0).into());
    let first = Occurrence { local: schedule.start, instant: uk_instant(schedule.start)?, duration };
    let rules = match &schedule.repeat {
        Some(repeat) => Some(repeat.parse::<RepeatRule>()?.anchored(first.instant)?),
        None => None,
    };
    let one_off = rules.is_none().then_some(first);
    let repeats =
        rules.into_iter().flatten().map(move |instant| Occurrence { local: uk_local(instant), instant, duration });
    let end = end_of_plan_years();
    Ok(one_off.into_iter().chain(repeats).take_while(move |o| o.instant < end))
}

/// When an arrangement was suspended or ended, from its changes.
struct Pauses {
    /// `[from, to)` dates with the reason and the announced last day.
    suspended: Vec<(NaiveDate, Option<NaiveDate>, String, Option<NaiveDate>)>,
    ended: Vec<(NaiveDate, Option<NaiveDate>)>,
}

impl Pauses {
    fn of(arrangement: &Arrangement) -> Pauses {
        let mut pauses = Pauses { suspended: Vec::new(), ended: Vec::new() };
        let changes = &arrangement.changes;
        for (i, change) in changes.iter().enumerate() {
            // A pause lasts until the next change that restarts family time.
            let restart = changes[i + 1..]
                .iter()
                .find(|c| matches!(c.kind, ChangeKind::Resumed | ChangeKind::Started))
                .map(|c| c.effective);
            match change.kind {
                ChangeKind::Suspended => {
                    let announced_end = change.until.and_then(|u| u.succ_opt());
                    let to = match (announced_end, restart) {
                        (Some(a), Some(r)) => Some(a.min(r)),
                        (a, r) => a.or(r),
                    };
                    let reason = change.reason.clone().unwrap_or_default();
                    pauses.suspended.push((change.effective, to, reason, change.until));
                }
                ChangeKind::Ended => pauses.ended.push((change.effective, restart)),
                _ => {}
            }
        }
        pauses
    }

    fn ended_on(&self, date: NaiveDate) -> bool {
        self.ended.iter().any(|&(from, to)| date >= from && to.is_none_or(|t| date < t))
    }

    fn suspended_on(&self, date: NaiveDate) -> Option<(String, Option<NaiveDate>)> {
        self.suspended
            .iter()
            .rev()
            .find(|(from, to, ..)| date >= *from && to.is_none_or(|t| date < t))
            .map(|(_, _, reason, until)| (reason.clone(), *until))
    }
}

/// The questions screens ask of a child's sessions. The in-memory [`Calendar`] and the
/// encrypted store answer them the same way; the store does it with indexes.
pub trait SessionSource {
    type Error;

    /// Sessions starting in `[from, to)`, by start.
    fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Session>, Self::Error>;

    /// Up to `limit` sessions with `person` that have not finished by `after`, soonest first;
    /// with `going_ahead`, only those not cancelled, suspended or missed.
    fn upcoming_with(
        &self,
        person: &str,
        after: DateTime<Utc>,
        limit: usize,
        going_ahead: bool,
    ) -> Result<Vec<Session>, Self::Error>;

    /// Up to `limit` sessions with `person` that finished by `before`, latest first.
    fn past_with(&self, person: &str, before: DateTime<Utc>, limit: usize) -> Result<Vec<Session>, Self::Error>;

    fn session(&self, id: &str) -> Result<Option<Session>, Self::Error>;
}

/// A plan's sessions held in memory, for the worker tool's preview and for tests.
pub struct Calendar {
    sessions: Vec<Session>,
    /// Indexes into `sessions` for each person, in start order.
    by_person: HashMap<String, Vec<usize>>,
}

impl Calendar {
    pub fn new(plan: &Plan, horizon: DateTime<Utc>) -> Result<Calendar, CalendarError> {
        let sessions = expand(plan, horizon)?;
        let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, session) in sessions.iter().enumerate() {
            for person in plan.arrangement(&session.arrangement).map(|a| a.with.as_slice()).unwrap_or_default() {
                by_person.entry(person.clone()).or_default().push(i);
            }
        }
        Ok(Calendar { sessions, by_person })
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    fn of(&self, person: &str) -> impl DoubleEndedIterator<Item = &Session> {
        self.by_person.get(person).into_iter().flatten().map(|&i| &self.sessions[i])
    }
}

impl SessionSource for Calendar {
    type Error = std::convert::Infallible;

    fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Session>, Self::Error> {
        let first = self.sessions.partition_point(|s| s.start < from);
        Ok(self.sessions[first..].iter().take_while(|s| s.start < to).cloned().collect())
    }

    fn upcoming_with(
        &self,
        person: &str,
        after: DateTime<Utc>,
        limit: usize,
        going_ahead: bool,
    ) -> Result<Vec<Session>, Self::Error> {
        Ok(self
            .of(person)
            .filter(|s| s.end > after && (!going_ahead || s.status.goes_ahead()))
            .take(limit)
            .cloned()
            .collect())
    }

    fn past_with(&self, person: &str, before: DateTime<Utc>, limit: usize) -> Result<Vec<Session>, Self::Error> {
        Ok(self.of(person).rev().filter(|s| s.end <= before).take(limit).cloned().collect())
    }

    fn session(&self, id: &str) -> Result<Option<Session>, Self::Error> {
        Ok(self.sessions.iter().find(|s| s.id == id).cloned())
    }
}
