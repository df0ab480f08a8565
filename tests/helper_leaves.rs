//! Jay writes to his social worker Amira, she answers, and before Jay's phone next syncs
//! the council publishes a plan in which Ben has taken over from her. Her answer was
//! taken by the server while she was on Jay's plan, so it must not be lost: the phone
//! opens it with the key it sealed Jay's message to, and shows it under her name.
//! Real server on 127.0.0.1, real encrypted store, real crypto, real desks.

mod support;

use std::path::Path;

use chrono::{DateTime, TimeZone, Utc};
use familytime::desk::Desk;
use familytime_core::crypto::DeviceKeys;
use familytime_core::keys::FileKeyStore;
use familytime_core::l10n::Words;
use familytime_core::messages::{Delivery, Message, Topic};
use familytime_core::plan::AgeBand;
use familytime_core::relay::Relay;
use familytime_core::screens::Screens;
use familytime_core::store::Store;
use familytime_core::sync::{self, PlanUpdate};
use familytime_server::config::Database;
use serde_json::{Value, json};
use support::{Schema, start, worker_token};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

/// Jay's sample plan with Amira's desk as her device.
fn jay_with(amira: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/jay-8-10.json");
    let mut plan: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let helpers = plan["helpers"].as_array_mut().unwrap();
    helpers.iter_mut().find(|h| h["id"] == "amira").unwrap()["device"] = amira.into();
    plan
}

/// The next version: Ben is Jay's social worker now, and Amira is on the plan no more.
fn ben_takes_over(plan: &Value, ben: &str) -> Value {
    let mut next = plan.clone();
    next["version"] = json!(plan["version"].as_u64().unwrap() + 1);
    let amira = next["helpers"].as_array_mut().unwrap().iter_mut().find(|h| h["id"] == "amira").unwrap();
    amira["id"] = "ben".into();
    amira["name"] = "Ben".into();
    amira["device"] = ben.into();
    next
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_from_a_helper_who_has_since_left_the_plan_still_reaches_the_child_on_sqlite() {
    answered_then_left(&Database::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_from_a_helper_who_has_since_left_the_plan_still_reaches_the_child_on_postgresql() {
    let Some(schema) = Schema::create() else { return };
    answered_then_left(&Database::Postgres(schema.url.clone())).await;
}

async fn answered_then_left(database: &Database) {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), database, "127.0.0.1:0".parse().unwrap()).await;
    let url = format!("http://{}/", server.address);
    let token = worker_token(data.path());
    let relay = Relay::new(&url, None).unwrap();
    let (amira_dir, ben_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let amira = Desk::join(amira_dir.path(), &url, None, &token, "amira").await.unwrap();
    let ben = Desk::join(ben_dir.path(), &url, None, &token, "ben").await.unwrap();
    let v7 = jay_with(&amira);
    relay.publish_plan(&token, &serde_json::to_vec(&v7).unwrap()).await.unwrap();

    // Jay's phone enrols, has the plan, and writes to Amira.
    let phone = tempfile::tempdir().unwrap();
    let key_store = FileKeyStore::new(phone.path().join("keys"));
    let keys = DeviceKeys::load_or_create(&key_store).unwrap();
    let mut store = Store::open(&phone.path().join("familytime.db"), &key_store, now()).unwrap();
    let (code, _) = relay.new_code(&token, "kt-2026-0413").await.unwrap();
    sync::enrol(&mut store, &relay, &keys, &url, &code).await.unwrap();
    sync::sync(&mut store, &relay, &keys, now()).await.unwrap();
    let question = Message {
        to: "amira".into(),
        topic: Topic::Question,
        change: None,
        about_person: Some("kai".into()),
        about_session: None,
        text: "Can Kai come to my football match?".into(),
    };
    store.save_draft("compose", &question, now()).unwrap();
    let sent = store.send("compose", now()).unwrap();
    assert_eq!(sync::sync(&mut store, &relay, &keys, now()).await.unwrap().sent, 1);

    // Amira answers; then, before Jay's phone syncs, Ben takes over from her.
    let amira_desk = Desk::open(amira_dir.path()).unwrap();
    assert_eq!(amira_desk.inbox(now()).await.unwrap().len(), 1);
    amira_desk.reply(&sent.id, "Yes! I will ask Kai's carer about Saturday.", now()).await.unwrap();
    let v8 = ben_takes_over(&v7, &ben);
    relay.publish_plan(&token, &serde_json::to_vec(&v8).unwrap()).await.unwrap();

    let report = sync::sync(&mut store, &relay, &keys, now()).await.unwrap();
    assert!(matches!(report.plan, PlanUpdate::Updated { to: 8, .. }), "{:?}", report.plan);
    assert_eq!((report.replies, report.refused), (1, 0), "Amira's answer is kept, not refused");
    let replies = store.inbox().unwrap();
    assert_eq!(replies[0].helper, "amira");
    assert_eq!(replies[0].text, "Yes! I will ask Kai's carer about Saturday.");
    assert_eq!(store.outbox().unwrap()[0].state, Delivery::Answered);

    // Jay sees it under the message, from Amira by name, though the plan names only Ben.
    let words = Words::new("en-GB", AgeBand::Middle, None).unwrap();
    let snapshot = store.snapshot().unwrap();
    let tell = Screens::new(store.outline().unwrap(), &snapshot, &words, now()).tell(
        &store.outbox().unwrap(),
        &store.inbox().unwrap(),
        None,
    );
    let card = tell.sent.iter().find(|c| c.id == sent.id).unwrap();
    assert_eq!(card.to_name, "Amira");
    assert_eq!(card.answers.len(), 1);
    assert_eq!(card.answers[0].from, "Amira wrote back:");
    drop(snapshot);

    // What Jay writes now goes to Ben, and a later answer from Amira never arrives: the
    // server refuses it at once (she is no longer linked to Jay), so her desk can say so.
    let late = amira_desk.reply(&sent.id, "One more thing.", now()).await.unwrap_err();
    assert!(late.to_string().contains("no longer"), "{late}");
    store.save_draft("next", &Message { to: "ben".into(), text: "Hi Ben".into(), ..question }, now()).unwrap();
    store.send("next", now()).unwrap();
    let report = sync::sync(&mut store, &relay, &keys, now()).await.unwrap();
    assert_eq!((report.sent, report.replies), (1, 0));
    let ben_inbox = Desk::open(ben_dir.path()).unwrap().inbox(now()).await.unwrap();
    assert_eq!(ben_inbox.len(), 1);
    assert_eq!(ben_inbox[0].message.text, "Hi Ben");
    server.stop().await;
}
