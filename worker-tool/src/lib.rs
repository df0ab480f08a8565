//! The worker tool's library: what the `familytime` command does for social workers and
//! advocates, usable from end-to-end tests.

pub mod desk;
pub mod preview;
pub mod removal;
pub mod web;
