//! The app object as the shells use it, from Rust: the platform's services implemented
//! here, a real store file, and for enrolment and signed plans the real council server
//! on 127.0.0.1. The JVM tests (android/jvm-tests) drive the same object through Kotlin.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use familytime_core::messages::{Change, HowOften, Topic};
use familytime_core::reminders::Reminder;
use familytime_core::screens::{CodeProblemView, SyncState};
use familytime_core::sync::CodeProblem;
use familytime_server::Server;
use familytime_server::config::Config;
use ring::signature::Ed25519KeyPair;
use serde_json::{Value, json};

use crate::{
    BackgroundSync, CodeOutcome, FamilyTime, FamilyTimeError, KeyStore, PlatformError, Reachability, ReminderScheduler,
    Timestamp,
};

#[derive(Default)]
pub(crate) struct Platform {
    secrets: Mutex<HashMap<String, Vec<u8>>>,
    pub(crate) reminders: Mutex<Vec<Reminder>>,
    syncs: Mutex<Vec<Timestamp>>,
    locked: Mutex<Option<String>>,
}

impl KeyStore for Platform {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, PlatformError> {
        if let Some(reason) = self.locked.lock().unwrap().clone() {
            return Err(PlatformError::Failed { reason });
        }
        Ok(self.secrets.lock().unwrap().get(&name).cloned())
    }

    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), PlatformError> {
        self.secrets.lock().unwrap().insert(name, secret);
        Ok(())
    }
}

impl ReminderScheduler for Platform {
    fn replace_all(&self, reminders: Vec<Reminder>) -> Result<(), PlatformError> {
        *self.reminders.lock().unwrap() = reminders;
        Ok(())
    }
}

impl BackgroundSync for Platform {
    fn schedule(&self, earliest: Timestamp) -> Result<(), PlatformError> {
        self.syncs.lock().unwrap().push(earliest);
        Ok(())
    }
}

impl Reachability for Platform {
    fn is_online(&self) -> bool {
        true
    }
}

pub(crate) struct Phone {
    folder: tempfile::TempDir,
    pub(crate) platform: Arc<Platform>,
}

impl Phone {
    pub(crate) fn new() -> Phone {
        Phone { folder: tempfile::tempdir().unwrap(), platform: Arc::default() }
    }

    pub(crate) fn open(&self) -> Result<Arc<FamilyTime>, FamilyTimeError> {
        let p = &self.platform;
        FamilyTime::open(
            self.folder.path().to_str().unwrap().to_owned(),
            "en-GB".into(),
            p.clone(),
            p.clone(),
            p.clone(),
            p.clone(),
        )
    }
}

