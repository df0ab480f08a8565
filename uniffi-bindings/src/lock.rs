//! The app lock, the forgotten PIN and the disguise. The lock screen keeps "I feel
//! unsafe" and "Quick exit": `unsafe_now`, `raise_unsafe` and quick exit never ask for
//! the PIN. Everything of the child's (screens, notes, drafts, messages, feelings) is
//! refused while the app is locked, so a shell that draws too early shows nothing.

use std::sync::{Arc, MutexGuard};

use familytime_core::lock::{Attempt, Disguise, Gate, LockError, PinHash};
use familytime_core::relay::Relay;
use familytime_core::screens::{
    self, Button, CodeProblemView, DisguiseChoice, ForgotPinView, ForgotPinWords, LockView, LockWords, PinSetupView,
    PinSetupWords, PrivacyView, PrivacyWords, Toggle,
};
use familytime_core::store::PrivacyChoices;
use familytime_core::sync::{self, CodeProblem, SyncError};

use crate::app::FamilyTime;
use crate::error::FamilyTimeError;
use crate::platform::PlatformError;
use crate::types::Timestamp;

/// The phone's fingerprint or face check (BiometricPrompt / LocalAuthentication). Any
/// failure, cancel or error falls back to the PIN.
#[uniffi::export(foreign)]
pub trait Biometrics: Send + Sync {
    /// Whether the phone can check a fingerprint or face now (enrolled and allowed).
    fn available(&self) -> bool;
    /// Remembers which fingerprints and faces the phone knows now (a key the phone
    /// invalidates when one is added, or the enrolment's state), so that `authenticate`
    /// can tell when someone else has added theirs. Called when the child turns
    /// biometric unlock on.
    fn remember_enrolment(&self) -> Result<(), PlatformError>;
    /// Asks the phone to check; `reason` is the core's words for the prompt.
    fn authenticate(&self, reason: String) -> Result<BiometricCheck, PlatformError>;
}

/// What the phone's fingerprint or face check answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum BiometricCheck {
    /// A fingerprint or face the phone knew when the child turned this on.
    Owner,
    /// Not recognised, cancelled, or the child chose the PIN.
    NotConfirmed,
    /// A fingerprint or face was added (or all removed) since the child turned this on:
    /// whoever added it may not be the child, so it must not open the app.
    EnrolmentChanged,
}

#[uniffi::remote(Enum)]
pub enum Disguise {
    FamilyTime,
    Notes,
    Planner,
}

#[uniffi::remote(Record)]
pub struct LockWords {
    pub title: String,
    pub field: String,
    pub problem: Option<String>,
}

#[uniffi::remote(Record)]
pub struct LockView {
    pub words: LockWords,
    pub wait_until: Option<Timestamp>,
    pub unlock: Button,
    pub biometrics: Option<Button>,
    pub forgot: Button,
    pub feel_unsafe: Button,
    pub quick_exit: Button,
}

#[uniffi::remote(Record)]
pub struct PinSetupWords {
    pub title: String,
    pub rule: String,
    pub field: String,
    pub confirm_field: String,
    pub problem: Option<String>,
}

#[uniffi::remote(Record)]
pub struct PinSetupView {
    pub words: PinSetupWords,
    pub save: Button,
    pub cancel: Button,
}

#[uniffi::remote(Record)]
pub struct ForgotPinWords {
    pub title: String,
    pub explain: String,
    pub field: String,
    pub done: Option<String>,
}

#[uniffi::remote(Record)]
pub struct ForgotPinView {
    pub words: ForgotPinWords,
    pub problem: Option<CodeProblemView>,
    pub submit: Button,
    pub back: Button,
    pub feel_unsafe: Button,
    pub quick_exit: Button,
}

