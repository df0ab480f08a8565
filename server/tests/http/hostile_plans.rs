//! Hostile plan files against the server: a refusal never repeats the file's text, nothing
//! after the plan is accepted, and checking plans that are slow to check never stops the
//! server answering anyone else.

use std::time::{Duration, Instant};

use familytime_server::checks::CheckBudget;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, ServerProcess, TestData, TestServer, error_code, file, sample};

const JAY: &str = "kt-2026-0413";

/// Edits to Jay's plan that each put address-like text (marked QXV) where a refusal
/// used to repeat it.
fn leaky_plans() -> Vec<(String, Vec<u8>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures/address-leaks.json");
    let leaks: Vec<Value> = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    leaks
        .iter()
        .map(|leak| {
            let mut plan = sample("jay-8-10");
            let (parent, key) = leak["at"].as_str().unwrap().rsplit_once('/').unwrap();
            match plan.pointer_mut(parent).unwrap() {
                Value::Array(items) => items[key.parse::<usize>().unwrap()] = leak["value"].clone(),
                object => drop(object.as_object_mut().unwrap().insert(key.into(), leak["value"].clone())),
            }
            (leak["how"].as_str().unwrap().to_owned(), file(&plan))
        })
        .collect()
}

async fn a_refused_plan_s_text_never_comes_back_in_the_answer(backend: Backend) {
    let server = TestServer::start(backend).await;
    for (how, plan) in leaky_plans() {
        let response = server.publish_at(JAY, &plan).await;
        let status = response.status();
        let text = response.text().await.unwrap();
        assert!(status.is_client_error(), "{how}: {status} {text}");
        assert!(!text.contains("QXV") && !text.contains("Acacia"), "{how}: the answer repeats the plan: {text}");
    }
    // The plan id in the address is not this file's: neither id is repeated.
    let response = server.publish_at("kt-someone-else", &file(&sample("jay-8-10"))).await;
    let text = response.text().await.unwrap();
    assert!(text.contains("plan_id_mismatch") && !text.contains("kt-someone-else") && !text.contains(JAY), "{text}");
}

async fn bytes_after_the_plan_are_refused_and_nothing_is_published(backend: Backend) {
    let server = TestServer::start(backend).await;
    let child = server.enrol_child(JAY).await;
    for tail in [&b"{}"[..], b"\0", b"garbage"] {
        let mut plan = file(&sample("jay-8-10"));
        plan.extend_from_slice(tail);
        assert_eq!(
            error_code(server.publish_at(JAY, &plan).await).await,
            (StatusCode::UNPROCESSABLE_ENTITY, "invalid_plan".into())
        );
    }
    assert_eq!(server.fetch_plan(&child, None).await.status(), StatusCode::NOT_FOUND, "nothing was published");
}

/// The slowest kind of plan that still passes: as many daily arrangements as stay inside
/// the plan's limits on sessions (core/src/reach.rs), each expanded by the check. Bigger
/// plans are refused early, before any expansion.
fn slow_plan() -> Vec<u8> {
    let mut plan = sample("jay-8-10");
    let daily = json!({
        "id": "", "with": ["mum"], "form": "phone_call", "support": "unsupported",
        "purpose": "So you can hear Mum's voice every day.",
        "schedule": { "start": "2026-06-03T18:00", "duration_minutes": 10, "repeat": "FREQ=DAILY" }
    });
    let arrangements = plan["arrangements"].as_array_mut().unwrap();
    for i in 0..20 {
        let mut one = daily.clone();
        one["id"] = json!(format!("call-{i}"));
        arrangements.push(one);
    }
    let bytes = plan.to_string().into_bytes();
    assert!(bytes.len() < familytime_core::validate::MAX_PLAN_BYTES);
    bytes
}

async fn slow_checks_never_stop_the_server_answering_others(backend: Backend) {
    let budget = CheckBudget { at_once: 1, time: Duration::from_secs(2) };
    let server = TestServer::start_configured(TestData::new(backend), |config| config.checks = budget).await;
    let plan = slow_plan();
    let publishing: Vec<_> = (0..4)
        .map(|_| {
            let request = server.put(&format!("/v1/plans/{JAY}"), Some(&server.worker_token)).body(plan.clone());
            tokio::spawn(request.send())
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;
    for _ in 0..5 {
        let asked = Instant::now();
        let duty = server.get("/v1/duty", Some(&server.worker_token)).send().await.unwrap();
        assert_eq!(duty.status(), StatusCode::OK);
        assert!(asked.elapsed() < Duration::from_secs(1), "the duty list took {:?}", asked.elapsed());
    }
    for publish in publishing {
        let response = publish.await.unwrap().unwrap();
        // Checked in time, or refused with a reason: too slow, or the server busy with others.
        let status = response.status();
        let answer: Value = response.json().await.unwrap();
        assert!(
            matches!(
                (status.as_u16(), answer["error"].as_str()),
                (201 | 200, _) | (409, _) | (422, Some("plan_too_slow")) | (503, Some("busy"))
            ),
            "{status} {answer}"
        );
    }
}

async fn the_server_stops_on_sigterm_while_a_check_runs(backend: Backend) {
    let cwd = tempfile::tempdir().unwrap();
    let database = TestData::new(backend);
    let mut server = ServerProcess::start(cwd.path(), &database);
    let token = std::fs::read_to_string(cwd.path().join("server-data/worker-token")).unwrap();

    let put = reqwest::Client::new()
        .put(format!("{}/v1/plans/{JAY}", server.base))
        .bearer_auth(token.trim())
        .body(slow_plan());
    let publishing = tokio::spawn(put.send());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let exit = server.stop_with("TERM");
    assert!(exit.success(), "{exit}");
    // The publish under way was answered or cut off, never left hanging.
    let _ = publishing.await.unwrap();
}

crate::on_both_backends!(
    the_server_stops_on_sigterm_while_a_check_runs,
    a_refused_plan_s_text_never_comes_back_in_the_answer,
    bytes_after_the_plan_are_refused_and_nothing_is_published,
    slow_checks_never_stop_the_server_answering_others,
);
