//! `familytime-server backup FILE` while messages arrive: a fresh data folder made from the
//! copy (and the council's two secret files) has every message acknowledged before it.

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use familytime_core::crypto::Envelope;
use familytime_server::limits::RateLimit;
use reqwest::StatusCode;
use serde_json::Value;

use crate::support::{Backend, TestData, TestServer};

/// `familytime-server backup FILE --data DIR`, as an operator runs it.
fn backup(file: &Path, data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_familytime-server"))
        .arg("backup")
        .arg(file)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap()
}

const GENEROUS: RateLimit = RateLimit { burst: 100_000, per_minute: 100_000 };

#[tokio::test]
async fn a_backup_taken_while_messages_arrive_restores_every_acknowledged_message() {
    let server = Arc::new(TestServer::start_in(TestData::new(Backend::Sqlite), GENEROUS).await);
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let sending = {
        let (server, acknowledged, vouched) = (Arc::clone(&server), Arc::clone(&acknowledged), helper.vouched.clone());
        tokio::spawn(async move {
            for n in 0..300 {
                let envelope = child.seal(&child.council(), &vouched, &format!("message {n}"));
                let response = server.send(&child, &envelope).await;
                assert_eq!(response.status(), StatusCode::CREATED);
                acknowledged.lock().unwrap().push(envelope.message_id);
            }
        })
    };
    // Wait until some have arrived, note which, then back up while the rest keep coming.
    while acknowledged.lock().unwrap().len() < 50 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let before: Vec<String> = acknowledged.lock().unwrap().clone();
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = copy_dir.path().join("backup.sqlite");
    let output = backup(&copy, server.data.path());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let sent_during = acknowledged.lock().unwrap().len() - before.len();
    sending.await.unwrap();
    assert!(sent_during < 250, "the backup should overlap the sending");

    // A second backup to the same file is refused rather than overwriting it.
    let again = backup(&copy, server.data.path());
    assert!(!again.status.success());

    // Restore: the copy and the council's secrets in a fresh folder.
    let restored = TestData::new(Backend::Sqlite);
    std::fs::copy(&copy, restored.path().join("familytime.sqlite")).unwrap();
    for secret in ["council-key.pk8", "worker-token"] {
        std::fs::copy(server.data.path().join(secret), restored.path().join(secret)).unwrap();
    }
    let restored = TestServer::start_in(restored, GENEROUS).await;
    let mut found = HashSet::new();
    let mut after = 0;
    loop {
        let response = restored.get(&format!("/v1/messages?after={after}"), Some(&helper.token)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let page: Value = response.json().await.unwrap();
        let messages = page["messages"].as_array().unwrap();
        if messages.is_empty() {
            break;
        }
        for message in messages {
            let bytes = BASE64.decode(message["envelope"].as_str().unwrap()).unwrap();
            found.insert(Envelope::from_bytes(&bytes).unwrap().message_id);
        }
        after = page["next"].as_i64().unwrap();
    }
    let lost: Vec<&String> = before.iter().filter(|id| !found.contains(*id)).collect();
    assert!(lost.is_empty(), "{} acknowledged messages are missing from the backup", lost.len());
}

#[test]
fn a_backup_of_a_folder_with_no_database_says_so() {
    let empty = tempfile::tempdir().unwrap();
    let output = backup(&empty.path().join("copy.sqlite"), empty.path());
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("data folder"));
}
