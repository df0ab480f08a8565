//! The words a child reads: complete in every language, true to what they are given,
//! readable at each age, and never written anywhere but `assets/l10n`.

#[path = "words/catalogue.rs"]
mod catalogue;
mod common;
#[path = "words/readability.rs"]
mod readability;

use std::collections::{BTreeMap, BTreeSet};

use catalogue::messages;
use common::*;
use familytime_core::calendar::Calendar;
use familytime_core::changes::PlanChange;
use familytime_core::l10n::{self, Arg, Words};
use familytime_core::messages::{Delivery, Incoming, Message, Outgoing, Topic};
use familytime_core::plan::{AgeBand, PersonStatus, ValidPlan};
use familytime_core::reminders::ReminderSettings;
use familytime_core::screens::{self, Screens};
use familytime_core::store::{Note, Settings, StoredChange};
use familytime_core::sync::{CodeProblem, SyncProblem};
use familytime_core::validate;
use serde_json::{Value, json};

const BANDS: [AgeBand; 3] = [AgeBand::Young, AgeBand::Middle, AgeBand::Older];

#[test]
fn every_locale_has_exactly_the_messages_english_has() {
    let english: BTreeSet<String> = messages(l10n::FALLBACK).into_keys().collect();
    assert!(english.len() > 150, "the English catalogue is complete");
    for locale in l10n::locales() {
        let theirs: BTreeSet<String> = messages(locale).into_keys().collect();
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{locale}: missing {missing:?}, extra {extra:?}");
    }
    assert_eq!(l10n::locales(), ["cy", "en-GB"]);
}

#[test]
fn welsh_is_written_in_welsh() {
    let english = messages("en-GB");
    let welsh = messages("cy");
    for (id, message) in &english {
        let has_words = message.text.chars().filter(|c| c.is_alphabetic()).count() > 1;
        if has_words {
            assert_ne!(welsh[id].text, message.text, "cy {id} is the English text");
        }
    }
}

/// Every screen of every sample, for every locale and band, as JSON, with the words
/// that built them.
fn all_screens(words: &Words, plan: &ValidPlan) -> Value {
    let now = uk("2026-11-22T09:00");
    let calendar = Calendar::new(plan, now + chrono::Duration::days(731)).unwrap();
    let screens = Screens::new(plan, &calendar, words, now);
    let people: Vec<_> = plan.people.iter().map(|p| screens.person(&p.id).unwrap()).collect();
    let sessions: Vec<_> = calendar
        .sessions()
        .iter()
        .filter(|s| !matches!(s.status, familytime_core::calendar::SessionStatus::Planned) || s.start > now)
        .take(40)
        .map(|s| screens.session(&s.id).unwrap())
        .collect();
    let about = plan.people.first().map(|p| p.id.as_str());
    json!({
        "tell": screens.tell(&sent_messages(plan), &[reply(plan)], about),
        "unsafe": screens.unsafe_now(),
        "reminders": [
            screens.reminders(ReminderSettings::default()).unwrap(),
            screens.reminders(ReminderSettings { show_details: true }).unwrap(),
        ],
        "home": screens.home().unwrap(),
        "week": screens.week(date("2026-11-23")).unwrap(),
        "month": screens.month(2026, 12).unwrap(),
        "people": people,
        "sessions": sessions,
        "rights": screens.rights(),
        "changes": screens.changes(&every_kind_of_change(plan)).unwrap(),
        "outbox": [screens.outbox(&sent_messages(plan), &[reply(plan)]), screens.outbox(&[], &[])],
        "planless": planless_screens(words, Some(plan)),
        "feelings_and_lock": feelings_and_lock_screens(words, plan, &calendar),
    })
}

/// The screens that need no plan: first open, settings, the top bar and menu, every
/// sync status and code problem, the notes, and "I feel unsafe" with and without a plan.
fn planless_screens(words: &Words, plan: Option<&ValidPlan>) -> Value {
    let now = uk("2026-11-22T09:00");
    let plan = plan.map(|p| p.plan());
    let note = |id, about: Option<&str>| Note {
        id,
        written: uk("2026-11-20T16:30"),
        about_person: about.map(str::to_owned),
        text: "Nan's cat is called Biscuit.".into(),
    };
    let about = plan.and_then(|p| p.people.first()).map(|p| p.id.as_str());
    let settings = Settings {
        language: words.locale().to_owned(),
        age_band: None,
        family_time_word: Some("my own word".into()),
        reminder_details: true,
    };
    let problems = [SyncProblem::Offline, SyncProblem::NotJoined, SyncProblem::PlanRefused, SyncProblem::Failed];
    let mut statuses =
        vec![screens::sync_status(words, false, None, None, now), screens::sync_status(words, true, None, None, now)];
    for last in [None, Some(uk("2026-11-22T08:15")), Some(uk("2026-11-21T18:00")), Some(uk("2026-11-02T10:00"))] {
        statuses.push(screens::sync_status(words, true, last, None, now));
        statuses.extend(problems.iter().map(|p| screens::sync_status(words, true, last, Some(*p), now)));
    }
    let codes = [
        CodeProblem::Empty,
        CodeProblem::Wrong,
        CodeProblem::Used,
        CodeProblem::Expired,
        CodeProblem::Offline,
        CodeProblem::Failed,
    ];
    json!({
        "chrome": screens::chrome(words),
        "first_open": [
            screens::first_open(words, words.locale(), None, None),
            screens::first_open(words, words.locale(), Some("my own word"), Some(AgeBand::Young)),
        ],
        "code_problems": codes.iter().map(|c| screens::code_problem(words, *c)).collect::<Vec<_>>(),
        "settings": screens::settings(words, &settings, Some(AgeBand::Middle)),
        "sync_statuses": statuses,
        "notes": [screens::notes(words, plan, &[note(2, about), note(1, None)]), screens::notes(words, plan, &[])],
        "unsafe_before_any_plan": screens::unsafe_now(words, None),
    })
}

