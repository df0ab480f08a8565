//! A worker publishes a new version of Jay's plan; Jay's phone fetches it at its next
//! sync, checks the council's signature, stores it and shows what changed and why until
//! Jay has seen it. Whatever else reaches the phone (forged, altered, older, another
//! council's, another child's, cut short, no answer) leaves the stored plan as it was.
//! Real server on 127.0.0.1, real encrypted store, real signatures.

mod support;

use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, TimeZone, Utc};
use familytime::desk::Desk;
use familytime_core::crypto::DeviceKeys;
use familytime_core::keys::FileKeyStore;
use familytime_core::l10n::Words;
use familytime_core::plan::{AgeBand, SessionChangeKind, ValidPlan};
use familytime_core::relay::{FetchedPlan, Relay, RelayError, Timeouts};
use familytime_core::screens::{ChangeCardKind, Screens};
use familytime_core::signed::{self, SignedPlanError};
use familytime_core::store::{Store, StoreError};
use familytime_core::sync::{self, PlanUpdate, SyncError};
use familytime_server::config::Database;
use ring::rand::SystemRandom;
use ring::signature::Ed25519KeyPair;
use serde_json::{Value, json};
use support::{Schema, start, worker_token};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 18, 0, 0).unwrap()
}

/// Jay's sample plan file, with Amira's desk as her device.
fn jay(amira: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/jay-8-10.json");
    let mut plan: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let helpers = plan["helpers"].as_array_mut().unwrap();
    helpers.iter_mut().find(|h| h["id"] == "amira").unwrap()["device"] = amira.into();
    plan
}

/// The next version: one Wednesday visit with Mum and Kai is cancelled, with the reason.
fn cancelled(plan: &Value, wednesday: &str) -> Value {
    let mut next = plan.clone();
    next["version"] = json!(plan["version"].as_u64().unwrap() + 1);
    next["session_changes"].as_array_mut().unwrap().push(json!({
        "arrangement": "mum-and-kai", "planned": wednesday, "kind": "cancelled",
        "reason": "Mum has to go to hospital that day for a check-up.", "decided_by": "social_worker"
    }));
    next
}

fn bytes(plan: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(plan).unwrap()
}

/// A phone enrolled for Jay's plan, with the stored state to compare against.
struct Phone {
    _dir: tempfile::TempDir,
    store: Store,
    keys: DeviceKeys,
}

