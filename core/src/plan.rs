//! The family-time plan a council publishes for one child (format version 1).
//!
//! These types are the file format: `docs/plan-format.md` describes every field and
//! `assets/schema/plan.schema.json` is its JSON Schema. A parsed `Plan` is not yet
//! trusted: `validate::check` turns it into a [`ValidPlan`] or a list of problems.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

pub mod written;

/// The value of `format` in every plan file.
pub const FORMAT_NAME: &str = "familytime.plan";
/// The plan format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub format: String,
    #[serde(with = "written::as_whole_number")]
    pub format_version: u32,
    /// Stable id for this child's plan across versions; opaque, never a name.
    pub plan_id: String,
    /// Increases by at least one with every published change.
    #[serde(with = "written::as_whole_number")]
    pub version: u32,
    /// Short id of the council that made the plan, e.g. "kent".
    pub council: String,
    #[serde(with = "written::as_date")]
    pub issued: NaiveDate,
    pub child: Child,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub helpers: Vec<Helper>,
    #[serde(default)]
    pub arrangements: Vec<Arrangement>,
    #[serde(default)]
    pub session_changes: Vec<SessionChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub first_name: String,
    pub age_band: AgeBand,
    /// The child's own word for family time ("seeing my family", "contact"...).
    #[serde(default)]
    pub family_time_word: Option<String>,
    /// BCP 47 tag of the language the child chose, e.g. "en-GB" or "cy".
    pub language: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "4-7")]
    Young,
    #[serde(rename = "8-10")]
    Middle,
    #[serde(rename = "11-18")]
    Older,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// A first name or what the child calls them ("Mum", "Nan", "Sam").
    pub name: String,
    pub relationship: Relationship,
    #[serde(default)]
    pub picture: Option<Picture>,
    pub status: PersonStatus,
    /// Why the child can't see them right now, in words the child can be shown.
    #[serde(default)]
    pub status_reason: Option<String>,
    /// Days the child may want to remember (a birthday, the day someone died).
    #[serde(default)]
    pub remembering: Vec<RememberingDay>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    #[serde(default)]
    pub emoji: Option<String>,
    /// "#RRGGBB".
    #[serde(default)]
    pub colour: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonStatus {
    CanSee,
    CantSeeRightNow,
    /// The child is allowed to see them and chooses not to: shown without pressure.
    ChooseNotTo,
    Died,
    TryingToFind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RememberingDay {
    /// Month and day, "MM-DD": it comes round every year.
    pub date: MonthDay,
    pub what: String,
}

/// A day of the year without a year, written "MM-DD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    /// This day in `year`; 29 February falls on 28 February in other years.
    pub fn in_year(self, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| NaiveDate::from_ymd_opt(year, self.month, self.day - 1))
            .expect("a MonthDay is a valid day in a leap year")
    }
}

impl std::str::FromStr for MonthDay {
    type Err = &'static str;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (month, day) = written::month_day(s).ok_or("not a month and day")?;
        Ok(MonthDay { month, day })
    }
}

