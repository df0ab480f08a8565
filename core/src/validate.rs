//! Reading a plan file and finding every problem in it before anything trusts it.
//!
//! Each problem says where it is (a JSON Pointer into the file) and which problem it is;
//! its words, in the worker's language, say what is wrong and how to fix it
//! (`assets/l10n-problems`), so that a social worker can correct a plan without reading code.

use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

use crate::calendar::CalendarError;
use crate::calendar::{self, MAX_PLAN_SESSIONS, PLAN_YEARS};
use crate::plan::{
    Arrangement, ChangeKind, FORMAT_NAME, FORMAT_VERSION, Form, Plan, Schedule, SessionChange, SessionChangeKind,
    ValidPlan,
};
use crate::privacy::{MAX_NAME_CHARS, NameProblem, find_locating_detail, is_emoji, name_problem};
pub use crate::problem::{PlanRejected, Problem, ProblemArg};
use crate::reach::{self, MAX_SCHEDULES};
pub use crate::reading::MAX_PLAN_BYTES;
use crate::repeat::RepeatRule;

/// The longest a session can last: an overnight stay over a long weekend.
const MAX_DURATION_MINUTES: u32 = 4 * 24 * 60;
/// The furthest a session can be moved from when it was planned.
pub const MAX_MOVE_DAYS: i64 = 90;

/// Reads and checks a plan file.
pub fn read_plan(bytes: &[u8]) -> Result<ValidPlan, PlanRejected> {
    check(parse(bytes)?)
}

/// Reads a plan file's structure; a file that does not parse stops at its first problem.
pub fn parse(bytes: &[u8]) -> Result<Plan, PlanRejected> {
    crate::reading::parse(bytes)
}

/// Checks everything the type system cannot: references, dates, reasons and privacy.
pub fn check(plan: Plan) -> Result<ValidPlan, PlanRejected> {
    let mut checker = Checker { problems: Vec::new(), expand: !reach::too_many_schedules(&plan) };
    checker.header(&plan);
    checker.people(&plan);
    checker.arrangements(&plan);
    checker.session_changes(&plan);
    checker.free_text(&plan);
    checker.reach(&plan);
    if checker.problems.is_empty() { Ok(ValidPlan(plan)) } else { Err(PlanRejected { problems: checker.problems }) }
}

struct Checker {
    problems: Vec<Problem>,
    /// Whether the plan is small enough to expand its rules.
    expand: bool,
}

