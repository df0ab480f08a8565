//! Plans signed by the council that made them.
//!
//! A signed plan carries the plan file's exact bytes and the council's Ed25519 signature
//! over them (signing bytes, not re-serialised JSON, so nothing about JSON formatting
//! can change what was signed). A device accepts a plan only when the council key it
//! pinned at enrolment verifies the signature, and only then reads and checks the plan.
//! Whether a version is newer than the stored one is the store's decision.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ring::signature::{ED25519, Ed25519KeyPair, UnparsedPublicKey};
use serde::{Deserialize, Serialize};

use crate::crypto::CouncilKey;
use crate::plan::ValidPlan;
use crate::validate::{self, MAX_PLAN_BYTES, PlanRejected};

pub const SIGNED_FORMAT: &str = "familytime.signed-plan";
const CONTEXT: &[u8] = b"familytime signed plan v1";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignedPlanError {
    #[error("this is not a signed family-time plan ({0}); the plan on this device was kept")]
    Malformed(String),
    #[error(
        "this plan is not signed by your council, or was changed after signing; it was refused and the plan on this device was kept"
    )]
    NotFromCouncil,
    #[error(transparent)]
    Invalid(#[from] PlanRejected),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignedJson {
    format: String,
    /// The plan file, base64.
    plan: String,
    /// Ed25519 over "familytime signed plan v1" || 4-byte big-endian length || plan bytes.
    signature: String,
}

fn signed_bytes(plan: &[u8]) -> Vec<u8> {
    let mut bytes = CONTEXT.to_vec();
    bytes.extend_from_slice(&(plan.len() as u32).to_be_bytes());
    bytes.extend_from_slice(plan);
    bytes
}

/// The council's side: signs a plan file as it will be published.
pub fn sign(plan_file: &[u8], council: &Ed25519KeyPair) -> Vec<u8> {
    let signed = SignedJson {
        format: SIGNED_FORMAT.to_owned(),
        plan: BASE64.encode(plan_file),
        signature: BASE64.encode(council.sign(&signed_bytes(plan_file))),
    };
    serde_json::to_vec(&signed).expect("a signed plan serialises")
}

/// The device's side: the plan inside `signed`, if the pinned council signed it and it
/// passes every check.
pub fn open(signed: &[u8], council: &CouncilKey) -> Result<ValidPlan, SignedPlanError> {
    // Base64 makes a plan about a third larger; anything bigger is not a plan.
    if signed.len() > MAX_PLAN_BYTES * 2 {
        return Err(SignedPlanError::Malformed(format!("{} bytes is far larger than any plan", signed.len())));
    }
    let outer: SignedJson = serde_json::from_slice(signed).map_err(|e| SignedPlanError::Malformed(e.to_string()))?;
    if outer.format != SIGNED_FORMAT {
        return Err(SignedPlanError::Malformed(format!("the format is \"{}\"", outer.format)));
    }
    let plan = BASE64.decode(outer.plan).map_err(|_| SignedPlanError::Malformed("the plan is not base64".into()))?;
    let signature =
        BASE64.decode(outer.signature).map_err(|_| SignedPlanError::Malformed("the signature is not base64".into()))?;
    UnparsedPublicKey::new(&ED25519, council.0)
        .verify(&signed_bytes(&plan), &signature)
        .map_err(|_| SignedPlanError::NotFromCouncil)?;
    Ok(validate::read_plan(&plan)?)
}