pub(crate) fn sample(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../assets/samples/{name}.json"));
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

pub(crate) fn bytes(plan: &Value) -> Vec<u8> {
    serde_json::to_vec(plan).unwrap()
}

#[test]
fn screens_speak_the_childs_language_band_and_word_and_change_when_they_do() {
    let phone = Phone::new();
    let app = phone.open().unwrap();
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    assert_eq!(app.home().unwrap().words.title, "Hi Jay");

    let mut settings = app.settings();
    settings.language = "cy".into();
    settings.family_time_word = Some("amser arbennig".into());
    app.set_settings(settings).unwrap();
    let month = app.month(2026, 11).unwrap();
    assert_eq!(month.title, "Tachwedd 2026");
    let card = &month.days[3].sessions[0];
    assert!(card.words.title.starts_with("Amser arbennig gyda Mum a Kai"), "{}", card.words.title);
    assert!(matches!(app.month(2026, 13), Err(FamilyTimeError::Refused(m)) if m.contains("months are 1 to 12")));

    // Kept across a restart, in the encrypted store.
    drop(app);
    assert_eq!(phone.open().unwrap().home().unwrap().words.title, "Helo Jay");
}

#[test]
fn every_screen_is_there_for_a_plan() {
    let phone = Phone::new();
    let app = phone.open().unwrap();
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    let kai = app.person("kai".into()).unwrap().expect("Kai is in Jay's plan");
    assert_eq!(kai.person.name, "Kai");
    assert!(app.person("nobody".into()).unwrap().is_none());
    let session = kai.past.first().expect("Jay has seen Kai before").id.clone();
    assert_eq!(app.session(session).unwrap().unwrap().child.first_name, "Jay");
    let rights = app.rights().unwrap();
    assert!(rights.rights.iter().any(|r| r.id == "advocate"));
    assert!(app.unsafe_now().unwrap().childline.contains("0800 1111"));
    let tell = app.tell(Some("kai".into())).unwrap();
    assert_eq!(tell.topics.len(), 5);
    assert!(tell.helpers.iter().any(|h| h.helper.name == "Amira"));
    assert!(app.week(chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()).unwrap().days.len() == 7);
    assert!(app.changes().unwrap().cards.is_empty(), "the first plan is the plan, not a change");

    let offer = app.suggested_request("kai".into(), HowOften::TooLittle).unwrap().expect("an offer to see more");
    assert_eq!((offer.to.as_str(), offer.change), ("amira", Some(Change::SeeMore)));
    assert_eq!(app.suggested_request("kai".into(), HowOften::JustRight).unwrap(), None);

    let note = app.add_note("I liked the park".into(), Some("kai".into())).unwrap();
    assert_eq!(app.notes().unwrap(), vec![note.clone()]);
    assert!(app.delete_note(note.id).unwrap());
    assert!(app.notes().unwrap().is_empty());
}

#[test]
fn an_urgent_message_waits_in_the_outbox_and_asks_for_a_background_sync() {
    let phone = Phone::new();
    let app = phone.open().unwrap();
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    let screen = app.raise_unsafe().unwrap();
    assert!(screen.told.contains("Amira"), "{}", screen.told);
    let outbox = app.outbox().unwrap();
    assert!(outbox[0].urgent && outbox[0].message.topic == Topic::UnsafeNow);
    let asked = *phone.platform.syncs.lock().unwrap().last().expect("a background sync is asked for");
    assert!(asked <= chrono::Utc::now(), "due now, not at the next regular check: {asked}");
    assert!(matches!(app.send("nothing".into()), Err(FamilyTimeError::Refused(m)) if m.contains("no draft")));
}

#[test]
fn failures_map_to_what_a_shell_can_do() {
    let phone = Phone::new();
    let app = phone.open().unwrap();
    assert!(matches!(app.home(), Err(FamilyTimeError::NoPlan(_))));
    // Without a plan there is nothing to remind about, and that is not an error.
    app.schedule_reminders().unwrap();
    let signed_without_joining = app.import_plan(b"{}".to_vec());
    assert!(matches!(signed_without_joining, Err(FamilyTimeError::NotEnrolled(_))));
    let unsigned = app.import_unsigned_plan_for_tests(b"{\"plan_id\": 3}".to_vec());
    assert!(matches!(unsigned, Err(FamilyTimeError::Refused(_))));
    drop(app);

    *phone.platform.locked.lock().unwrap() = Some("the keychain is locked".into());
    match phone.open() {
        Err(FamilyTimeError::Platform(m)) => assert!(m.contains("the keychain is locked"), "{m}"),
        other => panic!("expected a platform error, got {:?}", other.err()),
    }
    *phone.platform.locked.lock().unwrap() = None;
    phone.platform.secrets.lock().unwrap().clear();
    assert!(matches!(phone.open(), Err(FamilyTimeError::CannotOpenStore(_))));
}

#[test]
fn a_panic_leaves_the_app_working() {
    let phone = Phone::new();
    let app = phone.open().unwrap();
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.panic_for_tests("a bug".into())));
    assert!(panicked.is_err());
    assert_eq!(app.home().unwrap().words.title, "Hi Jay");
}

/// The council's server in this process, on a free port of 127.0.0.1.
struct Council {
    runtime: tokio::runtime::Runtime,
    data: tempfile::TempDir,
    url: String,
}

impl Council {
    fn start() -> Council {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let data = tempfile::tempdir().unwrap();
        let listen: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let server = runtime.block_on(Server::bind(Config::new(data.path(), listen))).unwrap();
        let url = format!("http://{}/", server.local_addr().unwrap());
        runtime.spawn(server.serve(std::future::pending()));
        Council { runtime, data, url }
    }

    fn code(&self, plan_id: &str) -> String {
        let token = std::fs::read_to_string(self.data.path().join("worker-token")).unwrap();
        let relay = familytime_core::relay::Relay::new(&self.url, None).unwrap();
        self.runtime.block_on(relay.new_code(token.trim(), plan_id)).unwrap().0
    }

    /// The plan file signed with the council's key, as the council publishes it.
    fn sign(&self, plan: &Value) -> Vec<u8> {
        let key = Ed25519KeyPair::from_pkcs8(&std::fs::read(self.data.path().join("council-key.pk8")).unwrap());
        familytime_core::signed::sign(&bytes(plan), &key.unwrap())
    }
}

#[test]
fn a_signed_plan_is_taken_only_from_the_council_and_its_changes_are_shown_until_seen() {
    let council = Council::start();
    let phone = Phone::new();
    let app = phone.open().unwrap();
    council.runtime.block_on(app.enrol(council.url.clone(), council.code("jay-plan"))).unwrap();

    let first = sample("jay-8-10");
    let mut forged = council.sign(&first);
    let at = forged.len() / 2;
    forged[at] ^= 1;
    assert!(matches!(app.import_plan(forged), Err(FamilyTimeError::Refused(_))));
    assert!(matches!(app.home(), Err(FamilyTimeError::NoPlan(_))), "nothing forged is stored");

    app.import_plan(council.sign(&first)).unwrap();
    assert_eq!(app.home().unwrap().words.title, "Hi Jay");
    assert!(!phone.platform.reminders.lock().unwrap().is_empty(), "reminders follow a new plan");

    let mut second = first.clone();
    second["version"] = json!(first["version"].as_u64().unwrap() + 1);
    let nan = json!({ "id": "nan", "name": "Nan", "relationship": "grandmother", "status": "can_see" });
    second["people"].as_array_mut().unwrap().push(nan);
    app.import_plan(council.sign(&second)).unwrap();
    let changes = app.changes().unwrap();
    assert!(changes.cards.iter().any(|c| c.people.iter().any(|p| p.name == "Nan")), "{:?}", changes.cards);
    assert_eq!(app.mark_changes_seen(changes.up_to.unwrap()).unwrap() as usize, changes.cards.len());
    assert!(app.changes().unwrap().cards.is_empty());

    // A sync with nothing to send is quiet.
    let report = council.runtime.block_on(app.sync()).unwrap();
    assert_eq!((report.sent, report.replies, report.reminders_error), (0, 0, None));
    drop(app);
}

