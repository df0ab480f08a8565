//! What each screen shows, as plain data: the shells render it, the core decides it.
//!
//! View models carry dates, ids, enums and counts, and the words for them, which
//! `explain` makes from the child's `Words`: every language and age band reads the same
//! facts, and the shells only lay them out.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};
use serde::Serialize;

use crate::calendar::{self, Session, SessionSource, SessionStatus};
use crate::explain::{self, ArrangementWords, CardWords, ChangeWords, PersonWords, Seen};
use crate::l10n::Words;
use crate::messages::{self, Change, Delivery, Incoming, LikelySeen, Outgoing, Topic};
use crate::plan::{
    AgeBand, Arrangement, ArrangementChange, ChangeKind, Decider, Form, HelperRole, Person, PersonStatus, Plan,
    Relationship, Schedule, Support, VenueKind,
};
use crate::reminders::{self, Reminder, ReminderSettings};
use crate::repeat::{Frequency, RepeatRule};

mod choices;
mod chrome;
pub mod colour;
mod feelings;
mod first_open;
mod lock;
mod notes;
mod outbox;
mod settings;
mod unsafe_now;
mod whats_new;

pub use choices::{AgeChoice, LanguageChoice, WordChoice};
pub use chrome::{Button, ChromeView, NavItem, Place, SyncState, SyncStatusView, chrome, sync_status};
pub use feelings::{
    CheckInPrompt, CheckInView, CheckInWords, FeelingChoice, FeelingPoint, FeelingsLineView, FeelingsLineWords,
    PointWords, ShareHelper, ShareView, ShareWords, TellOffer, TellOfferWords, check_in, feelings_line, prompts, share,
};
pub use first_open::{
    AgeStep, CodeProblemView, CodeStep, FirstOpenView, LanguageStep, WordStep, code_problem, first_open,
};
pub use lock::{
    DisguiseChoice, ForgotPinView, ForgotPinWords, LockView, LockWords, PinSetupView, PinSetupWords, PrivacyView,
    PrivacyWords, forgot_pin, lock_screen, pin_setup, privacy,
};
pub use notes::{NoteCard, NotesView, notes};
pub use outbox::OutboxView;
pub use settings::{SettingsView, Toggle, settings};
pub use unsafe_now::{CallButton, UnsafeView, unsafe_now};
pub use whats_new::{ChangeCard, ChangeCardKind, ChangeCardWords, ChangesView};

/// How many sessions a person's page lists each way.
const PERSON_PAGE_SESSIONS: usize = 5;
/// How long a change stays on the home screen after it takes effect.
const RECENT_CHANGE_DAYS: i64 = 28;
/// How far ahead the home screen mentions remembering days.
const REMEMBERING_AHEAD_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChildRef {
    pub first_name: String,
    pub age_band: AgeBand,
    pub family_time_word: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
    pub relationship: Relationship,
    pub emoji: Option<String>,
    /// "#RRGGBB" from the plan.
    pub colour: Option<String>,
    /// Black or white, whichever reads on `colour` (at least 4.5:1); set with it.
    pub text_colour: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    /// A school day, 15:00 to 18:00: "after school" to the youngest.
    AfterSchool,
    Evening,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    Past,
    Now,
    Upcoming,
}

