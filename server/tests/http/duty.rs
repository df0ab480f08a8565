//! The council's duty team sees children's unread messages from metadata alone: urgent
//! ones at once, others once they have waited too long.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, TestServer, error_code};

async fn unread(server: &TestServer, query: &str) -> Vec<(String, bool)> {
    let response = server.get(&format!("/v1/duty{query}"), Some(&server.worker_token)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let answer: Value = response.json().await.unwrap();
    let items = answer["unread"].as_array().unwrap();
    for item in items {
        assert_eq!(item.as_object().unwrap().len(), 4, "only metadata: {item}");
    }
    items.iter().map(|u| (u["message_id"].as_str().unwrap().to_owned(), u["urgent"].as_bool().unwrap())).collect()
}

async fn urgent_messages_show_at_once_and_others_after_they_wait_too_long(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let ordinary = child.seal(&child.council(), &helper.vouched, "Can Nan come too?");
    server.send(&child, &ordinary).await;
    let unsafe_now = child.seal(&child.council(), &helper.vouched, "");
    let body = json!({ "envelope": base64_of(&unsafe_now.to_bytes()), "urgent": true });
    let sent = server.post("/v1/messages", Some(&child.token)).json(&body).send().await.unwrap();
    assert_eq!(sent.status(), StatusCode::CREATED);

    assert_eq!(unread(&server, "").await, [(unsafe_now.message_id.clone(), true)]);
    server.clock.advance(TimeDelta::hours(25));
    assert_eq!(
        unread(&server, "").await,
        [(ordinary.message_id.clone(), false), (unsafe_now.message_id.clone(), true)]
    );
    assert_eq!(unread(&server, "?unread_for_hours=48").await.len(), 1, "a longer wait shows fewer");

    // Read receipts clear them; a helper's answer counts as read.
    let receipt = |id: &str, state: &str| json!({ "message_id": id, "state": state });
    for (id, state) in [(&ordinary.message_id, "read"), (&unsafe_now.message_id, "answered")] {
        let response = server.post("/v1/receipts", Some(&helper.token)).json(&receipt(id, state)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    assert!(unread(&server, "").await.is_empty());
}

async fn only_the_worker_token_sees_the_duty_list(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child("kt-1").await;
    let as_child = server.get("/v1/duty", Some(&child.token)).send().await.unwrap();
    assert_eq!(as_child.status(), StatusCode::UNAUTHORIZED);
    let bad = server.get("/v1/duty?unread_for_hours=0", Some(&server.worker_token)).send().await.unwrap();
    assert_eq!(error_code(bad).await, (StatusCode::BAD_REQUEST, "bad_hours".into()));
}

fn base64_of(bytes: &[u8]) -> String {
    base64::Engine::encode(&base64::engine::general_purpose::STANDARD, bytes)
}

crate::on_both_backends!(
    urgent_messages_show_at_once_and_others_after_they_wait_too_long,
    only_the_worker_token_sees_the_duty_list,
);
