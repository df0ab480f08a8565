//! What a child tells someone: a worry, a question, something good, a request for a
//! change, or that they feel unsafe now. Written in their own words, about a person or
//! a session if they like, to one of the adults in their plan.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::plan::{Helper, HelperRole, Person, Plan, WorkingHours};

/// Far more than a child writes in one message, and far less than the sealed maximum.
pub const MAX_MESSAGE_CHARS: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Worry,
    Question,
    SomethingGood,
    ChangeRequest,
    /// "I feel unsafe right now": shown who can help at once, and sent urgently.
    UnsafeNow,
}

/// What a child can ask to change (Staying Connected; Kent and Camden guidance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    SeeMore,
    SeeLess,
    Stop,
    DifferentTime,
    /// "Not a small room."
    DifferentPlace,
    AddSomeone,
    VideoCallsBetweenVisits,
    HelpWithTravel,
}

/// How often the child feels they see someone (the Your Life, Your Care question).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowOften {
    TooLittle,
    JustRight,
    TooMuch,
}

/// A message as the child writes it. Drafts are saved as they type; sending puts it in
/// the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The helper's id in the plan.
    pub to: String,
    pub topic: Topic,
    #[serde(default)]
    pub change: Option<Change>,
    #[serde(default)]
    pub about_person: Option<String>,
    #[serde(default)]
    pub about_session: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("there is nobody with id \"{0}\" to send this to")]
    UnknownHelper(String),
    #[error("the message is about someone who is not in the plan (\"{0}\")")]
    UnknownPerson(String),
    #[error("the message is {0} characters; a message can be at most {MAX_MESSAGE_CHARS}")]
    TooLong(usize),
    #[error("the message is empty")]
    Empty,
    #[error("only a change request says what should change")]
    ChangeWithoutRequest,
    #[error("a change request needs to say what should change")]
    RequestWithoutChange,
}

impl Message {
    /// Checks the message against the plan before it may be sent; a draft may be
    /// incomplete, a sent message may not.
    pub fn check(&self, plan: &Plan) -> Result<(), MessageError> {
        if !plan.helpers.iter().any(|h| h.id == self.to) {
            return Err(MessageError::UnknownHelper(self.to.clone()));
        }
        if let Some(person) = self.about_person.as_ref().filter(|p| plan.person(p).is_none()) {
            return Err(MessageError::UnknownPerson(person.clone()));
        }
        let chars = self.text.chars().count();
        if chars > MAX_MESSAGE_CHARS {
            return Err(MessageError::TooLong(chars));
        }
        match (self.topic, self.change) {
            (Topic::ChangeRequest, None) => Err(MessageError::RequestWithoutChange),
            (Topic::ChangeRequest, Some(_)) => Ok(()),
            (_, Some(_)) => Err(MessageError::ChangeWithoutRequest),
            // Saying "I feel unsafe" is enough on its own; anything else needs words.
            (Topic::UnsafeNow, None) => Ok(()),
            (_, None) if self.text.trim().is_empty() => Err(MessageError::Empty),
            _ => Ok(()),
        }
    }

    pub fn is_urgent(&self) -> bool {
        self.topic == Topic::UnsafeNow
    }
}

/// The ready-made request a child is offered after saying how often they see someone;
/// none when it feels just right. The child can edit it, send it, or keep it private.
pub fn suggested_request(plan: &Plan, person: &Person, feeling: HowOften) -> Option<Message> {
    let change = match feeling {
        HowOften::TooLittle => Change::SeeMore,
        HowOften::TooMuch => Change::SeeLess,
        HowOften::JustRight => return None,
    };
    let social_worker = plan.helpers.iter().find(|h| h.role == HelperRole::SocialWorker)?;
    Some(Message {
        to: social_worker.id.clone(),
        topic: Topic::ChangeRequest,
        change: Some(change),
        about_person: Some(person.id.clone()),
        about_session: None,
        text: String::new(),
    })
}

/// A reply from a helper, in the thread of the child's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub id: String,
    /// The helper's id in the plan (their device id if the plan does not name it).
    pub helper: String,
    pub thread: String,
    pub received: DateTime<Utc>,
    pub text: String,
}

/// What travels inside a sealed envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Payload {
    /// From the child; the envelope's thread is the message's own id.
    Message(Message),
    /// From a helper, in the thread of the child's message it answers.
    Reply { text: String },
}

/// Where a sent message has got to. It only ever moves forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// In the outbox: not yet accepted by the council's server.
    Waiting,
    /// The server has it, durably.
    Sent,
    /// The recipient's device has it.
    Delivered,
    Read,
    Answered,
}

/// A sent message in the outbox and where it has got to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub id: String,
    pub message: Message,
    pub urgent: bool,
    pub created: DateTime<Utc>,
    pub state: Delivery,
    pub failures: u32,
    pub next_attempt: DateTime<Utc>,
    /// The first name of the helper it was sealed to, once it was: shown even after they
    /// have left the child's plan.
    pub to_name: Option<String>,
}

/// How long to wait before trying again after `failures` failed attempts: doubling from
/// 30 seconds to an hour, spread by `jitter` (0.0 to 1.0) over ±20 % so that many phones
/// coming back online do not all retry at once.
pub fn retry_after(failures: u32, jitter: f64) -> Duration {
    let base = 30.0 * 2f64.powi(failures.min(16) as i32);
    let capped = base.min(3600.0);
    let spread = capped * (0.8 + 0.4 * jitter.clamp(0.0, 1.0));
    Duration::milliseconds((spread * 1000.0) as i64)
}

/// When a helper is likely to see a message sent at `now` (UK local time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum LikelySeen {
    /// They are at work now.
    Now,
    /// Their next working time starts then.
    From { start: NaiveDateTime },
}

/// The end of the working day by which a message sent at `sent` should have been read,
/// `days` working days later (calendar days for someone without working hours).
pub fn read_by(hours: Option<&WorkingHours>, days: u32, sent: NaiveDateTime) -> NaiveDateTime {
    let Some(hours) = hours else {
        return sent + Duration::days(days.into());
    };
    let working = |date: &chrono::NaiveDate| hours.days.contains(&date.weekday());
    // The day it was sent counts if it arrived before the end of that working day.
    let first =
        if working(&sent.date()) && sent.time() < hours.to { sent.date() } else { sent.date() + Duration::days(1) };
    let mut working_days = first.iter_days().filter(working);
    let last = working_days.nth(days.max(1) as usize - 1).unwrap_or(first);
    last.and_time(hours.to)
}

/// Whether `outgoing` is past its helper's promise and still unread at `now` (UK local).
pub fn overdue(outgoing: &Outgoing, helper: &Helper, now: NaiveDateTime, sent: NaiveDateTime) -> bool {
    let Some(days) = helper.reads_within_days else { return false };
    outgoing.state < Delivery::Read && now > read_by(helper.working_hours.as_ref(), days, sent)
}

pub fn likely_seen(hours: &WorkingHours, now: NaiveDateTime) -> LikelySeen {
    let works_on = |date: chrono::NaiveDate| hours.days.contains(&date.weekday());
    if works_on(now.date()) && now.time() >= hours.from && now.time() < hours.to {
        return LikelySeen::Now;
    }
    let today_still = works_on(now.date()) && now.time() < hours.from;
    let first = if today_still { now.date() } else { now.date() + Duration::days(1) };
    match first.iter_days().take(7).find(|d| works_on(*d)) {
        Some(day) => LikelySeen::From { start: day.and_time(hours.from) },
        // Validation refuses working hours with no days; treat it as "now" defensively.
        None => LikelySeen::Now,
    }
}
