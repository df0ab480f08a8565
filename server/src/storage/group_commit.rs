//! Group commit for sealed messages, shared by both backends: a message is answered only
//! after its transaction commits, and concurrent submitters share transactions. Each
//! queues its message; while nobody is writing, one of them becomes the writer and
//! commits everything queued in one transaction, so a burst costs one durable commit per
//! batch rather than per message (docs/performance.md). One writer at a time also keeps
//! cursors in commit order.
//!
//! A submitter whose message an earlier writer committed returns as soon as it is woken,
//! without waiting for a turn as writer: otherwise every answered submitter would queue
//! for the writer's turn, take the one message that arrived meanwhile, and the batches
//! would shrink to one message each (decision 78).

use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Condvar, Mutex, MutexGuard};

use super::{NewMessage, StorageError, Submission};

type Answer = mpsc::SyncSender<Result<Submission, String>>;

#[derive(Default)]
pub struct GroupCommit {
    state: Mutex<State>,
    /// Signalled each time a writer has answered its batch and stepped down.
    stepped_down: Condvar,
}

#[derive(Default)]
struct State {
    waiting: Vec<(NewMessage, Answer)>,
    writing: bool,
}

fn lock(mutex: &Mutex<State>) -> MutexGuard<'_, State> {
    // A queue and a flag: consistent between statements even after a panic.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl GroupCommit {
    /// Queues `message` and returns its outcome once a transaction holding it has
    /// committed. `commit` stores a batch in one transaction and gives one outcome per
    /// message, in order; if it fails, every message in the batch fails and its sender retries.
    pub fn submit(
        &self,
        message: &NewMessage,
        commit: impl FnOnce(&[NewMessage]) -> Result<Vec<Submission>, StorageError>,
    ) -> Result<Submission, StorageError> {
        let (answer, answered) = mpsc::sync_channel(1);
        let mut state = lock(&self.state);
        state.waiting.push((message.clone(), answer));
        loop {
            // A writer answers its batch before it steps down, so a message it took is
            // answered by the time the flag is clear.
            match answered.try_recv() {
                Ok(outcome) => return outcome.map_err(StorageError),
                Err(TryRecvError::Disconnected) => return Err(not_committed()),
                Err(TryRecvError::Empty) if !state.writing => break,
                Err(TryRecvError::Empty) => {
                    state = self.stepped_down.wait(state).unwrap_or_else(|poisoned| poisoned.into_inner());
                }
            }
        }
        // This submitter writes, and its own message is still in the queue.
        state.writing = true;
        let (batch, answers): (Vec<NewMessage>, Vec<Answer>) = std::mem::take(&mut state.waiting).into_iter().unzip();
        drop(state);
        let _writer = SteppingDown(self);
        let outcomes = commit(&batch).map_err(|e| e.0);
        for (index, answer) in answers.into_iter().enumerate() {
            let outcome = match &outcomes {
                Ok(outcomes) => Ok(outcomes[index].clone()),
                Err(e) => Err(e.clone()),
            };
            // A submitter that gave up has dropped its receiver; nothing to tell.
            let _ = answer.send(outcome);
        }
        answered.try_recv().map_err(|_| not_committed())?.map_err(StorageError)
    }
}

/// Clears the writer's flag and wakes the others when the writer is done, even if its
/// commit panicked (its batch's submitters then see their answers dropped).
struct SteppingDown<'a>(&'a GroupCommit);

impl Drop for SteppingDown<'_> {
    fn drop(&mut self) {
        lock(&self.0.state).writing = false;
        self.0.stepped_down.notify_all();
    }
}

fn not_committed() -> StorageError {
    StorageError("the message was not committed".into())
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::thread;
    use std::time::Duration;

    use super::*;
    use crate::link_rule::Ends;

    fn message(sender: usize, n: usize) -> NewMessage {
        NewMessage {
            id: format!("{sender:016x}{n:016x}"),
            sender: format!("child-{sender}"),
            recipient: "helper".into(),
            thread: "thread".into(),
            envelope: vec![0; 16],
            received_at: 0,
            urgent: false,
            ends: Ends { plan: None, helper: "helper".into() },
        }
    }

    /// Senders that send again as soon as they are answered keep sharing commits: a
    /// submitter answered by another writer must not queue for a writer's turn of its own
    /// (that convoy once made every batch one message, and PostgreSQL 250 messages/s).
    #[test]
    fn senders_who_send_again_at_once_keep_sharing_commits() {
        const SENDERS: usize = 16;
        const EACH: usize = 20;
        let group = GroupCommit::default();
        let (commits, stored) = (AtomicUsize::new(0), AtomicUsize::new(0));
        thread::scope(|scope| {
            for sender in 0..SENDERS {
                let (group, commits, stored) = (&group, &commits, &stored);
                scope.spawn(move || {
                    for n in 0..EACH {
                        let outcome = group.submit(&message(sender, n), |batch| {
                            // A durable commit: long next to a thread waking up.
                            thread::sleep(Duration::from_millis(20));
                            commits.fetch_add(1, Ordering::SeqCst);
                            stored.fetch_add(batch.len(), Ordering::SeqCst);
                            Ok(vec![Submission::Stored; batch.len()])
                        });
                        assert!(matches!(outcome, Ok(Submission::Stored)));
                    }
                });
            }
        });
        let (commits, stored) = (commits.into_inner(), stored.into_inner());
        assert_eq!(stored, SENDERS * EACH, "every message committed once");
        let per_commit = stored as f64 / commits as f64;
        assert!(per_commit >= 4.0, "{stored} messages in {commits} commits: {per_commit:.1} a commit");
    }

    #[test]
    fn a_failed_commit_fails_every_message_in_its_batch_and_the_next_commit_works() {
        let group = GroupCommit::default();
        let failed = group.submit(&message(0, 0), |_| Err(StorageError("the disk is full".into())));
        assert_eq!(failed.unwrap_err().to_string(), "the disk is full");
        let stored = group.submit(&message(0, 1), |batch| Ok(vec![Submission::Stored; batch.len()]));
        assert!(matches!(stored, Ok(Submission::Stored)));
    }
}
