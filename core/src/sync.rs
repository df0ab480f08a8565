//! Bringing the device and the council's server up to date: enrolment, the signed plan,
//! sending what the outbox holds, fetching replies and receipts; and when to do it again.
//!
//! Every step is safe to abandon half-way (a killed app, a cancelled task): a message is
//! sealed once and its bytes kept, so a retry sends the same message, which the server
//! keeps once; replies are stored with the cursor that fetched them in one transaction;
//! a plan is stored whole, with its changes, or not at all.

use chrono::{DateTime, Duration, Utc};

use crate::crypto::{self, CryptoError, DeviceKeys, Envelope, Routing};
use crate::messages::{Delivery, Incoming, Outgoing, Payload};
use crate::relay::{FetchedPlan, Relay, RelayError};
use crate::signed::{self, SignedPlanError};
use crate::store::{Imported, Joined, Recipient, Store, StoreError};

/// How often the device asks whether its plan changed when nothing else is waiting. A
/// conditional request costs a few hundred bytes when nothing did.
pub const PLAN_CHECK_EVERY: Duration = Duration::hours(6);

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("this device has not joined the council's server yet: ask your social worker for a code")]
    NotEnrolled,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Relay(#[from] RelayError),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error(transparent)]
    Plan(#[from] SignedPlanError),
    #[error(
        "the council's server sent the plan \"{offered}\", but this device was set up for \"{expected}\"; it was refused and the plan on this device was kept"
    )]
    NotThisChildsPlan { offered: String, expected: String },
}

/// What went wrong with a sync, as the child is told it: the many errors come down to
/// these few, each with its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncProblem {
    Offline,
    NotJoined,
    /// A plan was refused (forged, altered, older, another child's); the stored one is kept.
    PlanRefused,
    Failed,
}

impl SyncProblem {
    pub fn of(error: &SyncError) -> SyncProblem {
        match error {
            SyncError::Relay(e) if e.is_temporary() => SyncProblem::Offline,
            SyncError::Relay(RelayError::Refused { status, .. }) if *status >= 500 => SyncProblem::Offline,
            SyncError::NotEnrolled => SyncProblem::NotJoined,
            SyncError::Plan(_)
            | SyncError::NotThisChildsPlan { .. }
            | SyncError::Store(
                StoreError::OlderPlan { .. }
                | StoreError::OtherPlan { .. }
                | StoreError::VersionConflict(_)
                | StoreError::Unexplained { .. },
            ) => SyncProblem::PlanRefused,
            _ => SyncProblem::Failed,
        }
    }
}

/// Why a code did not join the phone to the council's server, as the child is told it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeProblem {
    /// Nothing was typed.
    Empty,
    /// The server does not know this code: mistyped, or made up.
    Wrong,
    /// Someone (perhaps this child, on another phone) already used it.
    Used,
    Expired,
    Offline,
    /// Anything else; the child can try again later or ask for help.
    Failed,
}

impl CodeProblem {
    pub fn of(error: &SyncError) -> CodeProblem {
        match error {
            SyncError::Relay(RelayError::Refused { code, .. }) if code == "code_unknown" => CodeProblem::Wrong,
            SyncError::Relay(RelayError::Refused { code, .. }) if code == "code_used" => CodeProblem::Used,
            SyncError::Relay(RelayError::Refused { code, .. }) if code == "code_expired" => CodeProblem::Expired,
            _ if SyncProblem::of(error) == SyncProblem::Offline => CodeProblem::Offline,
            _ => CodeProblem::Failed,
        }
    }
}

/// A code as the child typed it, as the server wrote it: codes are capitals and digits,
/// read aloud or copied with spaces and dashes.
pub fn tidy_code(typed: &str) -> String {
    typed.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

impl SyncError {
    /// Offline, refused for now, or a helper without a vouched device yet: the message
    /// stays in the outbox. Anything else (a broken store, a wrong server address) stops
    /// the sync.
    fn leaves_message_waiting(&self) -> bool {
        matches!(self, SyncError::Crypto(_) | SyncError::Relay(RelayError::Unavailable(_) | RelayError::Refused { .. }))
    }
}

/// What a sync did to the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PlanUpdate {
    /// The server has nothing newer (or has no plan for this child yet).
    #[default]
    Unchanged,
    /// A new version was verified and stored; `changes` wait to be seen.
    Updated { from: Option<u32>, to: u32, changes: usize },
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub plan: PlanUpdate,
    pub sent: usize,
    /// Still in the outbox, to be tried again later.
    pub waiting: usize,
    pub replies: usize,
    pub receipts: usize,
    /// Envelopes that did not open (tampered, or from a key the council did not vouch
    /// for); they are skipped, never shown.
    pub refused: usize,
}

