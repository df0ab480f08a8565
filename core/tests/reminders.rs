//! Reminders say nothing on the lock screen unless the child chose details, and come the
//! evening before and an hour before each session that is going ahead.

mod common;

use std::sync::Mutex;

use common::*;
use familytime_core::reminders::{PlatformError, Reminder, ReminderSettings, Reminders};
use familytime_core::screens::Screens;
use serde_json::json;

/// A platform that keeps what it was asked to schedule, as a phone's would.
#[derive(Default)]
struct Phone(Mutex<Vec<Reminder>>);

impl Reminders for Phone {
    fn replace_all(&self, reminders: Vec<Reminder>) -> Result<(), PlatformError> {
        *self.0.lock().unwrap() = reminders;
        Ok(())
    }
}

#[test]
fn reminders_come_the_evening_before_and_an_hour_before_and_say_nothing_by_default() {
    let plan = valid(base());
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let words = english();
    let screens = Screens::new(&plan, &calendar, &words, uk("2026-11-27T12:00"));
    let phone = Phone::default();
    phone.replace_all(screens.reminders(ReminderSettings::default()).unwrap()).unwrap();
    let scheduled = phone.0.lock().unwrap().clone();
    let times: Vec<_> = scheduled.iter().take(4).map(|r| r.at).collect();
    assert_eq!(
        times,
        [uk("2026-11-27T18:00"), uk("2026-11-28T09:00"), uk("2026-12-01T18:00"), uk("2026-12-02T17:00")],
        "Sam on Saturday at 10am, Nan on Wednesday at 6pm"
    );
    for reminder in &scheduled {
        let shown = format!("{} {}", reminder.title, reminder.body);
        for secret in ["Sam", "Nan", "family", "visit"] {
            assert!(!shown.contains(secret), "the lock screen shows \"{secret}\": {shown}");
        }
    }
    assert_eq!(scheduled[0].body, "You have something planned tomorrow.");
}

#[test]
fn with_details_on_a_reminder_says_who_and_when_in_the_childs_words() {
    let mut plan = base();
    plan["child"]["family_time_word"] = json!("seeing my family");
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let words =
        familytime_core::l10n::Words::new("en-GB", familytime_core::plan::AgeBand::Older, Some("seeing my family"))
            .unwrap();
    let screens = Screens::new(&plan, &calendar, &words, uk("2026-11-27T12:00"));
    let reminders = screens.reminders(ReminderSettings { show_details: true }).unwrap();
    assert_eq!(reminders[0].body, "Seeing my family with Sam tomorrow at 10am.");
    assert_eq!(reminders[1].body, "Seeing my family with Sam starts at 10am.");
}

#[test]
fn no_reminder_is_in_the_past_or_for_a_session_that_is_not_going_ahead() {
    let mut plan = base();
    plan["session_changes"] = json!([{ "arrangement": "nan-calls", "planned": "2026-12-02T18:00",
        "kind": "cancelled", "reason": "Nan is on holiday.", "decided_by": "family" }]);
    let plan = valid(plan);
    let calendar = calendar_of(&plan, "2027-01-01T00:00");
    let words = english();
    let screens = Screens::new(&plan, &calendar, &words, uk("2026-11-28T09:30"));
    let reminders = screens.reminders(ReminderSettings::default()).unwrap();
    assert!(reminders.iter().all(|r| r.at > uk("2026-11-28T09:30")));
    assert!(!reminders.iter().any(|r| r.id.starts_with("sam-saturdays/2026-11-28")), "Saturday's have passed");
    assert!(!reminders.iter().any(|r| r.id.starts_with("nan-calls/2026-12-02")), "a cancelled call has none");
    assert!(reminders.iter().any(|r| r.id == "nan-calls/2026-12-09T18:00/soon"));
}