async fn enrolled_phone(url: &str, relay: &Relay, worker_token: &str) -> Phone {
    let dir = tempfile::tempdir().unwrap();
    let key_store = FileKeyStore::new(dir.path().join("keys"));
    let keys = DeviceKeys::load_or_create(&key_store).unwrap();
    let mut store = Store::open(&dir.path().join("familytime.db"), &key_store, now()).unwrap();
    let (code, _) = relay.new_code(worker_token, "kt-2026-0413").await.unwrap();
    sync::enrol(&mut store, relay, &keys, url, &code).await.unwrap();
    Phone { _dir: dir, store, keys }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_published_plan_reaches_the_child_with_what_changed_and_why_on_sqlite() {
    publish_sync_and_see(&Database::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_published_plan_reaches_the_child_with_what_changed_and_why_on_postgresql() {
    let Some(schema) = Schema::create() else { return };
    publish_sync_and_see(&Database::Postgres(schema.url.clone())).await;
}

async fn publish_sync_and_see(database: &Database) {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), database, "127.0.0.1:0".parse().unwrap()).await;
    let url = format!("http://{}/", server.address);
    let token = worker_token(data.path());
    let relay = Relay::new(&url, None).unwrap();
    let amira = Desk::join(tempfile::tempdir().unwrap().path(), &url, None, &token, "amira").await.unwrap();

    // Jay's phone joins before any plan is published: nothing to show yet, no error.
    let mut phone = enrolled_phone(&url, &relay, &token).await;
    let report = sync::sync(&mut phone.store, &relay, &phone.keys, now()).await.unwrap();
    assert_eq!(report.plan, PlanUpdate::Unchanged);
    assert!(phone.store.plan().unwrap().is_none());

    // Version 7 is published and arrives whole; a first plan is the plan, not news.
    let v7 = jay(&amira);
    let published = relay.publish_plan(&token, &bytes(&v7)).await.unwrap();
    assert_eq!(published.version, 7);
    let report = sync::sync(&mut phone.store, &relay, &phone.keys, now()).await.unwrap();
    assert_eq!(report.plan, PlanUpdate::Updated { from: None, to: 7, changes: 0 });
    assert_eq!(phone.store.plan().unwrap().unwrap().version, 7);

    // Nothing changed: the server answers "not modified" and nothing is stored again.
    let joined = phone.store.joined().unwrap().unwrap();
    assert_eq!(joined.plan_etag.as_deref(), Some(published.etag.as_str()));
    let asked = relay.fetch_plan(&joined.token, joined.plan_etag.as_deref()).await.unwrap();
    assert_eq!(asked, FetchedPlan::Unchanged);
    let report = sync::sync(&mut phone.store, &relay, &phone.keys, now()).await.unwrap();
    assert_eq!(report.plan, PlanUpdate::Unchanged);

    // Version 8 cancels Wednesday's visit with a reason; Jay sees it, with the reason.
    let v8 = cancelled(&v7, "2026-12-02T16:00");
    relay.publish_plan(&token, &bytes(&v8)).await.unwrap();
    let report = sync::sync(&mut phone.store, &relay, &phone.keys, now()).await.unwrap();
    assert_eq!(report.plan, PlanUpdate::Updated { from: Some(7), to: 8, changes: 1 });
    let unseen = phone.store.unseen_changes().unwrap();
    let plan = phone.store.plan().unwrap().unwrap().clone();
    let words = Words::new("en-GB", AgeBand::Middle, None).unwrap();
    let snapshot = phone.store.snapshot().unwrap();
    let view = Screens::new(&plan, &snapshot, &words, now()).changes(&unseen).unwrap();
    drop(snapshot);
    assert_eq!(view.cards.len(), 1);
    let card = &view.cards[0];
    assert_eq!(card.kind, ChangeCardKind::Session { kind: SessionChangeKind::Cancelled });
    assert!(card.less);
    assert_eq!(card.words.why.as_deref(), Some("Why: Mum has to go to hospital that day for a check-up."));
    assert_eq!(card.session.as_deref(), Some("mum-and-kai/2026-12-02T16:00"));

    // Jay has seen it: it is gone from the list, and stays gone after the next sync.
    phone.store.mark_changes_seen(view.up_to.unwrap(), now()).unwrap();
    sync::sync(&mut phone.store, &relay, &phone.keys, now()).await.unwrap();
    assert!(phone.store.unseen_changes().unwrap().is_empty());

    // The server refuses to go back a version or to cut time without a reason.
    let refused = relay.publish_plan(&token, &bytes(&v7)).await.unwrap_err();
    assert!(matches!(refused, RelayError::Refused { status: 409, .. }), "{refused}");
    let mut silent_cut = v8.clone();
    silent_cut["version"] = json!(9);
    silent_cut["arrangements"][0]["schedule"]["duration_minutes"] = json!(60);
    match relay.publish_plan(&token, &bytes(&silent_cut)).await.unwrap_err() {
        RelayError::PlanRefused(rejected) => {
            assert_eq!(rejected.problems[0].path, "/arrangements/0");
            assert_eq!(rejected.problems[0].id, "less-family-time", "{rejected}");
            assert!(rejected.to_string().contains("with the reason"), "{rejected}");
        }
        other => panic!("expected the plan's problems, got {other}"),
    }
    server.stop().await;
}

/// A stand-in for the council's server that answers every request with `answer` (or
/// with nothing at all), to bring the phone what a real server never would.
async fn stand_in(answer: Option<Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                match answer {
                    Some(body) => {
                        let head = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\netag: \"stand-in\"\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                            body.len()
                        );
                        let _ = socket.write_all(head.as_bytes()).await;
                        let _ = socket.write_all(&body).await;
                    }
                    // A server that takes the request and never answers.
                    None => tokio::time::sleep(Duration::from_secs(60)).await,
                }
            });
        }
    });
    url
}

fn resign(signed: &[u8], change: impl Fn(&mut Value)) -> Vec<u8> {
    let mut outer: Value = serde_json::from_slice(signed).unwrap();
    change(&mut outer);
    serde_json::to_vec(&outer).unwrap()
}

/// Whether an error is the one a case should give.
type Expected = fn(&SyncError) -> bool;