/// One change of every kind the plan can show: each recorded change, each changed
/// session, and news of every person and helper.
fn every_kind_of_change(plan: &ValidPlan) -> Vec<StoredChange> {
    let mut changes = Vec::new();
    for arrangement in &plan.arrangements {
        let id = arrangement.id.clone();
        changes.push(PlanChange::NewArrangement { arrangement: id.clone() });
        changes.push(PlanChange::Altered { arrangement: id.clone() });
        for change in &arrangement.changes {
            changes.push(PlanChange::Arrangement { arrangement: id.clone(), change: change.clone() });
        }
    }
    changes.extend(plan.session_changes.iter().map(|c| PlanChange::Session { change: c.clone() }));
    for person in &plan.people {
        changes.push(PlanChange::PersonAdded { person: person.id.clone() });
        for status in [PersonStatus::CanSee, PersonStatus::CantSeeRightNow, PersonStatus::ChooseNotTo] {
            let reason = Some("Mum is getting help to stay well.".to_owned());
            changes.push(PlanChange::PersonStatus { person: person.id.clone(), status, reason });
        }
    }
    for helper in &plan.helpers {
        changes.push(PlanChange::NewHelper { helper: helper.id.clone() });
        changes.push(PlanChange::HelperLeft { name: "Ali".into(), role: helper.role });
    }
    changes.into_iter().enumerate().map(|(i, change)| StoredChange { id: i as i64 + 1, version: 2, change }).collect()
}

/// One sent message in each delivery state, to the plan's first helper.
fn sent_messages(plan: &ValidPlan) -> Vec<Outgoing> {
    let states = [Delivery::Waiting, Delivery::Sent, Delivery::Delivered, Delivery::Read, Delivery::Answered];
    states
        .into_iter()
        .enumerate()
        .map(|(i, state)| Outgoing {
            id: format!("m{i}"),
            message: Message {
                to: plan.helpers[0].id.clone(),
                topic: Topic::Question,
                change: None,
                about_person: None,
                about_session: None,
                text: "Can Nan come to my birthday?".into(),
            },
            urgent: false,
            created: uk("2026-11-20T16:00"),
            state,
            failures: 0,
            next_attempt: uk("2026-11-20T16:00"),
            to_name: None,
        })
        .collect()
}

/// A reply from the plan's first helper to the first sent message.
fn reply(plan: &ValidPlan) -> Incoming {
    Incoming {
        id: "r0".into(),
        helper: plan.helpers[0].id.clone(),
        thread: "m0".into(),
        received: uk("2026-11-21T10:00"),
        text: "Yes, let's ask Nan.".into(),
    }
}

fn sample_plans() -> Vec<(String, ValidPlan)> {
    samples().into_iter().map(|(name, bytes)| (name, validate::read_plan(&bytes).unwrap())).collect()
}

/// The strings a child reads: everything inside `words`, and the other text fields.
fn texts(value: &Value, inside_words: bool, out: &mut Vec<String>) {
    const TEXT_KEYS: [&str; 39] = [
        "seen",
        "title",
        "empty",
        "label",
        "intro",
        "body",
        "glossary_title",
        "role_name",
        "explain",
        "hours",
        "who_heading",
        "topic_heading",
        "change_heading",
        "write_heading",
        "send",
        "keep_private",
        "likely_text",
        "out_of_hours",
        "state_text",
        "danger",
        "childline",
        "trusted_adult",
        "told",
        "what_happens",
        "from",
        "progress",
        "field",
        "checking",
        "joined",
        "own_field",
        "what_to_do",
        "language_heading",
        "age_heading",
        "word_heading",
        "reminders_heading",
        "written_on",
        "about",
        "delete_question",
        "mark",
    ];
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                // A "text" is ours, except a message's, an answer's or a note's: the child's
                // or a helper's own words.
                let ours = key == "text" && !["to", "from", "written_on"].iter().any(|k| map.contains_key(*k));
                let words = inside_words || key == "words" || TEXT_KEYS.contains(&key.as_str()) || ours;
                texts(value, words, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| texts(v, inside_words, out)),
        Value::String(text) if inside_words => out.push(text.clone()),
        _ => {}
    }
}

