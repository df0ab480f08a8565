//! The child's sent messages: where each has got to (waiting, sent, delivered, read,
//! answered) and the answers under them.

use serde::Serialize;

use super::{Screens, SentCard};
use crate::calendar::SessionSource;
use crate::messages::{Incoming, Outgoing};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxView {
    pub title: String,
    /// When nothing has been sent yet.
    pub empty: Option<String>,
    /// Newest first.
    pub messages: Vec<SentCard>,
}

impl<S: SessionSource> Screens<'_, S> {
    pub fn outbox(&self, sent: &[Outgoing], replies: &[Incoming]) -> OutboxView {
        OutboxView {
            title: self.words.line("outbox-title", &[]),
            empty: sent.is_empty().then(|| self.words.line("outbox-empty", &[])),
            messages: sent.iter().map(|o| self.sent_card(o, replies)).collect(),
        }
    }
}
