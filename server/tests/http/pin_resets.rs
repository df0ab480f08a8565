//! A child who forgot their app's PIN: a one-time code from the social worker, good
//! only on that child's phone, once, for a day; never an enrolment code.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Keys, TestServer, error_code};

async fn reset_code(server: &TestServer, child: &str) -> String {
    let response =
        server.post("/v1/pin-reset-codes", Some(&server.worker_token)).json(&json!({ "child": child })).send().await;
    let response = response.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["expires_at"], "2026-11-23T10:00:00Z", "a code lasts 24 hours");
    answer["code"].as_str().unwrap().to_owned()
}

async fn use_code(server: &TestServer, token: &str, code: &str) -> reqwest::Response {
    server.post("/v1/pin-resets", Some(token)).json(&json!({ "code": code })).send().await.unwrap()
}

async fn a_code_works_once_and_only_on_its_own_childs_phone(backend: Backend) {
    let server = TestServer::start(backend).await;
    let jay = server.enrol_child("kt-jay").await;
    let mia = server.enrol_child("kt-mia").await;
    let code = reset_code(&server, "kt-jay").await;

    let on_mias_phone = use_code(&server, &mia.token, &code).await;
    assert_eq!(error_code(on_mias_phone).await, (StatusCode::FORBIDDEN, "code_unknown".into()));
    let typed = code.replace('-', " ").to_lowercase();
    assert_eq!(use_code(&server, &jay.token, &typed).await.status(), StatusCode::NO_CONTENT);
    let again = use_code(&server, &jay.token, &code).await;
    assert_eq!(error_code(again).await, (StatusCode::GONE, "code_used".into()));
}

async fn a_code_expires_after_a_day_and_never_enrols_a_device(backend: Backend) {
    let server = TestServer::start(backend).await;
    let jay = server.enrol_child("kt-jay").await;
    let code = reset_code(&server, "kt-jay").await;
    let enrolling = server.enrol(&code, &Keys::new().public()).await;
    assert_eq!(error_code(enrolling).await, (StatusCode::FORBIDDEN, "code_unknown".into()));
    server.clock.advance(TimeDelta::hours(24));
    let late = use_code(&server, &jay.token, &code).await;
    assert_eq!(error_code(late).await, (StatusCode::GONE, "code_expired".into()));
}

async fn only_the_worker_makes_codes_and_only_a_childs_device_uses_them(backend: Backend) {
    let server = TestServer::start(backend).await;
    let jay = server.enrol_child("kt-jay").await;
    let amira = server.register_helper("amira").await;
    let response =
        server.post("/v1/pin-reset-codes", Some(&jay.token)).json(&json!({ "child": "kt-jay" })).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let code = reset_code(&server, "kt-jay").await;
    let by_helper = use_code(&server, &amira.token, &code).await;
    assert_eq!(error_code(by_helper).await, (StatusCode::FORBIDDEN, "not_a_child".into()));
    let nobody = server.post("/v1/pin-resets", None).json(&json!({ "code": code })).send().await.unwrap();
    assert_eq!(nobody.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(use_code(&server, &jay.token, &code).await.status(), StatusCode::NO_CONTENT, "the code was kept");
}

crate::on_both_backends!(
    a_code_works_once_and_only_on_its_own_childs_phone,
    a_code_expires_after_a_day_and_never_enrols_a_device,
    only_the_worker_makes_codes_and_only_a_childs_device_uses_them,
);
