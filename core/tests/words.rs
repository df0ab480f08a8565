//! The words a child reads: complete in every language, true to what they are given,
//! readable at each age, and never written anywhere but `assets/l10n`.

mod common;

use std::collections::{BTreeMap, BTreeSet};

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
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::{Value, json};

const BANDS: [AgeBand; 3] = [AgeBand::Young, AgeBand::Middle, AgeBand::Older];

/// Each locale's messages: id → (variables referenced, text outside placeables).
fn messages(locale: &str) -> BTreeMap<String, (BTreeSet<String>, String)> {
    let mut out = BTreeMap::new();
    for (_, file, text) in l10n::files().iter().filter(|(l, ..)| *l == locale) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{locale}/{file}: {e:?}"));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let (mut variables, mut text) = (BTreeSet::new(), String::new());
                    if let Some(pattern) = &message.value {
                        walk_pattern(pattern, &mut variables, &mut text);
                    }
                    out.insert(message.id.name.to_owned(), (variables, text));
                }
                Entry::Junk { content } => panic!("{locale}/{file} has a broken entry: {content}"),
                _ => {}
            }
        }
    }
    out
}

fn walk_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, variables, text),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, variables, text);
            for variant in variants {
                walk_pattern(&variant.value, variables, text);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, variables, text),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                walk_inline(argument, variables, text);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, variables, text),
        _ => {}
    }
}

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
    for (id, (_, english_text)) in &english {
        let has_words = english_text.chars().filter(|c| c.is_alphabetic()).count() > 1;
        if has_words {
            assert_ne!(&welsh[id].1, english_text, "cy {id} is the English text");
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
            let (used, _) = &catalogue[id];
            let unused: Vec<_> = args.difference(used).collect();
            assert!(unused.is_empty(), "{locale} {id} ignores {unused:?}");
        }
    }
}

/// Sample values for a message's variables, by name, as the code passes them.
fn sample_args(variables: &BTreeSet<String>) -> Vec<(&str, Arg<'static>)> {
    variables
        .iter()
        .filter(|v| *v != "band" && *v != "ftword")
        .map(|v| {
            let value: Arg = match v.as_str() {
                "days" | "times" => 3.into(),
                "day" => 28.into(),
                "year" => 2026.into(),
                "hour24" => 14.into(),
                "hour12" => 2.into(),
                "minute" | "every" => 1.into(),
                "mm" => "00".into(),
                "pm" | "has-name" | "has-until" => true.into(),
                "me" | "vowel" => false.into(),
                "part" => "afternoon".into(),
                "unit" => "week".into(),
                "reason" => "Sam is ill.".into(),
                // Plain values, so the score is the message's, not the sample's.
                "date" | "until" => "Monday 3 May".into(),
                "time" | "from" | "to" => "2pm".into(),
                "when" | "next" => "in 3 days".into(),
                "what" => "Dad's birthday".into(),
                "status" => "Cancelled".into(),
                "relationship" => "your brother".into(),
                "before" => "3 times a week".into(),
                "after" => "once a week".into(),
                "form" => "Visit".into(),
                "month" => "May".into(),
                "weekday" => "Monday".into(),
                "list" => "Mum, Nan".into(),
                _ => "Sam".into(),
            };
            (v.as_str(), value)
        })
        .collect()
}

struct Readability {
    grade: f64,
    longest_sentence: usize,
    words: usize,
}

/// Flesch-Kincaid grade and the longest sentence in words, for English text.
fn readability(text: &str) -> Readability {
    let sentences: Vec<&str> =
        text.split(['.', '!', '?', ':', ';']).map(str::trim).filter(|s| s.chars().any(char::is_alphabetic)).collect();
    let words_of = |s: &str| s.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let words: usize = sentences.iter().map(|s| words_of(s)).sum();
    let syllables: usize = text.split_whitespace().map(syllables).sum();
    let (w, s) = (words.max(1) as f64, sentences.len().max(1) as f64);
    Readability {
        grade: 0.39 * (w / s) + 11.8 * (syllables as f64 / w) - 15.59,
        longest_sentence: sentences.iter().map(|s| words_of(s)).max().unwrap_or(0),
        words,
    }
}

