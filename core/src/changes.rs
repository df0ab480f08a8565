//! What changed between two versions of a child's plan: the "what changed since you last
//! looked" list, and the rule that no version may give a child less family time without
//! saying why.
//!
//! A worker records most changes in the plan itself (an arrangement reduced, a session
//! cancelled), each with its reason. A new version can also differ in ways nobody wrote
//! down: a schedule edited in place, a person taken out. [`compare`] lists the recorded
//! changes that are new, adds a plain "this changed" for every difference in the child's
//! next [`WINDOW_DAYS`] days that no recorded change explains, and turns any such silent
//! difference that means *less* into a problem, so the server refuses to publish it and
//! the device refuses to store it.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::{self, Session};
use crate::plan::{
    Arrangement, ArrangementChange, ChangeKind, HelperRole, PersonStatus, Plan, SessionChange, ValidPlan,
};
use crate::validate::{self, PlanRejected, Problem};

/// How far ahead the sessions of two versions are compared.
pub const WINDOW_DAYS: i64 = 90;
/// Recorded changes older than this are history, not news.
pub const RECENT_DAYS: i64 = 28;

/// One thing that is different in the new version, as the child will be told it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanChange {
    /// A change to an arrangement the worker recorded, with its reason.
    Arrangement {
        arrangement: String,
        change: ArrangementChange,
    },
    /// One session cancelled, moved, or noted as not having happened.
    Session {
        change: SessionChange,
    },
    /// A new way of keeping in touch; its purpose says why.
    NewArrangement {
        arrangement: String,
    },
    /// The arrangement's days, times or details differ and no recorded change says so.
    /// Never less family time: that needs a recorded change with a reason.
    Altered {
        arrangement: String,
    },
    PersonAdded {
        person: String,
    },
    /// Whether the child can see someone changed; `reason` is the plan's status reason.
    PersonStatus {
        person: String,
        status: PersonStatus,
        reason: Option<String>,
    },
    NewHelper {
        helper: String,
    },
    /// A helper no longer in the plan: their name and role are kept here, since the new
    /// plan has neither.
    HelperLeft {
        name: String,
        role: HelperRole,
    },
}

/// The changes from one version to the next, and the differences nobody explained.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    pub changes: Vec<PlanChange>,
    /// Less family time with no reason, or someone or something taken out of the plan.
    pub unexplained: Vec<Problem>,
}

/// Compares two versions of one child's plan as of `now`. The first version a device
/// stores has nothing to compare with: everything in it is simply the plan.
pub fn compare(old: &Plan, new: &Plan, now: DateTime<Utc>) -> Comparison {
    let today = calendar::uk_date(now);
    let mut out = Comparison::default();
    compare_people(old, new, &mut out);
    compare_helpers(old, new, &mut out);
    let window = (calendar::uk_midnight(today), calendar::uk_midnight(today + Duration::days(WINDOW_DAYS)));
    let old_sessions = sessions_by_arrangement(old, window);
    let new_sessions = sessions_by_arrangement(new, window);
    let since = today - Duration::days(RECENT_DAYS);
    // Session changes that are new in this version, by arrangement.
    let old_one_offs: HashMap<(&str, NaiveDateTime), &SessionChange> =
        old.session_changes.iter().map(|c| ((c.arrangement.as_str(), c.planned), c)).collect();
    let mut one_offs: HashMap<&str, Vec<&SessionChange>> = HashMap::new();
    for change in &new.session_changes {
        let known = old_one_offs.get(&(change.arrangement.as_str(), change.planned)) == Some(&change);
        if !known && change.planned.date() >= since {
            one_offs.entry(change.arrangement.as_str()).or_default().push(change);
        }
    }
    for (i, arrangement) in new.arrangements.iter().enumerate() {
        let Some(before) = old.arrangement(&arrangement.id) else {
            out.changes.push(PlanChange::NewArrangement { arrangement: arrangement.id.clone() });
            continue;
        };
        let sessions = (
            old_sessions.get(arrangement.id.as_str()).map(Vec::as_slice).unwrap_or_default(),
            new_sessions.get(arrangement.id.as_str()).map(Vec::as_slice).unwrap_or_default(),
        );
        let one_off = one_offs.remove(arrangement.id.as_str()).unwrap_or_default();
        compare_arrangement(i, (before, arrangement), sessions, one_off, (old, new), since, &mut out);
    }
    for (i, arrangement) in old.arrangements.iter().enumerate() {
        if new.arrangement(&arrangement.id).is_none() {
            out.unexplained.push(
                Problem::new(format!("/arrangements/{i}"), "arrangement-dropped")
                    .with("arrangement", arrangement.id.as_str())
                    .with("old", old.version)
                    .with("new", new.version),
            );
        }
    }
    out
}

/// The check the server makes before publishing `next` over `previous`, as of `now`;
/// the device makes the same one when it stores a plan (`Store::import_plan`).
pub fn check_update_at(previous: &ValidPlan, next: &ValidPlan, now: DateTime<Utc>) -> Result<(), PlanRejected> {
    let unexplained = compare(previous, next, now).unexplained;
    if unexplained.is_empty() { Ok(()) } else { Err(PlanRejected { problems: unexplained }) }
}

