//! How a child feels before and after each family time: a few feelings with faces, and
//! a few words of their own if they like. Private: a check-in stays in the encrypted
//! store unless the child chooses to share it, which makes an ordinary message they see
//! before it is sent.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::{self, Session};
use crate::explain;
use crate::l10n::Words;
use crate::messages::{Message, Topic};
use crate::plan::Plan;
use crate::reminders::Reminder;

/// A few words, not a letter: longer thoughts belong in a note or a message.
pub const MAX_CHECK_IN_CHARS: usize = 500;
/// How long after family time ends the child can still say how it went.
pub const AFTER_WINDOW: Duration = Duration::days(2);
/// This many hard feelings in a row after time with someone bring the gentle offer.
const HARD_IN_A_ROW: usize = 2;

/// The feelings a child can pick, happiest first: the order the shells show them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Happy,
    Okay,
    Worried,
    Sad,
    Angry,
    Scared,
    Unsafe,
}

pub const FEELINGS: [Feeling; 7] =
    [Feeling::Happy, Feeling::Okay, Feeling::Worried, Feeling::Sad, Feeling::Angry, Feeling::Scared, Feeling::Unsafe];

impl Feeling {
    /// The face drawn for it: the same in every language.
    pub fn face(self) -> &'static str {
        match self {
            Feeling::Happy => "😊",
            Feeling::Okay => "😐",
            Feeling::Worried => "😟",
            Feeling::Sad => "😢",
            Feeling::Angry => "😠",
            Feeling::Scared => "😨",
            Feeling::Unsafe => "😰",
        }
    }

    /// How high on the line of a person's page: 4 for happy down to 0.
    pub fn level(self) -> u8 {
        match self {
            Feeling::Happy => 4,
            Feeling::Okay => 3,
            Feeling::Worried | Feeling::Angry => 2,
            Feeling::Sad => 1,
            Feeling::Scared | Feeling::Unsafe => 0,
        }
    }

    /// The feelings that, after family time, may mean something is wrong.
    pub fn is_hard(self) -> bool {
        matches!(self, Feeling::Sad | Feeling::Scared | Feeling::Unsafe)
    }
}

/// Before family time (how I feel about it) or after (how it went).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    Before,
    After,
}

