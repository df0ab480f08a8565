//! Retention: what the server keeps goes when it is past its time and not a second
//! before, on both backends; and on SQLite nothing of it stays readable in the files.

use chrono::TimeDelta;
use familytime_core::crypto::Envelope;
use familytime_server::Purged;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Party, TestServer, error_code};

const SECOND: TimeDelta = TimeDelta::seconds(1);

async fn receipt(server: &TestServer, by: &Party, message_id: &str, state: &str) {
    let body = json!({ "message_id": message_id, "state": state });
    let response = server.post("/v1/receipts", Some(&by.token)).json(&body).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
}

/// The ids of the messages waiting for `party`.
async fn waiting_for(server: &TestServer, party: &Party) -> Vec<String> {
    server.inbox(party).await.into_iter().map(|envelope| envelope.message_id).collect()
}

/// The ids of the messages `sender` can still see receipts for.
async fn receipts_of(server: &TestServer, sender: &Party) -> Vec<String> {
    let answer: Value = server.get("/v1/receipts", Some(&sender.token)).send().await.unwrap().json().await.unwrap();
    let ids = answer["receipts"].as_array().unwrap().iter().map(|r| r["message_id"].as_str().unwrap().to_owned());
    let mut ids: Vec<String> = ids.collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Moves the clock by `by` and runs the server's retention.
async fn purge_after(server: &TestServer, by: TimeDelta) -> Purged {
    server.clock.advance(by);
    server.purger.purge().await.unwrap()
}

async fn enrol_with(server: &TestServer, code: &str) -> (StatusCode, String) {
    let keys = crate::support::Keys::new();
    error_code(server.enrol(code, &keys.public()).await).await
}

async fn messages_receipts_and_codes_go_when_past_their_time_and_not_before(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let used_code = server.new_code("kt-1").await["code"].as_str().unwrap().to_owned();
    let keys = crate::support::Keys::new();
    assert_eq!(server.enrol(&used_code, &keys.public()).await.status(), StatusCode::CREATED);
    // Enrolled with a code of its own, used now too.
    let child = server.enrol_child("kt-1").await;
    let unused_code = server.new_code("kt-2").await["code"].as_str().unwrap().to_owned();

    // Read by the helper: finished. Only delivered to the helper's desk: not finished,
    // the duty team still needs to see it. An answer the child's phone has: finished.
    let read = child.seal(&child.council(), &helper.vouched, "Can Nan come too?");
    let unread = child.seal(&child.council(), &helper.vouched, "I lost my bus pass");
    for envelope in [&read, &unread] {
        assert_eq!(server.send(&child, envelope).await.status(), StatusCode::CREATED);
        receipt(&server, &helper, &envelope.message_id, "delivered").await;
    }
    receipt(&server, &helper, &read.message_id, "read").await;
    let answer = helper.seal(&child.council(), &child.vouched, "Yes, Nan can come.");
    assert_eq!(server.send(&helper, &answer).await.status(), StatusCode::CREATED);
    receipt(&server, &child, &answer.message_id, "delivered").await;

    // Codes: a used one is "used" for 7 days, an unused one "expired" for 7 days after its 24 hours.
    assert_eq!(purge_after(&server, TimeDelta::days(7) - SECOND).await, Purged::default());
    assert_eq!(enrol_with(&server, &used_code).await, (StatusCode::GONE, "code_used".into()));
    assert_eq!(purge_after(&server, SECOND * 2).await.codes, 2);
    assert_eq!(enrol_with(&server, &used_code).await, (StatusCode::FORBIDDEN, "code_unknown".into()));
    assert_eq!(enrol_with(&server, &unused_code).await, (StatusCode::GONE, "code_expired".into()));
    assert_eq!(purge_after(&server, TimeDelta::days(1)).await.codes, 1);
    assert_eq!(enrol_with(&server, &unused_code).await, (StatusCode::FORBIDDEN, "code_unknown".into()));

    // Finished messages stay 30 days after their last receipt, so the sender learns of it.
    let left = TimeDelta::days(30) - TimeDelta::days(8) - SECOND;
    assert_eq!(purge_after(&server, left).await, Purged::default());
    assert_eq!(waiting_for(&server, &helper).await, [read.message_id.clone(), unread.message_id.clone()]);
    assert_eq!(waiting_for(&server, &child).await, std::slice::from_ref(&answer.message_id));
    let mut both = [read.message_id.clone(), unread.message_id.clone()];
    both.sort();
    assert_eq!(receipts_of(&server, &child).await, both);
    assert_eq!(purge_after(&server, SECOND * 2).await, Purged { messages: 2, receipts: 3, codes: 0, devices: 0 });
    assert_eq!(waiting_for(&server, &helper).await, std::slice::from_ref(&unread.message_id));
    assert!(waiting_for(&server, &child).await.is_empty());
    assert_eq!(receipts_of(&server, &child).await, std::slice::from_ref(&unread.message_id));

    // The helper never read the other: it stays 180 days, on the duty list all along.
    let left = TimeDelta::days(180) - TimeDelta::days(30) - SECOND * 2;
    assert_eq!(purge_after(&server, left).await, Purged::default());
    let duty: Value = server.get("/v1/duty", Some(&server.worker_token)).send().await.unwrap().json().await.unwrap();
    assert_eq!(duty["unread"][0]["message_id"], unread.message_id.as_str());
    assert_eq!(purge_after(&server, SECOND * 2).await, Purged { messages: 1, receipts: 1, codes: 0, devices: 0 });
    assert!(waiting_for(&server, &helper).await.is_empty());
    assert!(receipts_of(&server, &child).await.is_empty());
}

/// What of `envelope` is found in `stored`: its id (as text) or a run of its sealed
/// bytes (as bytes, or in hex as PostgreSQL shows them).
fn traces(stored: &[(String, Vec<u8>)], envelope: &Envelope) -> Vec<String> {
    let bytes = envelope.to_bytes();
    let run = &bytes[bytes.len() / 2..bytes.len() / 2 + 32];
    let hex: String = run.iter().map(|b| format!("{b:02x}")).collect();
    let contains = |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
    stored
        .iter()
        .filter(|(_, held)| {
            contains(held, envelope.message_id.as_bytes()) || contains(held, run) || contains(held, hex.as_bytes())
        })
        .map(|(place, _)| place.clone())
        .collect()
}

async fn a_deleted_message_leaves_no_trace_in_the_database(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let canary = child.seal(&child.council(), &helper.vouched, "canary");
    assert_eq!(server.send(&child, &canary).await.status(), StatusCode::CREATED);
    receipt(&server, &helper, &canary.message_id, "read").await;
    // More after it, so its pages are not simply the last ones written.
    for n in 0..20 {
        let later = child.seal(&child.council(), &helper.vouched, &format!("later {n}"));
        assert_eq!(server.send(&child, &later).await.status(), StatusCode::CREATED);
    }
    assert!(!traces(&server.data.everything_stored(), &canary).is_empty(), "the search finds the message first");

    assert_eq!(purge_after(&server, TimeDelta::days(31)).await.messages, 1);
    assert_eq!(traces(&server.data.everything_stored(), &canary), Vec::<String>::new());
    let data = server.stop().await;
    assert_eq!(traces(&data.everything_stored(), &canary), Vec::<String>::new(), "after the server stopped");
}

/// A PIN-reset code is kept as long as an enrolment code: 7 days after it was used or
/// ran out, and then it is gone.
async fn pin_reset_codes_go_when_past_their_time_and_not_before(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child("kt-1").await;
    let made = |child: &str| {
        server.post("/v1/pin-reset-codes", Some(&server.worker_token)).json(&json!({ "child": child })).send()
    };
    let used: Value = made("kt-1").await.unwrap().json().await.unwrap();
    let unused: Value = made("kt-1").await.unwrap().json().await.unwrap();
    let spend = |code: &Value| server.post("/v1/pin-resets", Some(&child.token)).json(&json!({ "code": code })).send();
    assert_eq!(spend(&used["code"]).await.unwrap().status(), StatusCode::NO_CONTENT);

    // The enrolment code the child's phone used is counted with them.
    assert_eq!(purge_after(&server, TimeDelta::days(7) - SECOND).await, Purged::default());
    assert_eq!(error_code(spend(&used["code"]).await.unwrap()).await, (StatusCode::GONE, "code_used".into()));
    assert_eq!(purge_after(&server, SECOND * 2).await.codes, 2, "the used PIN code and the used enrolment code");
    assert_eq!(error_code(spend(&used["code"]).await.unwrap()).await, (StatusCode::FORBIDDEN, "code_unknown".into()));
    assert_eq!(error_code(spend(&unused["code"]).await.unwrap()).await, (StatusCode::GONE, "code_expired".into()));
    assert_eq!(purge_after(&server, TimeDelta::days(1)).await.codes, 1, "the unused one, 7 days after its 24 hours");
    assert_eq!(error_code(spend(&unused["code"]).await.unwrap()).await, (StatusCode::FORBIDDEN, "code_unknown".into()));
}

crate::on_both_backends!(
    pin_reset_codes_go_when_past_their_time_and_not_before,
    messages_receipts_and_codes_go_when_past_their_time_and_not_before,
    a_deleted_message_leaves_no_trace_in_the_database,
);