impl Checker {
    fn add(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    fn header(&mut self, plan: &Plan) {
        if plan.format != FORMAT_NAME {
            self.add(Problem::new("/format", "format-unknown").with("format", FORMAT_NAME));
        }
        if plan.format_version != FORMAT_VERSION {
            self.add(
                Problem::new("/format_version", "format-version-unknown")
                    .with("reads", FORMAT_VERSION)
                    .with("found", plan.format_version),
            );
        }
        for (path, value) in [("/plan_id", &plan.plan_id), ("/council", &plan.council)] {
            if !is_id(value) {
                self.add(Problem::new(path, "id-unusable"));
            }
        }
        if plan.version == 0 {
            self.add(Problem::new("/version", "version-zero"));
        }
        if !is_single_first_name(&plan.child.first_name) {
            self.add(Problem::new("/child/first_name", "child-name-not-first-name"));
        }
        if !is_language_tag(&plan.child.language) {
            self.add(Problem::new("/child/language", "language-unknown"));
        }
        if plan.child.family_time_word.as_deref().is_some_and(|w| w.trim().is_empty() || w.chars().count() > 40) {
            self.add(Problem::new("/child/family_time_word", "family-time-word-length").with("max", 40_i64));
        }
    }

    fn people(&mut self, plan: &Plan) {
        self.unique_ids("/people", plan.people.iter().map(|p| p.id.as_str()));
        self.unique_ids("/helpers", plan.helpers.iter().map(|h| h.id.as_str()));
        for (i, person) in plan.people.iter().enumerate() {
            if let Some(why) = name_problem(&person.name) {
                self.add(name_refused(format!("/people/{i}/name"), why));
            }
            let picture = person.picture.as_ref();
            if picture.and_then(|p| p.colour.as_deref()).is_some_and(|c| !is_colour(c)) {
                self.add(Problem::new(format!("/people/{i}/picture/colour"), "colour-unknown"));
            }
            if picture.and_then(|p| p.emoji.as_deref()).is_some_and(|e| !is_emoji(e)) {
                self.add(Problem::new(format!("/people/{i}/picture/emoji"), "emoji-not-emoji"));
            }
        }
        for (i, helper) in plan.helpers.iter().enumerate() {
            if helper.reads_within_days.is_some_and(|d| !READS_WITHIN_DAYS.contains(&d)) {
                self.add(
                    Problem::new(format!("/helpers/{i}/reads_within_days"), "reads-within-days-range")
                        .with("min", *READS_WITHIN_DAYS.start())
                        .with("max", *READS_WITHIN_DAYS.end()),
                );
            }
            if helper.device.as_deref().is_some_and(|d| !is_id(d)) {
                self.add(Problem::new(format!("/helpers/{i}/device"), "device-id-unusable"));
            }
            if !is_single_first_name(&helper.name) {
                self.add(Problem::new(format!("/helpers/{i}/name"), "helper-name-not-first-name"));
            }
            if let Some(hours) = &helper.working_hours
                && (hours.days.is_empty() || hours.from >= hours.to)
            {
                self.add(Problem::new(format!("/helpers/{i}/working_hours"), "working-hours-empty"));
            }
        }
    }

    fn arrangements(&mut self, plan: &Plan) {
        self.unique_ids("/arrangements", plan.arrangements.iter().map(|a| a.id.as_str()));
        let people: HashSet<&str> = plan.people.iter().map(|p| p.id.as_str()).collect();
        for (i, arrangement) in plan.arrangements.iter().enumerate() {
            let at = format!("/arrangements/{i}");
            if arrangement.with.is_empty() {
                self.add(Problem::new(format!("{at}/with"), "arrangement-with-nobody"));
            }
            for (j, person) in arrangement.with.iter().enumerate() {
                if !people.contains(person.as_str()) {
                    self.add(unknown_id(format!("{at}/with/{j}"), "person-unknown", person, &people));
                }
            }
            if arrangement.purpose.trim().is_empty() {
                self.add(Problem::new(format!("{at}/purpose"), "purpose-missing"));
            }
            if matches!(arrangement.form, Form::Visit | Form::Overnight) && arrangement.venue.is_none() {
                self.add(Problem::new(format!("{at}/venue"), "venue-missing"));
            }
            self.schedule(&format!("{at}/schedule"), &arrangement.schedule, arrangement.form);
            self.changes(&at, arrangement);
            if self.expand && !self.problems.iter().any(|p| p.path.starts_with(&at)) {
                self.has_sessions(&format!("{at}/schedule"), &arrangement.schedule);
            }
        }
    }

    fn schedule(&mut self, at: &str, schedule: &Schedule, form: Form) {
        let start = calendar::uk_instant(schedule.start)
            .map_err(|e| self.add(clock_change(format!("{at}/start"), "start", schedule.start, &e)))
            .ok();
        match schedule.duration_minutes {
            None if form.is_live() => self.add(Problem::new(format!("{at}/duration_minutes"), "duration-missing")),
            Some(minutes) if minutes == 0 || minutes > MAX_DURATION_MINUTES => self.add(
                Problem::new(format!("{at}/duration_minutes"), "duration-impossible")
                    .with("minutes", minutes)
                    .with("max", MAX_DURATION_MINUTES),
            ),
            _ => {}
        }
        if let Some(repeat) = &schedule.repeat {
            // A rule is anchored on its start, so UNTIL is checked once the start exists.
            let rule = repeat.parse::<RepeatRule>().and_then(|rule| match start {
                Some(start) => rule.anchored(start).map(drop),
                None => Ok(()),
            });
            if let Err(e) = rule {
                self.add(e.problem(format!("{at}/repeat")));
            }
        }
    }

    fn changes(&mut self, at: &str, arrangement: &Arrangement) {
        let mut suspended = false;
        for (k, change) in arrangement.changes.iter().enumerate() {
            let at = format!("{at}/changes/{k}");
            if change.kind.means_less() && is_blank(&change.reason) {
                self.add(
                    Problem::new(format!("{at}/reason"), "change-reason-missing")
                        .with("kind", format_word(change.kind)),
                );
            }
            if k > 0 && arrangement.changes[k - 1].effective > change.effective {
                self.add(Problem::new(format!("{at}/effective"), "changes-out-of-order"));
            }
            if change.until.is_some() && change.kind != ChangeKind::Suspended {
                self.add(Problem::new(format!("{at}/until"), "until-not-suspension"));
            }
            if change.until.is_some_and(|u| u < change.effective) {
                self.add(Problem::new(format!("{at}/until"), "suspension-ends-before-start"));
            }
            match change.kind {
                ChangeKind::Suspended => suspended = true,
                ChangeKind::Resumed if !suspended => {
                    self.add(Problem::new(format!("{at}/kind"), "resumed-not-suspended"))
                }
                _ => {}
            }
            if let Some(before) = &change.before {
                self.schedule(&format!("{at}/before"), before, arrangement.form);
                // Every schedule is expanded, so one that never matches is refused here,
                // with words that say why, before its expansion tries every day in vain.
                if self.expand {
                    self.has_sessions(&format!("{at}/before"), before);
                }
            }
        }
    }

    /// A rule that never produces a session is almost certainly a mistake.
    fn has_sessions(&mut self, at: &str, schedule: &Schedule) {
        let last = calendar::end_of_plan_years().date_naive();
        let rule = schedule.repeat.as_deref().map(str::parse::<RepeatRule>);
        if let Some(Ok(rule)) = rule
            && rule.first_day(schedule.start, last).is_none()
        {
            self.add(Problem::new(format!("{at}/repeat"), "rule-no-sessions"));
        }
    }

    fn session_changes(&mut self, plan: &Plan) {
        let arrangements: HashMap<&str, &Arrangement> = plan.arrangements.iter().map(|a| (a.id.as_str(), a)).collect();
        let mut seen = HashSet::new();
        let starts = if self.expand { planned_starts_by_arrangement(plan) } else { HashMap::new() };
        for (i, change) in plan.session_changes.iter().enumerate() {
            let at = format!("/session_changes/{i}");
            let Some(arrangement) = arrangements.get(change.arrangement.as_str()) else {
                let ids = arrangements.keys().copied().collect();
                self.add(unknown_id(format!("{at}/arrangement"), "arrangement-unknown", &change.arrangement, &ids));
                continue;
            };
            if !seen.insert((change.arrangement.as_str(), change.planned)) {
                self.add(Problem::new(format!("{at}/planned"), "session-change-twice"));
            }
            let starts = starts.get(arrangement.id.as_str()).map(Vec::as_slice);
            self.session_change(&at, change, arrangement, starts);
        }
    }

    /// `starts` are the arrangement's planned starts, in order, if its schedule could be
    /// expanded (a broken rule is its own problem, not every session change's).
    fn session_change(
        &mut self,
        at: &str,
        change: &SessionChange,
        arrangement: &Arrangement,
        starts: Option<&[NaiveDateTime]>,
    ) {
        match change.kind {
            SessionChangeKind::Cancelled if is_blank(&change.reason) => {
                self.add(Problem::new(format!("{at}/reason"), "cancel-reason-missing"))
            }
            SessionChangeKind::Moved => match change.moved_to {
                None => self.add(Problem::new(format!("{at}/moved_to"), "moved-to-missing")),
                Some(to) => {
                    if let Err(e) = calendar::uk_instant(to) {
                        self.add(clock_change(format!("{at}/moved_to"), "moved-to", to, &e));
                    }
                    if to == change.planned || (to - change.planned).num_days().abs() > MAX_MOVE_DAYS {
                        self.add(Problem::new(format!("{at}/moved_to"), "move-too-far").with("days", MAX_MOVE_DAYS));
                    }
                }
            },
            _ => {}
        }
        if change.moved_to.is_some() && change.kind != SessionChangeKind::Moved {
            self.add(Problem::new(format!("{at}/moved_to"), "moved-to-not-moved"));
        }
        if let Some(who) = &change.who
            && (change.kind != SessionChangeKind::DidNotHappen || !arrangement.with.contains(who))
        {
            self.add(Problem::new(format!("{at}/who"), "who-not-missed"));
        }
        if let Some(starts) = starts
            && starts.binary_search(&change.planned).is_err()
        {
            self.add(no_session_at(&format!("{at}/planned"), starts, change.planned));
        }
    }

    fn free_text(&mut self, plan: &Plan) {
        for (path, text) in free_text(plan) {
            if text.chars().any(|c| c.is_control() && c != '\n') {
                self.add(Problem::new(path.clone(), "text-control-character"));
            }
            if let Some(detail) = find_locating_detail(text) {
                // The text itself is not repeated: problems can end up in logs.
                self.add(Problem::new(path, "text-locating").with("detail", detail.key()));
            }
        }
    }

    /// Dates outside the years a plan may name, and more sessions than a phone should
    /// hold, once everything else is right.
    fn reach(&mut self, plan: &Plan) {
        for path in reach::dates_outside_years(plan) {
            self.add(
                Problem::new(path, "date-outside-years")
                    .with("from", i64::from(*PLAN_YEARS.start()))
                    .with("to", i64::from(*PLAN_YEARS.end())),
            );
        }
        if !self.expand {
            self.add(Problem::new("/arrangements", "too-many-schedules").with("max", MAX_SCHEDULES));
        } else if self.problems.is_empty() && reach::too_many_sessions(plan) {
            self.add(Problem::new("/arrangements", "too-many-sessions").with("max", MAX_PLAN_SESSIONS));
        }
    }

    fn unique_ids<'a>(&mut self, at: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !is_id(id) {
                self.add(Problem::new(format!("{at}/{i}/id"), "id-unusable"));
            } else if !seen.insert(id) {
                self.add(Problem::new(format!("{at}/{i}/id"), "id-twice").with("id", id));
            }
        }
    }
}

