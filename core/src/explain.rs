//! Turning what a screen shows into words the child reads and hears.
//!
//! Each function takes structured facts and a [`Words`] (locale, age band, the child's
//! word for family time) and returns the text, including one screen-reader label for
//! every picture. Each message's variables are listed in the comments of
//! `assets/l10n/en-GB/*.ftl`; the conventions are in `docs/words.md`.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::Serialize;

use crate::calendar::SessionStatus;
use crate::l10n::{Arg, Words, capitalise};
use crate::messages::{self, Change, Delivery, LikelySeen, Topic};
use crate::plan::{AgeBand, Decider, Helper, HelperRole, Person};
use crate::screens::{
    ArrangementSummary, ChangeNotice, HelperCard, HelperChoice, NothingPlanned, PartOfDay, PersonRef, RememberingCard,
    Rhythm, SessionCard, Timing,
};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CardWords {
    /// "Family time with Mum and Kai".
    pub title: String,
    /// "In 3 sleeps, on Saturday in the afternoon".
    pub when: String,
    /// "Visit".
    pub how: String,
    /// "At the family centre".
    pub place: Option<String>,
    /// "Cancelled", "Moved from …", "Mum didn't come", "Paused until …".
    pub status: Option<String>,
    /// A word or two beside the session's mark in a week or month, so a cancelled or
    /// moved session is told apart in words, not by colour alone: "Cancelled", "Moved".
    pub mark: Option<String>,
    /// "Why: " and the worker's reason.
    pub why: Option<String>,
    /// "Your social worker decided this."
    pub decided: Option<String>,
    pub label: String,
    /// `when` as it reads inside another sentence, for the person's label.
    #[serde(skip)]
    when_in_sentence: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PersonWords {
    /// "Your brother".
    pub relationship: String,
    /// When the child next sees them, or a few words on why not.
    pub next: String,
    /// When nothing is planned: what that means, gently, in full.
    pub explain: Option<String>,
    /// The worker's reason when nothing is planned, if they gave one.
    pub why: Option<String>,
    pub label: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ChangeWords {
    pub title: String,
    /// "It was 3 times a week. Now it is once a week."
    pub rhythm: Option<String>,
    pub why: Option<String>,
    pub decided: String,
    /// What happens next, and that the child can ask.
    pub next: String,
    pub label: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArrangementWords {
    pub title: String,
    pub how_often: String,
    pub form: String,
    pub support: String,
    pub place: Option<String>,
    pub who_takes_me: Option<String>,
    pub activities_heading: Option<String>,
    pub purpose_heading: String,
    pub review: Option<String>,
}

/// "Saturday 28 November".
pub fn date_long(words: &Words, date: NaiveDate) -> String {
    words.fragment(
        "date-long",
        &[
            ("weekday", weekday(words, date.weekday()).into()),
            ("day", i64::from(date.day()).into()),
            ("month", words.fragment(&format!("month-{}", date.month()), &[]).into()),
        ],
    )
}

pub fn weekday(words: &Words, day: Weekday) -> String {
    let id = match day {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    };
    words.fragment(id, &[])
}

/// "2pm" or "14:00", as the locale writes times.
pub fn time_of_day(words: &Words, time: NaiveTime) -> String {
    let hour12 = match time.hour() % 12 {
        0 => 12,
        h => h,
    };
    words.fragment(
        "time-of-day",
        &[
            ("hour24", i64::from(time.hour()).into()),
            ("hour12", i64::from(hour12).into()),
            ("minute", i64::from(time.minute()).into()),
            ("mm", format!("{:02}", time.minute()).into()),
            ("pm", (time.hour() >= 12).into()),
        ],
    )
}

/// "today", "tomorrow", "in 3 sleeps", "3 days ago".
pub fn days_away(words: &Words, days: i64) -> String {
    if days >= 0 {
        words.fragment("when-days", &[("days", days.into())])
    } else {
        words.fragment("when-ago", &[("days", (-days).into())])
    }
}

/// "Mum", "Mum and Kai", "Mum, Nan and Kai".
pub fn names(words: &Words, people: &[PersonRef]) -> String {
    list(words, &people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>())
}

/// Items joined as the locale joins a list ("a, b and c"; Welsh "a, b ac c").
pub(crate) fn list(words: &Words, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => {
            let vowel = last.chars().next().is_some_and(|c| "AEIOUWYÂÊÎÔÛŴŶaeiouwyâêîôûŵŷ".contains(c));
            let (id, list_key, last_key) =
                if rest.len() == 1 { ("names-two", "first", "second") } else { ("names-more", "list", "last") };
            words.fragment(
                id,
                &[(list_key, rest.join(", ").into()), (last_key, (*last).into()), ("vowel", vowel.into())],
            )
        }
    }
}

pub fn card(words: &Words, card: &SessionCard) -> CardWords {
    let names = names(words, &card.people);
    let when = when(words, card);
    let status = status(words, card);
    let (why, decided) = match &card.status {
        SessionStatus::Planned => (None, None),
        SessionStatus::Moved { reason, decided_by } => {
            (reason.as_deref().map(|r| why(words, r)), Some(decided(words, *decided_by)))
        }
        // Nobody decided that someone would not come.
        SessionStatus::DidNotHappen { reason, .. } => (reason.as_deref().map(|r| why(words, r)), None),
        SessionStatus::Cancelled { reason, decided_by } => {
            (Some(why(words, reason)), Some(decided(words, *decided_by)))
        }
        SessionStatus::Suspended { reason, .. } => (Some(why(words, reason)), None),
    };
    let how = words.line(&id("form-name", card.form), &[]);
    // A screen reader hears the status and its reason as sentences, as the card shows them.
    let status_said = sentences([status.as_deref(), why.as_deref()]);
    CardWords {
        title: words.line("card-title", &[("names", names.as_str().into())]),
        label: words.line(
            "card-label",
            &[
                ("names", names.into()),
                ("when", when.as_str().into()),
                ("form", how.as_str().into()),
                ("status", status_said.into()),
            ],
        ),
        when: capitalise(when.clone()),
        when_in_sentence: when,
        mark: mark(words, &card.status),
        how,
        place: card.venue.map(|v| words.line(&id("venue-name", v), &[])),
        status,
        why,
        decided,
    }
}

/// "in 3 sleeps, on Saturday in the afternoon", as the card's band and locale say it.
fn when(words: &Words, card: &SessionCard) -> String {
    let when = match card.timing {
        Timing::Now => words.fragment("when-now", &[]),
        _ => days_away(words, card.days_away),
    };
    words.fragment(
        "when-full",
        &[
            ("when", when.into()),
            ("weekday", weekday(words, card.weekday).into()),
            ("part", part_of_day(words, card.part_of_day).into()),
            ("time", time_of_day(words, card.start.time()).into()),
            ("date", date_long(words, card.start.date()).into()),
            ("clock", has_clock_time(card).into()),
        ],
    )
}

/// Letters, photos and gifts come on a day, not at a time.
fn has_clock_time(card: &SessionCard) -> bool {
    card.end.is_some()
}

fn status(words: &Words, card: &SessionCard) -> Option<String> {
    Some(match &card.status {
        SessionStatus::Planned => return None,
        SessionStatus::Moved { .. } => {
            let from = card.moved_from.unwrap_or(card.start);
            words.line(
                "status-moved",
                &[
                    ("date", date_long(words, from.date()).into()),
                    ("time", time_of_day(words, from.time()).into()),
                    ("clock", has_clock_time(card).into()),
                ],
            )
        }
        SessionStatus::Cancelled { .. } => words.line("status-cancelled", &[]),
        SessionStatus::DidNotHappen { who, .. } => {
            let name = who.as_deref().and_then(|id| card.people.iter().find(|p| p.id == id)).map(|p| p.name.clone());
            words.line(
                "status-did-not-happen",
                &[("me", name.is_none().into()), ("who", name.unwrap_or_default().into())],
            )
        }
        SessionStatus::Suspended { until, .. } => words.line(
            "status-suspended",
            &[
                ("has-until", until.is_some().into()),
                ("until", until.map(|u| date_long(words, u)).unwrap_or_default().into()),
            ],
        ),
    })
}

fn mark(words: &Words, status: &SessionStatus) -> Option<String> {
    let id = match status {
        SessionStatus::Planned => return None,
        SessionStatus::Moved { .. } => "mark-moved",
        SessionStatus::Cancelled { .. } => "mark-cancelled",
        SessionStatus::DidNotHappen { .. } => "mark-did-not-happen",
        SessionStatus::Suspended { .. } => "mark-suspended",
    };
    Some(words.line(id, &[]))
}

/// What the child reads when a session was missed or cancelled, on its detail page.
pub fn what_happens(words: &Words, card: &SessionCard) -> Option<String> {
    match &card.status {
        SessionStatus::DidNotHappen { who, .. } => {
            let name = who.as_deref().and_then(|id| card.people.iter().find(|p| p.id == id)).map(|p| p.name.clone());
            Some(
                words
                    .line("missed-explain", &[("me", name.is_none().into()), ("who", name.unwrap_or_default().into())]),
            )
        }
        SessionStatus::Cancelled { .. } => Some(words.line("cancelled-explain", &[])),
        _ => None,
    }
}

/// Where a person's words are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// On the home screen, which anyone beside the child may glance at.
    OnHome,
    /// On the person's own page, which the child chose to open.
    OnTheirPage,
}

pub fn person(
    words: &Words,
    person: &PersonRef,
    next: Result<&SessionCard, &NothingPlanned>,
    seen: Seen,
) -> PersonWords {
    // A teenager opens the home screen in front of friends, and labels make young people
    // feel different to their peers (*Staying Connected*): there a person is a name and a
    // time, and who they are and why not stay on their own page.
    let discreet = seen == Seen::OnHome && words.band() == AgeBand::Older;
    let relationship = words.fragment(&id("relationship", person.relationship), &[]);
    let (next, explain, why) = match next {
        Ok(session) => (session.words.when_in_sentence.clone(), None, None),
        Err(why) => {
            let short = nothing_short(words, why, &person.name);
            if discreet {
                (short, None, None)
            } else {
                (short, Some(nothing(words, why, &person.name)), nothing_reason(words, why))
            }
        }
    };
    let name = ("name", person.name.as_str().into());
    let label = if discreet {
        words.line("home-person-label", &[name, ("next", next.as_str().into())])
    } else {
        let said = words.line(
            "person-label",
            &[name, ("relationship", relationship.as_str().into()), ("next", next.as_str().into())],
        );
        // The card shows why there is no next time in full; a screen reader hears it too.
        match explain.as_deref() {
            Some(explain) => sentences([Some(said.as_str()), Some(explain)]),
            None => said,
        }
    };
    PersonWords { label, relationship, next: capitalise(next), explain, why }
}

/// Why there is no next time with someone, in a few words: "Not right now".
fn nothing_short(words: &Words, why: &NothingPlanned, name: &str) -> String {
    match why {
        NothingPlanned::Died => words.fragment("next-short-died", &[("name", name.into())]),
        _ => words.fragment(&format!("next-short-{}", why_name(why)), &[]),
    }
}

/// Why there is no next time with someone, without pressure.
pub fn nothing(words: &Words, why: &NothingPlanned, name: &str) -> String {
    let id = format!("nothing-{}", why_name(why));
    match why {
        NothingPlanned::Suspended { until, .. } => words.line(
            &id,
            &[
                ("name", name.into()),
                ("has-until", until.is_some().into()),
                ("until", until.map(|u| date_long(words, u)).unwrap_or_default().into()),
            ],
        ),
        _ => words.line(&id, &[("name", name.into())]),
    }
}

/// The plan-format-style name of a reason there is nothing planned ("all-cancelled").
fn why_name(why: &NothingPlanned) -> &'static str {
    match why {
        NothingPlanned::ChooseNotTo => "choose-not-to",
        NothingPlanned::Died => "died",
        NothingPlanned::CantSeeRightNow { .. } => "cant-see",
        NothingPlanned::TryingToFind => "trying-to-find",
        NothingPlanned::Suspended { .. } => "suspended",
        NothingPlanned::Ended { .. } => "ended",
        NothingPlanned::AllCancelled { .. } => "all-cancelled",
        NothingPlanned::NoneArranged => "none-arranged",
    }
}