/// The server's clock, moved by the test: codes expire after a day.
struct Later(Mutex<chrono::DateTime<chrono::Utc>>);

impl familytime_server::clock::Clock for Later {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        *self.0.lock().unwrap()
    }
}

#[test]
fn before_any_code_the_child_can_get_help_and_the_urgent_message_waits_for_a_plan() {
    let phone = Phone::new();
    let app = phone.open().unwrap();
    assert_eq!(app.chrome().unwrap().quick_exit.text, "Quick exit");
    assert_eq!(app.sync_status().unwrap().state, SyncState::NotJoined);
    let help = app.unsafe_now().unwrap();
    let numbers: Vec<_> = help.calls.iter().map(|c| c.number.as_str()).collect();
    assert_eq!(numbers, ["999", "08001111"]);
    assert!(help.danger.contains("999") && help.childline.contains("0800 1111"));

    let raised = app.raise_unsafe().unwrap();
    assert!(raised.told.contains("waiting"), "{}", raised.told);
    assert!(app.outbox().unwrap().is_empty());
    app.import_unsigned_plan_for_tests(bytes(&sample("jay-8-10"))).unwrap();
    let urgent = app.outbox().unwrap();
    assert_eq!(urgent.len(), 1);
    assert_eq!((urgent[0].message.to.as_str(), urgent[0].message.topic), ("amira", Topic::UnsafeNow));
    assert!(app.unsafe_now().unwrap().told.contains("Amira"));
}

#[test]
fn a_code_that_does_not_work_says_why_in_the_childs_words() {
    let clock = Arc::new(Later(Mutex::new(chrono::Utc::now())));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut config = Config::new(data.path(), "127.0.0.1:0".parse().unwrap());
    config.clock = clock.clone() as Arc<dyn familytime_server::clock::Clock>;
    let server = runtime.block_on(Server::bind(config)).unwrap();
    let url = format!("http://{}/", server.local_addr().unwrap());
    runtime.spawn(server.serve(std::future::pending()));
    let council = Council { runtime, data, url: url.clone() };

    let phone = Phone::new();
    let app = phone.open().unwrap();
    let problem = |app: &Arc<FamilyTime>, code: &str| entered(&council.runtime, app, &url, code);
    assert_eq!(problem(&app, " ").problem, CodeProblem::Empty);
    let wrong = problem(&app, "ABCDEFGHJKMNPQRS");
    assert_eq!((wrong.problem, wrong.text.as_str()), (CodeProblem::Wrong, "That code didn't work."));

    let expiring = council.code("jay-plan");
    *clock.0.lock().unwrap() += chrono::Duration::hours(25);
    let expired = problem(&app, &expiring);
    assert_eq!(expired.problem, CodeProblem::Expired);
    assert_eq!(expired.what_to_do, "Ask your social worker for a new code.");

    let code = council.code("jay-plan");
    let typed = format!(" {}-{} ", code[..8].to_lowercase(), &code[8..]);
    assert!(matches!(council.runtime.block_on(app.enter_code(url.clone(), typed)), Ok(CodeOutcome::Joined)));
    assert_eq!(app.sync_status().unwrap().state, SyncState::NotYet);
    council.runtime.block_on(app.sync()).unwrap();
    let status = app.sync_status().unwrap();
    assert!(status.text.starts_with("Updated today at"), "{}", status.text);

    let other = Phone::new();
    let other = other.open().unwrap();
    assert_eq!(problem(&other, &code).problem, CodeProblem::Used);
    drop(council);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let offline = entered(&runtime, &other, &url, "ABCDEFGHJKMNPQRS");
    assert_eq!(offline.problem, CodeProblem::Offline, "the server is stopped");
}

fn entered(runtime: &tokio::runtime::Runtime, app: &FamilyTime, url: &str, code: &str) -> CodeProblemView {
    match runtime.block_on(app.enter_code(url.to_owned(), code.into())) {
        Ok(CodeOutcome::Problem { view }) => view,
        Ok(CodeOutcome::Joined) => panic!("{code:?} joined"),
        Err(e) => panic!("{code:?}: {e}"),
    }
}
