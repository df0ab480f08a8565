//! The preview a worker reads: the child's screens as data, and as the words the child
//! would read and hear (screen-reader labels marked with "says:").

use std::convert::Infallible;
use std::fmt::Write;

use chrono::{DateTime, Datelike, Utc};
use familytime_core::calendar::{self, Calendar};
use familytime_core::changes;
use familytime_core::l10n::{Words, WordsError};
use familytime_core::plan::{AgeBand, PersonStatus, ValidPlan};
use familytime_core::screens::{
    ChangeNotice, ChangesView, DayView, HomeView, MonthView, PersonView, RightsView, Screens, SessionCard,
    SessionDetail, TellView, UnsafeView, WeekView,
};
use familytime_core::store::StoredChange;
use familytime_core::validate::Problem;
use serde::Serialize;

#[derive(Serialize)]
pub struct Preview {
    pub locale: String,
    /// What changed since the version the child has, when the worker gave it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<ChangesView>,
    pub home: HomeView,
    pub this_week: WeekView,
    pub this_month: MonthView,
    pub people: Vec<PersonView>,
    /// The detail page of each session shown on the home screen.
    pub sessions: Vec<SessionDetail>,
    pub rights: RightsView,
    pub tell: TellView,
    pub unsafe_now: UnsafeView,
}

/// How to show a preview.
pub struct Shown<'a> {
    pub now: DateTime<Utc>,
    /// Default: the child's language.
    pub lang: Option<&'a str>,
    /// Default: the child's age band.
    pub band: Option<AgeBand>,
}

#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    /// The version would be refused (less family time with no reason given).
    #[error("the server would refuse this version: {} problem(s)", .0.len())]
    Unexplained(Vec<Problem>),
    #[error("{0}")]
    Calendar(String),
    #[error(transparent)]
    Words(#[from] WordsError),
}

/// The child's screens for `plan`; with `since` (the version the child has), first
/// what the child will be told changed, numbered as the phone would keep them.
pub fn make(plan: &ValidPlan, since: Option<&ValidPlan>, shown: Shown<'_>) -> Result<Preview, PreviewError> {
    let Shown { now, lang, band } = shown;
    let changed = match since.map(|old| changes::compare(old, plan, now)) {
        None => None,
        Some(comparison) if !comparison.unexplained.is_empty() => {
            return Err(PreviewError::Unexplained(comparison.unexplained));
        }
        Some(comparison) => Some(
            comparison
                .changes
                .into_iter()
                .zip(1..)
                .map(|(change, id)| StoredChange { id, version: plan.version, change })
                .collect::<Vec<_>>(),
        ),
    };
    let horizon = now + chrono::Duration::days(calendar::HORIZON_DAYS);
    let sessions = Calendar::new(plan, horizon).map_err(|e| PreviewError::Calendar(e.to_string()))?;
    let child = &plan.child;
    let words =
        Words::new(lang.unwrap_or(&child.language), band.unwrap_or(child.age_band), child.family_time_word.as_deref())?;
    let screens = Screens::new(plan, &sessions, &words, now);
    Ok(build(plan, &screens, words.locale(), changed.as_deref()))
}

fn build(plan: &ValidPlan, screens: &Screens<'_, Calendar>, locale: &str, changed: Option<&[StoredChange]>) -> Preview {
    let home = screens.home().unwrap_or_else(never);
    let today = home.today;
    let people: Vec<PersonView> =
        plan.people.iter().filter_map(|p| screens.person(&p.id).unwrap_or_else(never)).collect();
    let mut shown: Vec<&str> =
        home.today_sessions.iter().chain(&home.tomorrow_sessions).map(|c| c.id.as_str()).collect();
    shown.extend(people.iter().flat_map(|p| p.upcoming.first()).map(|c| c.id.as_str()));
    shown.sort_unstable();
    shown.dedup();
    Preview {
        locale: locale.to_owned(),
        changes: changed.map(|changed| screens.changes(changed).unwrap_or_else(never)),
        this_week: screens.week(today).unwrap_or_else(never),
        this_month: screens.month(today.year(), today.month()).unwrap_or_else(never).expect("today's month is a month"),
        sessions: shown.iter().filter_map(|id| screens.session(id).unwrap_or_else(never)).collect(),
        people,
        rights: screens.rights(),
        // As from the first person the child sees: a request is never about someone else.
        tell: screens.tell(
            &[],
            &[],
            plan.people.iter().find(|p| p.status == PersonStatus::CanSee).map(|p| p.id.as_str()),
        ),
        unsafe_now: screens.unsafe_now(),
        home,
    }
}