#[test]
fn every_screen_has_all_its_words_in_every_language_and_band() {
    let plans = sample_plans();
    for locale in l10n::locales() {
        for band in BANDS {
            for (name, plan) in &plans {
                let words = Words::new(locale, band, plan.child.family_time_word.as_deref()).unwrap();
                let screens = all_screens(&words, plan);
                assert_eq!(words.gaps(), Vec::<String>::new(), "{name} in {locale}, {band:?}");
                let mut strings = Vec::new();
                texts(&screens, false, &mut strings);
                assert!(strings.len() > 100, "{name}: the screens have words");
                for text in strings {
                    assert!(!text.trim().is_empty(), "{name} in {locale}, {band:?}: an empty text");
                    assert!(!text.contains('{') && !text.contains('$'), "{name} in {locale}: unresolved \"{text}\"");
                    assert!(!text.contains(".,") && !text.contains(".."), "{name} in {locale}: stray stops \"{text}\"");
                }
            }
        }
    }
}

#[test]
fn every_message_uses_everything_the_code_gives_it() {
    let plans = sample_plans();
    let mut given: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for locale in l10n::locales() {
        for band in BANDS {
            for (_, plan) in &plans {
                let words = Words::new(locale, band, None).unwrap().noting_usage();
                all_screens(&words, plan);
                for (id, args) in words.usage() {
                    given.entry(id).or_default().extend(args);
                }
            }
        }
    }
    assert!(given.len() > 120, "the samples reach most messages: {}", given.len());
    for locale in l10n::locales() {
        let catalogue = messages(locale);
        for (id, args) in &given {
            let unused: Vec<_> = args.difference(&catalogue[id].variables).collect();
            assert!(unused.is_empty(), "{locale} {id} ignores {unused:?}");
        }
    }
}

/// What each age band may read: the Flesch-Kincaid grade of English text, and the
/// longest sentence in words in English and in Welsh (which takes a few more words to
/// say the same: "ar ddydd Sadwrn" for "on Saturday").
struct Limits {
    band: AgeBand,
    grade: f64,
    english_sentence: usize,
    welsh_sentence: usize,
}

const LIMITS: [Limits; 3] = [
    Limits { band: AgeBand::Young, grade: 2.5, english_sentence: 10, welsh_sentence: 12 },
    Limits { band: AgeBand::Middle, grade: 6.0, english_sentence: 16, welsh_sentence: 18 },
    Limits { band: AgeBand::Older, grade: 9.0, english_sentence: 24, welsh_sentence: 26 },
];

/// The grade formula says nothing useful about a few words ("In 3 days. On Monday").
const FK_MIN_WORDS: usize = 6;

/// Words a child of 4 to 7 does not know. A text for them may use one only where the
/// same text says what it means ("The IRO is someone who…", "Urgent means…").
const HARD_FOR_THE_YOUNGEST: [&str; 12] = [
    "urgent",
    "facilitat",
    "supervis",
    "review",
    "iro",
    "cancel",
    "advocate",
    "independent",
    "arrangement",
    "suspend",
    "placement",
    "contact",
];

#[test]
fn the_readability_measure_tells_easy_from_hard_and_counts_sentences_as_a_reader_does() {
    use readability::*;
    assert!(readability("You will see Nan on Saturday.").grade < 2.5);
    let hard = "Supervised contact arrangements are reconsidered at statutory reviews of the care plan.";
    assert!(readability(hard).grade > 9.0);
    assert_eq!(syllables("family"), 3);
    assert_eq!(syllables("centre"), 2);
    assert_eq!(syllables("little"), 2);
    assert_eq!(syllables("where"), 1);
    assert_eq!(syllables("make"), 1);
    // A colon or semicolon does not end a sentence; a clock time's colon is no break.
    assert_eq!(
        sentences("Why: Sam is ill; he has a cold. See you at 10:30am!"),
        ["Why: Sam is ill; he has a cold", "See you at 10:30am"]
    );
    assert_eq!(longest_sentence("Why: Sam is ill; he has a cold. Bye"), 8);
    assert_eq!(sentences("Nan\nIn 3 sleeps"), ["Nan", "In 3 sleeps"]);
}

/// Every branch of every message in `locale`, for each band: (band's limits, id, branch, text).
fn every_text(locale: &str) -> Vec<(&'static Limits, String, String, String)> {
    let mut out = Vec::new();
    for limits in &LIMITS {
        let words = Words::new(locale, limits.band, None).unwrap();
        for (id, message) in messages(locale) {
            for (branch, text) in message.branches(&words, &id) {
                out.push((limits, id.clone(), branch, text));
            }
        }
        assert_eq!(words.gaps(), Vec::<String>::new(), "{locale} {:?}", limits.band);
    }
    out
}