/// The worker's reason for why there is nothing planned, if they gave one.
pub fn nothing_reason(words: &Words, why: &NothingPlanned) -> Option<String> {
    match why {
        NothingPlanned::CantSeeRightNow { reason } | NothingPlanned::Ended { reason, .. } => {
            reason.as_deref().map(|r| self::why(words, r))
        }
        NothingPlanned::Suspended { reason, .. } | NothingPlanned::AllCancelled { reason } => {
            Some(self::why(words, reason))
        }
        _ => None,
    }
}

pub fn change(words: &Words, notice: &ChangeNotice) -> ChangeWords {
    let names = ("names", Arg::from(self::names(words, &notice.people)));
    let title = words.line(&id("change-title", notice.kind), &[names]);
    let rhythm = match (&notice.before, &notice.after) {
        (Some(before), Some(after)) => Some(words.line(
            "change-rhythm",
            &[("before", rhythm(words, before).into()), ("after", rhythm(words, after).into())],
        )),
        _ => None,
    };
    let names = ("names", Arg::from(self::names(words, &notice.people)));
    let next = words.line(&id("change-next", notice.kind), &[names]);
    let why = notice.reason.as_deref().map(|r| self::why(words, r));
    let label = sentences([Some(title.as_str()), rhythm.as_deref(), why.as_deref()]);
    ChangeWords { label, title, rhythm, why, decided: decided(words, notice.decided_by), next }
}

