//! The core's view models and values as uniffi types.
//!
//! Most are the core's own types, restated with `#[uniffi::remote]`: uniffi generates the
//! conversion for the real type, and the compiler refuses a restatement whose fields or
//! variants differ from the core's, so the two cannot drift apart. Only types uniffi
//! cannot carry as they are (a generic, a `&'static str`, a private field, `usize`) get
//! a record of their own here, converted by hand.

use std::time::SystemTime;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};
use familytime_core::calendar::SessionStatus;
use familytime_core::explain::{ArrangementWords, CardWords, ChangeWords, PersonWords};
use familytime_core::messages::{Change, Delivery, HowOften, Incoming, LikelySeen, Message, Outgoing, Topic};
use familytime_core::plan::{
    AgeBand, ChangeKind, Decider, Form, HelperRole, PersonStatus, Relationship, SessionChangeKind, Support, VenueKind,
};
use familytime_core::reminders::Reminder;
use familytime_core::screens::{
    AnswerCard, ArrangementSummary, Button, CalendarNav, ChangeCard, ChangeCardKind, ChangeCardWords, ChangeNotice,
    ChangesView, ChildRef, DayView, HelperCard, HelperChoice, HomeView, HomeWords, HowOftenWords, MonthView, Next,
    NothingPlanned, PartOfDay, PersonNext, PersonPageWords, PersonRef, PersonView, RememberingCard, Rhythm, RhythmUnit,
    SentCard, SessionCard, SessionDetail, Timing, WeekView,
};
use familytime_core::store::{Note, Settings};
use familytime_core::sync::PlanUpdate;

// Dates and times are UK local wall-clock values, as the core means them. They cross as
// numbers, which Kotlin turns into java.time values without parsing (uniffi.toml); text
// dates cost a tenth of the home screen's FFI call (docs/performance.md). Swift sees the
// numbers: a date is days since 1970-01-01, a date-time seconds since 1970-01-01T00:00
// on the same wall clock, a time of day seconds since midnight.
uniffi::custom_type!(NaiveDate, i32, {
    remote,
    lower: |date| (date - NaiveDate::default()).num_days() as i32,
    try_lift: |days| {
        NaiveDate::default()
            .checked_add_signed(chrono::Duration::days(days.into()))
            .ok_or_else(|| uniffi::deps::anyhow::anyhow!("{days} days from 1970 is not a date"))
    },
});
uniffi::custom_type!(NaiveDateTime, i64, {
    remote,
    lower: |moment| moment.and_utc().timestamp(),
    try_lift: |seconds| {
        DateTime::from_timestamp(seconds, 0)
            .map(|t| t.naive_utc())
            .ok_or_else(|| uniffi::deps::anyhow::anyhow!("{seconds} seconds from 1970 is not a time"))
    },
});
uniffi::custom_type!(NaiveTime, u32, {
    remote,
    lower: |time| time.num_seconds_from_midnight(),
    try_lift: |seconds| {
        NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0)
            .ok_or_else(|| uniffi::deps::anyhow::anyhow!("{seconds} seconds is not a time of day"))
    },
});
/// An instant.
pub type Timestamp = DateTime<Utc>;
uniffi::custom_type!(Timestamp, SystemTime, { remote });

#[uniffi::remote(Enum)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[uniffi::remote(Enum)]
pub enum AgeBand {
    Young,
    Middle,
    Older,
}

#[uniffi::remote(Enum)]
pub enum Relationship {
    Mum,
    Dad,
    Brother,
    Sister,
    HalfBrother,
    HalfSister,
    StepBrother,
    StepSister,
    Grandmother,
    Grandfather,
    Aunt,
    Uncle,
    Cousin,
    FormerFosterCarer,
    FosterSibling,
    Friend,
    Pet,
    IndependentVisitor,
    Other,
}

#[uniffi::remote(Enum)]
pub enum PersonStatus {
    CanSee,
    CantSeeRightNow,
    ChooseNotTo,
    Died,
    TryingToFind,
}

#[uniffi::remote(Enum)]
pub enum HelperRole {
    SocialWorker,
    Advocate,
    IndependentReviewingOfficer,
    FosterCarer,
    KeyWorker,
    IndependentVisitor,
    PersonalAdviser,
}