#[test]
fn every_branch_of_every_english_message_is_readable_for_its_age_band() {
    let texts = every_text("en-GB");
    let branches = texts.iter().filter(|(limits, ..)| limits.band == AgeBand::Young).count();
    assert!(branches > messages("en-GB").len() + 100, "selectors' branches are scored too: {branches}");
    let mut too_hard = Vec::new();
    for (limits, id, branch, text) in &texts {
        let score = readability::readability(text);
        let mut why = Vec::new();
        if score.words >= FK_MIN_WORDS && score.grade > limits.grade {
            why.push(format!("grade {:.1} is over {}", score.grade, limits.grade));
        }
        if score.longest_sentence > limits.english_sentence {
            why.push(format!("a sentence of {} words is over {}", score.longest_sentence, limits.english_sentence));
        }
        if !why.is_empty() {
            too_hard.push(format!("{:?} {id} [{branch}]: {}: \"{text}\"", limits.band, why.join("; ")));
        }
    }
    assert!(too_hard.is_empty(), "too hard for the band ({}):\n{}", too_hard.len(), too_hard.join("\n"));
}

#[test]
fn every_branch_of_every_welsh_message_keeps_its_sentences_short_for_its_age_band() {
    let mut too_long = Vec::new();
    for (limits, id, branch, text) in every_text("cy") {
        let longest = readability::longest_sentence(&text);
        if longest > limits.welsh_sentence {
            too_long.push(format!(
                "{:?} {id} [{branch}]: a sentence of {longest} words is over {}: \"{text}\"",
                limits.band, limits.welsh_sentence
            ));
        }
    }
    assert!(
        too_long.is_empty(),
        "Welsh sentences too long for the band ({}):\n{}",
        too_long.len(),
        too_long.join("\n")
    );
}

/// Whether `text` has `word` at the start of one of its words ("review" in "reviews").
fn has_word(text: &str, word: &str) -> bool {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(word))
}

#[test]
fn the_youngest_meet_a_hard_word_only_with_what_it_means() {
    let mut unexplained = Vec::new();
    let catalogue = messages("en-GB");
    for (limits, id, branch, text) in every_text("en-GB") {
        // A glossary word is shown with its meaning, a helper's role with what they do.
        let shown_with = [("glossary-", "-word", "-meaning"), ("role-", "", "")]
            .iter()
            .find(|(start, end, _)| id.starts_with(start) && id.ends_with(end) && !id.starts_with("role-explain-"))
            .map(|(start, end, with)| match *start {
                "role-" => id.replacen("role-", "role-explain-", 1),
                _ => format!("{}{with}", id.strip_suffix(end).unwrap_or(&id)),
            });
        if let Some(explanation) = &shown_with {
            assert!(catalogue.contains_key(explanation), "{id} is shown with {explanation}, which is missing");
        }
        if limits.band != AgeBand::Young || shown_with.is_some() {
            continue;
        }
        let lower = text.to_lowercase();
        for hard in HARD_FOR_THE_YOUNGEST.iter().filter(|hard| has_word(&text, hard)) {
            // "The IRO is someone who…", "Urgent means…", "A review is a meeting…".
            let explained = lower
                .split(|c: char| !c.is_alphanumeric())
                .zip(lower.split(|c: char| !c.is_alphanumeric()).skip(1))
                .any(|(word, next)| word.starts_with(hard) && ["is", "means", "are"].contains(&next));
            if !explained {
                unexplained
                    .push(format!("Young {id} [{branch}]: \"{hard}…\" with no \"… is\" or \"… means\": \"{text}\""));
            }
        }
    }
    assert!(unexplained.is_empty(), "hard words for 4-7 ({}):\n{}", unexplained.len(), unexplained.join("\n"));
}

/// The youngest count sleeps and days of the week; a heading of theirs names no month.
#[test]
fn the_youngest_read_no_calendar_dates_in_headings() {
    for locale in l10n::locales() {
        let catalogue = messages(locale);
        let months: Vec<String> = (1..=12).map(|m| catalogue[&format!("month-{m}")].text.to_lowercase()).collect();
        let words = Words::new(locale, AgeBand::Young, None).unwrap();
        let mut headings: Vec<(String, String)> = Vec::new();
        for (id, message) in &catalogue {
            if id.ends_with("-heading") || (id.ends_with("-title") && id != "month-title") {
                headings.extend(message.branches(&words, id).into_iter().map(|(_, text)| (id.clone(), text)));
            }
        }
        for (name, plan) in sample_plans() {
            let now = uk("2026-11-22T09:00");
            let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
            let screens = Screens::new(&plan, &calendar, &words, now);
            let week = screens.week(date("2026-11-23")).unwrap();
            headings.push((format!("{name} week"), week.title));
            headings.extend(week.days.into_iter().map(|d| (format!("{name} day"), d.title)));
        }
        assert!(headings.len() > 40, "{locale}: {}", headings.len());
        for (id, heading) in headings {
            // A date is a day of the month and its name: "28 November", "28 Tachwedd".
            let lower = heading.to_lowercase();
            let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let dated = tokens.windows(2).any(|w| w[0].parse::<u8>().is_ok() && months.iter().any(|m| m == w[1]));
            assert!(!dated, "{locale} young {id}: \"{heading}\" is headed with a calendar date");
        }
    }
}