#[uniffi::remote(Record)]
pub struct DisguiseChoice {
    pub disguise: Disguise,
    pub button: Button,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct PrivacyWords {
    pub title: String,
    pub lock_heading: String,
    pub disguise_heading: String,
    pub disguise_explain: String,
    pub disguise_name_stays: String,
    pub reminder_heading: String,
}

#[uniffi::remote(Record)]
pub struct PrivacyView {
    pub words: PrivacyWords,
    pub lock: Toggle,
    pub change_pin: Option<Button>,
    pub biometrics: Option<Toggle>,
    pub disguises: Vec<DisguiseChoice>,
    pub after_reminders: Toggle,
}

/// What a try at unlocking did.
// Made once per tap and lowered into a buffer for the shell at once: a box would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(uniffi::Enum)]
pub enum UnlockOutcome {
    Unlocked,
    /// Still locked: show this lock screen (a wrong PIN, a wait, or biometrics that failed).
    Locked {
        view: LockView,
    },
}

/// What setting a PIN did.
#[allow(clippy::large_enum_variant)]
#[derive(uniffi::Enum)]
pub enum PinOutcome {
    Saved,
    Problem { view: PinSetupView },
}

impl From<LockError> for FamilyTimeError {
    fn from(e: LockError) -> Self {
        match e {
            LockError::Store(e) => e.into(),
            LockError::Hash(_) | LockError::Randomness => FamilyTimeError::Internal(e.to_string()),
            LockError::BadPin | LockError::PinsDiffer | LockError::NoPin => FamilyTimeError::Refused(e.to_string()),
        }
    }
}

#[uniffi::export]
impl FamilyTime {
    /// Whether to show the lock screen now: there is a PIN and it has not been entered
    /// since the app opened or came back after a few minutes away.
    pub fn is_locked(&self) -> Result<bool, FamilyTimeError> {
        let has_pin = self.app().store().lock_state()?.pin.is_some();
        Ok(self.gate().is_locked(has_pin))
    }

    /// The app went to the background; call `app_returned` when it is back.
    pub fn app_left(&self) {
        self.gate().left(self.app().now());
    }

    /// The app is back in front; whether it must show the lock screen.
    pub fn app_returned(&self) -> Result<bool, FamilyTimeError> {
        self.gate().returned(self.app().now());
        self.is_locked()
    }

    /// The lock screen, with the wait still to run after wrong guesses, if any.
    pub fn lock_screen(&self) -> Result<LockView, FamilyTimeError> {
        let now = self.app().now();
        self.app().planless(|words, _, store| Ok(screens::lock_screen(words, &store.lock_state()?, None, now)))
    }

    /// A guess at the PIN. Wrong guesses are counted in the store before the answer
    /// comes back, so the growing waits survive the app being killed.
    pub fn enter_pin(&self, pin: String) -> Result<UnlockOutcome, FamilyTimeError> {
        let now = self.app().now();
        let attempt = self.app().store().try_pin(&pin, now)?;
        if attempt == Attempt::Unlocked {
            self.gate().unlock();
            return Ok(UnlockOutcome::Unlocked);
        }
        let view = self
            .app()
            .planless(|words, _, store| Ok(screens::lock_screen(words, &store.lock_state()?, Some(attempt), now)))?;
        Ok(UnlockOutcome::Locked { view })
    }

    /// Unlocks with the phone's fingerprint or face, if the child turned that on. Any
    /// failure leaves the app locked and the PIN to use. If a fingerprint or face was
    /// added to the phone since, biometric unlock is turned off until the child, after
    /// their PIN, turns it on again, and the lock screen says why.
    pub fn unlock_with_biometrics(&self, biometrics: Arc<dyn Biometrics>) -> Result<UnlockOutcome, FamilyTimeError> {
        let state = self.app().store().lock_state()?;
        let mut problem = "lock-biometrics-failed";
        if state.biometrics && biometrics.available() {
            let reason = self.app().planless(|words, _, _| Ok(words.line("lock-biometrics-label", &[])))?;
            match biometrics.authenticate(reason) {
                Ok(BiometricCheck::Owner) => {
                    self.app().store().unlocked()?;
                    self.gate().unlock();
                    return Ok(UnlockOutcome::Unlocked);
                }
                Ok(BiometricCheck::EnrolmentChanged) => {
                    self.app().store().set_biometrics(false)?;
                    problem = "lock-biometrics-changed";
                }
                Ok(BiometricCheck::NotConfirmed) | Err(_) => {}
            }
        }
        let now = self.app().now();
        let view = self.app().planless(|words, _, store| {
            let mut view = screens::lock_screen(words, &store.lock_state()?, None, now);
            view.words.problem.get_or_insert_with(|| words.line(problem, &[]));
            Ok(view)
        })?;
        Ok(UnlockOutcome::Locked { view })
    }

    pub fn pin_setup_screen(&self) -> Result<PinSetupView, FamilyTimeError> {
        self.app().planless(|words, _, _| Ok(screens::pin_setup(words, None)))
    }

