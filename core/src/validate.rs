//! Reading a plan file and finding every problem in it before anything trusts it.
//!
//! Each problem says where it is (a JSON Pointer into the file), what is wrong and how
//! to fix it, so that a social worker can correct a plan without reading code.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

use crate::calendar::{self, MAX_PLAN_SESSIONS, PLAN_YEARS};
use crate::plan::{
    Arrangement, ChangeKind, FORMAT_NAME, FORMAT_VERSION, Form, Plan, Schedule, SessionChange, SessionChangeKind,
    ValidPlan,
};
use crate::privacy::{find_locating_detail, is_emoji, name_problem};
pub use crate::problem::{PlanRejected, Problem};
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
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), message: message.into(), fix: fix.into() });
    }

    fn header(&mut self, plan: &Plan) {
        if plan.format != FORMAT_NAME {
            self.problem("/format", "this is not a family-time plan file", format!("set format to \"{FORMAT_NAME}\""));
        }
        if plan.format_version != FORMAT_VERSION {
            self.problem(
                "/format_version",
                format!("this tool reads plan format version {FORMAT_VERSION}, not {}", plan.format_version),
                "write the plan in format version 1, or update the app and tool",
            );
        }
        for (path, value) in [("/plan_id", &plan.plan_id), ("/council", &plan.council)] {
            if !is_id(value) {
                self.problem(path, "this is not a usable id", ID_RULE);
            }
        }
        if plan.version == 0 {
            self.problem("/version", "plan versions start at 1", "set version to 1 for a first plan");
        }
        if !is_single_first_name(&plan.child.first_name) {
            self.problem("/child/first_name", "this is not a single first name", "use the child's first name only");
        }
        if !is_language_tag(&plan.child.language) {
            self.problem(
                "/child/language",
                "this is not a language the app speaks",
                "use \"en-GB\" for English or \"cy\" for Welsh",
            );
        }
        if plan.child.family_time_word.as_deref().is_some_and(|w| w.trim().is_empty() || w.chars().count() > 40) {
            self.problem(
                "/child/family_time_word",
                "the child's word for family time is empty or longer than 40 characters",
                "use the child's own short word, or leave it out to use \"family time\"",
            );
        }
    }

    fn people(&mut self, plan: &Plan) {
        self.unique_ids("/people", plan.people.iter().map(|p| p.id.as_str()));
        self.unique_ids("/helpers", plan.helpers.iter().map(|h| h.id.as_str()));
        for (i, person) in plan.people.iter().enumerate() {
            if let Some(why) = name_problem(&person.name) {
                self.problem(format!("/people/{i}/name"), format!("the name {why}"), NAME_RULE);
            }
            let picture = person.picture.as_ref();
            if picture.and_then(|p| p.colour.as_deref()).is_some_and(|c| !is_colour(c)) {
                self.problem(
                    format!("/people/{i}/picture/colour"),
                    "this is not a colour",
                    "write a colour as \"#RRGGBB\", e.g. \"#3A7D44\"",
                );
            }
            if picture.and_then(|p| p.emoji.as_deref()).is_some_and(|e| !is_emoji(e)) {
                self.problem(
                    format!("/people/{i}/picture/emoji"),
                    "a picture's emoji must be emoji only: no letters, numbers or spaces",
                    "choose one emoji the child knows them by, e.g. \"🐶\", or leave emoji out",
                );
            }
        }
        for (i, helper) in plan.helpers.iter().enumerate() {
            if helper.reads_within_days.is_some_and(|d| !(1..=30).contains(&d)) {
                self.problem(
                    format!("/helpers/{i}/reads_within_days"),
                    "a promise to read must be between 1 and 30 working days",
                    "use the number of working days the helper promises, e.g. 1",
                );
            }
            if helper.device.as_deref().is_some_and(|d| !is_id(d)) {
                self.problem(format!("/helpers/{i}/device"), "this is not a device id", ID_RULE);
            }
            if !is_single_first_name(&helper.name) {
                self.problem(
                    format!("/helpers/{i}/name"),
                    "this is not a first name",
                    "use the helper's first name only",
                );
            }
            if let Some(hours) = &helper.working_hours
                && (hours.days.is_empty() || hours.from >= hours.to)
            {
                self.problem(
                    format!("/helpers/{i}/working_hours"),
                    "working hours need at least one day and a start before the end",
                    "e.g. {\"days\": [\"Mon\", \"Tue\"], \"from\": \"09:00\", \"to\": \"17:00\"}",
                );
            }
        }
    }

    fn arrangements(&mut self, plan: &Plan) {
        self.unique_ids("/arrangements", plan.arrangements.iter().map(|a| a.id.as_str()));
        let people: HashSet<&str> = plan.people.iter().map(|p| p.id.as_str()).collect();
        for (i, arrangement) in plan.arrangements.iter().enumerate() {
            let at = format!("/arrangements/{i}");
            if arrangement.with.is_empty() {
                self.problem(format!("{at}/with"), "the arrangement is with nobody", "list the ids of the people");
            }
            for (j, person) in arrangement.with.iter().enumerate() {
                if !people.contains(person.as_str()) {
                    self.problem(
                        format!("{at}/with/{j}"),
                        format!("there is no person with the id {}", shown_id(person)),
                        format!("use one of the ids in people: {}", sorted(&people)),
                    );
                }
            }
            if arrangement.purpose.trim().is_empty() {
                self.problem(
                    format!("{at}/purpose"),
                    "the arrangement has no purpose",
                    "say in plain words why this family time is arranged the way it is",
                );
            }
            if matches!(arrangement.form, Form::Visit | Form::Overnight) && arrangement.venue.is_none() {
                self.problem(
                    format!("{at}/venue"),
                    "a visit needs a venue",
                    "add a venue with its kind and a description such as \"the family centre\"",
                );
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
            .map_err(|e| {
                self.problem(format!("{at}/start"), e.to_string(), "choose a time outside 01:00-02:00 on that night")
            })
            .ok();
        match schedule.duration_minutes {
            None if form.is_live() => self.problem(
                format!("{at}/duration_minutes"),
                "a visit or call needs to say how long it lasts",
                "add duration_minutes, e.g. 120 for two hours",
            ),
            Some(minutes) if minutes == 0 || minutes > MAX_DURATION_MINUTES => self.problem(
                format!("{at}/duration_minutes"),
                format!("{minutes} minutes is not a possible length for a session"),
                format!("use a length between 1 and {MAX_DURATION_MINUTES} minutes"),
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
                self.problem(format!("{at}/repeat"), e.to_string(), e.fix());
            }
        }
    }

    fn changes(&mut self, at: &str, arrangement: &Arrangement) {
        let mut suspended = false;
        for (k, change) in arrangement.changes.iter().enumerate() {
            let at = format!("{at}/changes/{k}");
            if change.kind.means_less() && is_blank(&change.reason) {
                self.problem(
                    format!("{at}/reason"),
                    format!("a change that means less family time ({}) has no reason", kind_name(change.kind)),
                    "write why, in words the child can be shown: children told us not knowing why hurts most",
                );
            }
            if k > 0 && arrangement.changes[k - 1].effective > change.effective {
                self.problem(
                    format!("{at}/effective"),
                    "changes are not in date order",
                    "list an arrangement's changes oldest first",
                );
            }
            if change.until.is_some() && change.kind != ChangeKind::Suspended {
                self.problem(format!("{at}/until"), "only a suspension has an end date", "remove until");
            }
            if change.until.is_some_and(|u| u < change.effective) {
                self.problem(format!("{at}/until"), "the suspension ends before it starts", "check the dates");
            }
            match change.kind {
                ChangeKind::Suspended => suspended = true,
                ChangeKind::Resumed if !suspended => self.problem(
                    format!("{at}/kind"),
                    "family time is resumed but was never suspended",
                    "add the suspension before it, or use \"started\"",
                ),
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
            self.problem(
                format!("{at}/repeat"),
                "the repeat rule gives no sessions at all",
                "check the rule's days and months, e.g. BYMONTHDAY=31 never falls in February",
            );
        }
    }

    fn session_changes(&mut self, plan: &Plan) {
        let arrangements: HashMap<&str, &Arrangement> = plan.arrangements.iter().map(|a| (a.id.as_str(), a)).collect();
        let mut seen = HashSet::new();
        let starts = if self.expand { planned_starts_by_arrangement(plan) } else { HashMap::new() };
        for (i, change) in plan.session_changes.iter().enumerate() {
            let at = format!("/session_changes/{i}");
            let Some(arrangement) = arrangements.get(change.arrangement.as_str()) else {
                self.problem(
                    format!("{at}/arrangement"),
                    format!("there is no arrangement with the id {}", shown_id(&change.arrangement)),
                    format!("use one of: {}", sorted(&arrangements.keys().copied().collect())),
                );
                continue;
            };
            if !seen.insert((change.arrangement.as_str(), change.planned)) {
                self.problem(
                    format!("{at}/planned"),
                    "this session already has a change",
                    "keep one change per session: the latest",
                );
            }
            let starts = starts.get(arrangement.id.as_str()).map_or(&[][..], Vec::as_slice);
            self.session_change(&at, change, arrangement, starts);
        }
    }

    /// `starts` are the arrangement's planned starts, in order.
    fn session_change(
        &mut self,
        at: &str,
        change: &SessionChange,
        arrangement: &Arrangement,
        starts: &[NaiveDateTime],
    ) {
        match change.kind {
            SessionChangeKind::Cancelled if is_blank(&change.reason) => self.problem(
                format!("{at}/reason"),
                "a cancelled session has no reason",
                "write why it was cancelled, in words the child can be shown",
            ),
            SessionChangeKind::Moved => match change.moved_to {
                None => self.problem(format!("{at}/moved_to"), "a moved session needs its new time", "add moved_to"),
                Some(to) => {
                    if let Err(e) = calendar::uk_instant(to) {
                        self.problem(format!("{at}/moved_to"), e.to_string(), "choose another time");
                    }
                    if to == change.planned || (to - change.planned).num_days().abs() > MAX_MOVE_DAYS {
                        self.problem(
                            format!("{at}/moved_to"),
                            format!("a move must change the time, by at most {MAX_MOVE_DAYS} days"),
                            "for a longer change, cancel this session and add a one-off arrangement",
                        );
                    }
                }
            },
            _ => {}
        }
        if change.moved_to.is_some() && change.kind != SessionChangeKind::Moved {
            self.problem(format!("{at}/moved_to"), "only a moved session has a new time", "remove moved_to");
        }
        if let Some(who) = &change.who
            && (change.kind != SessionChangeKind::DidNotHappen || !arrangement.with.contains(who))
        {
            self.problem(
                format!("{at}/who"),
                format!("{} is not someone this session was with, or the session was not missed", shown_id(who)),
                "name a person from the arrangement's \"with\", and only when the session did not happen",
            );
        }
        if self.expand && starts.binary_search(&change.planned).is_err() {
            self.problem(
                format!("{at}/planned"),
                format!(
                    "arrangement {} has no session at {}",
                    shown_id(&arrangement.id),
                    change.planned.format("%Y-%m-%dT%H:%M")
                ),
                nearest_session_hint(starts, change.planned),
            );
        }
    }

    fn free_text(&mut self, plan: &Plan) {
        for (path, text) in free_text(plan) {
            if text.chars().any(|c| c.is_control() && c != '\n') {
                self.problem(
                    path.clone(),
                    "this has an invisible control character in it",
                    "retype the text (copying from another program can bring these); only new lines are allowed",
                );
            }
            if let Some(detail) = find_locating_detail(text) {
                // The text itself is not repeated: problems can end up in logs.
                self.problem(
                    path,
                    format!("this looks like it contains {}", detail.describe()),
                    "plans never carry addresses, postcodes, contact details or the placement's area: \
                     describe the place instead (\"the family centre\", \"the park\")",
                );
            }
        }
    }

    /// Dates outside the years a plan may name, and more sessions than a phone should
    /// hold, once everything else is right.
    fn reach(&mut self, plan: &Plan) {
        for path in reach::dates_outside_years(plan) {
            self.problem(
                path,
                format!("this date is outside {}-{}, the years a plan may name", PLAN_YEARS.start(), PLAN_YEARS.end()),
                "check the year: plans are about the years around now",
            );
        }
        if !self.expand {
            self.problem(
                "/arrangements",
                format!("the plan has more than {MAX_SCHEDULES} schedules, counting each change's \"before\""),
                "end arrangements that have finished and publish them no more; keep \"before\" only for changes \
                 the child still needs to see",
            );
        } else if self.problems.is_empty() && reach::too_many_sessions(plan) {
            self.problem(
                "/arrangements",
                format!(
                    "the arrangements give more than {MAX_PLAN_SESSIONS} sessions up to two years after the plan \
                     is issued, more than a phone should hold"
                ),
                "end arrangements that have finished with an \"ended\" change or UNTIL in their rule, \
                 and check rules that repeat daily",
            );
        }
    }

    fn unique_ids<'a>(&mut self, at: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !is_id(id) {
                self.problem(format!("{at}/{i}/id"), "this is not a usable id", ID_RULE);
            } else if !seen.insert(id) {
                self.problem(
                    format!("{at}/{i}/id"),
                    format!("the id \"{id}\" is used twice"),
                    "give each one its own id",
                );
            }
        }
    }
}

