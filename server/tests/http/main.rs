//! The server over real HTTP on 127.0.0.1, with real devices' keys and sealed messages.

mod backup;
mod crash;
mod device_removal;
mod duty;
mod enrolment;
mod health_and_logs;
mod hostile_plans;
mod links;
mod messages;
mod openapi;
mod pin_resets;
mod plans;
mod privacy;
mod process;
mod receipts;
mod requests;
mod retention;
mod slow_clients;
mod support;
mod tls;