#[uniffi::remote(Enum)]
pub enum Form {
    Visit,
    Overnight,
    VideoCall,
    PhoneCall,
    LettersAndPhotos,
    Gifts,
}

#[uniffi::remote(Enum)]
pub enum Support {
    Unsupported,
    Facilitated,
    Supported,
    Supervised,
}

#[uniffi::remote(Enum)]
pub enum VenueKind {
    FamilyCentre,
    FamilyHome,
    FosterHome,
    Community,
    Prison,
    Hospital,
    Online,
    Other,
}

#[uniffi::remote(Enum)]
pub enum ChangeKind {
    Started,
    Increased,
    Reduced,
    Suspended,
    Resumed,
    Ended,
    NewTime,
    NewPlace,
    PersonAdded,
}

#[uniffi::remote(Enum)]
pub enum Decider {
    SocialWorker,
    Court,
    ReviewMeeting,
    Child,
    Family,
    Carer,
}

#[uniffi::remote(Enum)]
pub enum SessionStatus {
    Planned,
    Moved { reason: Option<String>, decided_by: Decider },
    Cancelled { reason: String, decided_by: Decider },
    DidNotHappen { who: Option<String>, reason: Option<String>, decided_by: Decider },
    Suspended { reason: String, until: Option<NaiveDate> },
}

#[uniffi::remote(Enum)]
pub enum Topic {
    Worry,
    Question,
    SomethingGood,
    ChangeRequest,
    UnsafeNow,
}

#[uniffi::remote(Enum)]
pub enum Change {
    SeeMore,
    SeeLess,
    Stop,
    DifferentTime,
    DifferentPlace,
    AddSomeone,
    VideoCallsBetweenVisits,
    HelpWithTravel,
}

#[uniffi::remote(Enum)]
pub enum Delivery {
    Waiting,
    Sent,
    Delivered,
    Read,
    Answered,
}

#[uniffi::remote(Enum)]
pub enum LikelySeen {
    Now,
    From { start: NaiveDateTime },
}

#[uniffi::remote(Record)]
pub struct Message {
    pub to: String,
    pub topic: Topic,
    pub change: Option<Change>,
    pub about_person: Option<String>,
    pub about_session: Option<String>,
    pub text: String,
}

#[uniffi::remote(Enum)]
pub enum HowOften {
    TooLittle,
    JustRight,
    TooMuch,
}

/// What the child chose for how the app speaks to them.
#[uniffi::remote(Record)]
pub struct Settings {
    /// One of `languages()`, e.g. "en-GB" or "cy".
    pub language: String,
    /// The child's own choice; absent: the band in their plan.
    pub age_band: Option<AgeBand>,
    /// The child's word for family time; absent: the plan's, or the language's own.
    pub family_time_word: Option<String>,
    /// Reminders say who and what on the lock screen. Off unless the child turns it on.
    pub reminder_details: bool,
}

#[uniffi::remote(Record)]
pub struct Note {
    pub id: i64,
    pub written: Timestamp,
    pub about_person: Option<String>,
    pub text: String,
}

#[uniffi::remote(Record)]
pub struct Outgoing {
    pub id: String,
    pub message: Message,
    pub urgent: bool,
    pub created: Timestamp,
    pub state: Delivery,
    pub failures: u32,
    pub next_attempt: Timestamp,
    pub to_name: Option<String>,
}

#[uniffi::remote(Record)]
pub struct Incoming {
    pub id: String,
    pub helper: String,
    pub thread: String,
    pub received: Timestamp,
    pub text: String,
}

#[uniffi::remote(Record)]
pub struct Reminder {
    pub id: String,
    pub at: Timestamp,
    pub title: String,
    pub body: String,
}

#[uniffi::remote(Record)]
pub struct ChildRef {
    pub first_name: String,
    pub age_band: AgeBand,
    pub family_time_word: Option<String>,
}

#[uniffi::remote(Record)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
    pub relationship: Relationship,
    pub emoji: Option<String>,
    pub colour: Option<String>,
    pub text_colour: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum PartOfDay {
    Morning,
    Afternoon,
    AfterSchool,
    Evening,
}