/// Texts read one after another as sentences: a title or a status ("Cancelled") gets
/// the full stop a screen reader needs to pause before the next.
pub fn sentences<'a>(texts: impl IntoIterator<Item = Option<&'a str>>) -> String {
    let mut out = String::new();
    for text in texts.into_iter().flatten().map(str::trim).filter(|t| !t.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(text);
        if !text.ends_with(['.', '!', '?']) {
            out.push('.');
        }
    }
    out
}

/// "once a week", "3 times a week", "once every 2 weeks".
pub fn rhythm(words: &Words, rhythm: &Rhythm) -> String {
    words.fragment(
        "rhythm",
        &[
            ("unit", name(rhythm.unit).into()),
            ("times", i64::from(rhythm.times).into()),
            ("every", i64::from(rhythm.every).into()),
        ],
    )
}

pub fn arrangement(words: &Words, summary: &ArrangementSummary) -> ArrangementWords {
    let names = self::names(words, &summary.people);
    ArrangementWords {
        title: words.line("card-title", &[("names", names.into())]),
        how_often: capitalise(rhythm(words, &summary.rhythm)),
        form: words.line(&id("form-explain", summary.form), &[]),
        support: words.line(&id("support-explain", summary.support), &[]),
        place: summary.venue.map(|v| words.line(&id("venue-explain", v), &[])),
        who_takes_me: summary
            .who_takes_me
            .as_deref()
            .map(|who| words.line("session-who-takes-me", &[("who", who.into())])),
        activities_heading: summary.activities.as_ref().map(|_| words.line("session-activities-heading", &[])),
        purpose_heading: words.line("session-purpose-heading", &[]),
        review: summary.review_date.map(|d| words.line("session-review", &[("date", date_long(words, d).into())])),
    }
}

