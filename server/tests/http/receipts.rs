//! Receipts: the recipient says a message arrived, was read, was answered; the sender sees it.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Party, TestServer, error_code};

async fn post(server: &TestServer, by: &Party, message_id: &str, state: &str) -> reqwest::Response {
    let body = json!({ "message_id": message_id, "state": state });
    server.post("/v1/receipts", Some(&by.token)).json(&body).send().await.unwrap()
}

async fn states_seen_by(server: &TestServer, sender: &Party) -> Vec<(String, String)> {
    let answer: Value = server.get("/v1/receipts", Some(&sender.token)).send().await.unwrap().json().await.unwrap();
    answer["receipts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["message_id"].as_str().unwrap().to_owned(), r["state"].as_str().unwrap().to_owned()))
        .collect()
}

async fn receipts_move_forward_only_and_the_sender_sees_them(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "Can Nan come too?");
    server.send(&child, &envelope).await;
    let id = envelope.message_id.as_str();

    assert_eq!(post(&server, &helper, id, "delivered").await.status(), StatusCode::NO_CONTENT);
    server.clock.advance(TimeDelta::minutes(5));
    assert_eq!(post(&server, &helper, id, "read").await.status(), StatusCode::NO_CONTENT);
    assert_eq!(post(&server, &helper, id, "read").await.status(), StatusCode::NO_CONTENT, "a retry is harmless");
    let backwards = post(&server, &helper, id, "delivered").await;
    assert_eq!(error_code(backwards).await, (StatusCode::CONFLICT, "receipt_behind".into()));
    assert_eq!(post(&server, &helper, id, "answered").await.status(), StatusCode::NO_CONTENT);

    let seen = states_seen_by(&server, &child).await;
    let expected: Vec<(String, String)> =
        ["delivered", "read", "answered"].iter().map(|s| (id.to_owned(), (*s).to_owned())).collect();
    assert_eq!(seen, expected);

    let answer: Value = server.get("/v1/receipts", Some(&child.token)).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer["receipts"][0]["at"], "2026-11-22T10:00:00Z");
    assert_eq!(answer["receipts"][1]["at"], "2026-11-22T10:05:00Z");
    let next = answer["next"].as_i64().unwrap();
    let later: Value = server
        .get(&format!("/v1/receipts?after={next}"), Some(&child.token))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(later["receipts"], json!([]));
    assert_eq!(later["next"], next, "with nothing new, the cursor stays put");
    assert!(states_seen_by(&server, &helper).await.is_empty(), "the helper sent nothing, so sees no receipts");
}

async fn a_read_receipt_may_skip_delivered(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "hello");
    server.send(&child, &envelope).await;

    assert_eq!(post(&server, &helper, &envelope.message_id, "read").await.status(), StatusCode::NO_CONTENT);
    assert_eq!(states_seen_by(&server, &child).await, vec![(envelope.message_id.clone(), "read".to_owned())]);
}

async fn only_the_recipient_can_post_a_receipt(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let other_helper = server.register_helper("tom").await;
    let child = server.enrol_child("kt-1").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "hello");
    server.send(&child, &envelope).await;

    for not_recipient in [&child, &other_helper] {
        let response = post(&server, not_recipient, &envelope.message_id, "read").await;
        assert_eq!(error_code(response).await, (StatusCode::FORBIDDEN, "not_recipient".into()));
    }
    let unknown = post(&server, &helper, "0123456789abcdef0123456789abcdef", "read").await;
    assert_eq!(error_code(unknown).await, (StatusCode::NOT_FOUND, "message_unknown".into()));
    let bad_state = post(&server, &helper, &envelope.message_id, "seen").await;
    assert_eq!(error_code(bad_state).await, (StatusCode::BAD_REQUEST, "malformed_json".into()));
    assert!(states_seen_by(&server, &child).await.is_empty());
}

crate::on_both_backends!(
    receipts_move_forward_only_and_the_sender_sees_them,
    a_read_receipt_may_skip_delivered,
    only_the_recipient_can_post_a_receipt,
);
