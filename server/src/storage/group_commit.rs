//! Group commit for sealed messages, shared by both backends: a message is answered only
//! after its transaction commits, and concurrent submitters share transactions. Each
//! queues its message, then whoever next becomes the writer commits everything queued in
//! one transaction, so a burst costs one durable commit per batch rather than per message
//! (docs/performance.md). One writer at a time also keeps cursors in commit order.

use std::sync::{Mutex, MutexGuard, mpsc};

use super::{NewMessage, StorageError, Submission};

type Answer = mpsc::SyncSender<Result<Submission, String>>;

#[derive(Default)]
pub struct GroupCommit {
    waiting: Mutex<Vec<(NewMessage, Answer)>>,
    writer: Mutex<()>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A queue and a token: consistent between statements even after a panic.
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
        lock(&self.waiting).push((message.clone(), answer));
        {
            let _writer = lock(&self.writer);
            let (batch, answers): (Vec<NewMessage>, Vec<Answer>) =
                std::mem::take(&mut *lock(&self.waiting)).into_iter().unzip();
            // Empty when an earlier writer already committed this message.
            if !batch.is_empty() {
                let outcomes = commit(&batch).map_err(|e| e.0);
                for (index, answer) in answers.into_iter().enumerate() {
                    let outcome = match &outcomes {
                        Ok(outcomes) => Ok(outcomes[index].clone()),
                        Err(e) => Err(e.clone()),
                    };
                    // A submitter that gave up has dropped its receiver; nothing to tell.
                    let _ = answer.send(outcome);
                }
            }
        }
        answered.recv().map_err(|_| StorageError("the message was not committed".into()))?.map_err(StorageError)
    }
}
