//! The lock screen, choosing a PIN, the forgotten PIN, and the privacy settings (the
//! lock, biometrics, the disguise and the "How was it?" reminder). The lock screen keeps
//! "I feel unsafe" and "Quick exit": neither ever needs the PIN.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::chrome::{Button, button};
use super::first_open::{CodeProblemView, code_problem};
use super::settings::Toggle;
use crate::explain;
use crate::l10n::Words;
use crate::lock::{Attempt, DISGUISES, Disguise, LockError};
use crate::plan::{HelperRole, Plan};
use crate::store::{LockState, PrivacyChoices};
use crate::sync::CodeProblem;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockWords {
    pub title: String,
    /// The label of the PIN field.
    pub field: String,
    /// "That's not right. Try again." or "Wait 5 minutes, then try again."
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockView {
    pub words: LockWords,
    /// No guess is taken before then; the shell asks for this screen again at that time.
    pub wait_until: Option<DateTime<Utc>>,
    pub unlock: Button,
    /// Only when the child turned on the phone's fingerprint or face.
    pub biometrics: Option<Button>,
    pub forgot: Button,
    pub feel_unsafe: Button,
    pub quick_exit: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PinSetupWords {
    pub title: String,
    /// "4 to 8 numbers. Don't tell anyone."
    pub rule: String,
    pub field: String,
    pub confirm_field: String,
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PinSetupView {
    pub words: PinSetupWords,
    pub save: Button,
    pub cancel: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForgotPinWords {
    pub title: String,
    /// Who to ask for a code, and that nothing they wrote is lost.
    pub explain: String,
    pub field: String,
    /// After a code worked: choose a new PIN.
    pub done: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForgotPinView {
    pub words: ForgotPinWords,
    pub problem: Option<CodeProblemView>,
    pub submit: Button,
    pub back: Button,
    pub feel_unsafe: Button,
    pub quick_exit: Button,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisguiseChoice {
    pub disguise: Disguise,
    /// The app's name on the home screen: "Family Time", "Notes", "Planner".
    pub button: Button,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrivacyWords {
    pub title: String,
    pub lock_heading: String,
    pub disguise_heading: String,
    pub disguise_explain: String,
    /// Shown only on an iPhone, where a disguise changes the picture but not the name.
    pub disguise_name_stays: String,
    pub reminder_heading: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrivacyView {
    pub words: PrivacyWords,
    pub lock: Toggle,
    /// To [`PinSetupView`], when there is a PIN to change.
    pub change_pin: Option<Button>,
    /// Only when there is a PIN and the phone can check a fingerprint or face.
    pub biometrics: Option<Toggle>,
    pub disguises: Vec<DisguiseChoice>,
    pub after_reminders: Toggle,
}

/// The lock screen, after `last` guess if there was one. `now` decides whether a wait
/// still runs.
pub fn lock_screen(words: &Words, state: &LockState, last: Option<Attempt>, now: DateTime<Utc>) -> LockView {
    let wait_until = crate::lock::wait_until(state.failures, state.last_failure, now);
    let problem = match (wait_until, last) {
        (Some(until), _) => Some(words.line("lock-wait", &[("minutes", minutes_left(until, now).into())])),
        (None, Some(Attempt::Wrong { .. })) => Some(words.line("lock-wrong", &[])),
        _ => None,
    };
    LockView {
        words: LockWords { title: words.line("lock-title", &[]), field: words.line("lock-field", &[]), problem },
        wait_until,
        unlock: button(words, "lock-unlock"),
        biometrics: state.biometrics.then(|| button(words, "lock-biometrics")),
        forgot: button(words, "lock-forgot"),
        feel_unsafe: button(words, "chrome-feel-unsafe"),
        quick_exit: button(words, "chrome-quick-exit"),
    }
}

/// Whole minutes left, at least one: "wait 1 minute" rather than "wait 0".
fn minutes_left(until: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    ((until - now).num_seconds() + 59).div_euclid(60).max(1)
}

/// Choosing a PIN (or a new one), with what was wrong with the last try.
pub fn pin_setup(words: &Words, problem: Option<&LockError>) -> PinSetupView {
    let problem = problem.map(|e| match e {
        LockError::PinsDiffer => words.line("pin-setup-differ", &[]),
        _ => words.line("pin-setup-bad", &[]),
    });
    PinSetupView {
        words: PinSetupWords {
            title: words.line("pin-setup-title", &[]),
            rule: words.line("pin-setup-rule", &[]),
            field: words.line("pin-setup-field", &[]),
            confirm_field: words.line("pin-setup-confirm", &[]),
            problem,
        },
        save: button(words, "pin-setup-save"),
        cancel: button(words, "pin-setup-cancel"),
    }
}

/// "Forgot your PIN?": a code from the social worker lets the child choose a new one,
/// and keeps everything. `problem` is what went wrong with the last code; `done` once
/// one worked.
pub fn forgot_pin(words: &Words, plan: Option<&Plan>, problem: Option<CodeProblem>, done: bool) -> ForgotPinView {
    let social_worker = plan.and_then(|p| p.helpers.iter().find(|h| h.role == HelperRole::SocialWorker));
    let explain = match social_worker {
        Some(helper) => words.line("forgot-explain-named", &[("name", helper.name.as_str().into())]),
        None => words.line("forgot-explain", &[]),
    };
    ForgotPinView {
        words: ForgotPinWords {
            title: words.line("forgot-title", &[]),
            explain,
            field: words.line("forgot-field", &[]),
            done: done.then(|| words.line("forgot-done", &[])),
        },
        problem: problem.map(|p| code_problem(words, p)),
        submit: button(words, "forgot-submit"),
        back: button(words, "chrome-back"),
        feel_unsafe: button(words, "chrome-feel-unsafe"),
        quick_exit: button(words, "chrome-quick-exit"),
    }
}

/// The privacy settings. `phone_has_biometrics` comes from the platform.
pub fn privacy(words: &Words, state: &LockState, choices: PrivacyChoices, phone_has_biometrics: bool) -> PrivacyView {
    let has_pin = state.pin.is_some();
    let toggle = |id: &str, on: bool| Toggle {
        text: words.line(id, &[]),
        explain: words.line(&format!("{id}-explain"), &[]),
        on,
    };
    PrivacyView {
        words: PrivacyWords {
            title: words.line("privacy-title", &[]),
            lock_heading: words.line("privacy-lock-heading", &[]),
            disguise_heading: words.line("privacy-disguise-heading", &[]),
            disguise_explain: words.line("privacy-disguise-explain", &[]),
            disguise_name_stays: words.line("privacy-disguise-name-stays", &[]),
            reminder_heading: words.line("privacy-reminder-heading", &[]),
        },
        lock: toggle("privacy-lock", has_pin),
        change_pin: has_pin.then(|| button(words, "privacy-change-pin")),
        biometrics: (has_pin && phone_has_biometrics).then(|| toggle("privacy-biometrics", state.biometrics)),
        disguises: DISGUISES
            .iter()
            .map(|d| DisguiseChoice {
                disguise: *d,
                button: button(words, &format!("disguise-{}", explain::name(*d))),
                selected: *d == choices.disguise,
            })
            .collect(),
        after_reminders: toggle("privacy-after-reminders", choices.after_reminders),
    }
}
