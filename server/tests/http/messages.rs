//! Sending sealed messages: delivery, retries, and everything the server refuses.

use std::collections::HashSet;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::TimeDelta;
use familytime_core::crypto::Envelope;
use familytime_server::limits::RateLimit;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::task::JoinSet;

use crate::support::{Backend, TestData, TestServer, error_code, new_message_id};

async fn a_child_sends_a_sealed_message_and_the_helper_opens_it(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let council = child.council();

    let envelope = child.seal(&council, &helper.vouched, "Can I see Ollie more often?");
    let response = server.send(&child, &envelope).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(response.json::<Value>().await.unwrap(), json!({ "state": "sent" }));

    let inbox = server.inbox(&helper).await;
    assert_eq!(inbox, vec![envelope]);
    assert_eq!(helper.open(&council, &child.vouched, &inbox[0]), "Can I see Ollie more often?");
    assert!(server.inbox(&child).await.is_empty(), "the sender's own inbox stays empty");
}

async fn the_helper_answers_and_the_child_reads_it(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let council = child.council();

    let answer = helper.seal(&council, &child.vouched, "Yes, let's talk on Tuesday.");
    assert_eq!(server.send(&helper, &answer).await.status(), StatusCode::CREATED);
    let inbox = server.inbox(&child).await;
    assert_eq!(child.open(&council, &helper.vouched, &inbox[0]), "Yes, let's talk on Tuesday.");
}

async fn fetching_after_a_cursor_gives_only_newer_messages(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let council = child.council();
    let first = child.seal(&council, &helper.vouched, "one");
    server.send(&child, &first).await;

    let page: Value = server.get("/v1/messages", Some(&helper.token)).send().await.unwrap().json().await.unwrap();
    let next = page["next"].as_i64().unwrap();
    assert_eq!(page["messages"][0]["cursor"].as_i64(), Some(next));

    let second = child.seal(&council, &helper.vouched, "two");
    server.send(&child, &second).await;
    let path = format!("/v1/messages?after={next}");
    let page: Value = server.get(&path, Some(&helper.token)).send().await.unwrap().json().await.unwrap();
    let envelopes: Vec<_> = page["messages"].as_array().unwrap().iter().map(|m| m["envelope"].clone()).collect();
    assert_eq!(envelopes, vec![json!(BASE64.encode(second.to_bytes()))]);

    let response = server.get("/v1/messages?after=yesterday", Some(&helper.token)).send().await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::BAD_REQUEST, "bad_cursor".into()));
}

async fn the_same_message_sent_twice_is_stored_once(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "I don't want a small room");

    assert_eq!(server.send(&child, &envelope).await.status(), StatusCode::CREATED);
    let retry = server.send(&child, &envelope).await;
    assert_eq!(retry.status(), StatusCode::OK, "a retry after a lost answer is accepted");
    assert_eq!(retry.json::<Value>().await.unwrap(), json!({ "state": "sent" }));
    assert_eq!(server.inbox(&helper).await.len(), 1, "the helper sees it once");
}

async fn other_bytes_under_a_used_message_id_are_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let id = new_message_id();
    let first = child.seal_with_id(&id, &child.council(), &helper.vouched, "first");
    let other = child.seal_with_id(&id, &child.council(), &helper.vouched, "something else");

    assert_eq!(server.send(&child, &first).await.status(), StatusCode::CREATED);
    assert_eq!(error_code(server.send(&child, &other).await).await, (StatusCode::CONFLICT, "message_id_taken".into()));
    let inbox = server.inbox(&helper).await;
    assert_eq!(inbox, vec![first], "the first message is kept as it was");
}

async fn device_endpoints_need_a_known_device_token(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "hello");
    let body = json!({ "envelope": BASE64.encode(envelope.to_bytes()) });

    for token in [None, Some("wrong"), Some(server.worker_token.as_str())] {
        let response = server.post("/v1/messages", token).json(&body).send().await.unwrap();
        assert_eq!(error_code(response).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()), "{token:?}");
        for path in ["/v1/messages", "/v1/receipts"] {
            assert_eq!(server.get(path, token).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
        }
    }
    assert!(server.inbox(&helper).await.is_empty());
}

async fn a_device_cannot_send_as_another_device(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let other_child = server.enrol_child("kt-2").await;
    let envelope = child.seal(&child.council(), &helper.vouched, "pretending");

    let response = server.send(&other_child, &envelope).await;
    assert_eq!(error_code(response).await, (StatusCode::FORBIDDEN, "not_sender".into()));
    assert!(server.inbox(&helper).await.is_empty());
}