fn other_council() -> Ed25519KeyPair {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
    Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whatever_else_reaches_the_phone_leaves_its_plan_as_it_was() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), &Database::Sqlite, "127.0.0.1:0".parse().unwrap()).await;
    let url = format!("http://{}/", server.address);
    let token = worker_token(data.path());
    let relay = Relay::new(&url, None).unwrap();
    let amira = Desk::join(tempfile::tempdir().unwrap().path(), &url, None, &token, "amira").await.unwrap();
    let mut phone = enrolled_phone(&url, &relay, &token).await;

    // Versions 7 and 8 as the council signed them; the phone stores 8.
    let v7 = jay(&amira);
    let v8 = cancelled(&v7, "2026-12-02T16:00");
    relay.publish_plan(&token, &bytes(&v7)).await.unwrap();
    let joined = phone.store.joined().unwrap().unwrap();
    let FetchedPlan::Signed { bytes: signed_v7, .. } = relay.fetch_plan(&joined.token, None).await.unwrap() else {
        panic!("version 7 is there")
    };
    relay.publish_plan(&token, &bytes(&v8)).await.unwrap();
    sync::sync(&mut phone.store, &relay, &phone.keys, now()).await.unwrap();
    let FetchedPlan::Signed { bytes: signed_v8, .. } = relay.fetch_plan(&joined.token, None).await.unwrap() else {
        panic!("version 8 is there")
    };
    let stored: ValidPlan = phone.store.plan().unwrap().unwrap().clone();
    assert_eq!(stored.version, 8);
    let unseen = phone.store.unseen_changes().unwrap();
    server.stop().await;

    let mut more_visits = cancelled(&v8, "2026-12-09T16:00");
    more_visits["version"] = json!(10);
    let council_pkcs8 = std::fs::read(data.path().join("council-key.pk8")).unwrap();
    let council = Ed25519KeyPair::from_pkcs8(&council_pkcs8).unwrap();
    let mut another_child = v7.clone();
    another_child["plan_id"] = json!("kt-2026-0999");
    another_child["version"] = json!(20);

    let cases: Vec<(&str, Option<Vec<u8>>, Expected)> = vec![
        ("a forged signature", Some(resign(&signed_v8, |o| o["signature"] = json!(BASE64.encode([7u8; 64])))), |e| {
            matches!(e, SyncError::Plan(SignedPlanError::NotFromCouncil))
        }),
        (
            "an altered plan under the council's signature",
            Some(resign(&signed_v8, |o| o["plan"] = json!(BASE64.encode(bytes(&more_visits))))),
            |e| matches!(e, SyncError::Plan(SignedPlanError::NotFromCouncil)),
        ),
        ("another council's signature", Some(signed::sign(&bytes(&more_visits), &other_council())), |e| {
            matches!(e, SyncError::Plan(SignedPlanError::NotFromCouncil))
        }),
        ("an older version, replayed", Some(signed_v7.clone()), |e| {
            matches!(e, SyncError::Store(StoreError::OlderPlan { offered: 7, stored: 8 }))
        }),
        ("another child's plan, signed by the council", Some(signed::sign(&bytes(&another_child), &council)), |e| {
            matches!(e, SyncError::NotThisChildsPlan { .. })
        }),
        ("a body cut short", Some(signed_v8[..signed_v8.len() / 2].to_vec()), |e| {
            matches!(e, SyncError::Plan(SignedPlanError::Malformed(_)))
        }),
        ("no answer at all", None, |e| matches!(e, SyncError::Relay(RelayError::Unavailable(_)))),
    ];
    let quick =
        Timeouts { connect: Duration::from_secs(1), read: Duration::from_secs(1), total: Duration::from_secs(2) };
    for (what, answer, expected) in cases {
        let url = stand_in(answer).await;
        let relay = Relay::with_timeouts(&url, None, quick).unwrap();
        let error = sync::sync_plan(&mut phone.store, &relay, now()).await.unwrap_err();
        assert!(expected(&error), "{what}: {error}");
        assert!(
            error.to_string().contains("kept") || what == "no answer at all",
            "{what}: \"{error}\" says the plan was kept"
        );
        assert_eq!(phone.store.plan().unwrap().unwrap(), &stored, "{what}: the stored plan is as it was");
        assert_eq!(phone.store.unseen_changes().unwrap(), unseen, "{what}: no changes were added");
    }

    // The council's server is down: the phone says so and keeps its plan.
    let down = Relay::with_timeouts(&url, None, quick).unwrap();
    let error = sync::sync(&mut phone.store, &down, &phone.keys, now()).await.unwrap_err();
    assert!(matches!(error, SyncError::Relay(ref e @ RelayError::Unavailable(_)) if e.is_temporary()), "{error}");
    assert_eq!(phone.store.plan().unwrap().unwrap(), &stored);
}