/// Vowel groups, less a silent final "e", at least one per word.
fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    if word.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut groups = 0;
    for (i, &c) in chars.iter().enumerate() {
        if vowel(c) && (i == 0 || !vowel(chars[i - 1])) {
            groups += 1;
        }
    }
    // A silent final "e" ("make", "where"), but not after a consonant and "l" or "r"
    // ("little", British "centre").
    let n = chars.len();
    let consonant_then = |c: char| n >= 3 && chars[n - 2] == c && !vowel(chars[n - 3]);
    let silent_e = word.ends_with('e') && !consonant_then('l') && !consonant_then('r');
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[test]
fn the_readability_measure_tells_easy_from_hard() {
    assert!(readability("You will see Nan on Saturday.").grade < 4.0);
    let hard = "Supervised contact arrangements are reconsidered at statutory reviews of the care plan.";
    assert!(readability(hard).grade > 9.0);
    assert_eq!(syllables("family"), 3);
    assert_eq!(syllables("centre"), 2);
    assert_eq!(syllables("little"), 2);
    assert_eq!(syllables("where"), 1);
    assert_eq!(syllables("make"), 1);
}

/// The grade formula says nothing useful about a few words ("In 3 days. On Monday").
const FK_MIN_WORDS: usize = 6;

#[test]
fn every_english_message_is_readable_for_its_age_band() {
    let catalogue = messages("en-GB");
    let mut too_hard = Vec::new();
    for (band, max_grade, max_sentence) in
        [(AgeBand::Young, 4.0, 12), (AgeBand::Middle, 6.0, 16), (AgeBand::Older, 9.0, 24)]
    {
        let words = Words::new("en-GB", band, None).unwrap();
        for (id, (variables, _)) in &catalogue {
            let text = words.fragment(id, &sample_args(variables));
            let score = readability(&text);
            let hard = score.words >= FK_MIN_WORDS && score.grade > max_grade;
            if hard || score.longest_sentence > max_sentence {
                too_hard.push(format!(
                    "{band:?} {id}: grade {:.1}, longest sentence {} words: \"{text}\"",
                    score.grade, score.longest_sentence
                ));
            }
        }
        assert!(words.gaps().is_empty(), "{:?}", words.gaps());
    }
    assert!(too_hard.is_empty(), "too hard for the band:\n{}", too_hard.join("\n"));
}

#[test]
fn the_pseudo_locale_shows_that_no_word_is_written_in_code() {
    let plans = sample_plans();
    for band in BANDS {
        for (name, plan) in &plans {
            let words = Words::pseudo(band, None).unwrap();
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
/// shoulder (Staying Connected: labels make young people feel different): headings,
/// when they next see each person, and the cards for today and tomorrow. The reasons
/// workers write, and each person's full explanation, are on the person's own page.
#[test]
fn the_older_home_screen_says_nothing_that_reads_in_care_at_a_glance() {
    const CARE_WORDS: [&str; 10] = [
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
    ];
    for (name, plan) in sample_plans() {
        for now in ["2026-11-22T09:00", "2026-11-27T09:00", "2026-12-05T09:00"] {
            let now = uk(now);
            let calendar = Calendar::new(&plan, now + chrono::Duration::days(60)).unwrap();
            let words = Words::new("en-GB", AgeBand::Older, None).unwrap();
            let home = Screens::new(&plan, &calendar, &words, now).home().unwrap();
            let w = &home.words;
            let mut glance = vec![w.title.clone(), w.today_heading.clone(), w.tomorrow_heading.clone()];
            glance.extend([w.people_heading.clone(), w.changes_heading.clone(), w.remembering_heading.clone()]);
            glance.extend(home.people.iter().map(|p| p.words.next.clone()));
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
                    false => lower.split(|c: char| !c.is_alphanumeric()).any(|word| word.starts_with(care)),
                };
                let found: Vec<_> = CARE_WORDS.iter().filter(|care| reads_as(care)).collect();
                assert!(found.is_empty(), "{name}: \"{text}\" reads as care ({found:?})");
            }
        }
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
            screens::check_in(words, plan, session, Moment::Before, None),
            screens::check_in(words, plan, session, Moment::After, Some(&check_ins[0])),
        ],
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