/// The promise to read a child's message, in working days.
const READS_WITHIN_DAYS: RangeInclusive<u32> = 1..=30;

/// A display name that is not a first name or what the child calls someone.
fn name_refused(path: String, why: NameProblem) -> Problem {
    match why {
        NameProblem::Empty => Problem::new(path, "name-empty"),
        NameProblem::TooLong => Problem::new(path, "name-too-long").with("max", MAX_NAME_CHARS),
        NameProblem::NotLetters => Problem::new(path, "name-not-letters"),
        NameProblem::FullName => Problem::new(path, "name-full-name"),
    }
}

/// A time the clocks skip or repeat; `field` is "start" or "moved-to", whose fixes differ.
fn clock_change(path: String, field: &str, time: NaiveDateTime, error: &CalendarError) -> Problem {
    let repeated = matches!(error, CalendarError::AmbiguousLocalTime(_));
    let id = match (field, repeated) {
        ("start", false) => "start-skipped",
        ("start", true) => "start-repeated",
        (_, false) => "moved-to-skipped",
        (_, true) => "moved-to-repeated",
    };
    Problem::new(path, id).with("time", moment(time))
}

/// An id that names nothing: shown only if it passed the id rule, with the ids there are.
fn unknown_id(path: String, id: &'static str, given: &str, known: &HashSet<&str>) -> Problem {
    if !is_id(given) {
        return Problem::new(path, "id-unusable");
    }
    Problem::new(path, id).with("id", given).with("ids", sorted(known))
}