async fn a_message_to_a_device_not_linked_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child("kt-1").await;
    let other_child = server.enrol_child("kt-2").await;
    let envelope = child.seal(&child.council(), &other_child.vouched, "hi");

    let response = server.send(&child, &envelope).await;
    assert_eq!(error_code(response).await, (StatusCode::FORBIDDEN, "recipient_not_linked".into()));
    assert!(server.inbox(&other_child).await.is_empty());
}

async fn an_envelope_signed_with_another_key_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let mut envelope = child.seal(&child.council(), &helper.vouched, "hello");
    envelope.sign_with(&helper.keys.keys);

    let response = server.send(&child, &envelope).await;
    assert_eq!(error_code(response).await, (StatusCode::BAD_REQUEST, "bad_signature".into()));
}

async fn oversized_messages_are_refused_with_413(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;

    // The largest message a device can seal fits.
    let largest = "x".repeat(familytime_core::crypto::MAX_PLAINTEXT_BYTES);
    let envelope = child.seal(&child.council(), &helper.vouched, &largest);
    assert_eq!(server.send(&child, &envelope).await.status(), StatusCode::CREATED);

    // An envelope over 70 KiB, though its JSON body is within the HTTP limit.
    let mut envelope = child.seal(&child.council(), &helper.vouched, "hello");
    envelope.ciphertext.resize(70 * 1024, 0);
    envelope.sign_with(&child.keys.keys);
    assert_eq!(
        error_code(server.send(&child, &envelope).await).await,
        (StatusCode::PAYLOAD_TOO_LARGE, "too_large".into())
    );

    // A body far over the limit is refused before it is read.
    let body = json!({ "envelope": "A".repeat(1024 * 1024) });
    let response = server.post("/v1/messages", Some(&child.token)).json(&body).send().await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::PAYLOAD_TOO_LARGE, "too_large".into()));

    // Other endpoints take far less.
    let body = json!({ "child": "k".repeat(64 * 1024) });
    let response = server.post("/v1/enrolment-codes", Some(&server.worker_token)).json(&body).send().await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::PAYLOAD_TOO_LARGE, "too_large".into()));
    assert_eq!(server.inbox(&helper).await.len(), 1);
}

async fn malformed_bodies_are_refused_with_400(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let post = |body: String| {
        server.post("/v1/messages", Some(&child.token)).header("content-type", "application/json").body(body).send()
    };

    let not_json = post("{\"envelope\": ".into()).await.unwrap();
    assert_eq!(error_code(not_json).await, (StatusCode::BAD_REQUEST, "malformed_json".into()));
    let wrong_shape = post(json!({ "letter": "hi" }).to_string()).await.unwrap();
    assert_eq!(error_code(wrong_shape).await, (StatusCode::BAD_REQUEST, "malformed_json".into()));
    let not_base64 = post(json!({ "envelope": "%%%" }).to_string()).await.unwrap();
    assert_eq!(error_code(not_base64).await, (StatusCode::BAD_REQUEST, "malformed_base64".into()));
    let not_envelope = post(json!({ "envelope": BASE64.encode(b"\x01hello") }).to_string()).await.unwrap();
    assert_eq!(error_code(not_envelope).await, (StatusCode::BAD_REQUEST, "malformed_envelope".into()));

    let mut bad_id = child.seal(&child.council(), &helper.vouched, "hello");
    bad_id.message_id = "1".into();
    bad_id.sign_with(&child.keys.keys);
    assert_eq!(
        error_code(server.send(&child, &bad_id).await).await,
        (StatusCode::BAD_REQUEST, "malformed_envelope".into())
    );
    assert!(server.inbox(&helper).await.is_empty());
}

async fn errors_never_quote_what_was_sent(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child("kt-1").await;
    let body = json!({ "envelope": ["Jay lives at 12 Elm Road"] }).to_string();
    let response = server
        .post("/v1/messages", Some(&child.token))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let text = response.text().await.unwrap();
    assert!(!text.contains("Elm Road"), "{text}");
}

