//! The server as a process: first start with no setup, restarts, and stopping on Ctrl-C.

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use familytime_server::Server;
use familytime_server::limits::RateLimit;
use reqwest::StatusCode;

use crate::support::{Backend, ServerProcess, TestData, TestServer, error_code};

async fn a_restart_keeps_devices_messages_and_the_council_key(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "still here?");
    server.send(&child, &envelope).await;
    let data = server.stop().await;

    let server = TestServer::start_in(data, RateLimit::default()).await;
    assert_eq!(server.inbox(&helper).await, vec![envelope]);
    let later = server.enrol_child("kt-2").await;
    assert_eq!(later.council(), child.council(), "devices keep trusting the same council key");
}

async fn a_council_key_readable_by_others_stops_the_server_from_starting(backend: Backend) {
    let first = TestServer::start_in(TestData::new(backend), RateLimit::default()).await.stop().await;
    let key = first.path().join("council-key.pk8");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();

    let error = Server::bind(first.config()).await.err().unwrap();
    assert!(error.to_string().contains("chmod 600"), "{error}");
}

async fn the_binary_starts_with_no_setup_and_stops_cleanly_on_ctrl_c(backend: Backend) {
    let cwd = tempfile::tempdir().unwrap();
    let database = TestData::new(backend);
    let mut server = ServerProcess::start(cwd.path(), &database);
    let base = server.base.clone();

    let response = reqwest::get(format!("{base}/v1/messages")).await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()));

    let data = cwd.path().join("server-data");
    let token = std::fs::read_to_string(data.join("worker-token")).unwrap();
    assert_eq!(data.join("familytime.sqlite").exists(), backend == Backend::Sqlite);

    let exit = server.stop_with("INT");
    assert!(exit.success(), "{exit}");

    let mut stderr = String::new();
    server.child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(stderr.contains(&data.join("worker-token").display().to_string()), "says where the token is: {stderr}");
    assert!(!stderr.contains(token.trim()) && !base.contains(token.trim()), "never prints the token");
}

crate::on_both_backends!(
    a_restart_keeps_devices_messages_and_the_council_key,
    a_council_key_readable_by_others_stops_the_server_from_starting,
    the_binary_starts_with_no_setup_and_stops_cleanly_on_ctrl_c,
);

#[test]
fn the_binary_takes_only_a_postgres_url_as_its_database() {
    let output = Command::new(env!("CARGO_BIN_EXE_familytime-server"))
        .args(["serve", "--database", "familytime.sqlite"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("postgres://") && stderr.contains("leave --database out"), "{stderr}");
}
