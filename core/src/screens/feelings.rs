//! Feelings before and after family time: the check-ins open now, the check-in itself,
//! a person's feelings over time as faces along a line, the gentle offer to tell
//! someone, and the preview of a check-in the child chooses to share.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::chrome::{Button, button};
use crate::calendar::{self, Session};
use crate::explain;
use crate::feelings::{self, CheckIn, CheckInError, FEELINGS, Feeling, Moment};
use crate::l10n::Words;
use crate::messages::Message;
use crate::plan::Plan;

/// A check-in the child can make now: tapping it opens [`CheckInView`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckInPrompt {
    pub session: String,
    pub moment: Moment,
    /// "How do you feel about seeing Nan?"; done: the face they chose.
    pub button: Button,
    pub done: Option<Feeling>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeelingChoice {
    pub feeling: Feeling,
    pub face: String,
    /// "Sad"; its label: "I feel sad".
    pub button: Button,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckInWords {
    /// "How do you feel about seeing Nan?" or "How was seeing Nan?".
    pub title: String,
    /// "Saturday 28 November, 2pm".
    pub when: String,
    /// That only they see it, and it stays on the phone.
    pub private_note: String,
    /// The label of the field for a few words of their own.
    pub own_words_field: String,
    /// Why it cannot be saved now (too early, too late, not going ahead); `None` while open.
    pub closed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckInView {
    pub session: String,
    pub moment: Moment,
    pub words: CheckInWords,
    /// Happiest first.
    pub feelings: Vec<FeelingChoice>,
    /// What they wrote last time, to edit.
    pub own_words: Option<String>,
    pub save: Button,
    /// To [`ShareView`]: shown only once there is something to share.
    pub share: Option<Button>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PointWords {
    /// "28 Nov", under the face.
    pub date: String,
    /// "After seeing Nan on Saturday 28 November: sad".
    pub label: String,
}

/// One face on the line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeelingPoint {
    pub check_in: i64,
    pub moment: Moment,
    pub feeling: Feeling,
    pub face: String,
    /// Height on the line: 4 (happy) to 0 (scared, unsafe).
    pub level: u8,
    pub words: PointWords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeelingsLineWords {
    /// "How time with Nan felt".
    pub title: String,
    /// When there are no check-ins with them yet.
    pub empty: Option<String>,
    /// That only the child sees this.
    pub private_note: String,
}

/// A person's feelings over time, for their page: faces along a line, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeelingsLineView {
    pub person: String,
    pub words: FeelingsLineWords,
    pub points: Vec<FeelingPoint>,
    /// "Do you want to tell someone?", when the last times with them felt hard.
    pub offer: Option<TellOffer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TellOfferWords {
    pub question: String,
    /// That it is up to them and nothing is sent by itself.
    pub up_to_you: String,
}

/// Only an offer: "Tell someone" opens the tell screen about the person; nothing is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TellOffer {
    pub person: String,
    pub words: TellOfferWords,
    pub tell: Button,
    pub not_now: Button,
    pub feel_unsafe: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShareWords {
    pub title: String,
    /// "They will see exactly this:".
    pub intro: String,
    pub to_heading: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShareHelper {
    pub helper: String,
    /// Their first name, as the plan gives it.
    pub name: String,
    /// "Send it to Priya".
    pub label: String,
    pub selected: bool,
}

/// What sharing check-ins sends, before it is sent: `preview` is the message itself,
/// which the shell saves as a draft and sends as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShareView {
    pub words: ShareWords,
    pub helpers: Vec<ShareHelper>,
    pub preview: Message,
    pub send: Button,
    pub keep_private: Button,
}

/// The check-ins open at `now` among `sessions`, soonest window first.
pub fn prompts(
    words: &Words,
    plan: &Plan,
    sessions: &[Session],
    done: &[CheckIn],
    now: DateTime<Utc>,
) -> Vec<CheckInPrompt> {
    let mut open = Vec::new();
    for session in sessions.iter().filter(|s| s.status.goes_ahead()) {
        for moment in [Moment::Before, Moment::After] {
            if feelings::check(session, moment, None, now).is_err() {
                continue;
            }
            let made = done.iter().find(|c| c.session == session.id && c.moment == moment);
            let names = names(words, plan, session);
            let id = format!("feelings-prompt-{}", explain::name(moment));
            open.push(CheckInPrompt {
                session: session.id.clone(),
                moment,
                button: Button {
                    text: words.line(&id, &[("names", names.as_str().into())]),
                    label: words.line(&format!("{id}-label"), &[("names", names.as_str().into())]),
                },
                done: made.map(|c| c.feeling),
            });
        }
    }
    open
}

/// The check-in about `session` at `moment`, with what they said before, if anything.
pub fn check_in(
    words: &Words,
    plan: &Plan,
    session: &Session,
    moment: Moment,
    made: Option<&CheckIn>,
    now: DateTime<Utc>,
) -> CheckInView {
    let names = names(words, plan, session);
    let start = calendar::uk_local(session.start);
    let when = words.line(
        "notes-written",
        &[
            ("date", explain::date_long(words, start.date()).into()),
            ("time", explain::time_of_day(words, start.time()).into()),
        ],
    );
    CheckInView {
        session: session.id.clone(),
        moment,
        words: CheckInWords {
            title: words.line(&format!("feelings-title-{}", explain::name(moment)), &[("names", names.into())]),
            when,
            private_note: words.line("feelings-private", &[]),
            own_words_field: words.line("feelings-own-words", &[]),
            closed: closed(words, session, moment, now),
        },
        feelings: FEELINGS.iter().map(|f| choice(words, *f, made.map(|c| c.feeling))).collect(),
        own_words: made.and_then(|c| c.words.clone()),
        save: button(words, "feelings-save"),
        share: made.map(|_| button(words, "feelings-share")),
    }
}

/// The core's refusal, in words: the same check that saving makes.
fn closed(words: &Words, session: &Session, moment: Moment, now: DateTime<Utc>) -> Option<String> {
    let id = match feelings::check(session, moment, None, now) {
        Ok(()) => return None,
        Err(CheckInError::TooEarly { .. }) => "feelings-closed-early",
        Err(CheckInError::TooLate { .. }) => "feelings-closed-late",
        Err(_) => "feelings-closed-not-going-ahead",
    };
    Some(words.line(id, &[]))
}

fn choice(words: &Words, feeling: Feeling, chosen: Option<Feeling>) -> FeelingChoice {
    let name = explain::name(feeling);
    FeelingChoice {
        feeling,
        face: feeling.face().to_owned(),
        button: Button {
            text: words.line(&format!("feeling-{name}"), &[]),
            label: words.line("feeling-label", &[("feeling", words.fragment(&format!("feeling-{name}"), &[]).into())]),
        },
        selected: chosen == Some(feeling),
    }
}

/// How family time with `person` has felt, oldest first, and the offer to tell someone
/// when the last times felt hard. `None` when the plan has no such person.
pub fn feelings_line(words: &Words, plan: &Plan, person: &str, check_ins: &[CheckIn]) -> Option<FeelingsLineView> {
    let name = plan.person(person)?.name.as_str();
    let mut theirs: Vec<&CheckIn> = check_ins.iter().filter(|c| c.people.iter().any(|p| p == person)).collect();
    theirs.sort_by_key(|c| (c.session_start, c.moment == Moment::After));
    let points: Vec<FeelingPoint> = theirs
        .iter()
        .map(|c| {
            let date = calendar::uk_date(c.session_start);
            let feeling = words.fragment(&format!("feeling-{}", explain::name(c.feeling)), &[]);
            FeelingPoint {
                check_in: c.id,
                moment: c.moment,
                feeling: c.feeling,
                face: c.feeling.face().to_owned(),
                level: c.feeling.level(),
                words: PointWords {
                    date: words.line("feelings-point-date", &[("date", explain::date_long(words, date).into())]),
                    label: words.line(
                        "feelings-point-label",
                        &[
                            ("moment", explain::name(c.moment).into()),
                            ("names", name.into()),
                            ("date", explain::date_long(words, date).into()),
                            ("feeling", feeling.into()),
                        ],
                    ),
                },
            }
        })
        .collect();
    Some(FeelingsLineView {
        person: person.to_owned(),
        words: FeelingsLineWords {
            title: words.line("feelings-line-title", &[("name", name.into())]),
            empty: points.is_empty().then(|| words.line("feelings-line-empty", &[("name", name.into())])),
            private_note: words.line("feelings-line-private", &[]),
        },
        points,
        offer: feelings::offer_to_tell(check_ins, person).then(|| TellOffer {
            person: person.to_owned(),
            words: TellOfferWords {
                question: words.line("feelings-offer-question", &[]),
                up_to_you: words.line("feelings-offer-up-to-you", &[]),
            },
            tell: button(words, "feelings-offer-tell"),
            not_now: button(words, "feelings-offer-not-now"),
            feel_unsafe: button(words, "chrome-feel-unsafe"),
        }),
    })
}

/// The preview of sharing `chosen` with helper `to`; the helpers to pick from, `to`
/// selected. The preview is the very message that is sent.
pub fn share(words: &Words, plan: &Plan, chosen: &[&CheckIn], to: &str) -> Result<ShareView, feelings::CheckInError> {
    let preview = feelings::share_message(words, plan, chosen, to)?;
    Ok(ShareView {
        words: ShareWords {
            title: words.line("feelings-share-title", &[]),
            intro: words.line("feelings-share-intro", &[]),
            to_heading: words.line("feelings-share-to", &[]),
        },
        helpers: plan
            .helpers
            .iter()
            .map(|h| ShareHelper {
                helper: h.id.clone(),
                name: h.name.clone(),
                label: words.line("feelings-share-helper-label", &[("name", h.name.as_str().into())]),
                selected: h.id == to,
            })
            .collect(),
        preview,
        send: button(words, "feelings-share-send"),
        keep_private: button(words, "feelings-share-keep"),
    })
}

/// "Nan", "Mum and Kai": who the session is with.
fn names(words: &Words, plan: &Plan, session: &Session) -> String {
    let people = plan.arrangement(&session.arrangement).map(|a| a.with.as_slice()).unwrap_or_default();
    let names: Vec<&str> = people.iter().map(|id| plan.person(id).map_or(id.as_str(), |p| p.name.as_str())).collect();
    explain::list(words, &names)
}
