//! Who may message whom: once a child's plan is published, only the helpers it names.

use familytime_core::crypto::VouchedKey;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Party, TestServer, error_code, file, sample, vouched};

async fn contacts(server: &TestServer, party: &Party) -> Vec<VouchedKey> {
    let answer: Value = server.get("/v1/contacts", Some(&party.token)).send().await.unwrap().json().await.unwrap();
    answer["contacts"].as_array().unwrap().iter().map(vouched).collect()
}

/// Jay's sample plan at `version`, naming these devices on its first helpers.
fn jay_naming(version: u32, devices: &[&Party]) -> Vec<u8> {
    let mut plan = sample("jay-8-10");
    plan["version"] = json!(version);
    for (helper, device) in plan["helpers"].as_array_mut().unwrap().iter_mut().zip(devices) {
        helper["device"] = json!(device.device);
    }
    file(&plan)
}

async fn a_published_plan_links_its_child_to_the_helpers_it_names_and_no_others(backend: Backend) {
    let server = TestServer::start(backend).await;
    let amira = server.register_helper("amira").await;
    let tom = server.register_helper("tom").await;
    let sam = server.register_helper("sam").await;
    let jay = server.enrol_child("kt-2026-0413").await;
    let mia = server.enrol_child("nct-5521-m").await;
    let everyone = vec![amira.vouched.clone(), tom.vouched.clone(), sam.vouched.clone()];
    assert_eq!(contacts(&server, &jay).await, everyone, "before a plan, every helper of the council");

    assert_eq!(server.publish(&jay_naming(7, &[&amira, &tom])).await.status(), StatusCode::CREATED);
    assert_eq!(contacts(&server, &jay).await, vec![amira.vouched.clone(), tom.vouched.clone()]);
    assert_eq!(contacts(&server, &sam).await, vec![mia.vouched.clone()], "Sam is not in Jay's plan");
    assert_eq!(contacts(&server, &amira).await, vec![jay.vouched.clone(), mia.vouched.clone()]);
    assert_eq!(contacts(&server, &mia).await, everyone, "Mia has no plan yet");

    let council = jay.council();
    let to_amira = jay.seal(&council, &amira.vouched, "Can I see Kai more?");
    assert_eq!(server.send(&jay, &to_amira).await.status(), StatusCode::CREATED);
    let to_sam = jay.seal(&council, &sam.vouched, "hello");
    assert_eq!(
        error_code(server.send(&jay, &to_sam).await).await,
        (StatusCode::FORBIDDEN, "recipient_not_linked".into())
    );
    let from_sam = sam.seal(&council, &jay.vouched, "hello");
    let refused = server.send(&sam, &from_sam).await;
    assert_eq!(error_code(refused).await, (StatusCode::FORBIDDEN, "recipient_not_linked".into()));

    // The latest version decides: Tom's device is taken off the plan.
    assert_eq!(server.publish(&jay_naming(8, &[&amira])).await.status(), StatusCode::CREATED);
    assert_eq!(contacts(&server, &jay).await, vec![amira.vouched.clone()]);
    let from_tom = tom.seal(&council, &jay.vouched, "hello");
    let refused = server.send(&tom, &from_tom).await;
    assert_eq!(error_code(refused).await, (StatusCode::FORBIDDEN, "recipient_not_linked".into()));

    let second_phone = server.enrol_child("kt-2026-0413").await;
    let helpers: Vec<_> = second_phone.answer["helpers"].as_array().unwrap().iter().map(vouched).collect();
    assert_eq!(helpers, vec![amira.vouched.clone()], "a device enrolling later learns only the plan's helpers");
}

crate::on_both_backends!(a_published_plan_links_its_child_to_the_helpers_it_names_and_no_others);