/// Every field a worker writes in their own words, with its JSON Pointer.
fn free_text(plan: &Plan) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = vec![("/child/first_name".into(), &plan.child.first_name)];
    out.extend(plan.child.family_time_word.as_deref().map(|w| ("/child/family_time_word".into(), w)));
    for (i, p) in plan.people.iter().enumerate() {
        out.push((format!("/people/{i}/name"), &p.name));
        out.extend(p.status_reason.as_deref().map(|t| (format!("/people/{i}/status_reason"), t)));
        for (j, day) in p.remembering.iter().enumerate() {
            out.push((format!("/people/{i}/remembering/{j}/what"), &day.what));
        }
    }
    for (i, h) in plan.helpers.iter().enumerate() {
        out.push((format!("/helpers/{i}/name"), &h.name));
    }
    for (i, a) in plan.arrangements.iter().enumerate() {
        let at = format!("/arrangements/{i}");
        out.push((format!("{at}/purpose"), &a.purpose));
        let venue = a.venue.as_ref().and_then(|v| v.description.as_deref());
        out.extend(venue.map(|t| (format!("{at}/venue/description"), t)));
        out.extend(a.who_takes_me.as_deref().map(|t| (format!("{at}/who_takes_me"), t)));
        out.extend(a.activities.as_deref().map(|t| (format!("{at}/activities"), t)));
        for (k, c) in a.changes.iter().enumerate() {
            out.extend(c.reason.as_deref().map(|t| (format!("{at}/changes/{k}/reason"), t)));
        }
    }
    for (i, c) in plan.session_changes.iter().enumerate() {
        out.extend(c.reason.as_deref().map(|t| (format!("/session_changes/{i}/reason"), t)));
    }
    out
}