#[uniffi::remote(Enum)]
pub enum Timing {
    Past,
    Now,
    Upcoming,
}

/// A session card's words. The core keeps one more, private, piece of text in it for its
/// own sentences, so it crosses as this record; the shells only ever receive it.
#[derive(uniffi::Record)]
pub struct CardText {
    pub title: String,
    pub when: String,
    pub how: String,
    pub place: Option<String>,
    pub status: Option<String>,
    pub mark: Option<String>,
    pub why: Option<String>,
    pub decided: Option<String>,
    pub label: String,
}

uniffi::custom_type!(CardWords, CardText, {
    remote,
    lower: |w| CardText {
        title: w.title,
        when: w.when,
        how: w.how,
        place: w.place,
        status: w.status,
        mark: w.mark,
        why: w.why,
        decided: w.decided,
        label: w.label,
    },
    try_lift: |t| {
        let mut w = CardWords::default();
        (w.title, w.when, w.how, w.place) = (t.title, t.when, t.how, t.place);
        (w.status, w.mark, w.why, w.decided, w.label) = (t.status, t.mark, t.why, t.decided, t.label);
        Ok(w)
    },
});

#[uniffi::remote(Record)]
pub struct SessionCard {
    pub id: String,
    pub arrangement: String,
    pub people: Vec<PersonRef>,
    pub form: Form,
    pub support: Support,
    pub venue: Option<VenueKind>,
    pub start: NaiveDateTime,
    pub end: Option<NaiveDateTime>,
    pub weekday: Weekday,
    pub part_of_day: PartOfDay,
    pub days_away: i64,
    pub timing: Timing,
    pub moved_from: Option<NaiveDateTime>,
    pub status: SessionStatus,
    pub words: CardWords,
}