/// How near a remembering day is said as "in 3 sleeps"; further off, by its date.
const REMEMBERING_SOON_DAYS: i64 = 7;

pub fn remembering(words: &Words, card: &RememberingCard) -> String {
    words.line(
        "remembering-label",
        &[
            ("name", card.person.name.as_str().into()),
            // The worker may end it with a full stop; the label goes on after it.
            ("what", card.what.trim_end_matches(['.', '!', ' ']).into()),
            ("when", days_away(words, card.days_away).into()),
            ("date", date_long(words, card.date).into()),
            ("soon", (card.days_away <= REMEMBERING_SOON_DAYS).into()),
        ],
    )
}

pub fn helper(words: &Words, helper: &Helper) -> HelperCard {
    let hours = helper.working_hours.as_ref().map(|hours| {
        let days: Vec<String> = hours.days.iter().map(|d| weekday(words, *d)).collect();
        words.line(
            "helper-hours",
            &[
                ("name", helper.name.as_str().into()),
                ("days", list(words, &days.iter().map(String::as_str).collect::<Vec<_>>()).into()),
                ("from", time_of_day(words, hours.from).into()),
                ("to", time_of_day(words, hours.to).into()),
            ],
        )
    });
    HelperCard {
        id: helper.id.clone(),
        role: helper.role,
        name: helper.name.clone(),
        role_name: words.line(&id("role", helper.role), &[]),
        explain: words.line(&id("role-explain", helper.role), &[]),
        hours,
    }
}

