//! The child's notes: things they write for themselves, which never leave the phone.

use serde::Serialize;

use super::chrome::{Button, button};
use crate::calendar;
use crate::explain;
use crate::l10n::Words;
use crate::plan::Plan;
use crate::store::Note;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotesView {
    pub title: String,
    /// That only they can see them and they never leave the phone.
    pub intro: String,
    /// The label of the field for a new note.
    pub field: String,
    pub save: Button,
    /// When there are no notes yet.
    pub empty: Option<String>,
    /// Newest first.
    pub notes: Vec<NoteCard>,
    /// Asked before a note is deleted, which cannot be undone.
    pub delete_question: String,
    pub delete_yes: Button,
    pub delete_no: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteCard {
    pub id: i64,
    /// "Saturday 28 November, 2pm".
    pub written_on: String,
    /// "About Nan".
    pub about: Option<String>,
    pub text: String,
    pub delete: Button,
}

/// `plan` names the people notes are about; without one a note still shows, unnamed.
pub fn notes(words: &Words, plan: Option<&Plan>, notes: &[Note]) -> NotesView {
    let cards: Vec<NoteCard> = notes
        .iter()
        .map(|note| {
            let written = calendar::uk_local(note.written);
            let written = words.line(
                "notes-written",
                &[
                    ("date", explain::date_long(words, written.date()).into()),
                    ("time", explain::time_of_day(words, written.time()).into()),
                ],
            );
            let person = note.about_person.as_deref().and_then(|id| plan?.person(id));
            NoteCard {
                id: note.id,
                about: person.map(|p| words.line("notes-about", &[("name", p.name.as_str().into())])),
                delete: Button {
                    text: words.line("notes-delete", &[]),
                    label: words.line("notes-delete-label", &[("written", written.as_str().into())]),
                },
                written_on: written,
                text: note.text.clone(),
            }
        })
        .collect();
    NotesView {
        title: words.line("notes-title", &[]),
        intro: words.line("notes-intro", &[]),
        field: words.line("notes-field", &[]),
        save: button(words, "notes-save"),
        empty: cards.is_empty().then(|| words.line("notes-empty", &[])),
        notes: cards,
        delete_question: words.line("notes-delete-question", &[]),
        delete_yes: button(words, "notes-delete-yes"),
        delete_no: button(words, "notes-delete-no"),
    }
}