fn compare_people(old: &Plan, new: &Plan, out: &mut Comparison) {
    for (i, person) in new.people.iter().enumerate() {
        let Some(before) = old.person(&person.id) else {
            out.changes.push(PlanChange::PersonAdded { person: person.id.clone() });
            continue;
        };
        if before.status == person.status {
            continue;
        }
        // Whatever it was before, "can't see right now" is news that needs its why.
        let less = person.status == PersonStatus::CantSeeRightNow;
        if less && person.status_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            out.unexplained.push(
                Problem::new(format!("/people/{i}/status_reason"), "status-reason-missing")
                    .with("person", person.id.as_str())
                    .with("version", new.version),
            );
            continue;
        }
        out.changes.push(PlanChange::PersonStatus {
            person: person.id.clone(),
            status: person.status,
            reason: person.status_reason.clone(),
        });
    }
    for (i, person) in old.people.iter().enumerate() {
        if new.person(&person.id).is_none() {
            out.unexplained.push(
                Problem::new(format!("/people/{i}"), "person-dropped")
                    .with("person", person.id.as_str())
                    .with("old", old.version)
                    .with("new", new.version),
            );
        }
    }
}

fn compare_helpers(old: &Plan, new: &Plan, out: &mut Comparison) {
    for helper in &new.helpers {
        if !old.helpers.iter().any(|h| h.id == helper.id) {
            out.changes.push(PlanChange::NewHelper { helper: helper.id.clone() });
        }
    }
    for helper in &old.helpers {
        if !new.helpers.iter().any(|h| h.id == helper.id) {
            out.changes.push(PlanChange::HelperLeft { name: helper.name.clone(), role: helper.role });
        }
    }
}

/// What the child sees of a session: when it is and whether it goes ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    status: std::mem::Discriminant<calendar::SessionStatus>,
}

impl Seen {
    fn of(session: &Session) -> Seen {
        Seen { start: session.start, end: session.end, status: std::mem::discriminant(&session.status) }
    }
}

/// Minutes of family time a session gives, if it goes ahead; letters count as one.
fn minutes(session: Option<&&Session>) -> i64 {
    session.filter(|s| s.status.goes_ahead()).map_or(0, |s| (s.end - s.start).num_minutes().max(1))
}

fn sessions_by_arrangement(plan: &Plan, (from, to): (DateTime<Utc>, DateTime<Utc>)) -> HashMap<&str, Vec<Session>> {
    // A session can be moved at most this far, so one planned earlier may start in the window.
    let moved_in = from - Duration::days(validate::MAX_MOVE_DAYS);
    // A valid plan always expands; only valid plans are compared.
    let sessions = calendar::expand_between(plan, moved_in, to).unwrap_or_default();
    let mut out: HashMap<&str, Vec<Session>> = HashMap::new();
    for session in sessions.into_iter().filter(|s| s.start >= from || s.planned >= from) {
        if let Some(arrangement) = plan.arrangements.iter().find(|a| a.id == session.arrangement) {
            out.entry(arrangement.id.as_str()).or_default().push(session);
        }
    }
    out
}

/// Recorded changes that change when, whether or how often sessions happen.
fn changes_sessions(kind: ChangeKind) -> bool {
    !matches!(kind, ChangeKind::NewPlace | ChangeKind::PersonAdded)
}

fn compare_arrangement(
    index: usize,
    (before, after): (&Arrangement, &Arrangement),
    (old_sessions, new_sessions): (&[Session], &[Session]),
    one_off: Vec<&SessionChange>,
    (old, new): (&Plan, &Plan),
    since: NaiveDate,
    out: &mut Comparison,
) {
    let recorded: Vec<&ArrangementChange> =
        after.changes.iter().filter(|c| !before.changes.contains(c) && c.effective >= since).collect();
    let changed_alone: HashSet<String> =
        one_off.iter().map(|c| calendar::session_id(&c.arrangement, c.planned)).collect();

    // Every session that is new, gone or different, by its stable id. One the worker
    // changed by itself, or that falls under a recorded change meaning less (which has a
    // reason), is explained; the rest must not add up to less family time.
    let old_by_id: HashMap<&str, &Session> = old_sessions.iter().map(|s| (s.id.as_str(), s)).collect();
    let new_by_id: HashMap<&str, &Session> = new_sessions.iter().map(|s| (s.id.as_str(), s)).collect();
    let ids: BTreeSet<&str> = old_by_id.keys().chain(new_by_id.keys()).copied().collect();
    let mut silent = false;
    let mut gained = 0;
    for id in ids {
        let (was, is) = (old_by_id.get(id), new_by_id.get(id));
        if was.map(|s| Seen::of(s)) == is.map(|s| Seen::of(s)) {
            continue;
        }
        if changed_alone.contains(id) {
            continue;
        }
        let planned = calendar::uk_date(was.or(is).expect("the id came from one of them").planned);
        let under = |less: bool| {
            recorded.iter().any(|c| changes_sessions(c.kind) && c.kind.means_less() == less && planned >= c.effective)
        };
        if under(true) {
            continue;
        }
        silent |= !under(false);
        gained += minutes(is) - minutes(was);
    }
    let dropped = before.with.iter().any(|p| !after.with.contains(p)) && !recorded.iter().any(|c| c.kind.means_less());
    if gained < 0 || dropped {
        out.unexplained.push(
            Problem::new(format!("/arrangements/{index}"), "less-family-time")
                .with("arrangement", after.id.as_str())
                .with("old", old.version)
                .with("new", new.version),
        );
        return;
    }
    let details_differ = before.form != after.form
        || before.support != after.support
        || before.who_takes_me != after.who_takes_me
        || (before.venue != after.venue && !recorded.iter().any(|c| c.kind == ChangeKind::NewPlace))
        || (before.with != after.with && !recorded.iter().any(|c| c.kind == ChangeKind::PersonAdded));
    let arrangement = || after.id.clone();
    out.changes.extend(
        recorded.into_iter().map(|c| PlanChange::Arrangement { arrangement: arrangement(), change: c.clone() }),
    );
    out.changes.extend(one_off.into_iter().map(|c| PlanChange::Session { change: c.clone() }));
    if silent || details_differ {
        out.changes.push(PlanChange::Altered { arrangement: arrangement() });
    }
}