async fn a_device_sending_too_fast_is_asked_to_wait(backend: Backend) {
    let rate = RateLimit { burst: 3, per_minute: 60 };
    let server = TestServer::start_in(TestData::new(backend), rate).await;
    let child = server.enrol_child("kt-1").await;
    let helper = server.register_helper("amira").await;
    for _ in 0..3 {
        assert_eq!(server.get("/v1/messages", Some(&child.token)).send().await.unwrap().status(), StatusCode::OK);
    }
    let response = server.get("/v1/messages", Some(&child.token)).send().await.unwrap();
    assert_eq!(response.headers()["retry-after"], "1");
    assert_eq!(error_code(response).await, (StatusCode::TOO_MANY_REQUESTS, "rate_limited".into()));

    // Another device is not held up by this one.
    assert_eq!(server.get("/v1/messages", Some(&helper.token)).send().await.unwrap().status(), StatusCode::OK);
    server.clock.advance(TimeDelta::seconds(1));
    assert_eq!(server.get("/v1/messages", Some(&child.token)).send().await.unwrap().status(), StatusCode::OK);
}

async fn an_unknown_path_or_method_gets_a_json_error(backend: Backend) {
    let server = TestServer::start(backend).await;
    let response = server.get("/v1/nothing-here", None).send().await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::NOT_FOUND, "not_found".into()));
    let response = server.get("/v1/enrol", None).send().await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed".into()));
}

/// Many devices send at once while the recipient keeps fetching after its last cursor, as
/// an app does. If a message could become visible after one with a later cursor (as rows
/// from a database sequence can, committing out of order), the recipient would page past
/// it and never see it.
async fn a_recipient_paging_by_cursor_misses_nothing_sent_concurrently(backend: Backend) {
    const SENDERS: usize = 8;
    const EACH: usize = 60;
    let unlimited = RateLimit { burst: 1_000_000, per_minute: 1_000_000 };
    let server = TestServer::start_in(TestData::new(backend), unlimited).await;
    let helper = server.register_helper("amira").await;
    let mut sent = HashSet::new();
    let mut senders = JoinSet::new();
    for child in 0..SENDERS {
        let child = server.enrol_child(&format!("kt-{child}")).await;
        let envelopes: Vec<_> =
            (0..EACH).map(|n| child.seal(&child.council(), &helper.vouched, &format!("message {n}"))).collect();
        sent.extend(envelopes.iter().map(|envelope| envelope.message_id.clone()));
        let (client, url, token) = (reqwest::Client::new(), format!("{}/v1/messages", server.base), child.token);
        senders.spawn(async move {
            for envelope in envelopes {
                let body = json!({ "envelope": BASE64.encode(envelope.to_bytes()) });
                let response = client.post(&url).bearer_auth(&token).json(&body).send().await.unwrap();
                assert_eq!(response.status(), StatusCode::CREATED);
            }
        });
    }

    let mut seen = Vec::new();
    let mut after = 0;
    let fetch = async |after: &mut i64, seen: &mut Vec<String>| {
        let path = format!("/v1/messages?after={after}");
        let page: Value = server.get(&path, Some(&helper.token)).send().await.unwrap().json().await.unwrap();
        let messages = page["messages"].as_array().unwrap();
        for message in messages {
            let cursor = message["cursor"].as_i64().unwrap();
            assert!(cursor > *after, "cursors only grow: {cursor} after {after}");
            *after = cursor;
            let bytes = BASE64.decode(message["envelope"].as_str().unwrap()).unwrap();
            seen.push(Envelope::from_bytes(&bytes).unwrap().message_id);
        }
        assert_eq!(page["next"], *after);
        messages.len()
    };
    while !senders.is_empty() {
        fetch(&mut after, &mut seen).await;
        while let Some(done) = senders.try_join_next() {
            done.unwrap();
        }
    }
    while fetch(&mut after, &mut seen).await > 0 {}

    let unique: HashSet<_> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "no message is fetched twice");
    let missed = sent.difference(&unique).count();
    assert_eq!(missed, 0, "{missed} of {} messages were skipped by a recipient paging by cursor", sent.len());
}

crate::on_both_backends!(
    a_child_sends_a_sealed_message_and_the_helper_opens_it,
    the_helper_answers_and_the_child_reads_it,
    fetching_after_a_cursor_gives_only_newer_messages,
    the_same_message_sent_twice_is_stored_once,
    other_bytes_under_a_used_message_id_are_refused,
    device_endpoints_need_a_known_device_token,
    a_device_cannot_send_as_another_device,
    a_message_to_a_device_not_linked_is_refused,
    an_envelope_signed_with_another_key_is_refused,
    oversized_messages_are_refused_with_413,
    malformed_bodies_are_refused_with_400,
    errors_never_quote_what_was_sent,
    a_device_sending_too_fast_is_asked_to_wait,
    an_unknown_path_or_method_gets_a_json_error,
    a_recipient_paging_by_cursor_misses_nothing_sent_concurrently,
);
