//! The server over real HTTP on 127.0.0.1, with real devices' keys and sealed messages.

mod crash;
mod duty;
mod enrolment;
mod links;
mod messages;
mod plans;
mod privacy;
mod process;
mod receipts;
mod requests;
mod support;
mod tls;