impl std::fmt::Display for MonthDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An adult the child can tell things to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helper {
    pub id: String,
    pub role: HelperRole,
    /// First name only.
    pub name: String,
    #[serde(default)]
    pub working_hours: Option<WorkingHours>,
    /// Their promise to read a message within this many working days (an advocate
    /// service might promise 1). Past it, the child is told and offered someone else.
    #[serde(default, with = "written::as_whole_number::option")]
    pub reads_within_days: Option<u32>,
    /// Their device's id on the council's server, once they have one: the child's
    /// device sends to it. The server knows devices, never names.
    #[serde(default)]
    pub device: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HelperRole {
    SocialWorker,
    Advocate,
    IndependentReviewingOfficer,
    FosterCarer,
    KeyWorker,
    IndependentVisitor,
    PersonalAdviser,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingHours {
    #[serde(with = "written::as_weekdays")]
    pub days: Vec<Weekday>,
    #[serde(with = "written::as_time_of_day")]
    pub from: NaiveTime,
    #[serde(with = "written::as_time_of_day")]
    pub to: NaiveTime,
}

/// One regular (or one-off) way the child keeps in touch with some people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arrangement {
    pub id: String,
    /// Ids of the people the child sees or hears from.
    pub with: Vec<String>,
    pub form: Form,
    pub support: Support,
    #[serde(default)]
    pub venue: Option<Venue>,
    /// Who takes the child, as they are told it: "Sue, your foster carer", "Jo from the
    /// family time team". Never a surname.
    #[serde(default)]
    pub who_takes_me: Option<String>,
    /// What we can do there ("play in the garden, bake").
    #[serde(default)]
    pub activities: Option<String>,
    /// The worker's plain-words reason for this arrangement.
    pub purpose: String,
    #[serde(default, with = "written::as_date::option")]
    pub review_date: Option<NaiveDate>,
    pub schedule: Schedule,
    /// Changes to this arrangement, oldest first.
    #[serde(default)]
    pub changes: Vec<ArrangementChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Visit,
    Overnight,
    VideoCall,
    PhoneCall,
    LettersAndPhotos,
    Gifts,
}

impl Form {
    /// Forms that happen at a time, so a duration is part of their schedule.
    pub fn is_live(self) -> bool {
        matches!(self, Form::Visit | Form::Overnight | Form::VideoCall | Form::PhoneCall)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    /// I arrange it myself; my carer knows.
    Unsupported,
    /// Help with the venue, travel or money.
    Facilitated,
    /// A worker is there to help.
    Supported,
    /// A worker stays, keeps everyone safe and writes notes.
    Supervised,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub kind: VenueKind,
    /// Described, never addressed: "the family centre with the big garden".
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// When sessions happen, in UK local time (Europe/London).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// The first session, local time: "2026-09-05T10:00".
    #[serde(with = "written::as_local_minutes")]
    pub start: NaiveDateTime,
    /// Needed for visits, overnights and calls; letters and gifts have none.
    #[serde(default, with = "written::as_whole_number::option")]
    pub duration_minutes: Option<u32>,
    /// An RFC 5545 RRULE ("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"); absent for a one-off.
    #[serde(default)]
    pub repeat: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrangementChange {
    pub kind: ChangeKind,
    /// The first day the change applies.
    #[serde(with = "written::as_date")]
    pub effective: NaiveDate,
    /// For a suspension: the last day it lasts, if known.
    #[serde(default, with = "written::as_date::option")]
    pub until: Option<NaiveDate>,
    /// Required when the change means less family time.
    #[serde(default)]
    pub reason: Option<String>,
    pub decided_by: Decider,
    /// The schedule that applied before `effective`, when the change altered it.
    #[serde(default)]
    pub before: Option<Schedule>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl ChangeKind {
    /// Changes that give the child less family time; these always need a reason.
    pub fn means_less(self) -> bool {
        matches!(self, ChangeKind::Reduced | ChangeKind::Suspended | ChangeKind::Ended)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decider {
    SocialWorker,
    Court,
    ReviewMeeting,
    Child,
    Family,
    Carer,
}

/// Something that happened to one session of an arrangement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionChange {
    pub arrangement: String,
    /// The planned start of the session this is about, local time.
    #[serde(with = "written::as_local_minutes")]
    pub planned: NaiveDateTime,
    pub kind: SessionChangeKind,
    /// For a move: the new start, local time.
    #[serde(default, with = "written::as_local_minutes::option")]
    pub moved_to: Option<NaiveDateTime>,
    /// For "did not happen": the person who could not come, or absent if it was the child.
    #[serde(default)]
    pub who: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    pub decided_by: Decider,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionChangeKind {
    Cancelled,
    Moved,
    DidNotHappen,
}

/// A plan that passed every check in `validate`; only these reach the calendar and store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPlan(pub(crate) Plan);

impl ValidPlan {
    pub fn plan(&self) -> &Plan {
        &self.0
    }

    pub fn into_plan(self) -> Plan {
        self.0
    }
}

impl std::ops::Deref for ValidPlan {
    type Target = Plan;

    fn deref(&self) -> &Plan {
        &self.0
    }
}

impl Plan {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn arrangement(&self, id: &str) -> Option<&Arrangement> {
        self.arrangements.iter().find(|a| a.id == id)
    }
}