/// How far from a session change's time the nearest real session is looked for.
const NEAREST_WITHIN_DAYS: i64 = 45;

/// The planned local starts of every arrangement that session changes refer to and
/// that expands, in order, up to a little after the latest of them: one expansion each, however many
/// changes there are.
fn planned_starts_by_arrangement(plan: &Plan) -> HashMap<&str, Vec<NaiveDateTime>> {
    let mut latest: HashMap<&str, NaiveDateTime> = HashMap::new();
    for change in &plan.session_changes {
        let entry = latest.entry(change.arrangement.as_str()).or_insert(change.planned);
        *entry = (*entry).max(change.planned);
    }
    let mut starts = HashMap::new();
    for arrangement in &plan.arrangements {
        let Some(&last) = latest.get(arrangement.id.as_str()) else { continue };
        let end = last.and_utc() + Duration::days(NEAREST_WITHIN_DAYS + 1);
        let Ok(found) = calendar::planned_starts(arrangement, DateTime::<Utc>::MIN_UTC, end) else { continue };
        starts.insert(arrangement.id.as_str(), found.into_iter().map(|o| o.local).collect());
    }
    starts
}

/// A session change at a time its arrangement has no session: the fix names the nearest
/// real session, if there is one near.
fn no_session_at(path: &str, starts: &[NaiveDateTime], planned: NaiveDateTime) -> Problem {
    let after = starts.partition_point(|s| *s < planned);
    let nearest = [after.checked_sub(1), Some(after)]
        .into_iter()
        .flatten()
        .filter_map(|i| starts.get(i))
        .filter(|s| (**s - planned).num_days().abs() <= NEAREST_WITHIN_DAYS)
        .min_by_key(|s| (**s - planned).abs());
    let problem = |id| Problem::new(path, id).with("planned", moment(planned));
    match nearest {
        Some(start) => problem("planned-no-session").with("nearest", moment(*start)),
        None => problem("planned-no-session-near").with("days", NEAREST_WITHIN_DAYS),
    }
}

/// A time as the plan format writes it; only ever one the checker read as a time.
fn moment(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%dT%H:%M").to_string()
}

/// A choice as the plan format writes it ("reduced"), for words that choose by it.
fn format_word(choice: impl serde::Serialize) -> String {
    serde_json::to_value(choice).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn is_blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

fn is_single_first_name(name: &str) -> bool {
    name.split_whitespace().count() == 1 && name_problem(name).is_none()
}

fn is_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn is_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The usable ids among `ids`, for a fix to list.
fn sorted(ids: &HashSet<&str>) -> String {
    let mut ids: Vec<&str> = ids.iter().copied().filter(|id| is_id(id)).collect();
    ids.sort_unstable();
    ids.join(", ")
}
