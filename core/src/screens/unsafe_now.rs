//! "I feel unsafe right now": who can help at once, whatever the time, with or without a
//! network, a code or a plan. The urgent message goes to the social worker; before any
//! plan names one it waits, and the screen says so.

use serde::Serialize;

use super::chrome::{Button, button};
use crate::l10n::Words;
use crate::plan::{HelperRole, Plan};

/// What the dialler is given: the numbers never change with the language.
const EMERGENCY: &str = "999";
const CHILDLINE: &str = "08001111";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnsafeView {
    pub title: String,
    /// Contains 999.
    pub danger: String,
    /// Contains Childline's 0800 1111.
    pub childline: String,
    pub trusted_adult: String,
    /// Where the urgent message went, or that it waits until there is someone to send it to.
    pub told: String,
    /// 999 first, then Childline: each opens the dialler with its number.
    pub calls: Vec<CallButton>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallButton {
    /// Digits for the dialler: "999", "08001111".
    pub number: String,
    pub button: Button,
}

/// `plan` is `None` before one has arrived; the help numbers need none.
pub fn unsafe_now(words: &Words, plan: Option<&Plan>) -> UnsafeView {
    let helpers = plan.map(|p| p.helpers.as_slice()).unwrap_or_default();
    let social_worker = helpers.iter().find(|h| h.role == HelperRole::SocialWorker);
    // The store sends it to the same person: the social worker, or else the first helper.
    let told = match social_worker.or(helpers.first()) {
        Some(helper) => words.line("unsafe-told", &[("name", helper.name.as_str().into())]),
        None => words.line("unsafe-told-waiting", &[]),
    };
    let call = |number: &str, id: &str| CallButton { number: number.to_owned(), button: button(words, id) };
    UnsafeView {
        title: words.line("unsafe-title", &[]),
        danger: words.line("unsafe-danger", &[]),
        childline: words.line("unsafe-childline", &[]),
        trusted_adult: words.line("unsafe-trusted-adult", &[]),
        told,
        calls: vec![call(EMERGENCY, "unsafe-call-999"), call(CHILDLINE, "unsafe-call-childline")],
    }
}
