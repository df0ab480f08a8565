//! Enrolment codes, a child's device enrolling, helpers' devices being registered.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{Backend, Keys, TestServer, error_code, vouched};

async fn a_child_enrols_with_a_code_and_learns_the_council_key_and_their_helpers(backend: Backend) {
    let server = TestServer::start(backend).await;
    let social_worker = server.register_helper("amira").await;
    let advocate = server.register_helper("tom").await;

    let code = server.new_code("kt-2026-0413").await;
    assert_eq!(code["expires_at"], "2026-11-23T10:00:00Z", "a code lasts 24 hours");
    let keys = Keys::new();
    let response = server.enrol(code["code"].as_str().unwrap(), &keys.public()).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let answer: serde_json::Value = response.json().await.unwrap();

    let child = vouched(&answer["vouched"]);
    let council = familytime_core::crypto::CouncilKey(
        base64::Engine::decode(&base64::engine::general_purpose::STANDARD, answer["council_key"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap(),
    );
    assert_eq!(child.device, answer["device"]);
    assert_eq!(child.keys, keys.public(), "the server vouches for the keys the device sent");
    child.verify(&council).expect("the child's key is signed by the council key it was given");
    let helpers: Vec<_> = answer["helpers"].as_array().unwrap().iter().map(vouched).collect();
    assert_eq!(helpers, vec![social_worker.vouched.clone(), advocate.vouched.clone()]);
    for helper in &helpers {
        helper.verify(&council).expect("every helper's key is signed by the same council");
    }
    assert_ne!(answer["token"], social_worker.token, "every device has its own token");
}

async fn a_code_works_once(backend: Backend) {
    let server = TestServer::start(backend).await;
    let code = server.new_code("kt-1").await;
    let code = code["code"].as_str().unwrap();
    assert_eq!(server.enrol(code, &Keys::new().public()).await.status(), StatusCode::CREATED);

    let again = server.enrol(code, &Keys::new().public()).await;
    assert_eq!(error_code(again).await, (StatusCode::GONE, "code_used".into()));
}

async fn a_code_can_be_typed_in_lower_case_without_dashes(backend: Backend) {
    let server = TestServer::start(backend).await;
    let code = server.new_code("kt-1").await;
    let typed = code["code"].as_str().unwrap().replace('-', "").to_lowercase();
    assert_eq!(server.enrol(&typed, &Keys::new().public()).await.status(), StatusCode::CREATED);
}

async fn a_code_expires_after_24_hours(backend: Backend) {
    let server = TestServer::start(backend).await;
    let early = server.new_code("kt-1").await;
    let late = server.new_code("kt-2").await;

    server.clock.advance(TimeDelta::hours(24) - TimeDelta::seconds(1));
    let response = server.enrol(early["code"].as_str().unwrap(), &Keys::new().public()).await;
    assert_eq!(response.status(), StatusCode::CREATED, "a code still works just before its 24 hours are up");

    server.clock.advance(TimeDelta::seconds(1));
    let response = server.enrol(late["code"].as_str().unwrap(), &Keys::new().public()).await;
    assert_eq!(error_code(response).await, (StatusCode::GONE, "code_expired".into()));
}

async fn an_unknown_code_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let response = server.enrol("ABCD-EFGH-JKMN-PQRS", &Keys::new().public()).await;
    assert_eq!(error_code(response).await, (StatusCode::FORBIDDEN, "code_unknown".into()));
}

async fn keys_that_are_not_32_bytes_of_base64_are_refused_and_the_code_is_kept(backend: Backend) {
    let server = TestServer::start(backend).await;
    let code = server.new_code("kt-1").await;
    let code = code["code"].as_str().unwrap();
    let body = json!({ "code": code, "signing_key": "AAAA", "sealing_key": "not base64!" });
    let response = server.post("/v1/enrol", None).json(&body).send().await.unwrap();
    assert_eq!(error_code(response).await, (StatusCode::BAD_REQUEST, "malformed_key".into()));

    assert_eq!(server.enrol(code, &Keys::new().public()).await.status(), StatusCode::CREATED);
}

async fn a_helper_device_is_registered_and_vouched_for(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    assert!(helper.device.starts_with("d-"));
    assert_eq!(helper.vouched.keys, helper.keys.public());

    // A child enrolling later learns this helper's key, signed by the council.
    let child = server.enrol_child("kt-1").await;
    let helpers: Vec<_> = child.answer["helpers"].as_array().unwrap().iter().map(vouched).collect();
    assert_eq!(helpers, vec![helper.vouched.clone()]);
    helper.vouched.verify(&child.council()).unwrap();
}

async fn worker_endpoints_need_the_worker_token(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child("kt-1").await;
    let body = json!({ "child": "kt-2" });
    for token in [None, Some("not-the-token"), Some(child.token.as_str())] {
        let response = server.post("/v1/enrolment-codes", token).json(&body).send().await.unwrap();
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(error_code(response).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()), "{token:?}");
        let response = server.post("/v1/helper-devices", token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{token:?}");
    }
}

crate::on_both_backends!(
    a_child_enrols_with_a_code_and_learns_the_council_key_and_their_helpers,
    a_code_works_once,
    a_code_can_be_typed_in_lower_case_without_dashes,
    a_code_expires_after_24_hours,
    an_unknown_code_is_refused,
    keys_that_are_not_32_bytes_of_base64_are_refused_and_the_code_is_kept,
    a_helper_device_is_registered_and_vouched_for,
    worker_endpoints_need_the_worker_token,
);
