//! The server is killed with SIGKILL in the middle of a burst of messages: every message
//! it acknowledged is there when it comes back, on either backend.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use familytime_core::crypto::{self, DeviceKeys, Routing};
use familytime_core::keys::FileKeyStore;
use familytime_core::relay::Relay;
use familytime_server::config::Database;

use crate::support::{Backend, TestData};

/// The real server binary on a free loopback port; returns it and its address.
fn start(data: &TestData) -> (Child, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_familytime-server"));
    command.args(["serve", "--listen", "127.0.0.1:0", "--data"]).arg(data.path());
    if let Database::Postgres(url) = data.database() {
        command.args(["--database", &url]);
    }
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("the server starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let address = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("listening on ").map(|a| format!("{a}/")))
        .expect("the server says where it listens");
    (child, address)
}

fn keys() -> (tempfile::TempDir, DeviceKeys) {
    let dir = tempfile::tempdir().unwrap();
    let keys = DeviceKeys::load_or_create(&FileKeyStore::new(dir.path())).unwrap();
    (dir, keys)
}

async fn no_acknowledged_message_is_lost_when_the_server_is_killed_mid_burst(backend: Backend) {
    let data = TestData::new(backend);
    let (mut server, url) = start(&data);
    let worker_token = std::fs::read_to_string(data.path().join("worker-token")).unwrap();
    let relay = Relay::new(&url, None).unwrap();
    let (_helper_dir, helper_keys) = keys();
    let helper = relay.register_helper(worker_token.trim(), "amira", &helper_keys.public()).await.unwrap();
    let (_child_dir, child_keys) = keys();
    let (code, _) = relay.new_code(worker_token.trim(), "plan-1").await.unwrap();
    let child = relay.enrol(&code, &child_keys.public()).await.unwrap();

    // Fewer than the per-device burst allowance, all at once.
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let relay = Arc::new(relay);
    let mut sends = Vec::new();
    for i in 0..50 {
        let id = format!("{i:032x}");
        let routing = Routing { message_id: &id, sender: &child.device, thread: &id };
        let envelope =
            crypto::seal(&child_keys, &routing, &helper.vouched, &child.council, b"I want to see Kai").unwrap();
        let (relay, token, acknowledged) = (relay.clone(), child.token.clone(), acknowledged.clone());
        sends.push(tokio::spawn(async move {
            if relay.submit(&token, &envelope, false).await.is_ok() {
                acknowledged.lock().unwrap().push(id);
            }
        }));
    }
    // Kill as soon as some, but not all, are acknowledged.
    while acknowledged.lock().unwrap().len() < 10 {
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    server.kill().unwrap();
    server.wait().unwrap();
    for send in sends {
        send.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= 10);

    let (mut server, url) = start(&data);
    let relay = Relay::new(&url, None).unwrap();
    let mut stored = Vec::new();
    let mut after = 0;
    loop {
        let (page, next) = relay.fetch(&helper.token, after).await.unwrap();
        if page.is_empty() {
            break;
        }
        stored.extend(page.into_iter().map(|(_, envelope)| envelope.message_id));
        after = next;
    }
    server.kill().unwrap();
    server.wait().unwrap();
    for id in &acknowledged {
        assert!(stored.contains(id), "message {id} was acknowledged and then lost");
    }
}

crate::on_both_backends!(no_acknowledged_message_is_lost_when_the_server_is_killed_mid_burst);