#[test]
fn the_pseudo_locale_shows_that_no_word_is_written_in_code() {
    let plans = sample_plans();
    for band in BANDS {
        for (name, plan) in &plans {
            let words = Words::pseudo(band, None, |text| fluent_pseudo::transform(text, false, true)).unwrap();
            let screens = all_screens(&words, plan);
            assert!(words.gaps().is_empty(), "{:?}", words.gaps());
            let mut strings = Vec::new();
            texts(&screens, false, &mut strings);
            for text in strings {
                // The pseudo-locale accents every letter Fluent wrote; names and the
                // worker's reasons come in through placeables and stay plain.
                assert!(
                    text.chars().any(|c| c.is_alphabetic() && !c.is_ascii()),
                    "{name}: \"{text}\" is not from Fluent"
                );
            }
        }
    }
}

#[test]
fn the_childs_own_word_for_family_time_is_used() {
    let mut plan = base();
    plan["child"]["family_time_word"] = json!("seeing my family");
    let plan = valid(plan);
    for locale in l10n::locales() {
        let words = Words::new(locale, AgeBand::Older, plan.child.family_time_word.as_deref()).unwrap();
        let screens = all_screens(&words, &plan);
        let mut strings = Vec::new();
        texts(&screens, false, &mut strings);
        assert!(strings.iter().any(|t| t.contains("seeing my family")), "{locale}");
    }
}

#[test]
fn the_youngest_count_in_sleeps_and_welsh_counts_in_welsh() {
    let plan = valid(base());
    let now = uk("2026-11-19T09:00");
    let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
    let sam = |locale: &str, band| {
        let words = Words::new(locale, band, None).unwrap();
        let home = Screens::new(&plan, &calendar, &words, now).home().unwrap();
        home.people.into_iter().find(|p| p.person.id == "sam").unwrap().words
    };
    let young = sam("en-GB", AgeBand::Young);
    assert!(young.next.contains("sleeps"), "{}", young.next);
    assert!(young.label.starts_with("Sam, your brother"), "{}", young.label);
    let older = sam("en-GB", AgeBand::Older);
    assert!(!older.next.contains("sleeps") && older.next.contains("Saturday"), "{}", older.next);
    let welsh = sam("cy", AgeBand::Older);
    assert!(welsh.next.to_lowercase().contains("sadwrn"), "{}", welsh.next);
}

#[test]
fn feeling_unsafe_always_shows_999_and_childline_in_every_language_and_band() {
    let plan = valid(base());
    let calendar = Calendar::new(&plan, uk("2027-01-01T00:00")).unwrap();
    for locale in l10n::locales() {
        for band in BANDS {
            let words = Words::new(locale, band, None).unwrap();
            let screen = Screens::new(&plan, &calendar, &words, uk("2026-11-22T23:30")).unsafe_now();
            assert!(screen.danger.contains("999"), "{locale} {band:?}: {}", screen.danger);
            assert!(screen.childline.contains("0800 1111"), "{locale} {band:?}: {}", screen.childline);
            assert!(screen.told.contains("Priya"), "{locale} {band:?}: {}", screen.told);
        }
    }
}