fn never<T>(e: Infallible) -> T {
    match e {}
}

pub fn text(preview: &Preview) -> String {
    let mut out = String::new();
    if let Some(changes) = &preview.changes {
        changed(&mut out, changes);
    }
    home(&mut out, &preview.home);
    week(&mut out, &preview.this_week.title, &preview.this_week.days);
    week(&mut out, &preview.this_month.title, &preview.this_month.days);
    for person in &preview.people {
        person_page(&mut out, person);
    }
    for detail in &preview.sessions {
        session_page(&mut out, detail);
    }
    rights(&mut out, &preview.rights);
    tell(&mut out, &preview.tell);
    let safe = &preview.unsafe_now;
    heading(&mut out, &safe.title);
    lines(&mut out, "", [&safe.danger, &safe.childline, &safe.trusted_adult, &safe.told].map(|t| Some(t.as_str())));
    out
}

fn tell(out: &mut String, tell: &TellView) {
    heading(out, &tell.title);
    let _ = writeln!(out, "{}", tell.who_heading);
    for choice in &tell.helpers {
        let _ = writeln!(out, "  {} ({})", choice.helper.name, choice.helper.role_name);
        lines(out, "    ", [choice.likely_text.as_deref(), choice.out_of_hours.as_deref()]);
    }
    let _ = writeln!(out, "{}", tell.topic_heading);
    lines(out, "  ", tell.topics.iter().map(|c| Some(c.text.as_str())));
    let _ = writeln!(out, "{}", tell.change_heading);
    lines(out, "  ", tell.changes.iter().map(|c| Some(c.text.as_str())));
    lines(out, "", [Some(tell.write_heading.as_str()), Some(tell.send.as_str()), Some(tell.keep_private.as_str())]);
}

fn home(out: &mut String, home: &HomeView) {
    let w = &home.words;
    heading(out, &w.title);
    for (title, cards, empty) in [
        (&w.today_heading, &home.today_sessions, &w.today_empty),
        (&w.tomorrow_heading, &home.tomorrow_sessions, &w.tomorrow_empty),
    ] {
        let _ = writeln!(out, "{title}");
        lines(out, "  ", [empty.as_deref()]);
        for session in cards {
            card(out, session);
        }
    }
    let _ = writeln!(out, "{}", w.people_heading);
    for person in &home.people {
        let words = &person.words;
        let _ = writeln!(out, "  {} ({}): {}", person.person.name, words.relationship, words.next);
        lines(out, "    ", [words.explain.as_deref(), words.why.as_deref()]);
        let _ = writeln!(out, "    says: {}", words.label);
    }
    if !home.changes.is_empty() {
        let _ = writeln!(out, "{}", w.changes_heading);
        for notice in &home.changes {
            change(out, notice);
        }
    }
    if !home.remembering.is_empty() {
        let _ = writeln!(out, "{}", w.remembering_heading);
        for day in &home.remembering {
            let _ = writeln!(out, "  {}", day.label);
        }
    }
}

fn week(out: &mut String, title: &str, days: &[DayView]) {
    heading(out, title);
    for day in days {
        if day.sessions.is_empty() && day.remembering.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}", day.title);
        for session in &day.sessions {
            card(out, session);
        }
        for remembering in &day.remembering {
            let _ = writeln!(out, "  {}", remembering.label);
        }
    }
}

