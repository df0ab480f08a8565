//! Feelings before and after family time: private check-ins, a person's feelings over
//! time, the gentle offer to tell someone, and sharing as an ordinary message.

use chrono::Duration;
use familytime_core::calendar::SessionSource as _;
use familytime_core::feelings::{self, CheckIn, CheckInError, Feeling, Moment};
use familytime_core::l10n::Words;
use familytime_core::messages::Message;
use familytime_core::plan::Plan;
use familytime_core::reminders::{self, Reminder};
use familytime_core::screens::{
    self, Button, CheckInPrompt, CheckInView, CheckInWords, FeelingChoice, FeelingPoint, FeelingsLineView,
    FeelingsLineWords, PointWords, ShareHelper, ShareView, ShareWords, TellOffer, TellOfferWords,
};
use familytime_core::store::Store;

use crate::app::{App, FamilyTime};
use crate::error::FamilyTimeError;
use crate::types::Timestamp;

#[uniffi::remote(Enum)]
pub enum Feeling {
    Happy,
    Okay,
    Worried,
    Sad,
    Angry,
    Scared,
    Unsafe,
}

#[uniffi::remote(Enum)]
pub enum Moment {
    Before,
    After,
}

#[uniffi::remote(Record)]
pub struct CheckIn {
    pub id: i64,
    pub session: String,
    pub people: Vec<String>,
    pub session_start: Timestamp,
    pub moment: Moment,
    pub feeling: Feeling,
    pub words: Option<String>,
    pub at: Timestamp,
}

#[uniffi::remote(Record)]
pub struct CheckInPrompt {
    pub session: String,
    pub moment: Moment,
    pub button: Button,
    pub done: Option<Feeling>,
}

#[uniffi::remote(Record)]
pub struct FeelingChoice {
    pub feeling: Feeling,
    pub face: String,
    pub button: Button,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct CheckInWords {
    pub title: String,
    pub when: String,
    pub private_note: String,
    pub own_words_field: String,
    pub closed: Option<String>,
}

#[uniffi::remote(Record)]
pub struct CheckInView {
    pub session: String,
    pub moment: Moment,
    pub words: CheckInWords,
    pub feelings: Vec<FeelingChoice>,
    pub own_words: Option<String>,
    pub save: Button,
    pub share: Option<Button>,
}

#[uniffi::remote(Record)]
pub struct PointWords {
    pub date: String,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct FeelingPoint {
    pub check_in: i64,
    pub moment: Moment,
    pub feeling: Feeling,
    pub face: String,
    pub level: u8,
    pub words: PointWords,
}

#[uniffi::remote(Record)]
pub struct FeelingsLineWords {
    pub title: String,
    pub empty: Option<String>,
    pub private_note: String,
}

#[uniffi::remote(Record)]
pub struct TellOfferWords {
    pub question: String,
    pub up_to_you: String,
}

#[uniffi::remote(Record)]
pub struct TellOffer {
    pub person: String,
    pub words: TellOfferWords,
    pub tell: Button,
    pub not_now: Button,
    pub feel_unsafe: Button,
}

#[uniffi::remote(Record)]
pub struct FeelingsLineView {
    pub person: String,
    pub words: FeelingsLineWords,
    pub points: Vec<FeelingPoint>,
    pub offer: Option<TellOffer>,
}

#[uniffi::remote(Record)]
pub struct ShareWords {
    pub title: String,
    pub intro: String,
    pub to_heading: String,
}

#[uniffi::remote(Record)]
pub struct ShareHelper {
    pub helper: String,
    pub name: String,
    pub label: String,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct ShareView {
    pub words: ShareWords,
    pub helpers: Vec<ShareHelper>,
    pub preview: Message,
    pub send: Button,
    pub keep_private: Button,
}

impl From<CheckInError> for FamilyTimeError {
    fn from(e: CheckInError) -> Self {
        match e {
            CheckInError::Store(e) => e.into(),
            other => FamilyTimeError::Refused(other.to_string()),
        }
    }
}

#[uniffi::export]
impl FamilyTime {
    /// The check-ins the child can make now (before family time from the day before; after
    /// it for two days), each with the face chosen if they already did.
    pub fn check_in_prompts(&self) -> Result<Vec<CheckInPrompt>, FamilyTimeError> {
        let now = self.app().now();
        self.with_plan(|words, plan, store| {
            // The longest session is four days; its "after" window two more.
            let sessions = store.snapshot()?.between(now - Duration::days(6), now + Duration::days(2))?;
            Ok(screens::prompts(words, plan, &sessions, &store.check_ins()?, now))
        })
    }