/// Joins the council's server with a one-time code, pinning the council's key and the
/// helpers' keys it vouches for.
pub async fn enrol(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    server: &str,
    code: &str,
) -> Result<(), SyncError> {
    let enrolment = relay.enrol(code, &keys.public()).await?;
    enrolment.vouched.verify(&enrolment.council)?;
    for helper in &enrolment.helpers {
        helper.verify(&enrolment.council)?;
    }
    store.save_enrolment(server, &enrolment)?;
    Ok(())
}

/// Fetches the plan if it changed, sends what is due, then fetches replies and receipts.
/// A server that cannot be reached leaves everything where it was, to be tried again.
///
/// The plan comes first because it says which device each helper has. A plan that is
/// refused (forged, altered, older) must not hold back what the child wrote, so its
/// error is returned after the messages have gone.
pub async fn sync(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    now: DateTime<Utc>,
) -> Result<SyncReport, SyncError> {
    let joined = store.joined()?.ok_or(SyncError::NotEnrolled)?;
    let plan = sync_plan(store, relay, now).await;
    if let Err(SyncError::Relay(e)) = &plan
        && e.is_temporary()
    {
        return Err(e.clone().into());
    }
    let mut report = SyncReport::default();
    // Helpers who joined since; a key the pinned council did not sign is refused whole.
    let contacts = relay.contacts(&joined.token).await?;
    for contact in &contacts {
        contact.verify(&joined.council)?;
    }
    store.save_contacts(&contacts)?;
    for outgoing in store.due(now)? {
        match send(store, relay, keys, &joined, &outgoing).await {
            Ok(()) => {
                store.advance(&outgoing.id, Delivery::Sent, now)?;
                report.sent += 1;
            }
            Err(e) if e.leaves_message_waiting() => {
                store.attempt_failed(&outgoing.id, now)?;
                report.waiting += 1;
            }
            Err(other) => return Err(other),
        }
    }
    fetch_replies(store, relay, keys, &joined, now, &mut report).await?;
    let (receipts, next) = relay.receipts(&joined.token, joined.receipts_cursor).await?;
    for receipt in receipts {
        if store.advance(&receipt.message_id, receipt.state, now)? {
            report.receipts += 1;
        }
    }
    store.move_receipts_cursor(next)?;
    store.record_sync(now)?;
    report.plan = plan?;
    Ok(report)
}

/// Asks the server whether the child's plan changed and, if it did, stores the new
/// version once the pinned council's signature, the plan's own checks, its version and
/// its changes all pass. Anything refused leaves the stored plan exactly as it was.
pub async fn sync_plan(store: &mut Store, relay: &Relay, now: DateTime<Utc>) -> Result<PlanUpdate, SyncError> {
    let joined = store.joined()?.ok_or(SyncError::NotEnrolled)?;
    let (bytes, etag) = match relay.fetch_plan(&joined.token, joined.plan_etag.as_deref()).await {
        Ok(FetchedPlan::Signed { bytes, etag }) => (bytes, etag),
        Ok(FetchedPlan::Unchanged) => return Ok(PlanUpdate::Unchanged),
        // Enrolled before the worker published a plan: nothing to show yet.
        Err(RelayError::Refused { code, .. }) if code == "no_plan" => return Ok(PlanUpdate::Unchanged),
        Err(e) => return Err(e.into()),
    };
    let plan = signed::open(&bytes, &joined.council)?;
    let expected = joined.plan_id.filter(|id| !id.is_empty());
    let expected = expected.or_else(|| store.outline().map(|stored| stored.plan_id.clone()));
    if let Some(expected) = expected
        && plan.plan_id != expected
    {
        return Err(SyncError::NotThisChildsPlan { offered: plan.plan_id.clone(), expected });
    }
    let to = plan.version;
    let update = match store.import_plan(plan, now)? {
        Imported::Stored { replaced, changes } => PlanUpdate::Updated { from: replaced, to, changes },
        Imported::Unchanged => PlanUpdate::Unchanged,
    };
    store.save_plan_etag(&etag)?;
    Ok(update)
}

