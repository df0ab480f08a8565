//! The app lock, biometrics and feelings through the app object, as the shells use them.

use std::sync::{Arc, Mutex};

use chrono::{TimeZone, Utc};
use familytime_core::feelings::{Feeling, Moment};
use familytime_core::messages::Topic;

use crate::lock::{BiometricCheck, Biometrics, PinOutcome, UnlockOutcome};
use crate::tests::{Phone, bytes, sample};
use crate::{FamilyTime, FamilyTimeError, PlatformError};

/// Thursday 19 November 2026, 18:00: Jay saw Mum and Kai yesterday.
fn thursday() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 19, 18, 0, 0).unwrap()
}

fn jay(phone: &Phone) -> Arc<FamilyTime> {
    let app = phone.open().unwrap();
    app.pin_now(thursday());
    app
}

/// A phone's fingerprint check that answers as told, and whose enrolment can change.
struct Finger {
    answer: Mutex<Result<bool, PlatformError>>,
    available: bool,
    /// How many fingerprints the phone knows, and how many it knew when remembered.
    enrolled: Mutex<(u32, Option<u32>)>,
}

impl Finger {
    fn add_finger(&self) {
        self.enrolled.lock().unwrap().0 += 1;
    }
}

impl Biometrics for Finger {
    fn available(&self) -> bool {
        self.available
    }

    fn remember_enrolment(&self) -> Result<(), PlatformError> {
        let mut enrolled = self.enrolled.lock().unwrap();
        enrolled.1 = Some(enrolled.0);
        Ok(())
    }

    fn authenticate(&self, _reason: String) -> Result<BiometricCheck, PlatformError> {
        let (now, remembered) = *self.enrolled.lock().unwrap();
        if remembered != Some(now) {
            return Ok(BiometricCheck::EnrolmentChanged);
        }
        match &*self.answer.lock().unwrap() {
            Ok(true) => Ok(BiometricCheck::Owner),
            Ok(false) => Ok(BiometricCheck::NotConfirmed),
            Err(e) => Err(PlatformError::Failed { reason: e.to_string() }),
        }
    }
}

fn finger(answer: Result<bool, PlatformError>) -> Arc<Finger> {
    Arc::new(Finger { answer: Mutex::new(answer), available: true, enrolled: Mutex::new((1, Some(1))) })
}

#[test]
fn the_lock_keeps_everything_of_the_childs_shut_but_never_i_feel_unsafe() {
    let phone = Phone::new();
    let app = jay(&phone);
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    let prompts = app.check_in_prompts().unwrap();
    let yesterday = prompts.iter().find(|p| p.moment == Moment::After).expect("how was yesterday?");
    let made = app.check_in(yesterday.session.clone(), Moment::After, Feeling::Scared, Some("Loud.".into())).unwrap();
    assert_eq!(app.check_ins().unwrap(), vec![made]);
    assert!(matches!(app.set_pin("12".into(), "12".into()).unwrap(), PinOutcome::Problem { .. }));
    assert!(matches!(app.set_pin("2580".into(), "2581".into()).unwrap(), PinOutcome::Problem { .. }));
    assert!(matches!(app.set_pin("2580".into(), "2580".into()).unwrap(), PinOutcome::Saved));
    assert!(!app.is_locked().unwrap(), "the child who set it is still here");
    drop(app);

    // Opened again, by anyone: locked.
    let app = jay(&phone);
    assert!(app.is_locked().unwrap());
    // Nothing of the child's comes out of the core, whatever the shell asks.
    let refused = |answer: Result<(), FamilyTimeError>| matches!(answer, Err(FamilyTimeError::Refused(m)) if m.contains("locked"));
    assert!(refused(app.check_ins().map(drop)));
    assert!(refused(app.feelings_line("kai".into()).map(drop)));
    assert!(refused(app.home().map(drop)));
    assert!(refused(app.person("kai".into()).map(drop)));
    assert!(refused(app.week(thursday().date_naive()).map(drop)));
    assert!(refused(app.changes().map(drop)));
    assert!(refused(app.tell(None).map(drop)));
    assert!(refused(app.notes().map(drop)));
    assert!(refused(app.notes_screen().map(drop)));
    assert!(refused(app.outbox_screen().map(drop)));
    assert!(refused(app.drafts().map(drop)));
    assert!(refused(app.add_note("written by someone else".into(), None).map(drop)));
    let lock = app.lock_screen().unwrap();
    assert_eq!((lock.feel_unsafe.text.as_str(), lock.quick_exit.text.as_str()), ("I feel unsafe", "Quick exit"));
    assert!(app.forgot_pin_screen().unwrap().words.explain.contains("Amira"));
    // "I feel unsafe" works without the PIN.
    assert!(app.raise_unsafe().unwrap().told.contains("Amira"));

    let UnlockOutcome::Locked { view } = app.enter_pin("1111".into()).unwrap() else { panic!("a wrong PIN") };
    assert_eq!(view.words.problem.as_deref(), Some("That is not right. Try again."));
    assert!(matches!(app.enter_pin("2580".into()).unwrap(), UnlockOutcome::Unlocked));
    assert_eq!(app.outbox().unwrap()[0].message.topic, Topic::UnsafeNow, "queued while locked");
    assert!(app.notes().unwrap().is_empty(), "no note was added while locked");
    let line = app.feelings_line("kai".into()).unwrap().unwrap();
    assert_eq!(line.points.len(), 1);

    // A few minutes away locks it again; a quick look elsewhere does not.
    app.app_left();
    app.pin_now(thursday() + chrono::Duration::minutes(1));
    assert!(!app.app_returned().unwrap());
    app.app_left();
    app.pin_now(thursday() + chrono::Duration::minutes(5));
    assert!(app.app_returned().unwrap());
}