/// A check-in as the child made it. One per session and moment: checking in again
/// replaces it, the child's latest word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub id: i64,
    pub session: String,
    /// The people at that session, kept with it: the plan may change later.
    pub people: Vec<String>,
    pub session_start: DateTime<Utc>,
    pub moment: Moment,
    pub feeling: Feeling,
    pub words: Option<String>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum CheckInError {
    #[error("there is no session \"{0}\" in the plan")]
    NoSuchSession(String),
    #[error("this family time is not going ahead, so there is nothing to check in about")]
    NotGoingAhead,
    #[error("it is too early to say how this family time feels; that opens at {opens}")]
    TooEarly { opens: DateTime<Utc> },
    #[error("it is too late to check in about this family time; that closed at {closed}")]
    TooLate { closed: DateTime<Utc> },
    #[error("the words are {0} characters long; a check-in can have at most {MAX_CHECK_IN_CHARS}")]
    WordsTooLong(usize),
    #[error("there is no check-in {0}")]
    NoSuchCheckIn(i64),
    #[error("there is no helper \"{0}\" in the plan to share with")]
    NoSuchHelper(String),
    #[error("choose at least one check-in to share")]
    NothingToShare,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// When a check-in about `session` can be made: before, from the start of the UK day
/// before it until it starts; after, from its end until two days later.
pub fn window(session: &Session, moment: Moment) -> (DateTime<Utc>, DateTime<Utc>) {
    match moment {
        Moment::Before => {
            let day_before = calendar::uk_date(session.start) - Duration::days(1);
            let midnight = day_before.and_time(NaiveTime::MIN);
            // A midnight the clocks skip does not exist in the UK: then the day starts an hour on.
            let opens = calendar::uk_instant(midnight)
                .or_else(|_| calendar::uk_instant(midnight + Duration::hours(1)))
                .unwrap_or(session.start - Duration::days(1));
            (opens, session.start)
        }
        Moment::After => (session.end, session.end + AFTER_WINDOW),
    }
}

/// Refuses a check-in outside its window, about a session not going ahead, or with too
/// many words. Nothing is stored when it is refused.
pub fn check(session: &Session, moment: Moment, words: Option<&str>, now: DateTime<Utc>) -> Result<(), CheckInError> {
    if !session.status.goes_ahead() {
        return Err(CheckInError::NotGoingAhead);
    }
    let (opens, closes) = window(session, moment);
    if now < opens {
        return Err(CheckInError::TooEarly { opens });
    }
    if now > closes {
        return Err(CheckInError::TooLate { closed: closes });
    }
    let chars = words.map_or(0, |w| w.chars().count());
    if chars > MAX_CHECK_IN_CHARS {
        return Err(CheckInError::WordsTooLong(chars));
    }
    Ok(())
}

/// Whether to offer "Do you want to tell someone?" about `person`: the latest check-in
/// after time with them was "unsafe", or the latest two were sad, scared or unsafe. It
/// is only an offer; nothing is ever sent without the child.
pub fn offer_to_tell(check_ins: &[CheckIn], person: &str) -> bool {
    let mut after: Vec<&CheckIn> =
        check_ins.iter().filter(|c| c.moment == Moment::After && c.people.iter().any(|p| p == person)).collect();
    after.sort_by_key(|c| std::cmp::Reverse(c.session_start));
    match after.first() {
        Some(latest) if latest.feeling == Feeling::Unsafe => true,
        _ => after.len() >= HARD_IN_A_ROW && after.iter().take(HARD_IN_A_ROW).all(|c| c.feeling.is_hard()),
    }
}

/// The message that shares `chosen` check-ins with helper `to`: exactly what the child
/// is shown before sending, and then an ordinary sealed message. About the one person
/// (and session) they share, if they share one.
pub fn share_message(words: &Words, plan: &Plan, chosen: &[&CheckIn], to: &str) -> Result<Message, CheckInError> {
    if chosen.is_empty() {
        return Err(CheckInError::NothingToShare);
    }
    if !plan.helpers.iter().any(|h| h.id == to) {
        return Err(CheckInError::NoSuchHelper(to.to_owned()));
    }
    let lines: Vec<String> = chosen.iter().map(|c| share_line(words, plan, c)).collect();
    let first = chosen[0];
    let common = first.people.iter().find(|p| chosen.iter().all(|c| c.people.contains(p)));
    let one_session = chosen.iter().all(|c| c.session == first.session);
    Ok(Message {
        to: to.to_owned(),
        topic: if chosen.iter().any(|c| c.feeling.level() < 3) { Topic::Worry } else { Topic::SomethingGood },
        change: None,
        about_person: common.filter(|p| plan.person(p).is_some()).cloned(),
        about_session: one_session.then(|| first.session.clone()),
        text: lines.join("\n"),
    })
}

/// "After seeing Nan on Saturday 28 November I felt sad: "my words"".
fn share_line(words: &Words, plan: &Plan, check_in: &CheckIn) -> String {
    let names: Vec<&str> =
        check_in.people.iter().map(|id| plan.person(id).map_or(id.as_str(), |p| p.name.as_str())).collect();
    let date = explain::date_long(words, calendar::uk_date(check_in.session_start));
    words.line(
        "feelings-share-line",
        &[
            ("moment", explain::name(check_in.moment).into()),
            ("names", explain::list(words, &names).into()),
            ("date", date.into()),
            ("feeling", words.fragment(&format!("feeling-{}", explain::name(check_in.feeling)), &[]).into()),
            ("has-words", check_in.words.is_some().into()),
            ("words", check_in.words.clone().unwrap_or_default().into()),
        ],
    )
}

/// "How was it?" an hour after each of `sessions` that goes ahead and ends after `now`.
/// Like every reminder it names no one and says nothing of family time, whatever the
/// child chose about details: the check-in behind it is private.
pub fn after_reminders(words: &Words, sessions: &[Session], now: DateTime<Utc>) -> Vec<Reminder> {
    sessions
        .iter()
        .filter(|s| s.status.goes_ahead())
        .map(|s| (s, s.end + Duration::hours(1)))
        .filter(|(_, at)| *at > now)
        .map(|(s, at)| Reminder {
            id: format!("{}/how-was-it", s.id),
            at,
            title: words.line("reminder-title", &[]),
            body: words.line("feelings-reminder", &[]),
        })
        .collect()
}