/// What only the platform can do: wake the app to sync in the background (WorkManager on
/// Android, BGTaskScheduler on iOS), when there is a network.
pub trait BackgroundSync: Send + Sync {
    /// Replaces any earlier request with one to sync no earlier than `earliest`.
    fn schedule(&self, earliest: DateTime<Utc>) -> Result<(), ScheduleError>;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the phone could not schedule a background sync: {0}")]
pub struct ScheduleError(pub String);

/// When the next background sync should run: as soon as a waiting message is due again,
/// otherwise at the next regular check for a new plan.
pub fn next_sync(store: &Store, now: DateTime<Utc>) -> Result<DateTime<Utc>, StoreError> {
    let retry = store.outbox()?.into_iter().filter(|o| o.state == Delivery::Waiting).map(|o| o.next_attempt).min();
    let regular = now + PLAN_CHECK_EVERY;
    Ok(retry.map_or(regular, |retry| retry.clamp(now, regular)))
}

async fn send(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    joined: &Joined,
    outgoing: &Outgoing,
) -> Result<(), SyncError> {
    let envelope = match store.sealed(&outgoing.id)? {
        Some(bytes) => Envelope::from_bytes(&bytes)?,
        None => {
            // The plan says which device is the helper's; the enrolment vouched for its key.
            let to = &outgoing.message.to;
            let helpers = store.outline().map(|plan| plan.helpers.as_slice()).unwrap_or_default();
            let helper = helpers.iter().find(|h| h.id == *to);
            let key = match helper.and_then(|h| h.device.as_deref()) {
                Some(device) => store.contact(device)?,
                None => None,
            };
            let (Some(helper), Some(key)) = (helper, key) else {
                return Err(CryptoError::UnvouchedKey(to.clone()).into());
            };
            let recipient = Recipient { helper: helper.id.clone(), first_name: helper.name.clone(), key };
            let payload = serde_json::to_vec(&Payload::Message(outgoing.message.clone()))
                .map_err(|e| StoreError::Damaged(e.to_string()))?;
            let routing = Routing { message_id: &outgoing.id, sender: &joined.device, thread: &outgoing.id };
            let envelope = crypto::seal(keys, &routing, &recipient.key, &joined.council, &payload)?;
            store.keep_sealed(&outgoing.id, &envelope.to_bytes(), &recipient)?;
            envelope
        }
    };
    relay.submit(&joined.token, &envelope, outgoing.urgent).await?;
    Ok(())
}

async fn fetch_replies(
    store: &mut Store,
    relay: &Relay,
    keys: &DeviceKeys,
    joined: &Joined,
    now: DateTime<Utc>,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let (envelopes, next) = relay.fetch(&joined.token, joined.inbox_cursor).await?;
    for (cursor, envelope) in envelopes {
        // The one the child wrote to, answering in that thread, is heard even after they
        // left the child's plan (the server took the answer while they were on it).
        let wrote_to = store.recipient(&envelope.thread)?.filter(|r| r.key.device == envelope.sender);
        let helpers = store.outline().map(|plan| plan.helpers.as_slice()).unwrap_or_default();
        let helper = helpers.iter().find(|h| h.device.as_deref() == Some(envelope.sender.as_str())).map(|h| &h.id);
        let helper = helper.or(wrote_to.as_ref().map(|r| &r.helper)).unwrap_or(&envelope.sender).clone();
        let key = store.contact(&envelope.sender)?.or(wrote_to.map(|r| r.key));
        let opened = match key {
            Some(key) => crypto::open(keys, &joined.device, &key, &joined.council, &envelope)
                .ok()
                .and_then(|plaintext| serde_json::from_slice::<Payload>(&plaintext).ok())
                .map(|payload| (helper, payload)),
            None => None,
        };
        match opened {
            Some((helper, Payload::Reply { text })) => {
                let reply = Incoming {
                    id: envelope.message_id.clone(),
                    helper,
                    thread: envelope.thread.clone(),
                    received: now,
                    text,
                };
                if store.receive(&reply, cursor)? {
                    report.replies += 1;
                }
                relay.post_receipt(&joined.token, &envelope.message_id, Delivery::Delivered).await?;
            }
            _ => {
                report.refused += 1;
                store.move_inbox_cursor(cursor)?;
            }
        }
    }
    store.move_inbox_cursor(next)?;
    Ok(())
}

/// A forgotten app PIN: the code from the social worker is used once at the council's
/// server, and only then is the PIN taken off, so the child can choose a new one.
/// Everything they wrote stays; without a valid code nothing changes.
pub async fn reset_forgotten_pin(store: &mut Store, relay: &Relay, code: &str) -> Result<(), SyncError> {
    let joined = store.joined()?.ok_or(SyncError::NotEnrolled)?;
    relay.use_pin_reset_code(&joined.token, &tidy_code(code)).await?;
    store.remove_pin()?;
    Ok(())
}
