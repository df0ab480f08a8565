//! A child's phone for the browser desk's tests: the real core (encrypted store, sealed
//! messages, sync against the council's server), driven from the command line and
//! answering in JSON, since the tests run in Node.
//!
//!     familytime-child-device enrol DIR SERVER CODE     enrol with a one-time code, then sync
//!     familytime-child-device send DIR TOPIC TEXT       worry | question | unsafe_now, to "amira"
//!     familytime-child-device replies DIR               sync, then every answer the phone shows

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use familytime_core::crypto::DeviceKeys;
use familytime_core::keys::FileKeyStore;
use familytime_core::messages::{Message, Topic};
use familytime_core::relay::Relay;
use familytime_core::store::Store;
use familytime_core::sync;
use serde_json::json;

type Failure = Box<dyn std::error::Error>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let result = runtime.block_on(async {
        match args.as_slice() {
            ["enrol", dir, server, code] => enrol(Path::new(dir), server, code).await,
            ["send", dir, topic, text] => send(Path::new(dir), topic, text).await,
            ["replies", dir] => replies(Path::new(dir)).await,
            _ => Err("usage: familytime-child-device enrol DIR SERVER CODE | send DIR TOPIC TEXT | replies DIR".into()),
        }
    });
    match result {
        Ok(answer) => {
            println!("{answer}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

struct Phone {
    store: Store,
    keys: DeviceKeys,
}

fn phone(dir: &Path) -> Result<Phone, Failure> {
    let key_store = FileKeyStore::new(dir.join("keys"));
    let keys = DeviceKeys::load_or_create(&key_store)?;
    let store = Store::open(&dir.join("familytime.db"), &key_store, Utc::now())?;
    Ok(Phone { store, keys })
}

async fn sync_now(phone: &mut Phone) -> Result<sync::SyncReport, Failure> {
    let server = phone.store.joined()?.ok_or("this phone has not enrolled")?.server;
    let relay = Relay::new(&server, None)?;
    Ok(sync::sync(&mut phone.store, &relay, &phone.keys, Utc::now()).await?)
}

async fn enrol(dir: &Path, server: &str, code: &str) -> Result<serde_json::Value, Failure> {
    let mut phone = phone(dir)?;
    let relay = Relay::new(server, None)?;
    sync::enrol(&mut phone.store, &relay, &phone.keys, server, code).await?;
    sync_now(&mut phone).await?;
    Ok(json!({ "plan_version": phone.store.outline().map(|plan| plan.version) }))
}

async fn send(dir: &Path, topic: &str, text: &str) -> Result<serde_json::Value, Failure> {
    let mut phone = phone(dir)?;
    let topic: Topic = serde_json::from_value(topic.into())?;
    let message =
        Message { to: "amira".into(), topic, change: None, about_person: None, about_session: None, text: text.into() };
    phone.store.save_draft("compose", &message, Utc::now())?;
    let sent = phone.store.send("compose", Utc::now())?;
    let report = sync_now(&mut phone).await?;
    Ok(json!({ "id": sent.id, "sent": report.sent }))
}

async fn replies(dir: &Path) -> Result<serde_json::Value, Failure> {
    let mut phone = phone(dir)?;
    sync_now(&mut phone).await?;
    let replies: Vec<_> = phone
        .store
        .inbox()?
        .into_iter()
        .map(|reply| json!({ "thread": reply.thread, "helper": reply.helper, "text": reply.text }))
        .collect();
    Ok(json!({ "replies": replies }))
}
