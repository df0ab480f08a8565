//! A phone that keeps the child's secrets, against a real server on 127.0.0.1: a private
//! check-in never leaves the phone, a shared one arrives as exactly what the child saw,
//! and a forgotten PIN is reset only with the social worker's one-time code, keeping
//! everything the child wrote.

mod support;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};
use familytime::desk::Desk;
use familytime_core::calendar::SessionSource as _;
use familytime_core::crypto::DeviceKeys;
use familytime_core::feelings::{Feeling, Moment};
use familytime_core::keys::FileKeyStore;
use familytime_core::l10n::Words;
use familytime_core::lock::{Attempt, PinHash};
use familytime_core::plan::{AgeBand, ValidPlan};
use familytime_core::relay::Relay;
use familytime_core::screens;
use familytime_core::store::Store;
use familytime_core::sync::{self, CodeProblem};
use familytime_core::validate;
use familytime_server::config::Database;
use support::start;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Thursday evening, the day after Jay saw Mum and Kai.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 19, 18, 0, 0).unwrap()
}

const PRIVATE: &str = "CANARY-private-feeling-7f3a";
const SHARED: &str = "Kai took my pens.";

fn plan_with_device(amira: &str) -> ValidPlan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/jay-8-10.json");
    let mut plan: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let helpers = plan["helpers"].as_array_mut().unwrap();
    helpers.iter_mut().find(|h| h["id"] == "amira").unwrap()["device"] = amira.into();
    validate::read_plan(plan.to_string().as_bytes()).unwrap()
}

/// A proxy in front of the server that keeps every byte the phone sends.
async fn recording_proxy(server: SocketAddr) -> (SocketAddr, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let sent = Arc::new(Mutex::new(Vec::new()));
    let recorded = sent.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let upstream = TcpStream::connect(server).await.unwrap();
            let (mut client_read, mut client_write) = client.into_split();
            let (mut upstream_read, mut upstream_write) = upstream.into_split();
            let recorded = recorded.clone();
            tokio::spawn(async move {
                let mut buffer = [0u8; 8192];
                while let Ok(n @ 1..) = client_read.read(&mut buffer).await {
                    recorded.lock().unwrap().extend_from_slice(&buffer[..n]);
                    if upstream_write.write_all(&buffer[..n]).await.is_err() {
                        break;
                    }
                }
            });
            tokio::spawn(async move { tokio::io::copy(&mut upstream_read, &mut client_write).await });
        }
    });
    (address, sent)
}

struct Jay {
    _dir: tempfile::TempDir,
    store: Store,
    keys: DeviceKeys,
    relay: Relay,
}

/// Jay's phone, enrolled through `url`, with Amira's desk in `desk_dir`.
async fn jay(url: &str, worker_token: &str, desk_dir: &Path) -> Jay {
    let amira = Desk::join(desk_dir, url, None, worker_token, "amira").await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let key_store = FileKeyStore::new(dir.path().join("keys"));
    let keys = DeviceKeys::load_or_create(&key_store).unwrap();
    let mut store = Store::open(&dir.path().join("familytime.db"), &key_store, now()).unwrap();
    store.import_plan(plan_with_device(&amira), now()).unwrap();
    let relay = Relay::new(url, None).unwrap();
    let (code, _) = relay.new_code(worker_token, "jay-plan").await.unwrap();
    sync::enrol(&mut store, &relay, &keys, url, &code).await.unwrap();
    Jay { _dir: dir, store, keys, relay }
}