const ID_RULE: &str = "use 1-40 lower-case letters, digits and hyphens, e.g. \"sam-saturdays\"";
const NAME_RULE: &str = "use a first name or what the child calls them (\"Mum\", \"Nan\", \"Uncle Dave\")";

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

/// The planned local starts of every arrangement that session changes refer to, in
/// order, up to a little after the latest of them: one expansion each, however many
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
        let found = calendar::planned_starts(arrangement, DateTime::<Utc>::MIN_UTC, end).unwrap_or_default();
        starts.insert(arrangement.id.as_str(), found.into_iter().map(|o| o.local).collect());
    }
    starts
}

fn nearest_session_hint(starts: &[NaiveDateTime], planned: NaiveDateTime) -> String {
    let after = starts.partition_point(|s| *s < planned);
    let nearest = [after.checked_sub(1), Some(after)]
        .into_iter()
        .flatten()
        .filter_map(|i| starts.get(i))
        .filter(|s| (**s - planned).num_days().abs() <= NEAREST_WITHIN_DAYS)
        .min_by_key(|s| (**s - planned).abs());
    match nearest {
        Some(start) => {
            format!("use the planned start of a real session; the nearest is {}", start.format("%Y-%m-%dT%H:%M"))
        }
        None => format!("use the planned start of a real session; there are none within {NEAREST_WITHIN_DAYS} days"),
    }
}

fn kind_name(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Reduced => "reduced",
        ChangeKind::Suspended => "suspended",
        ChangeKind::Ended => "ended",
        _ => "changed",
    }
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

/// An id as a problem may show it: only once it has passed the id rule, so text that is
/// not an id (an address typed in the wrong field) is never repeated back.
fn shown_id(id: &str) -> String {
    if is_id(id) { format!("\"{id}\"") } else { "written here (it is not a usable id)".into() }
}

/// The usable ids among `ids`, for a fix to list.
fn sorted(ids: &HashSet<&str>) -> String {
    let mut ids: Vec<&str> = ids.iter().copied().filter(|id| is_id(id)).collect();
    ids.sort_unstable();
    ids.join(", ")
}