#[uniffi::remote(Record)]
pub struct PersonWords {
    pub relationship: String,
    pub next: String,
    pub explain: Option<String>,
    pub why: Option<String>,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct PersonNext {
    pub person: PersonRef,
    pub status: PersonStatus,
    pub next: Next,
    pub words: PersonWords,
}

#[uniffi::remote(Enum)]
pub enum Next {
    Session { session: Box<SessionCard> },
    Nothing { why: NothingPlanned },
}

#[uniffi::remote(Enum)]
pub enum NothingPlanned {
    ChooseNotTo,
    Died,
    CantSeeRightNow { reason: Option<String> },
    TryingToFind,
    Suspended { reason: String, until: Option<NaiveDate> },
    Ended { reason: Option<String>, decided_by: Decider },
    AllCancelled { reason: String },
    NoneArranged,
}

#[uniffi::remote(Record)]
pub struct Rhythm {
    pub unit: RhythmUnit,
    pub every: u16,
    pub times: u32,
    pub days: Vec<Weekday>,
    pub start_time: NaiveTime,
    pub duration_minutes: Option<u32>,
}

#[uniffi::remote(Enum)]
pub enum RhythmUnit {
    Once,
    Day,
    Week,
    Month,
    Year,
}

#[uniffi::remote(Record)]
pub struct ChangeWords {
    pub title: String,
    pub rhythm: Option<String>,
    pub why: Option<String>,
    pub decided: String,
    pub next: String,
    pub label: String,
}

#[uniffi::remote(Record)]
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

#[uniffi::remote(Record)]
pub struct RememberingCard {
    pub person: PersonRef,
    pub date: NaiveDate,
    pub days_away: i64,
    pub what: String,
    pub label: String,
}

#[uniffi::remote(Record)]
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

#[uniffi::remote(Record)]
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

#[uniffi::remote(Record)]
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

#[uniffi::remote(Record)]
pub struct HomeView {
    pub words: HomeWords,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub today_sessions: Vec<SessionCard>,
    pub tomorrow_sessions: Vec<SessionCard>,
    pub people: Vec<PersonNext>,
    pub changes: Vec<ChangeNotice>,
    pub remembering: Vec<RememberingCard>,
}

#[uniffi::remote(Record)]
pub struct DayView {
    pub title: String,
    pub label: String,
    pub empty: Option<String>,
    pub date: NaiveDate,
    pub weekday: Weekday,
    pub days_away: i64,
    pub sessions: Vec<SessionCard>,
    pub remembering: Vec<RememberingCard>,
}

#[uniffi::remote(Record)]
pub struct WeekView {
    pub title: String,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub starts: NaiveDate,
    pub days: Vec<DayView>,
    pub nav: CalendarNav,
}

#[uniffi::remote(Record)]
pub struct CalendarNav {
    pub previous: Button,
    pub next: Button,
    pub today: Button,
    pub switch: Button,
}

#[uniffi::remote(Record)]
pub struct MonthView {
    pub title: String,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub year: i32,
    pub month: u32,
    pub days: Vec<DayView>,
    pub nav: CalendarNav,
}

#[uniffi::remote(Record)]
pub struct HowOftenWords {
    pub question: String,
    pub too_little: String,
    pub just_right: String,
    pub too_much: String,
    pub offer: String,
}

#[uniffi::remote(Record)]
pub struct PersonPageWords {
    pub person: PersonWords,
    pub how_often: Option<HowOftenWords>,
    pub next_heading: Option<String>,
    pub upcoming_heading: String,
    pub past_heading: String,
    pub arrangements_heading: String,
    pub changes_heading: String,
    pub remembering_heading: String,
}

#[uniffi::remote(Record)]
pub struct PersonView {
    pub words: PersonPageWords,
    pub child: ChildRef,
    pub today: NaiveDate,
    pub person: PersonRef,
    pub status: PersonStatus,
    pub status_reason: Option<String>,
    pub next: Next,
    pub upcoming: Vec<SessionCard>,
    pub past: Vec<SessionCard>,
    pub arrangements: Vec<ArrangementSummary>,
    pub changes: Vec<ChangeNotice>,
    pub remembering: Vec<RememberingCard>,
}

#[uniffi::remote(Record)]
pub struct SessionDetail {
    pub child: ChildRef,
    pub today: NaiveDate,
    pub session: SessionCard,
    pub what_happens: Option<String>,
    pub arrangement: ArrangementSummary,
    pub changes: Vec<ChangeNotice>,
}

#[uniffi::remote(Record)]
pub struct HelperCard {
    pub id: String,
    pub role: HelperRole,
    pub name: String,
    pub role_name: String,
    pub explain: String,
    pub hours: Option<String>,
}

#[uniffi::remote(Record)]
pub struct HelperChoice {
    pub helper: HelperCard,
    pub likely_seen: Option<LikelySeen>,
    pub likely_text: Option<String>,
    pub out_of_hours: Option<String>,
}

#[uniffi::remote(Record)]
pub struct AnswerCard {
    pub id: String,
    pub received: NaiveDateTime,
    pub from: String,
    pub text: String,
}

#[uniffi::remote(Record)]
pub struct SentCard {
    pub id: String,
    pub to: String,
    pub to_name: String,
    pub topic: Topic,
    pub written: NaiveDateTime,
    pub text: String,
    pub state: Delivery,
    pub state_text: String,
    pub overdue: Option<String>,
    pub also_tell: Vec<HelperCard>,
    pub answers: Vec<AnswerCard>,
}

/// "What are my rights?" (the core's `RightsView`, whose ids are `&'static str`).
#[derive(uniffi::Record)]
pub struct RightsView {
    pub title: String,
    pub intro: String,
    pub rights: Vec<TitledText>,
    pub glossary_title: String,
    pub glossary: Vec<TitledText>,
    pub helpers: Vec<HelperCard>,
}

#[derive(uniffi::Record)]
pub struct TitledText {
    pub id: String,
    pub title: String,
    pub body: String,
}

impl From<familytime_core::screens::RightsView> for RightsView {
    fn from(v: familytime_core::screens::RightsView) -> Self {
        let titled =
            |t: familytime_core::screens::TitledText| TitledText { id: t.id.into(), title: t.title, body: t.body };
        RightsView {
            title: v.title,
            intro: v.intro,
            rights: v.rights.into_iter().map(titled).collect(),
            glossary_title: v.glossary_title,
            glossary: v.glossary.into_iter().map(titled).collect(),
            helpers: v.helpers,
        }
    }
}

/// "Tell someone" (the core's `TellView`, whose choices are generic).
#[derive(uniffi::Record)]
pub struct TellView {
    pub title: String,
    pub who_heading: String,
    pub helpers: Vec<HelperChoice>,
    pub topic_heading: String,
    pub topics: Vec<TopicChoice>,
    pub change_heading: String,
    pub changes: Vec<ChangeChoice>,
    pub write_heading: String,
    pub send: String,
    pub keep_private: String,
    pub sent: Vec<SentCard>,
}

#[derive(uniffi::Record)]
pub struct TopicChoice {
    pub value: Topic,
    pub text: String,
}

#[derive(uniffi::Record)]
pub struct ChangeChoice {
    pub value: Change,
    pub text: String,
}

impl From<familytime_core::screens::TellView> for TellView {
    fn from(v: familytime_core::screens::TellView) -> Self {
        TellView {
            title: v.title,
            who_heading: v.who_heading,
            helpers: v.helpers,
            topic_heading: v.topic_heading,
            topics: v.topics.into_iter().map(|c| TopicChoice { value: c.value, text: c.text }).collect(),
            change_heading: v.change_heading,
            changes: v.changes.into_iter().map(|c| ChangeChoice { value: c.value, text: c.text }).collect(),
            write_heading: v.write_heading,
            send: v.send,
            keep_private: v.keep_private,
            sent: v.sent,
        }
    }
}

/// What one sync did (the core counts in `usize`, which uniffi does not carry).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncReport {
    /// Set when the sync brought a new plan version: the screens already show it.
    pub plan_version: Option<u32>,
    /// Changes the new plan brought, waiting on the `changes()` screen.
    pub new_changes: u32,
    pub sent: u32,
    /// Still in the outbox, to be tried again later.
    pub waiting: u32,
    pub replies: u32,
    pub receipts: u32,
    /// Envelopes that did not open; skipped, never shown.
    pub refused: u32,
    /// Set when the sync worked but the phone would not schedule the new reminders.
    pub reminders_error: Option<String>,
}