#[test]
fn out_of_hours_the_child_is_told_when_they_will_be_read_and_who_else_can_help() {
    let plan = valid(base());
    let calendar = Calendar::new(&plan, uk("2027-01-01T00:00")).unwrap();
    let words = Words::new("en-GB", AgeBand::Older, None).unwrap();
    let saturday = Screens::new(&plan, &calendar, &words, uk("2026-11-28T11:00")).tell(&[], &[], Some("sam"));
    let priya = &saturday.helpers[0];
    let likely = priya.likely_text.as_deref().unwrap();
    assert!(likely.contains("Priya") && likely.contains("Monday") && likely.contains("9am"), "{likely}");
    assert!(priya.out_of_hours.as_deref().unwrap().contains("0800 1111"));
    assert!(saturday.changes.iter().any(|c| c.text.contains("Sam")), "changes name the person");
    let tuesday = Screens::new(&plan, &calendar, &words, uk("2026-11-24T11:00")).tell(&[], &[], None);
    assert_eq!(tuesday.helpers[0].out_of_hours, None);
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_there_are() {
    let error = Words::new("fr", AgeBand::Older, None).err().unwrap();
    assert_eq!(error.to_string(), "there are no words for the language \"fr\"; the app has: cy, en-GB");
}

/// For 11-18, what the home screen shows at a glance never reads "in care" over their
/// shoulder (Staying Connected: labels make young people feel different), in English or
/// Welsh: headings, each person's card and its spoken label, and the cards for today and
/// tomorrow. Who someone is, the reasons workers write and each person's full
/// explanation are on the person's own page, and stay there.
#[test]
fn the_older_home_screen_says_nothing_that_reads_in_care_at_a_glance() {
    const CARE_WORDS: [&str; 22] = [
        "in care",
        "social worker",
        "foster",
        "contact",
        "supervis",
        "court",
        "iro",
        "advocate",
        "looked after",
        "placement",
        "children's home",
        "care home",
        "gofal",
        "ngofal",
        "gweithiwr cymdeithasol",
        "maeth",
        "cyswllt",
        "goruchwyl",
        "llys",
        "eiriolwr",
        "lleoliad",
        "cartref plant",
    ];
    let mut explained_on_their_page = 0;
    for (name, plan) in sample_plans() {
        for (language, now) in ["en-GB", "cy"]
            .into_iter()
            .flat_map(|l| ["2026-11-22T09:00", "2026-11-27T09:00", "2026-12-05T09:00"].map(move |n| (l, n)))
        {
            let now = uk(now);
            let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
            let words = Words::new(language, AgeBand::Older, None).unwrap();
            let screens = Screens::new(&plan, &calendar, &words, now);
            let home = screens.home().unwrap();
            let w = &home.words;
            let mut glance = vec![w.title.clone(), w.today_heading.clone(), w.tomorrow_heading.clone()];
            glance.extend([w.people_heading.clone(), w.changes_heading.clone(), w.remembering_heading.clone()]);
            for person in &home.people {
                let p = &person.words;
                glance.extend([p.next.clone(), p.label.clone()]);
                glance.extend([p.explain.clone(), p.why.clone()].into_iter().flatten());
                let page = screens.person(&person.person.id).unwrap().unwrap();
                explained_on_their_page += usize::from(page.words.person.explain.is_some());
            }
            for card in home.today_sessions.iter().chain(&home.tomorrow_sessions) {
                let c = &card.words;
                glance.extend([c.title.clone(), c.when.clone(), c.how.clone()]);
                glance.extend([c.place.clone(), c.status.clone(), c.mark.clone()].into_iter().flatten());
            }
            for text in glance {
                let lower = text.to_lowercase();
                // A phrase anywhere; a single word at the start of a word ("supervised").
                let reads_as = |care: &str| match care.contains(' ') {
                    true => lower.contains(care),
                    false => {
                        lower.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|word| word.starts_with(care))
                    }
                };
                let found: Vec<_> = CARE_WORDS.iter().filter(|care| reads_as(care)).collect();
                assert!(found.is_empty(), "{name} {language}: \"{text}\" reads as care ({found:?})");
            }
        }
    }
    assert!(explained_on_their_page > 0, "the person pages still explain why there is no next time");
}

fn sample(name: &str) -> ValidPlan {
    sample_plans().into_iter().find(|(n, _)| n == name).map(|(_, plan)| plan).expect("a sample plan")
}

/// A date or a family name after a word that mutates it is mutated: "tan ddydd Llun",
/// "gyda Thaid"; a first name is left as written.
#[test]
fn welsh_mutates_dates_and_family_names_after_the_words_that_change_them() {
    let words = Words::new("cy", AgeBand::Older, None).unwrap();
    let monday = familytime_core::explain::date_long(&words, date("2027-05-03"));
    for band in BANDS {
        let words = Words::new("cy", band, None).unwrap();
        let until: [(&str, Arg); 3] =
            [("name", "Taid".into()), ("has-until", true.into()), ("until", monday.as_str().into())];
        let paused = words.line("nothing-suspended", &until);
        assert!(paused.contains("tan ddydd Llun 3 Mai") && paused.contains("gyda Thaid"), "{band:?}: {paused}");
        let first_name: [(&str, Arg); 3] =
            [("name", "Tomos".into()), ("has-until", false.into()), ("until", "".into())];
        assert!(words.line("nothing-suspended", &first_name).contains("gyda Tomos"));
    }
    let two =
        words.fragment("names-two", &[("first", "Mam".into()), ("second", "Taid".into()), ("vowel", false.into())]);
    assert_eq!(two, "Mam a Thaid");
    // Every Welsh screen of every sample: no date left unmutated after "tan" or "ar".
    for (name, plan) in sample_plans() {
        for band in BANDS {
            let words = Words::new("cy", band, None).unwrap();
            let mut strings = Vec::new();
            texts(&all_screens(&words, &plan), false, &mut strings);
            for text in strings {
                let lower = text.to_lowercase();
                assert!(!lower.contains("tan dydd") && !lower.contains("ar dydd"), "{name} {band:?}: \"{text}\"");
            }
        }
    }
}

/// A worker's "He will be ten." does not become "ten., 265 days ago", and a yearly day is
/// shown as when it next comes.
#[test]
fn a_remembering_day_reads_cleanly_and_comes_round_again() {
    let plan = sample("mia-4-7");
    let now = uk("2026-11-22T09:00");
    let calendar = Calendar::new(&plan, now + chrono::Duration::days(400)).unwrap();
    for locale in l10n::locales() {
        for band in BANDS {
            let words = Words::new(locale, band, None).unwrap();
            let ollie = Screens::new(&plan, &calendar, &words, now).person("ollie").unwrap().unwrap();
            let birthday = ollie.remembering.first().expect("Ollie's birthday is on his page");
            assert!(birthday.days_away >= 0, "{locale} {band:?}: {}", birthday.label);
            assert!(!birthday.label.contains(".,") && !birthday.label.contains("ago"), "{}", birthday.label);
            assert!(birthday.label.contains("ten,"), "{locale} {band:?}: {}", birthday.label);
        }
    }
}