/// A helper as a choice of who to tell: when they will likely see it, and who else can
/// help before then.
pub fn helper_choice(words: &Words, helper: &Helper, now: NaiveDateTime) -> HelperChoice {
    let likely = helper.working_hours.as_ref().map(|hours| messages::likely_seen(hours, now));
    let name = ("name", Arg::from(helper.name.as_str()));
    let likely_text = likely.map(|likely| match likely {
        LikelySeen::Now => words.line("likely-now", &[name]),
        LikelySeen::From { start } => words.line(
            "likely-later",
            &[
                ("name", helper.name.as_str().into()),
                ("weekday", weekday(words, start.weekday()).into()),
                ("time", time_of_day(words, start.time()).into()),
            ],
        ),
    });
    let out_of_hours = matches!(likely, Some(LikelySeen::From { .. })).then(|| words.line("out-of-hours", &[]));
    HelperChoice { helper: self::helper(words, helper), likely_seen: likely, likely_text, out_of_hours }
}

pub fn topic(words: &Words, topic: Topic) -> String {
    words.line(&id("topic", topic), &[])
}

/// "See Sam more", or "See someone more" when the request is not about anyone yet.
pub fn change_choice(words: &Words, change: Change, about: Option<&Person>) -> String {
    let name = [("name", about.map_or("", |p| p.name.as_str()).into()), ("has-name", about.is_some().into())];
    // Adding someone and help with travel are not about the person on screen.
    let about_someone = !matches!(change, Change::AddSomeone | Change::HelpWithTravel);
    words.line(&id("change", change), if about_someone { &name } else { &[] })
}

pub fn delivery(words: &Words, state: Delivery) -> String {
    words.line(&id("delivery", state), &[])
}

/// "Why: " and the worker's reason.
pub fn why(words: &Words, reason: &str) -> String {
    words.line("reason-why", &[("reason", reason.into())])
}

/// "your social worker", to go inside a sentence.
pub fn role(words: &Words, role: HelperRole) -> String {
    words.fragment(&id("role", role), &[])
}

pub fn decided(words: &Words, decider: Decider) -> String {
    words.line(&id("decided-by", decider), &[])
}

fn part_of_day(words: &Words, part: PartOfDay) -> String {
    words.fragment("part-of-day", &[("part", name(part).into())])
}

/// Message ids and selector values use the plan format's names, hyphenated:
/// `Form::VideoCall` is "video-call", so its name is the message `form-name-video-call`.
pub(crate) fn name<T: Serialize>(value: T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default()
}

fn id<T: Serialize>(prefix: &str, value: T) -> String {
    format!("{prefix}-{}", name(value))
}
