//! "What changed since you last looked": one card for each change a new plan version
//! brought, with the worker's reason, until the child has seen them.

use serde::Serialize;

use super::{NothingPlanned, PersonRef, Screens, person_ref, rhythm};
use crate::calendar::{self, SessionSource};
use crate::changes::PlanChange;
use crate::explain;
use crate::plan::{ChangeKind, PersonStatus, SessionChangeKind};
use crate::store::StoredChange;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangesView {
    pub title: String,
    /// The button that says the child has seen them.
    pub seen: String,
    pub cards: Vec<ChangeCard>,
    /// Pass this to `mark_changes_seen` when the child has seen these cards: changes
    /// arriving meanwhile stay unseen.
    pub up_to: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeCardKind {
    /// A change the worker recorded for an arrangement.
    Arrangement {
        kind: ChangeKind,
    },
    Session {
        kind: SessionChangeKind,
    },
    NewArrangement,
    Altered,
    PersonAdded,
    PersonStatus {
        status: PersonStatus,
    },
    NewHelper,
    HelperLeft,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ChangeCardWords {
    pub title: String,
    /// How often now, when it is, or what it means.
    pub detail: Option<String>,
    /// "Why: " and the worker's reason.
    pub why: Option<String>,
    pub decided: Option<String>,
    /// What happens next and what the child can do.
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeCard {
    pub id: i64,
    pub kind: ChangeCardKind,
    /// Less family time: never without a reason in `words.why`.
    pub less: bool,
    pub people: Vec<PersonRef>,
    /// The session to open, for a change to one session.
    pub session: Option<String>,
    pub words: ChangeCardWords,
}

impl<S: SessionSource> Screens<'_, S> {
    /// The changes the child has not seen yet, newest plan version last.
    pub fn changes(&self, unseen: &[StoredChange]) -> Result<ChangesView, S::Error> {
        let mut cards = Vec::with_capacity(unseen.len());
        for stored in unseen {
            if let Some(card) = self.change_card(stored)? {
                cards.push(card);
            }
        }
        Ok(ChangesView {
            title: self.words.line("changes-title", &[]),
            seen: self.words.line("changes-seen", &[]),
            cards,
            up_to: unseen.last().map(|c| c.id),
        })
    }

    /// `None` for a change about something a later version took out again.
    fn change_card(&self, stored: &StoredChange) -> Result<Option<ChangeCard>, S::Error> {
        let w = self.words;
        let card =
            |kind, less, people, session, words| ChangeCard { id: stored.id, kind, less, people, session, words };
        Ok(Some(match &stored.change {
            PlanChange::Arrangement { arrangement, change } => {
                let Some(arrangement) = self.plan.arrangement(arrangement) else { return Ok(None) };
                let Some(i) = arrangement.changes.iter().position(|c| c == change) else { return Ok(None) };
                let notice = self.notice(arrangement, i);
                let words = ChangeCardWords {
                    title: notice.words.title,
                    detail: notice.words.rhythm,
                    why: notice.words.why,
                    decided: Some(notice.words.decided),
                    next: Some(notice.words.next),
                };
                card(
                    ChangeCardKind::Arrangement { kind: change.kind },
                    change.kind.means_less(),
                    notice.people,
                    None,
                    words,
                )
            }
            PlanChange::Session { change } => {
                let id = calendar::session_id(&change.arrangement, change.planned);
                let Some(session) = self.sessions.session(&id)? else { return Ok(None) };
                let session = self.card(&session);
                let words = ChangeCardWords {
                    title: session.words.title.clone(),
                    detail: Some(explain::sentences([session.words.status.as_deref(), Some(&session.words.when)])),
                    why: session.words.why.clone(),
                    decided: session.words.decided.clone(),
                    next: explain::what_happens(w, &session),
                };
                let less = change.kind == SessionChangeKind::Cancelled;
                card(ChangeCardKind::Session { kind: change.kind }, less, session.people, Some(id), words)
            }
            PlanChange::NewArrangement { arrangement } | PlanChange::Altered { arrangement } => {
                let Some(arrangement) = self.plan.arrangement(arrangement) else { return Ok(None) };
                let people = self.people(&arrangement.with);
                let names = explain::names(w, &people);
                let names = || ("names", names.as_str().into());
                let how_often = ("rhythm", explain::rhythm(w, &rhythm(&arrangement.schedule)).into());
                let (kind, title, why, next) = if matches!(stored.change, PlanChange::NewArrangement { .. }) {
                    let title = w.line("change-title-started", &[names()]);
                    let why = Some(explain::why(w, &arrangement.purpose));
                    (ChangeCardKind::NewArrangement, title, why, w.line("change-next-started", &[names()]))
                } else {
                    let title = w.line("changes-altered", &[names()]);
                    (ChangeCardKind::Altered, title, None, w.line("changes-altered-next", &[]))
                };
                let detail = w.line("changes-how-often-now", &[how_often]);
                let words = ChangeCardWords { title, detail: Some(detail), why, decided: None, next: Some(next) };
                card(kind, false, people, None, words)
            }
            PlanChange::PersonAdded { person } | PlanChange::PersonStatus { person, .. } => {
                let Some(person) = self.plan.person(person) else { return Ok(None) };
                let who = person_ref(person);
                let names = explain::names(w, std::slice::from_ref(&who));
                let (kind, less, title, detail, why, next) = match &stored.change {
                    PlanChange::PersonStatus { status, reason, .. } => {
                        let nothing = match status {
                            PersonStatus::CanSee => None,
                            PersonStatus::CantSeeRightNow => {
                                Some(NothingPlanned::CantSeeRightNow { reason: reason.clone() })
                            }
                            PersonStatus::ChooseNotTo => Some(NothingPlanned::ChooseNotTo),
                            PersonStatus::Died => Some(NothingPlanned::Died),
                            PersonStatus::TryingToFind => Some(NothingPlanned::TryingToFind),
                        };
                        let title = w.line("changes-person", &[("name", person.name.as_str().into())]);
                        let detail = match &nothing {
                            Some(why) => explain::nothing(w, why, &person.name),
                            None => w.line("changes-can-see-again", &[("name", person.name.as_str().into())]),
                        };
                        let why = nothing.as_ref().and_then(|n| explain::nothing_reason(w, n));
                        let less = *status == PersonStatus::CantSeeRightNow;
                        (ChangeCardKind::PersonStatus { status: *status }, less, title, Some(detail), why, None)
                    }
                    _ => {
                        let title = w.line("change-title-person-added", &[("names", names.as_str().into())]);
                        let next = w.line("change-next-person-added", &[("names", names.as_str().into())]);
                        (ChangeCardKind::PersonAdded, false, title, None, None, Some(next))
                    }
                };
                card(kind, less, vec![who], None, ChangeCardWords { title, detail, why, decided: None, next })
            }
            PlanChange::NewHelper { helper } => {
                let Some(helper) = self.plan.helpers.iter().find(|h| h.id == *helper) else { return Ok(None) };
                let helper = explain::helper(w, helper);
                let title = w.line(
                    "changes-new-helper",
                    &[("name", helper.name.as_str().into()), ("role", explain::role(w, helper.role).into())],
                );
                let words =
                    ChangeCardWords { title, detail: Some(helper.explain), why: None, decided: None, next: None };
                card(ChangeCardKind::NewHelper, false, Vec::new(), None, words)
            }
            PlanChange::HelperLeft { name, role } => {
                let title = w.line(
                    "changes-helper-left",
                    &[("name", name.as_str().into()), ("role", explain::role(w, *role).into())],
                );
                let next = w.line("changes-helper-left-next", &[]);
                let words = ChangeCardWords { title, detail: None, why: None, decided: None, next: Some(next) };
                card(ChangeCardKind::HelperLeft, false, Vec::new(), None, words)
            }
        }))
    }
}
