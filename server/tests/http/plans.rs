//! A worker publishing a child's plan; the child's device fetching it, signed, and asking
//! again cheaply when nothing changed.

use familytime_core::l10n::problems;
use familytime_core::relay::{FetchedPlan, Relay, RelayError};
use familytime_core::signed;
use familytime_core::validate::{self, MAX_PLAN_BYTES};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Party, TestServer, error_code, file, sample, sample_file};

const JAY: &str = "kt-2026-0413";

/// Jay's sample plan at `version`.
fn jay(version: u32) -> Value {
    let mut plan = sample("jay-8-10");
    plan["version"] = json!(version);
    plan
}

async fn published(response: reqwest::Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    response.json().await.unwrap()
}

/// The signed plan the child's device is given now, and its ETag.
async fn current(server: &TestServer, child: &Party) -> (Vec<u8>, String) {
    let response = server.fetch_plan(child, None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let etag = response.headers()["etag"].to_str().unwrap().trim_matches('"').to_owned();
    (response.bytes().await.unwrap().to_vec(), etag)
}

async fn a_published_plan_reaches_its_child_signed_by_the_council(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    assert_eq!(child.answer["child"], JAY, "the device learns whose plan to expect");

    let plan_file = file(&jay(7));
    let answer = published(server.publish(&plan_file).await, StatusCode::CREATED).await;
    assert_eq!((answer["plan_id"].as_str(), answer["version"].as_u64()), (Some(JAY), Some(7)));

    let (signed_plan, etag) = current(&server, &child).await;
    assert_eq!(etag, answer["etag"].as_str().unwrap());
    let opened = signed::open(&signed_plan, &child.council()).expect("the council key the device pinned verifies it");
    assert_eq!(opened, validate::read_plan(&plan_file).unwrap(), "the device gets exactly the file the worker sent");
}

async fn an_unchanged_plan_is_a_304_without_a_body_until_a_new_version(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    server.publish(&file(&jay(7))).await;
    let (_, etag) = current(&server, &child).await;

    let again = server.fetch_plan(&child, Some(&etag)).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.bytes().await.unwrap().is_empty());

    let mut next = jay(8);
    next["child"]["family_time_word"] = json!("seeing my family");
    server.publish(&file(&next)).await;
    let changed = server.fetch_plan(&child, Some(&etag)).await;
    assert_eq!(changed.status(), StatusCode::OK, "a new version is sent to a device holding the old one");
    let opened = signed::open(&changed.bytes().await.unwrap(), &child.council()).unwrap();
    assert_eq!((opened.version, opened.child.family_time_word.as_deref()), (8, Some("seeing my family")));
}

/// The request and the whole answer on the wire, headers and all, for `GET /v1/plan`
/// with `if_none_match`.
async fn on_the_wire(server: &TestServer, child: &Party, if_none_match: Option<&str>) -> (String, Vec<u8>) {
    use std::io::{Read, Write};
    let address = server.base.trim_start_matches("http://").to_owned();
    let condition = if_none_match.map(|etag| format!("If-None-Match: \"{etag}\"\r\n")).unwrap_or_default();
    let request = format!(
        "GET /v1/plan HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {}\r\n{condition}Connection: close\r\n\r\n",
        child.token
    );
    // A plain socket on the blocking pool, so nothing between the test and the wire adds or hides bytes.
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(&address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        (request, answer)
    })
    .await
    .unwrap()
}

/// An unchanged plan costs a device almost nothing: the bytes on the wire for each
/// sample, printed for docs/performance.md (`cargo test -p familytime-server plans -- --nocapture`).
async fn an_unchanged_plan_costs_a_few_hundred_bytes_on_the_wire(backend: Backend) {
    let server = TestServer::start(backend).await;
    for name in ["cerys-11-18-cy", "jay-8-10", "leo-11-18", "mia-4-7"] {
        let plan_file = sample_file(name);
        let child = server.enrol_child(sample(name)["plan_id"].as_str().unwrap()).await;
        let answer = published(server.publish(&plan_file).await, StatusCode::CREATED).await;
        let (_, full) = on_the_wire(&server, &child, None).await;
        let (asked, unchanged) = on_the_wire(&server, &child, answer["etag"].as_str()).await;
        assert!(full.starts_with(b"HTTP/1.1 200 "), "{name}");
        assert!(unchanged.starts_with(b"HTTP/1.1 304 "), "{name}");
        assert!(unchanged.ends_with(b"\r\n\r\n"), "{name}: a 304 has no body");
        assert!(unchanged.len() < 200, "{name}: an unchanged plan costs {} bytes", unchanged.len());
        println!(
            "{name}: plan file {} bytes; full answer {} bytes; unchanged: a {}-byte request, a {}-byte 304",
            plan_file.len(),
            full.len(),
            asked.len(),
            unchanged.len()
        );
    }
}

async fn a_child_with_no_plan_yet_is_told_so(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    assert_eq!(error_code(server.fetch_plan(&child, None).await).await, (StatusCode::NOT_FOUND, "no_plan".into()));
}

