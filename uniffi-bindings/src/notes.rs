//! The child's notes, which never leave the phone, and the messages they sent.

use familytime_core::screens::{self, Button, NoteCard, NotesView, OutboxView, SentCard};

use crate::app::FamilyTime;
use crate::error::FamilyTimeError;

#[uniffi::remote(Record)]
pub struct NoteCard {
    pub id: i64,
    pub written_on: String,
    pub about: Option<String>,
    pub text: String,
    pub delete: Button,
}

#[uniffi::remote(Record)]
pub struct NotesView {
    pub title: String,
    pub intro: String,
    pub field: String,
    pub save: Button,
    pub empty: Option<String>,
    pub notes: Vec<NoteCard>,
    pub delete_question: String,
    pub delete_yes: Button,
    pub delete_no: Button,
}

#[uniffi::remote(Record)]
pub struct OutboxView {
    pub title: String,
    pub empty: Option<String>,
    pub messages: Vec<SentCard>,
}

#[uniffi::export]
impl FamilyTime {
    /// The notes screen, newest first; `add_note` and `delete_note` change it. Needs no plan.
    pub fn notes_screen(&self) -> Result<NotesView, FamilyTimeError> {
        self.unlocked()?;
        self.app().planless(|words, plan, store| Ok(screens::notes(words, plan, &store.notes()?)))
    }

    /// Every message sent, newest first, with where it has got to and the answers.
    pub fn outbox_screen(&self) -> Result<OutboxView, FamilyTimeError> {
        self.unlocked()?;
        self.app().screen(|screens, store| Ok(screens.outbox(&store.outbox()?, &store.inbox()?)))
    }
}