impl SyncReport {
    pub(crate) fn from_core(r: familytime_core::sync::SyncReport) -> SyncReport {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let (plan_version, new_changes) = match r.plan {
            PlanUpdate::Unchanged => (None, 0),
            PlanUpdate::Updated { to, changes, .. } => (Some(to), count(changes)),
        };
        SyncReport {
            plan_version,
            new_changes,
            sent: count(r.sent),
            waiting: count(r.waiting),
            replies: count(r.replies),
            receipts: count(r.receipts),
            refused: count(r.refused),
            reminders_error: None,
        }
    }
}

/// A draft the child has not sent yet.
#[derive(uniffi::Record)]
pub struct Draft {
    pub id: String,
    pub message: Message,
}

#[uniffi::remote(Enum)]
pub enum SessionChangeKind {
    Cancelled,
    Moved,
    DidNotHappen,
}

#[uniffi::remote(Enum)]
pub enum ChangeCardKind {
    Arrangement { kind: ChangeKind },
    Session { kind: SessionChangeKind },
    NewArrangement,
    Altered,
    PersonAdded,
    PersonStatus { status: PersonStatus },
    NewHelper,
    HelperLeft,
}

#[uniffi::remote(Record)]
pub struct ChangeCardWords {
    pub title: String,
    pub detail: Option<String>,
    pub why: Option<String>,
    pub decided: Option<String>,
    pub next: Option<String>,
}

#[uniffi::remote(Record)]
pub struct ChangeCard {
    pub id: i64,
    pub kind: ChangeCardKind,
    pub less: bool,
    pub people: Vec<PersonRef>,
    pub session: Option<String>,
    pub words: ChangeCardWords,
}

#[uniffi::remote(Record)]
pub struct ChangesView {
    pub title: String,
    pub seen: String,
    pub cards: Vec<ChangeCard>,
    pub up_to: Option<i64>,
}