async fn each_child_s_device_receives_only_that_child_s_plan(backend: Backend) {
    let server = TestServer::start(backend).await;
    let jay_device = server.enrol_child(JAY).await;
    let mia_device = server.enrol_child("nct-5521-m").await;
    let leo_device = server.enrol_child("cam-0098-l").await;
    server.publish(&file(&jay(7))).await;
    server.publish(&file(&sample("mia-4-7"))).await;

    for (device, plan_id) in [(&jay_device, JAY), (&mia_device, "nct-5521-m")] {
        let (signed_plan, _) = current(&server, device).await;
        assert_eq!(signed::open(&signed_plan, &device.council()).unwrap().plan_id, plan_id);
    }
    let leo = server.fetch_plan(&leo_device, None).await;
    assert_eq!(error_code(leo).await, (StatusCode::NOT_FOUND, "no_plan".into()), "Leo's plan is not published");
}

async fn a_helper_s_device_has_no_plan_to_fetch(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    server.publish(&file(&jay(7))).await;
    let response = server.fetch_plan(&helper, None).await;
    assert_eq!(error_code(response).await, (StatusCode::FORBIDDEN, "not_a_child".into()));
}

async fn a_plan_with_problems_is_refused_with_each_problem_and_the_published_one_stays(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    server.publish(&file(&jay(7))).await;
    let (before, _) = current(&server, &child).await;

    let mut broken = jay(8);
    broken["arrangements"][0]["changes"][1].as_object_mut().unwrap().remove("reason");
    broken["arrangements"][0]["activities"] = json!("tea at Nan's, 12 Acacia Road");
    let broken = file(&broken);
    let response = server.publish(&broken).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = response.text().await.unwrap();
    assert!(!text.contains("Acacia"), "a refusal never repeats an address: {text}");
    let answer: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(answer["error"], "invalid_plan");
    let expected = validate::read_plan(&broken).unwrap_err().problems;
    assert_eq!(expected.len(), 2, "{expected:?}");
    let english: Vec<_> = expected.iter().map(|p| problems::english().explain(p)).collect();
    assert_eq!(answer["problems"], json!(english), "the same problems `familytime plan check` lists");
    // Each by id and arguments too, for a client to say in its own language.
    assert_eq!(answer["problems"][0]["id"], "change-reason-missing", "{answer}");
    assert_eq!(answer["problems"][0]["args"], json!({ "kind": "reduced" }), "{answer}");
    assert!(answer["problems"][0]["message"].as_str().unwrap().contains("(reduced) has no reason"), "{answer}");

    assert_eq!(current(&server, &child).await.0, before, "version 7 is still the child's plan");
}

async fn less_family_time_without_a_reason_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    server.publish(&file(&jay(7))).await;
    let (before, _) = current(&server, &child).await;

    // Two hours with Mum and Kai every Wednesday become one, and nothing says why.
    let mut less = jay(8);
    less["arrangements"][0]["schedule"]["duration_minutes"] = json!(60);
    assert!(validate::read_plan(&file(&less)).is_ok(), "on its own the new version is a valid plan");
    let response = server.publish(&file(&less)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"], "invalid_plan");
    assert_eq!(answer["problems"][0]["path"], "/arrangements/0", "{answer}");

    assert_eq!(current(&server, &child).await.0, before);
}

async fn a_lower_version_is_refused_and_the_current_one_named(backend: Backend) {
    let server = TestServer::start(backend).await;
    server.publish(&file(&jay(7))).await;
    let response = server.publish(&file(&jay(6))).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"], "older_version");
    assert!(answer["message"].as_str().unwrap().contains("version 7 is already published"), "{answer}");
}

async fn publishing_the_same_version_again_is_harmless(backend: Backend) {
    let server = TestServer::start(backend).await;
    let first = published(server.publish(&file(&jay(7))).await, StatusCode::CREATED).await;
    let again = published(server.publish(&file(&jay(7))).await, StatusCode::OK).await;
    assert_eq!(first, again);
}

async fn the_same_version_published_at_once_by_several_workers_is_stored_once(backend: Backend) {
    let server = std::sync::Arc::new(TestServer::start(backend).await);
    let mut publishes = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let server = server.clone();
        publishes.spawn(async move { server.publish(&file(&jay(7))).await.status() });
    }
    let mut statuses = publishes.join_all().await;
    statuses.sort();
    assert_eq!(statuses, [vec![StatusCode::OK; 7], vec![StatusCode::CREATED]].concat());
}

async fn the_same_version_with_other_content_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    server.publish(&file(&jay(7))).await;
    let (before, _) = current(&server, &child).await;

    let mut other = jay(7);
    other["child"]["family_time_word"] = json!("seeing my family");
    let response = server.publish(&file(&other)).await;
    assert_eq!(error_code(response).await, (StatusCode::CONFLICT, "version_conflict".into()));
    assert_eq!(current(&server, &child).await.0, before);
}

