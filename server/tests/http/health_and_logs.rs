//! `GET /healthz` for a council's monitoring, and the log: one line per request with a
//! request id, route, status and time, never a token, a name, a plan id or a message.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Keys, TestData, TestServer, install_tls_provider};

async fn healthz_says_the_database_and_disk_are_fine(backend: Backend) {
    let server = TestServer::start(backend).await;
    let response = server.get("/healthz", None).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap(), json!({ "database": "ok", "disk": "ok" }));
}

#[tokio::test]
async fn healthz_names_a_data_folder_that_cannot_be_written() {
    let server = TestServer::start(Backend::Sqlite).await;
    // A folder where the probe file should go stops the write, even for root.
    std::fs::create_dir(server.data.path().join(".healthz")).unwrap();
    let response = server.get("/healthz", None).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "unhealthy");
    assert!(body["message"].as_str().unwrap().contains("data folder"), "{body}");
}

#[tokio::test]
async fn every_request_is_one_log_line_without_tokens_names_or_content() {
    let data = TestData::new(Backend::Sqlite);
    let mut child = Command::new(env!("CARGO_BIN_EXE_familytime-server"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data.path())
        .env_remove("FAMILYTIME_DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let base = line.trim().strip_prefix("listening on ").unwrap().to_owned();
    let worker = std::fs::read_to_string(data.path().join("worker-token")).unwrap().trim().to_owned();

    install_tls_provider();
    let client = reqwest::Client::new();
    let keys = Keys::new().public();
    let (signing, sealing) = (BASE64.encode(keys.signing), BASE64.encode(keys.sealing));
    let helper = json!({ "helper": "amira", "signing_key": signing, "sealing_key": sealing });
    let answers = [
        client.post(format!("{base}/v1/helper-devices")).bearer_auth(&worker).json(&helper).send().await.unwrap(),
        client
            .post(format!("{base}/v1/enrolment-codes"))
            .bearer_auth(&worker)
            .json(&json!({ "child": "kt-secret-plan" }))
            .send()
            .await
            .unwrap(),
        client.put(format!("{base}/v1/plans/kt-secret-plan")).bearer_auth(&worker).body("{}").send().await.unwrap(),
        client
            .post(format!("{base}/v1/messages"))
            .bearer_auth("not-a-token")
            .json(&json!({ "envelope": "SSBmZWVsIHNhZA==" }))
            .send()
            .await
            .unwrap(),
        client.get(format!("{base}/no/such/amira")).send().await.unwrap(),
        client.get(format!("{base}/healthz")).send().await.unwrap(),
    ];
    let statuses: Vec<u16> = answers.iter().map(|a| a.status().as_u16()).collect();
    let ids: Vec<String> = answers.iter().map(|a| a.headers()["x-request-id"].to_str().unwrap().to_owned()).collect();
    let helper_token =
        answers.into_iter().next().unwrap().json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned();

    assert!(Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    child.wait().unwrap();
    let mut log = String::new();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();

    let requests: Vec<&str> = log.lines().filter(|line| line.contains(" request ")).collect();
    assert_eq!(requests.len(), 6, "{log}");
    let routes = [
        "POST /v1/helper-devices",
        "POST /v1/enrolment-codes",
        "PUT /v1/plans/{plan_id}",
        "POST /v1/messages",
        "GET (no such endpoint)",
        "GET /healthz",
    ];
    for (((line, id), status), route) in requests.iter().zip(&ids).zip(&statuses).zip(routes) {
        assert!(line.contains(&format!("request {id} {route} {status} ")) && line.ends_with(" ms"), "{line}");
    }
    for secret in
        [worker.as_str(), helper_token.as_str(), "amira", "kt-secret-plan", "SSBmZWVsIHNhZA==", "not-a-token", &signing]
    {
        assert!(!log.contains(secret), "the log holds {secret:?}: {log}");
    }
}

crate::on_both_backends!(healthz_says_the_database_and_disk_are_fine);