    /// The check-in about `session`; null/nil when there is no such session.
    pub fn check_in_screen(&self, session: String, moment: Moment) -> Result<Option<CheckInView>, FamilyTimeError> {
        let now = self.app().now();
        self.with_plan(|words, plan, store| {
            let Some(found) = store.snapshot()?.session(&session)? else { return Ok(None) };
            let check_ins = store.check_ins()?;
            let made = check_ins.iter().find(|c| c.session == session && c.moment == moment);
            Ok(Some(screens::check_in(words, plan, &found, moment, made, now)))
        })
    }

    /// Saves how the child feels, privately, replacing what they said before about the
    /// same session and moment. Refused outside its window; nothing is sent anywhere.
    pub fn check_in(
        &self,
        session: String,
        moment: Moment,
        feeling: Feeling,
        words: Option<String>,
    ) -> Result<CheckIn, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app().store().check_in(&session, moment, feeling, words.as_deref(), self.app().now())?)
    }

    /// Every check-in, the latest family time first.
    pub fn check_ins(&self) -> Result<Vec<CheckIn>, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app().store().check_ins()?)
    }

    /// How time with `person` has felt, as faces along a line, with the offer to tell
    /// someone when the last times felt hard; null/nil when the plan has no such person.
    pub fn feelings_line(&self, person: String) -> Result<Option<FeelingsLineView>, FamilyTimeError> {
        self.with_plan(|words, plan, store| Ok(screens::feelings_line(words, plan, &person, &store.check_ins()?)))
    }

    /// What sharing the check-ins `ids` with helper `to` would send. The shell shows
    /// `preview`, and if the child sends it, saves that very message as a draft and
    /// sends it (`save_draft`, `send`): an ordinary sealed message.
    pub fn share_check_ins(&self, ids: Vec<i64>, to: String) -> Result<ShareView, FamilyTimeError> {
        self.with_plan(|words, plan, store| {
            let check_ins = store.check_ins()?;
            let chosen = ids
                .iter()
                .map(|id| check_ins.iter().find(|c| c.id == *id).ok_or(CheckInError::NoSuchCheckIn(*id)))
                .collect::<Result<Vec<&CheckIn>, _>>()?;
            Ok(screens::share(words, plan, &chosen, &to)?)
        })
    }
}

impl FamilyTime {
    /// Builds from the child's words and plan, once the app is unlocked.
    fn with_plan<T>(
        &self,
        build: impl FnOnce(&Words, &Plan, &Store) -> Result<T, FamilyTimeError>,
    ) -> Result<T, FamilyTimeError> {
        self.unlocked()?;
        self.app().planless(|words, plan, store| Ok(plan.map(|plan| build(words, plan, store))))?.unwrap_or_else(|| {
            Err(FamilyTimeError::NoPlan("no plan has arrived yet; feelings are about family time in a plan".into()))
        })
    }
}

/// "How was it?" reminders for family time in the next two weeks, if the child asked
/// for them; like every reminder they name no one.
pub(crate) fn after_reminders(app: &App) -> Result<Vec<Reminder>, FamilyTimeError> {
    let now = app.now();
    app.planless(|words, _, store| {
        if !store.privacy_choices()?.after_reminders {
            return Ok(Vec::new());
        }
        let ahead = Duration::days(reminders::AHEAD_DAYS);
        let sessions = store.snapshot()?.between(now - Duration::days(4), now + ahead)?;
        Ok(feelings::after_reminders(words, &sessions, now))
    })
}