/// Yesterday's family time with Mum and Kai.
fn yesterdays_session(store: &Store) -> String {
    let sessions = store.snapshot().unwrap().between(now() - Duration::days(2), now()).unwrap();
    let session = sessions.into_iter().find(|s| s.status.goes_ahead() && s.end < now()).expect("a recent session");
    session.id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_check_in_never_leaves_the_phone_and_a_shared_one_arrives_as_the_child_saw_it() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), &Database::Sqlite, "127.0.0.1:0".parse().unwrap()).await;
    let (proxy, sent_bytes) = recording_proxy(server.address).await;
    let url = format!("http://{proxy}/");
    let worker_token = support::worker_token(data.path());
    let desk_dir = tempfile::tempdir().unwrap();
    let mut jay = jay(&url, &worker_token, desk_dir.path()).await;

    let session = yesterdays_session(&jay.store);
    let private = jay.store.check_in(&session, Moment::After, Feeling::Sad, Some(PRIVATE), now()).unwrap();
    assert_eq!(private.words.as_deref(), Some(PRIVATE));
    // Jay shares how he felt before it, with other words.
    let before = jay.store.check_in(&session, Moment::Before, Feeling::Angry, Some(SHARED), now());
    assert!(before.is_err(), "too late to say how it felt before");
    let next = jay.store.snapshot().unwrap().between(now(), now() + Duration::days(8)).unwrap();
    let upcoming = next.iter().find(|s| s.status.goes_ahead()).expect("family time within the week");
    let opens = familytime_core::feelings::window(upcoming, Moment::Before).0.max(now());
    let shared = jay.store.check_in(&upcoming.id, Moment::Before, Feeling::Worried, Some(SHARED), opens).unwrap();

    let words = Words::new("en-GB", AgeBand::Middle, None).unwrap();
    let view = screens::share(&words, jay.store.outline().unwrap(), &[&shared], "amira").unwrap();
    assert!(view.preview.text.contains(SHARED) && !view.preview.text.contains(PRIVATE));
    jay.store.save_draft("share", &view.preview, now()).unwrap();
    jay.store.send("share", now()).unwrap();
    assert_eq!(sync::sync(&mut jay.store, &jay.relay, &jay.keys, now()).await.unwrap().sent, 1);

    let inbox = Desk::open(desk_dir.path()).unwrap().inbox(now()).await.unwrap();
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].message, view.preview, "Amira reads exactly what Jay saw before sending");
    assert!(inbox.iter().all(|m| !m.message.text.contains(PRIVATE)));

    server.stop().await;
    let on_the_wire = sent_bytes.lock().unwrap().clone();
    assert!(on_the_wire.windows(4).any(|w| w == b"POST"), "the proxy saw the phone's requests");
    assert!(!on_the_wire.windows(PRIVATE.len()).any(|w| w == PRIVATE.as_bytes()), "in no request body");
    for entry in std::fs::read_dir(data.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(!bytes.windows(PRIVATE.len()).any(|w| w == PRIVATE.as_bytes()), "in no server database row");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_pin_is_reset_only_with_the_social_workers_code_and_nothing_is_lost() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), &Database::Sqlite, "127.0.0.1:0".parse().unwrap()).await;
    let url = format!("http://{}/", server.address);
    let worker_token = support::worker_token(data.path());
    let desk_dir = tempfile::tempdir().unwrap();
    let mut jay = jay(&url, &worker_token, desk_dir.path()).await;

    let session = yesterdays_session(&jay.store);
    jay.store.check_in(&session, Moment::After, Feeling::Happy, Some("Kai laughed."), now()).unwrap();
    jay.store.add_note("Kai likes dinosaurs.", Some("kai"), now()).unwrap();
    let draft = unsent_draft();
    jay.store.save_draft("half-written", &draft, now()).unwrap();
    jay.store.set_pin(&PinHash::new("2580").unwrap()).unwrap();

    // A made-up code, and a code made for another child, change nothing.
    let problem = |e: sync::SyncError| CodeProblem::of(&e);
    let wrong = sync::reset_forgotten_pin(&mut jay.store, &jay.relay, "ABCD-EFGH-JKMN-PQRS").await.unwrap_err();
    assert_eq!(problem(wrong), CodeProblem::Wrong);
    let (other, _) = jay.relay.new_pin_reset_code(&worker_token, "mia-plan").await.unwrap();
    let not_his = sync::reset_forgotten_pin(&mut jay.store, &jay.relay, &other).await.unwrap_err();
    assert_eq!(problem(not_his), CodeProblem::Wrong);
    // An enrolment code is not a reset code either.
    let (enrolment, _) = jay.relay.new_code(&worker_token, "jay-plan").await.unwrap();
    assert!(sync::reset_forgotten_pin(&mut jay.store, &jay.relay, &enrolment).await.is_err());
    assert!(jay.store.lock_state().unwrap().pin.is_some(), "still locked");
    assert_eq!(jay.store.try_pin("2580", now()).unwrap(), Attempt::Unlocked);

    // The social worker's code, from the desk, typed as Jay reads it.
    let (code, _) = jay.relay.new_pin_reset_code(&worker_token, "jay-plan").await.unwrap();
    let typed = code.to_lowercase().replace('-', " ");
    sync::reset_forgotten_pin(&mut jay.store, &jay.relay, &typed).await.unwrap();
    assert!(jay.store.lock_state().unwrap().pin.is_none(), "Jay chooses a new PIN");
    assert_eq!(jay.store.check_ins().unwrap()[0].words.as_deref(), Some("Kai laughed."));
    assert_eq!(jay.store.notes().unwrap()[0].text, "Kai likes dinosaurs.");
    assert_eq!(jay.store.drafts().unwrap(), vec![("half-written".to_owned(), draft)]);

    jay.store.set_pin(&PinHash::new("1357").unwrap()).unwrap();
    let again = sync::reset_forgotten_pin(&mut jay.store, &jay.relay, &code).await.unwrap_err();
    assert_eq!(problem(again), CodeProblem::Used);
    assert!(jay.store.lock_state().unwrap().pin.is_some(), "a used code does not unlock twice");
    server.stop().await;
}

fn unsent_draft() -> familytime_core::messages::Message {
    familytime_core::messages::Message {
        to: "amira".into(),
        topic: familytime_core::messages::Topic::Question,
        change: None,
        about_person: None,
        about_session: None,
        text: "Can Kai come to my birthday?".into(),
    }
}