fn person_page(out: &mut String, page: &PersonView) {
    let w = &page.words;
    heading(out, &format!("{}, {}", page.person.name, w.person.relationship));
    lines(out, "", [w.next_heading.as_deref()]);
    lines(out, "  ", [Some(w.person.next.as_str()), w.person.explain.as_deref(), w.person.why.as_deref()]);
    lines(out, "  ", [page.status_reason.as_deref()]);
    for (title, cards) in [(&w.upcoming_heading, &page.upcoming), (&w.past_heading, &page.past)] {
        if !cards.is_empty() {
            let _ = writeln!(out, "{title}");
            for session in cards {
                card(out, session);
            }
        }
    }
    if !page.arrangements.is_empty() {
        let _ = writeln!(out, "{}", w.arrangements_heading);
    }
    for arrangement in &page.arrangements {
        let words = &arrangement.words;
        let _ = writeln!(out, "  {} ({})", words.title, words.how_often);
        lines(
            out,
            "    ",
            [
                Some(words.form.as_str()),
                Some(words.support.as_str()),
                words.place.as_deref(),
                arrangement.venue_description.as_deref(),
                words.who_takes_me.as_deref(),
                words.activities_heading.as_deref(),
                arrangement.activities.as_deref(),
                Some(words.purpose_heading.as_str()),
                Some(arrangement.purpose.as_str()),
                words.review.as_deref(),
            ],
        );
    }
    if !page.changes.is_empty() {
        let _ = writeln!(out, "{}", w.changes_heading);
        for notice in &page.changes {
            change(out, notice);
        }
    }
    if !page.remembering.is_empty() {
        let _ = writeln!(out, "{}", w.remembering_heading);
        for day in &page.remembering {
            let _ = writeln!(out, "  {}", day.label);
        }
    }
}

fn session_page(out: &mut String, detail: &SessionDetail) {
    heading(out, &detail.session.words.title);
    card(out, &detail.session);
    lines(out, "  ", [detail.what_happens.as_deref()]);
}

fn rights(out: &mut String, rights: &RightsView) {
    heading(out, &rights.title);
    let _ = writeln!(out, "{}", rights.intro);
    for right in &rights.rights {
        let _ = writeln!(out, "  {}\n    {}", right.title, right.body);
    }
    let _ = writeln!(out, "{}", rights.glossary_title);
    for entry in &rights.glossary {
        let _ = writeln!(out, "  {}: {}", entry.title, entry.body);
    }
    for helper in &rights.helpers {
        let _ = writeln!(out, "  {} ({})\n    {}", helper.name, helper.role_name, helper.explain);
        lines(out, "    ", [helper.hours.as_deref()]);
    }
}

fn card(out: &mut String, session: &SessionCard) {
    let w = &session.words;
    let place = w.place.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
    let _ = writeln!(out, "  {}: {}. {}{place}", w.title, w.when, w.how);
    lines(out, "    ", [w.status.as_deref(), w.why.as_deref(), w.decided.as_deref()]);
    let _ = writeln!(out, "    says: {}", w.label);
}

fn change(out: &mut String, notice: &ChangeNotice) {
    let w = &notice.words;
    let _ = writeln!(out, "  {}", w.title);
    lines(out, "    ", [w.rhythm.as_deref(), w.why.as_deref(), Some(w.decided.as_str()), Some(w.next.as_str())]);
}

fn changed(out: &mut String, changes: &ChangesView) {
    heading(out, &changes.title);
    for card in &changes.cards {
        let w = &card.words;
        let _ = writeln!(out, "  {}", w.title);
        // No label: a screen reader reads these lines as they are.
        lines(out, "    ", [w.detail.as_deref(), w.why.as_deref(), w.decided.as_deref(), w.next.as_deref()]);
    }
    let _ = writeln!(out, "  [{}]", changes.seen);
}

/// A screen of the preview: its title and its lines, each with how deep it sits.
pub struct Section {
    pub title: String,
    pub lines: Vec<(usize, String)>,
}

/// The preview's screens as sections, for the browser desk. They are read back from
/// [`text`], so the desk and the command line cannot show a screen differently.
pub fn sections(preview: &Preview) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for line in text(preview).lines().filter(|line| !line.is_empty()) {
        if let Some(title) = line.strip_prefix("== ").and_then(|l| l.strip_suffix(" ==")) {
            sections.push(Section { title: title.to_owned(), lines: Vec::new() });
        } else if let Some(section) = sections.last_mut() {
            let text = line.trim_start();
            section.lines.push(((line.len() - text.len()) / 2, text.to_owned()));
        }
    }
    sections
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n== {title} ==");
}

fn lines<'a>(out: &mut String, indent: &str, texts: impl IntoIterator<Item = Option<&'a str>>) {
    for text in texts.into_iter().flatten() {
        let _ = writeln!(out, "{indent}{text}");
    }
}
