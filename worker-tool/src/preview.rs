//! The preview a worker reads: the child's screens as structured data, and a plain
//! summary of them for the terminal. Words for the child come from the app itself;
//! this summary is for the adult checking the plan.

use std::convert::Infallible;
use std::fmt::Write;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use familytime_core::calendar::{Calendar, SessionStatus};
use familytime_core::plan::ValidPlan;
use familytime_core::screens::{
    ChangeNotice, DayView, HomeView, MonthView, Next, NothingPlanned, PersonView, Rhythm, RhythmUnit, Screens,
    SessionCard, WeekView,
};
use serde::Serialize;

#[derive(Serialize)]
pub struct Preview {
    pub home: HomeView,
    pub this_week: WeekView,
    pub this_month: MonthView,
    pub people: Vec<PersonView>,
}

pub fn build(plan: &ValidPlan, screens: &Screens<'_, Calendar>) -> Preview {
    let home = screens.home().unwrap_or_else(never);
    let today = home.today;
    Preview {
        this_week: screens.week(today).unwrap_or_else(never),
        this_month: screens.month(today.year(), today.month()).unwrap_or_else(never).expect("today's month is a month"),
        people: plan.people.iter().filter_map(|p| screens.person(&p.id).unwrap_or_else(never)).collect(),
        home,
    }
}

fn never<T>(e: Infallible) -> T {
    match e {}
}

pub fn text(preview: &Preview) -> String {
    let home = &preview.home;
    let mut out = String::new();
    let _ = writeln!(out, "What {}'s app shows on {}\n", home.child.first_name, long_date(home.today));
    let _ = writeln!(out, "Next time with each person");
    for person in &home.people {
        let who = format!("{} ({})", person.person.name, words(&person.person.relationship));
        let next = match &person.next {
            Next::Session { session } => card(session),
            Next::Nothing { why } => nothing(why),
        };
        let _ = writeln!(out, "  {who}: {next}");
    }
    section(&mut out, "Today", &home.today_sessions);
    section(&mut out, "Tomorrow", &home.tomorrow_sessions);
    days(&mut out, &format!("This week, from {}", long_date(preview.this_week.starts)), &preview.this_week.days);
    days(&mut out, "This month", &preview.this_month.days);
    let _ = writeln!(out, "\nChanges in the last four weeks and to come");
    if home.changes.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for change in &home.changes {
        let _ = writeln!(out, "  {}", change_line(change));
    }
    if !home.remembering.is_empty() {
        let _ = writeln!(out, "\nRemembering days this week");
        for day in &home.remembering {
            let _ = writeln!(out, "  {}: {} ({})", long_date(day.date), day.what, day.person.name);
        }
    }
    out
}

fn section(out: &mut String, title: &str, cards: &[SessionCard]) {
    let _ = writeln!(out, "\n{title}");
    if cards.is_empty() {
        let _ = writeln!(out, "  nothing planned");
    }
    for session in cards {
        let _ = writeln!(out, "  {}", card(session));
    }
}

fn days(out: &mut String, title: &str, days: &[DayView]) {
    let _ = writeln!(out, "\n{title}");
    let mut any = false;
    for day in days {
        for session in &day.sessions {
            let _ = writeln!(out, "  {}", card(session));
            any = true;
        }
        for remembering in &day.remembering {
            let _ = writeln!(out, "  {}: {} ({})", long_date(day.date), remembering.what, remembering.person.name);
            any = true;
        }
    }
    if !any {
        let _ = writeln!(out, "  nothing planned");
    }
}