#[test]
fn biometric_failure_falls_back_to_the_pin() {
    let phone = Phone::new();
    let app = jay(&phone);
    assert!(
        matches!(app.set_biometric_unlock(true, finger(Ok(true))), Err(FamilyTimeError::Refused(_))),
        "no PIN to fall back on"
    );
    assert!(matches!(app.set_pin("2580".into(), "2580".into()).unwrap(), PinOutcome::Saved));
    let privacy = app.privacy_screen(finger(Ok(true))).unwrap();
    assert!(privacy.biometrics.is_some_and(|t| !t.on));
    drop(app);
    let app = jay(&phone);
    // Not turned on: the phone is never asked.
    assert!(matches!(app.unlock_with_biometrics(finger(Ok(true))).unwrap(), UnlockOutcome::Locked { .. }));
    app.enter_pin("2580".into()).unwrap();
    app.set_biometric_unlock(true, finger(Ok(true))).unwrap();
    drop(app);

    let app = jay(&phone);
    let failures = [
        Err(PlatformError::Failed { reason: "the sensor is dirty".into() }),
        Ok(false),
        Err(PlatformError::Unexpected { reason: "cancelled".into() }),
    ];
    for failure in failures {
        let UnlockOutcome::Locked { view } = app.unlock_with_biometrics(finger(failure)).unwrap() else {
            panic!("a failed check leaves the app locked")
        };
        assert_eq!(view.words.problem.as_deref(), Some("That did not work. Use your PIN."));
        assert!(view.biometrics.is_some());
    }
    let not_on_this_phone = Arc::new(Finger { available: false, ..Arc::into_inner(finger(Ok(true))).unwrap() });
    assert!(matches!(app.unlock_with_biometrics(not_on_this_phone).unwrap(), UnlockOutcome::Locked { .. }));
    assert!(app.is_locked().unwrap());
    assert!(matches!(app.enter_pin("2580".into()).unwrap(), UnlockOutcome::Unlocked), "the PIN still works");
    drop(app);
    let app = jay(&phone);
    assert!(matches!(app.unlock_with_biometrics(finger(Ok(true))).unwrap(), UnlockOutcome::Unlocked));
}

#[test]
fn a_finger_added_to_the_phone_does_not_open_the_app() {
    let phone = Phone::new();
    let app = jay(&phone);
    assert!(matches!(app.set_pin("2580".into(), "2580".into()).unwrap(), PinOutcome::Saved));
    let phone_finger =
        Arc::new(Finger { enrolled: Mutex::new((1, None)), ..Arc::into_inner(finger(Ok(true))).unwrap() });
    app.set_biometric_unlock(true, phone_finger.clone()).unwrap();
    drop(app);

    // Someone who knows the phone's passcode adds their own finger.
    phone_finger.add_finger();
    let app = jay(&phone);
    let UnlockOutcome::Locked { view } = app.unlock_with_biometrics(phone_finger.clone()).unwrap() else {
        panic!("a new finger must not open the app")
    };
    assert_eq!(
        view.words.problem.as_deref(),
        Some(
            "A new fingerprint or face was added to this phone. So it cannot open the app now. Use your PIN. You can turn it on again in Settings."
        )
    );
    assert!(view.biometrics.is_none(), "the lock screen no longer offers a fingerprint");
    assert!(matches!(app.unlock_with_biometrics(phone_finger.clone()).unwrap(), UnlockOutcome::Locked { .. }));

    // After the PIN the child can turn it on again, for the fingers the phone knows now.
    assert!(matches!(app.enter_pin("2580".into()).unwrap(), UnlockOutcome::Unlocked));
    assert!(app.privacy_screen(phone_finger.clone()).unwrap().biometrics.is_some_and(|t| !t.on));
    app.set_biometric_unlock(true, phone_finger.clone()).unwrap();
    drop(app);
    let app = jay(&phone);
    assert!(matches!(app.unlock_with_biometrics(phone_finger).unwrap(), UnlockOutcome::Unlocked));
}

#[test]
fn how_was_it_reminders_are_the_childs_choice_and_name_no_one() {
    let phone = Phone::new();
    let app = jay(&phone);
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    app.schedule_reminders().unwrap();
    let asked = |phone: &Phone| {
        let reminders = phone.platform.reminders.lock().unwrap();
        reminders.iter().filter(|r| r.id.ends_with("/how-was-it")).cloned().collect::<Vec<_>>()
    };
    assert!(asked(&phone).is_empty(), "off unless the child turns it on");
    app.set_after_reminders(true).unwrap();
    let reminders = asked(&phone);
    assert!(!reminders.is_empty());
    for reminder in reminders {
        assert_eq!(reminder.body, "How was it? Tap to say how you feel.");
        assert_eq!(reminder.title, "Reminder");
    }
    assert!(app.privacy_screen(finger(Ok(true))).unwrap().after_reminders.on);
}