/// One session as a card: who, when, how, and whether it is going ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionCard {
    pub id: String,
    pub arrangement: String,
    pub people: Vec<PersonRef>,
    pub form: Form,
    pub support: Support,
    pub venue: Option<VenueKind>,
    /// UK local time.
    pub start: NaiveDateTime,
    /// Absent for letters and gifts, which have no length.
    pub end: Option<NaiveDateTime>,
    pub weekday: Weekday,
    pub part_of_day: PartOfDay,
    /// Calendar days from today (negative for the past). For the youngest this is
    /// the number of sleeps: the nights between today and that day.
    pub days_away: i64,
    pub timing: Timing,
    /// Set when the session was moved: when it was first planned.
    pub moved_from: Option<NaiveDateTime>,
    pub status: SessionStatus,
    pub words: CardWords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonNext {
    pub person: PersonRef,
    pub status: PersonStatus,
    pub next: Next,
    pub words: PersonWords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Next {
    Session { session: Box<SessionCard> },
    Nothing { why: NothingPlanned },
}

/// Why there is no next time with someone; each one gets its own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "because", rename_all = "snake_case")]
pub enum NothingPlanned {
    ChooseNotTo,
    Died,
    CantSeeRightNow {
        reason: Option<String>,
    },
    TryingToFind,
    Suspended {
        reason: String,
        until: Option<NaiveDate>,
    },
    Ended {
        reason: Option<String>,
        decided_by: Decider,
    },
    /// Sessions are planned but every one ahead is cancelled; the first one's reason.
    AllCancelled {
        reason: String,
    },
    NoneArranged,
}

/// How often an arrangement happens, for "three times a week → once a week".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rhythm {
    pub unit: RhythmUnit,
    /// Every `every` units ("every 2 weeks").
    pub every: u16,
    /// Sessions in each of those periods.
    pub times: u32,
    pub days: Vec<Weekday>,
    pub start_time: NaiveTime,
    pub duration_minutes: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RhythmUnit {
    Once,
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeNotice {
    pub arrangement: String,
    pub people: Vec<PersonRef>,
    pub kind: ChangeKind,
    pub effective: NaiveDate,
    pub until: Option<NaiveDate>,
    pub reason: Option<String>,
    pub decided_by: Decider,
    pub before: Option<Rhythm>,
    pub after: Option<Rhythm>,
    pub words: ChangeWords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RememberingCard {
    pub person: PersonRef,
    pub date: NaiveDate,
    pub days_away: i64,
    pub what: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArrangementSummary {
    pub id: String,
    pub people: Vec<PersonRef>,
    pub form: Form,
    pub support: Support,
    pub venue: Option<VenueKind>,
    pub venue_description: Option<String>,
    pub who_takes_me: Option<String>,
    pub activities: Option<String>,
    pub purpose: String,
    pub review_date: Option<NaiveDate>,
    pub rhythm: Rhythm,
    pub words: ArrangementWords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeView {
    pub words: HomeWords,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub today_sessions: Vec<SessionCard>,
    pub tomorrow_sessions: Vec<SessionCard>,
    /// Everyone in the plan, soonest next time first, then the rest in plan order.
    pub people: Vec<PersonNext>,
    /// Changes that took effect in the last four weeks or are still to come.
    pub changes: Vec<ChangeNotice>,
    pub remembering: Vec<RememberingCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayView {
    /// "Saturday 28 November".
    pub title: String,
    /// What a screen reader says for the day in a week or month: the date, whether it is
    /// today, and how many things are on it.
    pub label: String,
    /// "Nothing planned", on a day with nothing.
    pub empty: Option<String>,
    pub date: NaiveDate,
    pub weekday: Weekday,
    pub days_away: i64,
    pub sessions: Vec<SessionCard>,
    pub remembering: Vec<RememberingCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekView {
    pub title: String,
    pub child: ChildRef,
    pub today: NaiveDate,
    /// Monday.
    pub starts: NaiveDate,
    pub days: Vec<DayView>,
    pub nav: CalendarNav,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthView {
    pub title: String,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub year: i32,
    pub month: u32,
    pub days: Vec<DayView>,
    pub nav: CalendarNav,
}

/// Moving about the calendar: the week or month before and after, back to today, and
/// the other view (month from a week, week from a month).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarNav {
    pub previous: Button,
    pub next: Button,
    pub today: Button,
    pub switch: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonView {
    pub words: PersonPageWords,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub person: PersonRef,
    pub status: PersonStatus,
    pub status_reason: Option<String>,
    pub next: Next,
    /// Coming sessions, cancelled ones included so the child sees what changed.
    pub upcoming: Vec<SessionCard>,
    /// Latest first.
    pub past: Vec<SessionCard>,
    pub arrangements: Vec<ArrangementSummary>,
    pub changes: Vec<ChangeNotice>,
    pub remembering: Vec<RememberingCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionDetail {
    pub child: ChildRef,
    pub today: NaiveDate,
    pub session: SessionCard,
    /// For a missed or cancelled session: what happens now.
    pub what_happens: Option<String>,
    pub arrangement: ArrangementSummary,
    pub changes: Vec<ChangeNotice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeWords {
    pub title: String,
    pub today_heading: String,
    pub today_empty: Option<String>,
    pub tomorrow_heading: String,
    pub tomorrow_empty: Option<String>,
    pub people_heading: String,
    pub changes_heading: String,
    pub remembering_heading: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonPageWords {
    pub person: PersonWords,
    /// "How often do you see Sam?" and its answers; none for someone the child does not
    /// see (they died, the child chose not to, or can't right now).
    pub how_often: Option<HowOftenWords>,
    /// "Next time with Sam"; none for someone the child does not see.
    pub next_heading: Option<String>,
    pub upcoming_heading: String,
    pub past_heading: String,
    pub arrangements_heading: String,
    pub changes_heading: String,
    pub remembering_heading: String,
}

/// "What are my rights?": the rights cards, the glossary and the adults who listen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RightsView {
    pub title: String,
    pub intro: String,
    pub rights: Vec<TitledText>,
    pub glossary_title: String,
    pub glossary: Vec<TitledText>,
    pub helpers: Vec<HelperCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TitledText {
    pub id: &'static str,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelperCard {
    pub id: String,
    pub role: HelperRole,
    pub name: String,
    /// "Your social worker".
    pub role_name: String,
    /// What they do for you.
    pub explain: String,
    /// "Priya usually works Monday, Tuesday, Wednesday, Thursday and Friday, 9am to 5pm."
    pub hours: Option<String>,
}

/// "Tell someone": who to tell, what about, and the messages already sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TellView {
    pub title: String,
    pub who_heading: String,
    pub helpers: Vec<HelperChoice>,
    pub topic_heading: String,
    pub topics: Vec<Choice<Topic>>,
    pub change_heading: String,
    pub changes: Vec<Choice<Change>>,
    pub write_heading: String,
    pub send: String,
    pub keep_private: String,
    /// Newest first.
    pub sent: Vec<SentCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice<T> {
    pub value: T,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelperChoice {
    pub helper: HelperCard,
    /// When they will likely see a message sent now; unknown without working hours.
    pub likely_seen: Option<LikelySeen>,
    pub likely_text: Option<String>,
    /// Who else can help before then, when they are not at work.
    pub out_of_hours: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentCard {
    pub id: String,
    pub to: String,
    pub to_name: String,
    pub topic: Topic,
    pub written: NaiveDateTime,
    pub text: String,
    pub state: Delivery,
    pub state_text: String,
    /// Past the helper's promise and still unread: said so, with others the child can
    /// tell instead.
    pub overdue: Option<String>,
    /// Who else listens (an advocate, the IRO), with their name and role, when overdue.
    pub also_tell: Vec<HelperCard>,
    /// What the helper wrote back, oldest first.
    pub answers: Vec<AnswerCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerCard {
    pub id: String,
    pub received: NaiveDateTime,
    /// "Amira wrote back:".
    pub from: String,
    pub text: String,
}

const TOPICS: [Topic; 5] =
    [Topic::Worry, Topic::Question, Topic::SomethingGood, Topic::ChangeRequest, Topic::UnsafeNow];
const CHANGES: [Change; 8] = [
    Change::SeeMore,
    Change::SeeLess,
    Change::Stop,
    Change::DifferentTime,
    Change::DifferentPlace,
    Change::AddSomeone,
    Change::VideoCallsBetweenVisits,
    Change::HelpWithTravel,
];

const RIGHTS: [&str; 7] = ["ask-to-see", "more-or-less", "say-no", "time-or-place", "advocate", "review", "iro"];
const GLOSSARY: [&str; 7] = ["contact", "family-time", "supervised", "iro", "advocate", "care-plan", "review"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HowOftenWords {
    pub question: String,
    pub too_little: String,
    pub just_right: String,
    pub too_much: String,
    /// Offered after "too little" or "too much": a request they can edit, send or keep.
    pub offer: String,
}

/// Builds screens, with their words, for one plan at one moment from any [`SessionSource`].
pub struct Screens<'a, S> {
    plan: &'a Plan,
    sessions: &'a S,
    words: &'a Words,
    now: DateTime<Utc>,
    today: NaiveDate,
}

impl<'a, S: SessionSource> Screens<'a, S> {
    pub fn new(plan: &'a Plan, sessions: &'a S, words: &'a Words, now: DateTime<Utc>) -> Self {
        Screens { plan, sessions, words, now, today: calendar::uk_date(now) }
    }

    pub fn home(&self) -> Result<HomeView, S::Error> {
        let tomorrow = self.today + Duration::days(1);
        let today_and_tomorrow = self.cards_between(self.today, tomorrow + Duration::days(1))?;
        let (today_sessions, tomorrow_sessions) = today_and_tomorrow.into_iter().partition(|c| c.days_away == 0);
        let mut people = Vec::with_capacity(self.plan.people.len());
        for person in &self.plan.people {
            let next = self.next_with(person)?;
            let status = person.status;
            let person = person_ref(person);
            let words = self.person_words(&person, &next, Seen::OnHome);
            people.push(PersonNext { status, person, next, words });
        }
        // A stable sort keeps plan order among people with no next session.
        people.sort_by_key(|p| match &p.next {
            Next::Session { session } => (0, Some(session.start)),
            Next::Nothing { .. } => (1, None),
        });
        let since = self.today - Duration::days(RECENT_CHANGE_DAYS);
        let changes = self.changes_where(|_, effective| effective >= since);
        let remembering = self.remembering_between(self.today, self.today + Duration::days(REMEMBERING_AHEAD_DAYS));
        let w = self.words;
        let empty = |cards: &Vec<SessionCard>, id| cards.is_empty().then(|| w.line(id, &[]));
        Ok(HomeView {
            words: HomeWords {
                title: w.line("home-title", &[("name", self.plan.child.first_name.as_str().into())]),
                today_heading: w.line("home-today-heading", &[]),
                today_empty: empty(&today_sessions, "home-nothing-today"),
                tomorrow_heading: w.line("home-tomorrow-heading", &[]),
                tomorrow_empty: empty(&tomorrow_sessions, "home-nothing-tomorrow"),
                people_heading: w.line("home-people-heading", &[]),
                changes_heading: w.line("home-changes-heading", &[]),
                remembering_heading: w.line("home-remembering-heading", &[]),
            },
            child: self.child(),
            today: self.today,
            today_sessions,
            tomorrow_sessions,
            people,
            changes,
            remembering,
        })
    }

    /// The Monday-to-Sunday week that contains `date`.
    pub fn week(&self, date: NaiveDate) -> Result<WeekView, S::Error> {
        let starts = date - Duration::days(date.weekday().num_days_from_monday().into());
        let title = self.words.line("week-title", &[("date", explain::date_long(self.words, starts).into())]);
        let nav = self.nav("week");
        Ok(WeekView { title, child: self.child(), today: self.today, starts, days: self.days(starts, 7)?, nav })
    }

    /// `None` when `month` is not 1 to 12.
    pub fn month(&self, year: i32, month: u32) -> Result<Option<MonthView>, S::Error> {
        let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
            return Ok(None);
        };
        let length = first.checked_add_months(chrono::Months::new(1)).map_or(31, |next| (next - first).num_days());
        let days = self.days(first, length as usize)?;
        let title = self.words.line(
            "month-title",
            &[("month", self.words.fragment(&format!("month-{month}"), &[]).into()), ("year", i64::from(year).into())],
        );
        let nav = self.nav("month");
        Ok(Some(MonthView { title, child: self.child(), today: self.today, year, month, days, nav }))
    }

    /// The buttons of the "week" or "month" view.
    fn nav(&self, view: &str) -> CalendarNav {
        let button = |what: &str| chrome::button(self.words, &format!("calendar-{view}-{what}"));
        CalendarNav {
            previous: button("previous"),
            next: button("next"),
            today: button("today"),
            switch: button("switch"),
        }
    }

    /// `None` when the plan has no such person.
    pub fn person(&self, id: &str) -> Result<Option<PersonView>, S::Error> {
        let Some(person) = self.plan.person(id) else {
            return Ok(None);
        };
        let upcoming = self.sessions.upcoming_with(id, self.now, PERSON_PAGE_SESSIONS, false)?;
        let past = self.sessions.past_with(id, self.now, PERSON_PAGE_SESSIONS)?;
        let arrangements: Vec<&Arrangement> =
            self.plan.arrangements.iter().filter(|a| a.with.iter().any(|p| p == id)).collect();
        let next = self.next_with(person)?;
        let w = self.words;
        let name = || ("name", person.name.as_str().into());
        // Someone who died, or whom the child chose not to or can't see, has no "next
        // time" and no "how often do you see them?": their page says why instead.
        let sees =
            !matches!(person.status, PersonStatus::Died | PersonStatus::ChooseNotTo | PersonStatus::CantSeeRightNow);
        let words = PersonPageWords {
            person: self.person_words(&person_ref(person), &next, Seen::OnTheirPage),
            how_often: sees.then(|| HowOftenWords {
                question: w.line("how-often-question", &[name()]),
                too_little: w.line("how-often-too-little", &[]),
                just_right: w.line("how-often-just-right", &[]),
                too_much: w.line("how-often-too-much", &[]),
                offer: w.line("how-often-offer", &[name()]),
            }),
            next_heading: sees.then(|| w.line("person-next-heading", &[name()])),
            upcoming_heading: w.line("person-upcoming-heading", &[]),
            past_heading: w.line("person-past-heading", &[]),
            arrangements_heading: w.line("person-arrangements-heading", &[]),
            changes_heading: w.line("person-changes-heading", &[]),
            remembering_heading: w.line("person-remembering-heading", &[]),
        };
        Ok(Some(PersonView {
            words,
            child: self.child(),
            today: self.today,
            person: person_ref(person),
            status: person.status,
            status_reason: person.status_reason.clone(),
            next,
            upcoming: upcoming.iter().map(|s| self.card(s)).collect(),
            past: past.iter().map(|s| self.card(s)).collect(),
            arrangements: arrangements.iter().map(|a| self.summary(a)).collect(),
            changes: self.changes_where(|a, _| a.with.iter().any(|p| p == id)),
            // Each day as it next comes, within the coming year.
            remembering: self
                .remembering_between(self.today, self.today + Duration::days(366))
                .into_iter()
                .filter(|r| r.person.id == id)
                .collect(),
        }))
    }

    /// `None` when there is no such session.
    pub fn session(&self, id: &str) -> Result<Option<SessionDetail>, S::Error> {
        let Some(session) = self.sessions.session(id)? else {
            return Ok(None);
        };
        let Some(arrangement) = self.plan.arrangement(&session.arrangement) else {
            return Ok(None);
        };
        let card = self.card(&session);
        Ok(Some(SessionDetail {
            child: self.child(),
            today: self.today,
            what_happens: explain::what_happens(self.words, &card),
            session: card,
            arrangement: self.summary(arrangement),
            changes: self.changes_where(|a, _| a.id == arrangement.id),
        }))
    }

    pub fn rights(&self) -> RightsView {
        let w = self.words;
        let iro = self.plan.helpers.iter().find(|h| h.role == HelperRole::IndependentReviewingOfficer);
        let rights = RIGHTS
            .iter()
            .map(|id| {
                let args = [("name", iro.map_or("", |h| h.name.as_str()).into()), ("has-name", iro.is_some().into())];
                let args: &[_] = if *id == "iro" { &args } else { &[] };
                TitledText {
                    id,
                    title: w.line(&format!("right-{id}-title"), &[]),
                    body: w.line(&format!("right-{id}-body"), args),
                }
            })
            .collect();
        let glossary = GLOSSARY
            .iter()
            .map(|id| TitledText {
                id,
                title: w.line(&format!("glossary-{id}-word"), &[]),
                body: w.line(&format!("glossary-{id}-meaning"), &[]),
            })
            .collect();
        RightsView {
            title: w.line("rights-title", &[]),
            intro: w.line("rights-intro", &[]),
            rights,
            glossary_title: w.line("glossary-title", &[]),
            glossary,
            helpers: self.plan.helpers.iter().map(|h| explain::helper(w, h)).collect(),
        }
    }

    /// The tell-someone screen; `about` names the person a change would be about.
    pub fn tell(&self, sent: &[Outgoing], replies: &[Incoming], about: Option<&str>) -> TellView {
        let w = self.words;
        let now = calendar::uk_local(self.now);
        // A request to see someone more or differently is never about someone who died
        // or whom the child chose not to see: then the requests ask who it is about.
        let about = about
            .and_then(|id| self.plan.person(id))
            .filter(|p| !matches!(p.status, PersonStatus::Died | PersonStatus::ChooseNotTo));
        TellView {
            title: w.line("tell-title", &[]),
            who_heading: w.line("tell-who-heading", &[]),
            helpers: self.plan.helpers.iter().map(|h| explain::helper_choice(w, h, now)).collect(),
            topic_heading: w.line("tell-topic-heading", &[]),
            topics: TOPICS.iter().map(|t| Choice { value: *t, text: explain::topic(w, *t) }).collect(),
            change_heading: w.line("tell-change-heading", &[]),
            changes: CHANGES.iter().map(|c| Choice { value: *c, text: explain::change_choice(w, *c, about) }).collect(),
            write_heading: w.line("tell-write-heading", &[]),
            send: w.line("tell-send", &[]),
            keep_private: w.line("tell-keep-private", &[]),
            sent: sent.iter().map(|o| self.sent_card(o, replies)).collect(),
        }
    }

    /// The reminders to give the platform now, for the next two weeks.
    pub fn reminders(&self, settings: ReminderSettings) -> Result<Vec<Reminder>, S::Error> {
        let cards = self.cards_between(self.today, self.today + Duration::days(reminders::AHEAD_DAYS))?;
        Ok(reminders::for_sessions(&cards, self.words, settings, self.now))
    }

    pub fn unsafe_now(&self) -> UnsafeView {
        unsafe_now(self.words, Some(self.plan))
    }

    fn sent_card(&self, outgoing: &Outgoing, replies: &[Incoming]) -> SentCard {
        let helper = self.plan.helpers.iter().find(|h| h.id == outgoing.message.to);
        // Someone who has left the plan keeps the name they had when the child wrote.
        let to_name = helper.map(|h| &h.name).or(outgoing.to_name.as_ref()).unwrap_or(&outgoing.message.to).clone();
        let state_text = explain::delivery(self.words, outgoing.state);
        let written = calendar::uk_local(outgoing.created);
        let late = helper.is_some_and(|h| messages::overdue(outgoing, h, calendar::uk_local(self.now), written));
        // Someone else who listens: an advocate or the IRO, not the one who has not read it.
        let also_tell: Vec<HelperCard> = self
            .plan
            .helpers
            .iter()
            .filter(|h| late && h.id != outgoing.message.to)
            .filter(|h| matches!(h.role, HelperRole::Advocate | HelperRole::IndependentReviewingOfficer))
            .map(|h| explain::helper(self.words, h))
            .collect();
        let overdue = late.then(|| self.words.line("overdue-note", &[("name", to_name.as_str().into())]));
        SentCard {
            id: outgoing.id.clone(),
            to: outgoing.message.to.clone(),
            to_name,
            topic: outgoing.message.topic,
            written,
            text: outgoing.message.text.clone(),
            state: outgoing.state,
            state_text,
            overdue,
            also_tell,
            answers: replies
                .iter()
                .filter(|r| r.thread == outgoing.id)
                .map(|r| self.answer_card(r, outgoing))
                .collect(),
        }
    }

    fn answer_card(&self, reply: &Incoming, thread: &Outgoing) -> AnswerCard {
        let helper = self.plan.helpers.iter().find(|h| h.id == reply.helper).map(|h| &h.name);
        let wrote_to = thread.to_name.as_ref().filter(|_| reply.helper == thread.message.to);
        let name = helper.or(wrote_to).unwrap_or(&reply.helper).as_str();
        AnswerCard {
            id: reply.id.clone(),
            received: calendar::uk_local(reply.received),
            from: self.words.line("answer-from", &[("name", name.into())]),
            text: reply.text.clone(),
        }
    }

    fn child(&self) -> ChildRef {
        let child = &self.plan.child;
        ChildRef {
            first_name: child.first_name.clone(),
            age_band: child.age_band,
            family_time_word: child.family_time_word.clone(),
        }
    }

    fn next_with(&self, person: &Person) -> Result<Next, S::Error> {
        let nothing = |why| Ok(Next::Nothing { why });
        if person.status == PersonStatus::Died {
            return nothing(NothingPlanned::Died);
        }
        // Someone the child can't see may still write: the next letter is still news.
        if let Some(session) = self.sessions.upcoming_with(&person.id, self.now, 1, true)?.first() {
            return Ok(Next::Session { session: Box::new(self.card(session)) });
        }
        match person.status {
            PersonStatus::ChooseNotTo => return nothing(NothingPlanned::ChooseNotTo),
            PersonStatus::TryingToFind => return nothing(NothingPlanned::TryingToFind),
            PersonStatus::CantSeeRightNow => {
                return nothing(NothingPlanned::CantSeeRightNow { reason: person.status_reason.clone() });
            }
            PersonStatus::CanSee | PersonStatus::Died => {}
        }
        // Nothing is going ahead: say why, from the first session that would have.
        let ahead = self.sessions.upcoming_with(&person.id, self.now, 1, false)?;
        let why = match ahead.first().map(|s| &s.status) {
            Some(SessionStatus::Suspended { reason, until }) => {
                NothingPlanned::Suspended { reason: reason.clone(), until: *until }
            }
            Some(SessionStatus::Cancelled { reason, .. }) => NothingPlanned::AllCancelled { reason: reason.clone() },
            _ => self.ended_with(&person.id).unwrap_or(NothingPlanned::NoneArranged),
        };
        nothing(why)
    }

    /// The latest end of an arrangement with this person, if every one has ended.
    fn ended_with(&self, person: &str) -> Option<NothingPlanned> {
        let ends: Option<Vec<&ArrangementChange>> = self
            .plan
            .arrangements
            .iter()
            .filter(|a| a.with.iter().any(|p| p == person))
            .map(|a| a.changes.iter().rev().find(|c| c.kind == ChangeKind::Ended))
            .collect();
        let last = ends?.into_iter().max_by_key(|c| c.effective)?;
        Some(NothingPlanned::Ended { reason: last.reason.clone(), decided_by: last.decided_by })
    }

    fn days(&self, first: NaiveDate, count: usize) -> Result<Vec<DayView>, S::Error> {
        let end = first + Duration::days(count as i64);
        let mut cards = self.cards_between(first, end)?.into_iter().peekable();
        let mut remembering = self.remembering_between(first, end).into_iter().peekable();
        let mut days = Vec::with_capacity(count);
        for date in first.iter_days().take(count) {
            let days_away = (date - self.today).num_days();
            let date_long = explain::date_long(self.words, date);
            let mut day = DayView {
                title: self.words.line(
                    "day-title",
                    &[
                        ("date", date_long.as_str().into()),
                        ("weekday", explain::weekday(self.words, date.weekday()).into()),
                        ("when", explain::days_away(self.words, days_away).into()),
                    ],
                ),
                label: String::new(),
                empty: None,
                date,
                weekday: date.weekday(),
                days_away,
                sessions: Vec::new(),
                remembering: Vec::new(),
            };
            while let Some(card) = cards.next_if(|c| c.start.date() == date) {
                day.sessions.push(card);
            }
            while let Some(card) = remembering.next_if(|r| r.date == date) {
                day.remembering.push(card);
            }
            if day.sessions.is_empty() && day.remembering.is_empty() {
                day.empty = Some(self.words.line("day-nothing", &[]));
            }
            let not_going_ahead = day.sessions.iter().filter(|s| !s.status.goes_ahead()).count();
            day.label = self.words.line(
                "day-label",
                &[
                    ("date", date_long.into()),
                    ("today", (date == self.today).into()),
                    ("count", ((day.sessions.len() + day.remembering.len()) as i64).into()),
                    ("cancelled", (not_going_ahead as i64).into()),
                ],
            );
            days.push(day);
        }
        Ok(days)
    }

    /// Cards for sessions starting on the local dates `[first, end)`.
    fn cards_between(&self, first: NaiveDate, end: NaiveDate) -> Result<Vec<SessionCard>, S::Error> {
        let sessions = self.sessions.between(calendar::uk_midnight(first), calendar::uk_midnight(end))?;
        Ok(sessions.iter().map(|s| self.card(s)).collect())
    }

    fn card(&self, session: &Session) -> SessionCard {
        let arrangement = self.plan.arrangement(&session.arrangement);
        let start = calendar::uk_local(session.start);
        let timing = if session.start > self.now {
            Timing::Upcoming
        } else if session.end > self.now {
            Timing::Now
        } else {
            Timing::Past
        };
        let mut card = SessionCard {
            id: session.id.clone(),
            arrangement: session.arrangement.clone(),
            people: arrangement.map(|a| self.people(&a.with)).unwrap_or_default(),
            form: arrangement.map_or(Form::Visit, |a| a.form),
            support: arrangement.map_or(Support::Supervised, |a| a.support),
            venue: arrangement.and_then(|a| a.venue.as_ref()).map(|v| v.kind),
            start,
            end: (session.end > session.start).then(|| calendar::uk_local(session.end)),
            weekday: start.weekday(),
            part_of_day: part_of_day(start),
            days_away: (start.date() - self.today).num_days(),
            timing,
            moved_from: matches!(session.status, SessionStatus::Moved { .. })
                .then(|| calendar::uk_local(session.planned)),
            status: session.status.clone(),
            words: CardWords::default(),
        };
        card.words = explain::card(self.words, &card);
        card
    }

    fn person_words(&self, person: &PersonRef, next: &Next, seen: Seen) -> PersonWords {
        match next {
            Next::Session { session } => explain::person(self.words, person, Ok(session), seen),
            Next::Nothing { why } => explain::person(self.words, person, Err(why), seen),
        }
    }

    fn summary(&self, arrangement: &Arrangement) -> ArrangementSummary {
        let venue = arrangement.venue.as_ref();
        let mut summary = ArrangementSummary {
            id: arrangement.id.clone(),
            people: self.people(&arrangement.with),
            form: arrangement.form,
            support: arrangement.support,
            venue: venue.map(|v| v.kind),
            venue_description: venue.and_then(|v| v.description.clone()),
            who_takes_me: arrangement.who_takes_me.clone(),
            activities: arrangement.activities.clone(),
            purpose: arrangement.purpose.clone(),
            review_date: arrangement.review_date,
            rhythm: rhythm(&arrangement.schedule),
            words: ArrangementWords::default(),
        };
        summary.words = explain::arrangement(self.words, &summary);
        summary
    }

    fn changes_where(&self, keep: impl Fn(&Arrangement, NaiveDate) -> bool) -> Vec<ChangeNotice> {
        let mut notices = Vec::new();
        for arrangement in &self.plan.arrangements {
            for (i, change) in arrangement.changes.iter().enumerate() {
                if keep(arrangement, change.effective) {
                    notices.push(self.notice(arrangement, i));
                }
            }
        }
        notices.sort_by_key(|n| std::cmp::Reverse(n.effective));
        notices
    }

    /// The arrangement's `i`th change, with the rhythm before and after it.
    fn notice(&self, arrangement: &Arrangement, i: usize) -> ChangeNotice {
        let change = &arrangement.changes[i];
        // The schedule in force after this change is the next change's "before", or the
        // current one.
        let after =
            arrangement.changes[i + 1..].iter().find_map(|c| c.before.as_ref()).unwrap_or(&arrangement.schedule);
        let less = matches!(change.kind, ChangeKind::Suspended | ChangeKind::Ended);
        let mut notice = ChangeNotice {
            arrangement: arrangement.id.clone(),
            people: self.people(&arrangement.with),
            kind: change.kind,
            effective: change.effective,
            until: change.until,
            reason: change.reason.clone(),
            decided_by: change.decided_by,
            before: change.before.as_ref().map(rhythm),
            after: (!less).then(|| rhythm(after)),
            words: ChangeWords::default(),
        };
        notice.words = explain::change(self.words, &notice);
        notice
    }

    fn remembering_between(&self, first: NaiveDate, end: NaiveDate) -> Vec<RememberingCard> {
        let mut cards = Vec::new();
        for person in &self.plan.people {
            for day in &person.remembering {
                for year in first.year()..=end.year() {
                    let date = day.date.in_year(year);
                    if date >= first && date < end {
                        let mut card = RememberingCard {
                            person: person_ref(person),
                            date,
                            days_away: (date - self.today).num_days(),
                            what: day.what.clone(),
                            label: String::new(),
                        };
                        card.label = explain::remembering(self.words, &card);
                        cards.push(card);
                    }
                }
            }
        }
        cards.sort_by_key(|c| c.date);
        cards
    }

    fn people(&self, ids: &[String]) -> Vec<PersonRef> {
        ids.iter().filter_map(|id| self.plan.person(id)).map(person_ref).collect()
    }
}

fn person_ref(person: &Person) -> PersonRef {
    let picture = person.picture.as_ref();
    PersonRef {
        id: person.id.clone(),
        name: person.name.clone(),
        relationship: person.relationship,
        emoji: picture.and_then(|p| p.emoji.clone()),
        colour: picture.and_then(|p| p.colour.clone()),
        text_colour: picture.and_then(|p| p.colour.as_deref()).and_then(colour::text_on),
    }
}

fn part_of_day(start: NaiveDateTime) -> PartOfDay {
    let hour = start.hour();
    let school_day = start.weekday().num_days_from_monday() < 5;
    match hour {
        0..12 => PartOfDay::Morning,
        15..18 if school_day => PartOfDay::AfterSchool,
        12..17 => PartOfDay::Afternoon,
        _ => PartOfDay::Evening,
    }
}

/// Summarises a schedule's rule; rules the summary cannot describe fall back to the
/// frequency alone, which is still true.
pub fn rhythm(schedule: &Schedule) -> Rhythm {
    let base = Rhythm {
        unit: RhythmUnit::Once,
        every: 1,
        times: 1,
        days: Vec::new(),
        start_time: schedule.start.time(),
        duration_minutes: schedule.duration_minutes,
    };
    let Some(rule) = schedule.repeat.as_deref().and_then(|r| r.parse::<RepeatRule>().ok()) else {
        return base;
    };
    let days: Vec<Weekday> = rule.days.iter().map(|&(_, day)| day).collect();
    let unit = match rule.frequency {
        Frequency::Yearly => RhythmUnit::Year,
        Frequency::Monthly => RhythmUnit::Month,
        Frequency::Weekly => RhythmUnit::Week,
        Frequency::Daily => RhythmUnit::Day,
    };
    let times = match unit {
        RhythmUnit::Week => days.len().max(1),
        RhythmUnit::Month => rule.month_days.len().max(days.len()).max(1),
        _ => 1,
    };
    Rhythm { unit, every: rule.interval.max(1), times: times as u32, days, ..base }
}