/// A letter comes on a day, not at 9am.
#[test]
fn letters_and_photos_are_on_a_day_without_a_clock_time() {
    let plan = sample("jay-8-10");
    let now = uk("2026-11-22T09:00");
    let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
    for locale in l10n::locales() {
        for band in BANDS {
            let words = Words::new(locale, band, None).unwrap();
            let dad = Screens::new(&plan, &calendar, &words, now).person("dad").unwrap().unwrap();
            let letter = dad.upcoming.first().expect("Dad's next letter");
            assert_eq!(letter.form, familytime_core::plan::Form::LettersAndPhotos);
            let clock = familytime_core::explain::time_of_day(&words, letter.start.time());
            let when = &letter.words.when;
            assert!(!when.contains(&clock), "{locale} {band:?}: \"{when}\" says {clock}");
            let weekday = familytime_core::explain::weekday(&words, letter.weekday);
            assert!(when.to_lowercase().contains(&weekday.to_lowercase()), "{when}");
        }
    }
}

/// Someone who died, whom the child chose not to see, or can't see, has no "next time"
/// heading and no "how often do you see…?"; everyone else does.
#[test]
fn a_person_the_child_does_not_see_has_no_next_time_or_how_often() {
    let now = uk("2026-11-22T09:00");
    for (sample_name, person, sees) in [
        ("cerys-11-18-cy", "tad", false),
        ("cerys-11-18-cy", "mam", true),
        ("leo-11-18", "mum", false),
        ("leo-11-18", "dad", false),
        ("leo-11-18", "marcus", true),
        ("jay-8-10", "dad", false),
    ] {
        let plan = sample(sample_name);
        let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
        for locale in l10n::locales() {
            for band in BANDS {
                let words = Words::new(locale, band, None).unwrap();
                let page = Screens::new(&plan, &calendar, &words, now).person(person).unwrap().unwrap();
                let w = &page.words;
                assert_eq!(w.next_heading.is_some(), sees, "{sample_name} {person} {locale}: {:?}", w.next_heading);
                assert_eq!(w.how_often.is_some(), sees, "{sample_name} {person} {locale}");
                if !sees {
                    assert!(page.status_reason.is_some(), "{sample_name} {person}: the worker's reason is on the page");
                }
            }
        }
    }
}

/// A screen reader hears each part of a card as a sentence, with the reason the card shows.
#[test]
fn every_label_is_sentences_with_the_reason_the_card_shows() {
    let (mut explained, mut noticed) = (0, 0);
    for (name, plan) in sample_plans() {
        for locale in l10n::locales() {
            for band in BANDS {
                let words = Words::new(locale, band, None).unwrap();
                let screens = all_screens(&words, &plan);
                // What changed, on home: a card to tap, read as its label.
                for notice in screens["home"]["changes"].as_array().unwrap() {
                    let (title, label) =
                        (notice["words"]["title"].as_str().unwrap(), notice["words"]["label"].as_str().unwrap());
                    let after = label.strip_prefix(title);
                    assert!(after.is_some(), "{name} {locale} {band:?}: \"{label}\" does not start with its title");
                    let after = after.unwrap_or_default();
                    let ends = title.ends_with(['.', '!', '?']) || after.is_empty() || after.starts_with('.');
                    assert!(ends, "{name} {locale} {band:?}: \"{label}\" runs its title into the next sentence");
                    if let Some(why) = notice["words"]["why"].as_str() {
                        assert!(label.contains(why), "{name} {locale} {band:?}: \"{label}\" leaves out \"{why}\"");
                    }
                    noticed += 1;
                }
                let sessions: Vec<Value> = serde_json::from_value(screens["sessions"].clone()).unwrap();
                for detail in sessions {
                    let card = &detail["session"]["words"];
                    if let Some(why) = card["why"].as_str() {
                        let label = card["label"].as_str().unwrap();
                        assert!(label.contains(why), "{name} {locale} {band:?}: \"{label}\" leaves out \"{why}\"");
                    }
                }
                // A person's card that explains why there is no next time is heard in full.
                for entry in screens["home"]["people"].as_array().unwrap() {
                    if let Some(explain) = entry["words"]["explain"].as_str() {
                        explained += 1;
                        let label = entry["words"]["label"].as_str().unwrap();
                        assert!(
                            label.contains(explain),
                            "{name} {locale} {band:?}: \"{label}\" leaves out \"{explain}\""
                        );
                    }
                }
            }
        }
    }
    assert!(explained > 0, "some sample has someone with no next time on the home screen");
    assert!(noticed > 0, "some sample has a change on the home screen");
}