fn card(session: &SessionCard) -> String {
    let names: Vec<&str> = session.people.iter().map(|p| p.name.as_str()).collect();
    let end = match session.end {
        Some(end) if end.date() != session.start.date() => format!(" to {}", long_moment(end)),
        Some(end) => format!("-{}", end.format("%H:%M")),
        None => String::new(),
    };
    let mut line = format!(
        "{} {}{end} with {}: {}, {}{}",
        long_date(session.start.date()),
        session.start.format("%H:%M"),
        names.join(" and "),
        words(&session.form),
        words(&session.support),
        session.venue.map(|v| format!(", at {}", words(&v))).unwrap_or_default(),
    );
    let _ = write!(line, " [{}]", distance(session.days_away));
    match &session.status {
        SessionStatus::Planned => {}
        SessionStatus::Moved { reason, decided_by } => {
            let from = session.moved_from.map(long_moment).unwrap_or_default();
            let _ = write!(line, " MOVED from {from}{} ({})", because(reason.as_deref()), words(decided_by));
        }
        SessionStatus::Cancelled { reason, decided_by } => {
            let _ = write!(line, " CANCELLED{} ({})", because(Some(reason)), words(decided_by));
        }
        SessionStatus::DidNotHappen { who, reason, .. } => {
            let who = who.as_deref().unwrap_or("the child");
            let _ = write!(line, " DID NOT HAPPEN: {who} did not come{}", because(reason.as_deref()));
        }
        SessionStatus::Suspended { reason, until } => {
            let until = until.map(|u| format!(" until {}", long_date(u))).unwrap_or_default();
            let _ = write!(line, " SUSPENDED{until}{}", because(Some(reason)));
        }
    }
    line
}

fn distance(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow, 1 sleep".into(),
        d if d > 1 => format!("in {d} days, {d} sleeps"),
        -1 => "yesterday".into(),
        d => format!("{} days ago", -d),
    }
}

fn nothing(why: &NothingPlanned) -> String {
    match why {
        NothingPlanned::ChooseNotTo => "nothing planned: the child chooses not to see them".into(),
        NothingPlanned::Died => "has died".into(),
        NothingPlanned::CantSeeRightNow { reason } => {
            format!("can't see them right now{}", because(reason.as_deref()))
        }
        NothingPlanned::TryingToFind => "trying to find them".into(),
        NothingPlanned::Suspended { reason, until } => {
            let until = until.map(|u| format!(" until {}", long_date(u))).unwrap_or_default();
            format!("suspended{until}{}", because(Some(reason)))
        }
        NothingPlanned::Ended { reason, decided_by } => {
            format!("ended{} ({})", because(reason.as_deref()), words(decided_by))
        }
        NothingPlanned::AllCancelled { reason } => {
            format!("every planned session is cancelled{}", because(Some(reason)))
        }
        NothingPlanned::NoneArranged => "nothing arranged".into(),
    }
}

fn change_line(change: &ChangeNotice) -> String {
    let names: Vec<&str> = change.people.iter().map(|p| p.name.as_str()).collect();
    let rhythms = match (&change.before, &change.after) {
        (Some(before), Some(after)) => format!(" ({} -> {})", rhythm(before), rhythm(after)),
        (None, Some(after)) => format!(" ({})", rhythm(after)),
        _ => String::new(),
    };
    let until = change.until.map(|u| format!(" until {}", long_date(u))).unwrap_or_default();
    format!(
        "from {}{until}: {} with {} {}{rhythms}{} ({})",
        long_date(change.effective),
        change.arrangement,
        names.join(" and "),
        words(&change.kind),
        because(change.reason.as_deref()),
        words(&change.decided_by)
    )
}

fn rhythm(r: &Rhythm) -> String {
    let unit = match r.unit {
        RhythmUnit::Once => return "once".into(),
        RhythmUnit::Day => "day",
        RhythmUnit::Week => "week",
        RhythmUnit::Month => "month",
        RhythmUnit::Year => "year",
    };
    let period = if r.every == 1 { format!("a {unit}") } else { format!("every {} {unit}s", r.every) };
    format!("{} {period}", if r.times == 1 { "once".to_owned() } else { format!("{} times", r.times) })
}

fn because(reason: Option<&str>) -> String {
    reason.map(|r| format!(", because: \"{r}\"")).unwrap_or_default()
}

/// The snake_case name serde gives an enum value, with spaces.
fn words<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(|s| s.replace('_', " "))).unwrap_or_default()
}

fn long_date(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

fn long_moment(moment: NaiveDateTime) -> String {
    moment.format("%a %-d %b %Y %H:%M").to_string()
}