    /// Sets or changes the PIN (typed twice); only while unlocked. The PIN is kept only
    /// as a slow salted hash inside the encrypted store.
    pub fn set_pin(&self, pin: String, again: String) -> Result<PinOutcome, FamilyTimeError> {
        self.unlocked()?;
        let hashed = if pin != again { Err(LockError::PinsDiffer) } else { PinHash::new(&pin) };
        match hashed {
            Ok(hash) => {
                self.app().store().set_pin(&hash)?;
                self.gate().unlock();
                Ok(PinOutcome::Saved)
            }
            Err(e @ (LockError::BadPin | LockError::PinsDiffer)) => {
                let view = self.app().planless(|words, _, _| Ok(screens::pin_setup(words, Some(&e))))?;
                Ok(PinOutcome::Problem { view })
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Turns the lock off; only while unlocked. Nothing the child wrote changes.
    pub fn turn_lock_off(&self) -> Result<(), FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app().store().remove_pin()?)
    }

    /// Whether the phone's fingerprint or face also unlocks; needs a PIN. Turning it on
    /// has the phone remember the fingerprints and faces it knows now.
    pub fn set_biometric_unlock(&self, on: bool, biometrics: Arc<dyn Biometrics>) -> Result<(), FamilyTimeError> {
        self.unlocked()?;
        if on {
            if self.app().store().lock_state()?.pin.is_none() {
                return Err(LockError::NoPin.into());
            }
            biometrics.remember_enrolment()?;
        }
        Ok(self.app().store().set_biometrics(on)?)
    }

    /// The privacy settings: the lock, biometrics (if the phone has them), the disguise
    /// and the "How was it?" reminder.
    pub fn privacy_screen(&self, biometrics: Arc<dyn Biometrics>) -> Result<PrivacyView, FamilyTimeError> {
        self.unlocked()?;
        let available = biometrics.available();
        self.app().planless(|words, _, store| {
            Ok(screens::privacy(words, &store.lock_state()?, store.privacy_choices()?, available))
        })
    }

    /// The disguise the shell should show (activity-alias / alternate icon).
    pub fn disguise(&self) -> Result<Disguise, FamilyTimeError> {
        Ok(self.app().store().privacy_choices()?.disguise)
    }

    pub fn set_disguise(&self, disguise: Disguise) -> Result<(), FamilyTimeError> {
        self.unlocked()?;
        let mut store = self.app().store();
        let choices = store.privacy_choices()?;
        Ok(store.save_privacy_choices(PrivacyChoices { disguise, ..choices })?)
    }

    /// "How was it?" after family time; reminders are scheduled again.
    pub fn set_after_reminders(&self, on: bool) -> Result<(), FamilyTimeError> {
        self.unlocked()?;
        {
            let mut store = self.app().store();
            let choices = store.privacy_choices()?;
            store.save_privacy_choices(PrivacyChoices { after_reminders: on, ..choices })?;
        }
        self.schedule_reminders()
    }

    /// "Forgot your PIN?": who to ask for a code. Works while locked.
    pub fn forgot_pin_screen(&self) -> Result<ForgotPinView, FamilyTimeError> {
        self.app().planless(|words, plan, _| Ok(screens::forgot_pin(words, plan, None, false)))
    }

    /// Uses the code from the social worker at the council's server. If it is valid the
    /// PIN is taken off and the app unlocked, so the child chooses a new one (the screen
    /// says so); everything they wrote stays. Otherwise the screen says what was wrong
    /// and nothing changes.
    pub async fn reset_forgotten_pin(&self, code: String) -> Result<ForgotPinView, FamilyTimeError> {
        let app = self.app().clone();
        let outcome = if sync::tidy_code(&code).is_empty() {
            Err(CodeProblem::Empty)
        } else {
            let result = self
                .run(async move {
                    let server = app.store().joined()?.map(|j| j.server);
                    let Some(server) = server else { return Ok(Err(SyncError::NotEnrolled)) };
                    let relay = Relay::new(&server, None).map_err(FamilyTimeError::from)?;
                    // The network call holds no lock on the screens' store.
                    let mut store = app.second_connection()?;
                    Ok(sync::reset_forgotten_pin(&mut store, &relay, &code).await)
                })
                .await?;
            match result {
                Ok(()) => Ok(()),
                Err(SyncError::Store(e)) => return Err(e.into()),
                Err(e) => Err(CodeProblem::of(&e)),
            }
        };
        if outcome.is_ok() {
            // The lock row is gone from the file; the screens' connection reads it afresh.
            self.gate().unlock();
        }
        let problem = outcome.err();
        self.app().planless(|words, plan, _| Ok(screens::forgot_pin(words, plan, problem, problem.is_none())))
    }
}

impl FamilyTime {
    fn gate(&self) -> MutexGuard<'_, Gate> {
        self.app().gate.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Refuses what only the child may see or change while the app is locked.
    pub(crate) fn unlocked(&self) -> Result<(), FamilyTimeError> {
        if self.is_locked()? {
            return Err(FamilyTimeError::Refused("the app is locked; enter the PIN first".into()));
        }
        Ok(())
    }
}