/// Coming to "Tell someone" from the page of a mum the child chose not to see, the
/// requests do not offer "See Mum more often": they ask who it is about.
#[test]
fn requests_are_never_about_someone_the_child_chose_not_to_see() {
    let plan = sample("leo-11-18");
    let now = uk("2026-11-22T09:00");
    let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
    for locale in l10n::locales() {
        let words = Words::new(locale, AgeBand::Older, None).unwrap();
        let screens = Screens::new(&plan, &calendar, &words, now);
        let from_mum = screens.tell(&[], &[], Some("mum"));
        assert!(from_mum.changes.iter().all(|c| !c.text.contains("Mum")), "{locale}: {:?}", from_mum.changes);
        let from_marcus = screens.tell(&[], &[], Some("marcus"));
        assert!(from_marcus.changes.iter().any(|c| c.text.contains("Marcus")), "{locale}: {:?}", from_marcus.changes);
    }
}

/// Feelings before and after family time, and the lock, forgotten-PIN and privacy
/// screens, in every state they have (issue 13).
fn feelings_and_lock_screens(words: &Words, plan: &ValidPlan, calendar: &Calendar) -> Value {
    use familytime_core::calendar::SessionSource as _;
    use familytime_core::feelings::{self, CheckIn, FEELINGS, Moment};
    use familytime_core::lock::{Attempt, LockError, PinHash};
    use familytime_core::store::{LockState, PrivacyChoices};
    let Some(session) = calendar.sessions().iter().find(|s| s.status.goes_ahead()) else { return Value::Null };
    let (start, end) = (session.start, session.end);
    let check_ins: Vec<CheckIn> = FEELINGS
        .iter()
        .enumerate()
        .map(|(i, feeling)| CheckIn {
            id: i as i64 + 1,
            session: session.id.clone(),
            people: plan.arrangement(&session.arrangement).map(|a| a.with.clone()).unwrap_or_default(),
            session_start: start - chrono::Duration::days(7 * i as i64),
            moment: if i % 2 == 0 { Moment::After } else { Moment::Before },
            feeling: *feeling,
            words: (i == 0).then(|| "It was fun.".to_owned()),
            at: end,
        })
        .collect();
    let person = check_ins[0].people.first().cloned().unwrap_or_default();
    let chosen: Vec<&CheckIn> = check_ins.iter().collect();
    let sessions = calendar.between(start - chrono::Duration::days(3), end + chrono::Duration::days(3)).unwrap();
    let pin = PinHash { salt: vec![0; 16], hash: vec![0; 32], memory_kib: 19 * 1024, passes: 2 };
    let locked = LockState { pin: Some(pin), failures: 0, last_failure: None, biometrics: true };
    let waiting = LockState { failures: 6, last_failure: Some(start), ..locked.clone() };
    let wrong = Attempt::Wrong { failures: 1, wait_until: None };
    let codes = [CodeProblem::Empty, CodeProblem::Wrong, CodeProblem::Used, CodeProblem::Expired, CodeProblem::Offline];
    let plan = plan.plan();
    let prompts: Vec<_> = [start - chrono::Duration::hours(2), end + chrono::Duration::hours(2)]
        .map(|now| screens::prompts(words, plan, &sessions, &check_ins, now))
        .into();
    json!({
        "prompts": prompts,
        "check_in": [
            screens::check_in(words, plan, session, Moment::Before, None, start - chrono::Duration::hours(2)),
            screens::check_in(words, plan, session, Moment::After, Some(&check_ins[0]), end),
            screens::check_in(words, plan, session, Moment::Before, None, start - chrono::Duration::days(9)),
            screens::check_in(words, plan, session, Moment::After, None, end + chrono::Duration::days(9)),
        ],
        "check_in_cancelled": calendar.sessions().iter().find(|s| !s.status.goes_ahead()).map(|cancelled| {
            screens::check_in(words, plan, cancelled, Moment::After, None, cancelled.end)
        }),
        "line": screens::feelings_line(words, plan, &person, &check_ins),
        "line_empty": screens::feelings_line(words, plan, &person, &[]),
        "share": screens::share(words, plan, &chosen, &plan.helpers[0].id).unwrap(),
        "reminders": feelings::after_reminders(words, &sessions, start),
        "lock": [
            screens::lock_screen(words, &locked, None, start),
            screens::lock_screen(words, &locked, Some(wrong), start),
            screens::lock_screen(words, &waiting, Some(wrong), start),
        ],
        "pin_setup": [
            screens::pin_setup(words, None),
            screens::pin_setup(words, Some(&LockError::BadPin)),
            screens::pin_setup(words, Some(&LockError::PinsDiffer)),
        ],
        "forgot": [
            screens::forgot_pin(words, Some(plan), None, false),
            screens::forgot_pin(words, None, None, true),
        ],
        "forgot_problems": codes.iter().map(|c| screens::forgot_pin(words, Some(plan), Some(*c), false)).collect::<Vec<_>>(),
        "privacy": [
            screens::privacy(words, &locked, PrivacyChoices::default(), true),
            screens::privacy(words, &LockState::default(), PrivacyChoices::default(), false),
        ],
    })
}
