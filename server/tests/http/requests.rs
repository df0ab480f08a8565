//! How the server reads a request: a refused body names the field at fault without
//! quoting it, and a token is taken only in the exact form `Bearer <token>`.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, TestServer};

/// The status and message of a refusal whose code is `malformed_json`.
async fn refusal(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.expect("errors are JSON");
    assert_eq!(body["error"], "malformed_json", "{body}");
    (status, body["message"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn every_endpoint_names_the_missing_or_wrong_field() {
    let server = TestServer::start(Backend::Sqlite).await;
    let child = server.enrol_child("kt-1").await;
    let worker = Some(server.worker_token.as_str());
    let cases: [(&str, Option<&str>, Value, &str); 8] = [
        ("/v1/messages", Some(&child.token), json!({ "urgent": true }), "`envelope` is missing"),
        (
            "/v1/messages",
            Some(&child.token),
            json!({ "envelope": "AAAA", "urgent": "yes please" }),
            "`urgent` must be a boolean",
        ),
        ("/v1/receipts", Some(&child.token), json!({ "message_id": "m" }), "`state` is missing"),
        (
            "/v1/receipts",
            Some(&child.token),
            json!({ "message_id": "m", "state": "yes please" }),
            "`state` must be one of `delivered`, `read`, `answered`",
        ),
        ("/v1/enrol", None, json!({ "code": 1234, "signing_key": "", "sealing_key": "" }), "`code` must be a string"),
        ("/v1/helper-devices", worker, json!({ "signing_key": "", "sealing_key": "" }), "`helper` is missing"),
        ("/v1/enrolment-codes", worker, json!({ "child": ["yes please"] }), "`child` must be a string"),
        ("/v1/enrolment-codes", worker, json!("yes please"), "the body must be a JSON object like"),
    ];
    for (path, token, body, expected) in cases {
        let (status, message) = refusal(server.post(path, token).json(&body).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(message.contains(expected), "{path} {body}: {message}");
        assert!(!message.contains("yes please"), "a refusal never quotes what was sent: {message}");
    }
}

#[tokio::test]
async fn a_token_counts_only_as_exactly_bearer_and_the_token() {
    let server = TestServer::start(Backend::Sqlite).await;
    let child = server.enrol_child("kt-1").await;
    let contacts =
        |authorization: String| server.get("/v1/contacts", None).header("authorization", authorization).send();
    assert_eq!(contacts(format!("Bearer {}", child.token)).await.unwrap().status(), StatusCode::OK);
    // The scheme's name is case-insensitive (RFC 9110); everything else is exact (HTTP
    // itself drops spaces around a header's value).
    assert_eq!(contacts(format!("bearer {}", child.token)).await.unwrap().status(), StatusCode::OK);
    for wrong in [
        format!("Bearer  {}", child.token),
        format!("Bearer\t{}", child.token),
        format!("Bearer {} extra", child.token),
        format!("Basic {}", child.token),
        "Bearer ".to_owned(),
    ] {
        let response = contacts(wrong.clone()).await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{wrong:?}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"], "unauthorized");
    }
}
