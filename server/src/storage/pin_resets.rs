//! One-time codes for a child's forgotten app PIN: what both backends share.

use super::CodeUse;

/// Kept apart from enrolment codes: a reset code must never enrol a device.
pub(super) const SQLITE_TABLE: &str = "CREATE TABLE pin_reset_codes (
    code_hash BLOB PRIMARY KEY,
    plan TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
) STRICT;";

pub(super) const POSTGRES_TABLE: &str = "CREATE TABLE pin_reset_codes (
    code_hash bytea PRIMARY KEY,
    plan text NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
);";

/// What using a code found: `code` is its expiry and use, if it exists for this child.
pub(super) fn code_use(code: Option<(i64, Option<i64>)>, now: i64) -> CodeUse {
    match code {
        None => CodeUse::Unknown,
        Some((_, Some(_))) => CodeUse::AlreadyUsed,
        Some((expires_at, None)) if now >= expires_at => CodeUse::Expired,
        Some(_) => CodeUse::Used,
    }
}
