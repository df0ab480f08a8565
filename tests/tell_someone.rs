//! A child tells their social worker something while the council's server is down; it
//! arrives once when the server comes back, the worker reads and answers it with the
//! worker tool's desk, and the child sees the answer. Real server on 127.0.0.1, real
//! encrypted store, real crypto.

mod support;

use std::path::Path;

use chrono::{DateTime, TimeZone, Utc};
use familytime::desk::Desk;
use familytime_core::crypto::{self, DeviceKeys, Routing};
use familytime_core::keys::FileKeyStore;
use familytime_core::l10n::Words;
use familytime_core::messages::{Change, Delivery, Message, Payload, Topic};
use familytime_core::plan::AgeBand;
use familytime_core::relay::{Relay, RelayError};
use familytime_core::screens::Screens;
use familytime_core::store::{Recipient, Store};
use familytime_core::sync::{self, SyncError};
use familytime_core::validate;
use familytime_server::config::Database;
use support::{Schema, start};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 18, 0, 0).unwrap()
}

/// Jay's sample plan, with Amira's desk as her device.
fn plan_with_device(amira: &str) -> familytime_core::plan::ValidPlan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/jay-8-10.json");
    let mut plan: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let helpers = plan["helpers"].as_array_mut().unwrap();
    let amira_entry = helpers.iter_mut().find(|h| h["id"] == "amira").expect("Jay's social worker is Amira");
    amira_entry["device"] = amira.into();
    validate::read_plan(plan.to_string().as_bytes()).expect("the plan is valid")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_request_sent_while_the_server_is_down_arrives_once_and_is_answered_on_sqlite() {
    told_while_down(&Database::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_request_sent_while_the_server_is_down_arrives_once_and_is_answered_on_postgresql() {
    let Some(schema) = Schema::create() else { return };
    told_while_down(&Database::Postgres(schema.url.clone())).await;
}

async fn told_while_down(database: &Database) {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), database, "127.0.0.1:0".parse().unwrap()).await;
    let address = server.address;
    let url = format!("http://{address}/");
    // The server makes its worker token on first start, in its data folder.
    let worker_token = std::fs::read_to_string(data.path().join("worker-token")).unwrap();
    let worker_token = worker_token.trim();

    // Amira's desk joins; the plan names her device.
    let desk_dir = tempfile::tempdir().unwrap();
    let amira = Desk::join(desk_dir.path(), &url, None, worker_token, "amira").await.unwrap();

    // Jay's phone: the encrypted store, the plan, and enrolment with a one-time code.
    let phone = tempfile::tempdir().unwrap();
    let keys_store = FileKeyStore::new(phone.path().join("keys"));
    let keys = DeviceKeys::load_or_create(&keys_store).unwrap();
    let mut store = Store::open(&phone.path().join("familytime.db"), &keys_store, now()).unwrap();
    store.import_plan(plan_with_device(&amira), now()).unwrap();
    let relay = Relay::new(&url, None).unwrap();
    let (code, _) = relay.new_code(worker_token, "jay-plan").await.unwrap();
    sync::enrol(&mut store, &relay, &keys, &url, &code).await.unwrap();

    // The server goes down; Jay writes and sends anyway.
    server.stop().await;
    let request = Message {
        to: "amira".into(),
        topic: Topic::ChangeRequest,
        change: Some(Change::DifferentPlace),
        about_person: Some("kai".into()),
        about_session: None,
        text: "Can we meet Kai at the park? Not a small room.".into(),
    };
    store.save_draft("compose", &request, now()).unwrap();
    let sent = store.send("compose", now()).unwrap();
    let offline = sync::sync(&mut store, &relay, &keys, now()).await.unwrap_err();
    assert!(matches!(offline, SyncError::Relay(ref e @ RelayError::Unavailable(_)) if e.is_temporary()), "{offline}");
    assert_eq!(store.outbox().unwrap()[0].state, Delivery::Waiting);

    // It comes back on the same address: the message goes, once, even synced twice.
    let server = start(data.path(), database, address).await;
    let first = sync::sync(&mut store, &relay, &keys, now()).await.unwrap();
    let second = sync::sync(&mut store, &relay, &keys, now()).await.unwrap();
    assert_eq!((first.sent, second.sent), (1, 0));
    assert_eq!(store.outbox().unwrap()[0].state, Delivery::Sent);

    // Amira reads it with the structured fields, then answers.
    let desk = Desk::open(desk_dir.path()).unwrap();
    let inbox = desk.inbox(now()).await.unwrap();
    assert_eq!(inbox.len(), 1, "delivered exactly once");
    assert_eq!(inbox[0].id, sent.id);
    assert_eq!(inbox[0].message, request);
    desk.reply(&sent.id, "Yes, let's try the park on Wednesday. I'll ask Kai's carer.", now()).await.unwrap();

    // Jay sees the answer, and the message shows as answered.
    let report = sync::sync(&mut store, &relay, &keys, now()).await.unwrap();
    assert_eq!(report.replies, 1);
    let replies = store.inbox().unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].thread, sent.id);
    assert_eq!(replies[0].helper, "amira");
    assert!(replies[0].text.starts_with("Yes, let's try the park"));
    assert_eq!(store.outbox().unwrap()[0].state, Delivery::Answered);
    // …on the tell-someone screen, under the message, in Jay's words.
    let words = Words::new("en-GB", AgeBand::Middle, None).unwrap();
    let snapshot = store.snapshot().unwrap();
    let screens = Screens::new(store.outline().unwrap(), &snapshot, &words, now());
    let tell = screens.tell(&store.outbox().unwrap(), &store.inbox().unwrap(), None);
    let card = tell.sent.iter().find(|c| c.id == sent.id).unwrap();
    assert_eq!(card.state_text, words.line("delivery-answered", &[]));
    assert_eq!(card.answers[0].from, "Amira wrote back:");
    assert!(card.answers[0].text.starts_with("Yes, let's try the park"));
    drop(snapshot);

    // The app is killed after the server took a message but before the app noted it:
    // the next sync sends the very same bytes, and the server keeps it once.
    store.save_draft("again", &Message { text: "Thank you".into(), ..request.clone() }, now()).unwrap();
    let thanks = store.send("again", now()).unwrap();
    let joined = store.joined().unwrap().unwrap();
    let amira_key = store.contact(&amira).unwrap().unwrap();
    let payload = serde_json::to_vec(&Payload::Message(thanks.message.clone())).unwrap();
    let routing = Routing { message_id: &thanks.id, sender: &joined.device, thread: &thanks.id };
    let envelope = crypto::seal(&keys, &routing, &amira_key, &joined.council, &payload).unwrap();
    let to = Recipient { helper: "amira".into(), first_name: "Amira".into(), key: amira_key };
    store.keep_sealed(&thanks.id, &envelope.to_bytes(), &to).unwrap();
    relay.submit(&joined.token, &envelope, false).await.unwrap();
    assert_eq!(sync::sync(&mut store, &relay, &keys, now()).await.unwrap().sent, 1);
    let copies = desk.inbox(now()).await.unwrap().into_iter().filter(|r| r.id == thanks.id).count();
    assert_eq!(copies, 1, "sent once");

    // "I feel unsafe right now": the duty team sees it at once, without its words,
    // until a helper reads it.
    let urgent = store.raise_unsafe(now()).unwrap().expect("Jay's plan names a social worker");
    assert_eq!(sync::sync(&mut store, &relay, &keys, now()).await.unwrap().sent, 1);
    let duty = relay.duty(worker_token, 24).await.unwrap();
    assert_eq!(duty.len(), 1);
    assert_eq!((duty[0].message_id.as_str(), duty[0].urgent), (urgent.id.as_str(), true));
    let inbox = desk.inbox(now()).await.unwrap();
    assert_eq!(inbox.last().unwrap().message.topic, Topic::UnsafeNow);
    assert!(relay.duty(worker_token, 24).await.unwrap().is_empty(), "read by the desk");

    // Nothing of what Jay wrote is readable in the server's files (or, on PostgreSQL,
    // reaches them at all: the database is elsewhere).
    server.stop().await;
    for entry in std::fs::read_dir(data.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(!bytes.windows(11).any(|w| w == b"small room."), "the words are not in the server's files");
    }
}
