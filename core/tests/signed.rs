//! Only a plan the child's council signed reaches the child, and a refused plan leaves
//! the one on the phone as it was.

mod common;

use common::*;
use familytime_core::crypto::CouncilKey;
use familytime_core::keys::FileKeyStore;
use familytime_core::signed::{self, SignedPlanError};
use familytime_core::store::{Imported, Store, StoreError};
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};
use serde_json::json;

fn council() -> Ed25519KeyPair {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
    Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap()
}

fn pinned(council: &Ed25519KeyPair) -> CouncilKey {
    CouncilKey(council.public_key().as_ref().try_into().unwrap())
}

fn plan_file(version: u32) -> Vec<u8> {
    let mut plan = base();
    plan["version"] = json!(version);
    serde_json::to_vec_pretty(&plan).unwrap()
}

#[test]
fn a_plan_signed_by_the_pinned_council_opens() {
    let council = council();
    let signed = signed::sign(&plan_file(3), &council);
    let plan = signed::open(&signed, &pinned(&council)).unwrap();
    assert_eq!(plan.version, 3);
    let mut expected = valid(base()).into_plan();
    expected.version = 3;
    assert_eq!(plan.plan(), &expected);
}

#[test]
fn a_forged_altered_or_other_councils_plan_is_refused() {
    let (ours, theirs) = (council(), council());
    let forged = signed::sign(&plan_file(3), &theirs);
    assert_eq!(signed::open(&forged, &pinned(&ours)), Err(SignedPlanError::NotFromCouncil));

    // Change one byte of the plan inside a genuine signed plan.
    let mut outer: serde_json::Value = serde_json::from_slice(&signed::sign(&plan_file(3), &ours)).unwrap();
    let mut plan = plan_file(3);
    let at = plan.windows(4).position(|w| w == b"Nan\"").unwrap();
    plan[at] = b'D';
    outer["plan"] = json!(base64_of(&plan));
    let altered = serde_json::to_vec(&outer).unwrap();
    assert_eq!(signed::open(&altered, &pinned(&ours)), Err(SignedPlanError::NotFromCouncil));
    assert!(SignedPlanError::NotFromCouncil.to_string().contains("the plan on this device was kept"));
}

#[test]
fn a_truncated_or_foreign_file_is_refused_as_malformed() {
    let council = council();
    let signed = signed::sign(&plan_file(3), &council);
    for cut in [0, 10, signed.len() / 2, signed.len() - 1] {
        assert!(matches!(signed::open(&signed[..cut], &pinned(&council)), Err(SignedPlanError::Malformed(_))));
    }
    let raw_plan = plan_file(3);
    assert!(matches!(signed::open(&raw_plan, &pinned(&council)), Err(SignedPlanError::Malformed(_))));
    let huge = vec![b' '; 3 * 1024 * 1024];
    assert!(matches!(signed::open(&huge, &pinned(&council)), Err(SignedPlanError::Malformed(_))));
}

#[test]
fn a_signed_plan_is_still_checked() {
    let council = council();
    let mut plan = base();
    plan["arrangements"][0]["venue"]["description"] = json!("the centre, SE15 4QT");
    let signed = signed::sign(&serde_json::to_vec(&plan).unwrap(), &council);
    let Err(SignedPlanError::Invalid(rejected)) = signed::open(&signed, &pinned(&council)) else {
        panic!("a signed plan with an address was accepted")
    };
    assert_eq!(rejected.problems[0].path, "/arrangements/0/venue/description");
}

#[test]
fn replaying_an_older_signed_plan_leaves_the_newer_one_in_place() {
    let council = council();
    let dir = tempfile::tempdir().unwrap();
    let keys = FileKeyStore::new(dir.path().join("keys"));
    let mut store = Store::open(&dir.path().join("familytime.db"), &keys, uk("2026-11-22T09:00")).unwrap();
    let open = |version| signed::open(&signed::sign(&plan_file(version), &council), &pinned(&council)).unwrap();
    assert_eq!(
        store.import_plan(open(5), uk("2026-11-22T09:00")).unwrap(),
        Imported::Stored { replaced: None, changes: 0 }
    );
    let replay = store.import_plan(open(4), uk("2026-11-22T09:05")).unwrap_err();
    assert!(matches!(replay, StoreError::OlderPlan { offered: 4, stored: 5 }));
    assert_eq!(store.plan().unwrap().unwrap().version, 5);
}

fn base64_of(bytes: &[u8]) -> String {
    base64::Engine::encode(&base64::engine::general_purpose::STANDARD, bytes)
}