async fn a_file_too_large_to_be_a_plan_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let response = server.publish_at(JAY, &vec![b' '; MAX_PLAN_BYTES + 1]).await;
    assert_eq!(error_code(response).await, (StatusCode::PAYLOAD_TOO_LARGE, "too_large".into()));
}

async fn a_plan_published_under_another_child_s_id_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mia_device = server.enrol_child("nct-5521-m").await;
    let response = server.publish_at("nct-5521-m", &file(&jay(7))).await;
    assert_eq!(error_code(response).await, (StatusCode::BAD_REQUEST, "plan_id_mismatch".into()));
    let mia = server.fetch_plan(&mia_device, None).await;
    assert_eq!(error_code(mia).await, (StatusCode::NOT_FOUND, "no_plan".into()));
}

async fn only_the_worker_token_publishes(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    for token in [None, Some("not-the-token"), Some(child.token.as_str())] {
        let response = server.put(&format!("/v1/plans/{JAY}"), token).body(file(&jay(7))).send().await.unwrap();
        assert_eq!(error_code(response).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()), "{token:?}");
    }
    assert_eq!(server.fetch_plan(&child, None).await.status(), StatusCode::NOT_FOUND);
}

async fn a_worker_s_desk_fetches_the_published_version_and_no_device_can(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    let helper = server.register_helper("amira").await;
    let path = format!("/v1/plans/{JAY}");
    let before = server.get(&path, Some(&server.worker_token)).send().await.unwrap();
    assert_eq!(error_code(before).await, (StatusCode::NOT_FOUND, "no_plan".into()));

    server.publish(&file(&jay(7))).await;
    server.publish(&file(&jay(8))).await;
    let answer = server.get(&path, Some(&server.worker_token)).send().await.unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    let signed_plan = answer.bytes().await.unwrap();
    assert_eq!(signed_plan, current(&server, &child).await.0, "the desk compares with what the child has");
    assert_eq!(signed::open(&signed_plan, &child.council()).unwrap().version, 8);

    for token in [None, Some(child.token.as_str()), Some(helper.token.as_str())] {
        let response = server.get(&path, token).send().await.unwrap();
        assert_eq!(error_code(response).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()), "{token:?}");
    }
    let odd = server.get("/v1/plans/kt%01", Some(&server.worker_token)).send().await.unwrap();
    assert_eq!(error_code(odd).await.0, StatusCode::BAD_REQUEST);
}

/// The worker tool and the app use `familytime_core::relay`: the same round trip through it.
async fn the_relay_client_publishes_and_fetches_as_the_app_and_worker_tool_do(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    let relay = Relay::new(&server.base, None).unwrap();

    let fetched = relay.fetch_plan(&child.token, None).await.unwrap_err();
    assert!(matches!(&fetched, RelayError::Refused { status: 404, code, .. } if code == "no_plan"), "{fetched}");

    let published = relay.publish_plan(&server.worker_token, &file(&jay(7))).await.unwrap();
    assert_eq!((published.plan_id.as_str(), published.version), (JAY, 7));
    let FetchedPlan::Signed { bytes, etag } = relay.fetch_plan(&child.token, None).await.unwrap() else {
        panic!("the first fetch brings the plan")
    };
    assert_eq!(etag, published.etag);
    assert_eq!(signed::open(&bytes, &child.council()).unwrap().version, 7);
    assert_eq!(relay.fetch_plan(&child.token, Some(&etag)).await.unwrap(), FetchedPlan::Unchanged);

    let mut less = jay(8);
    less["arrangements"][0]["schedule"]["duration_minutes"] = json!(60);
    let refused = relay.publish_plan(&server.worker_token, &file(&less)).await.unwrap_err();
    let RelayError::PlanRefused(rejected) = &refused else { panic!("{refused}") };
    assert_eq!(rejected.problems[0].path, "/arrangements/0");
    assert!(refused.to_string().contains("did not publish"), "{refused}");
}

crate::on_both_backends!(
    the_relay_client_publishes_and_fetches_as_the_app_and_worker_tool_do,
    a_published_plan_reaches_its_child_signed_by_the_council,
    an_unchanged_plan_is_a_304_without_a_body_until_a_new_version,
    an_unchanged_plan_costs_a_few_hundred_bytes_on_the_wire,
    a_child_with_no_plan_yet_is_told_so,
    each_child_s_device_receives_only_that_child_s_plan,
    a_helper_s_device_has_no_plan_to_fetch,
    a_plan_with_problems_is_refused_with_each_problem_and_the_published_one_stays,
    less_family_time_without_a_reason_is_refused,
    a_lower_version_is_refused_and_the_current_one_named,
    publishing_the_same_version_again_is_harmless,
    the_same_version_published_at_once_by_several_workers_is_stored_once,
    the_same_version_with_other_content_is_refused,
    a_file_too_large_to_be_a_plan_is_refused,
    a_plan_published_under_another_child_s_id_is_refused,
    only_the_worker_token_publishes,
    a_worker_s_desk_fetches_the_published_version_and_no_device_can,
);
