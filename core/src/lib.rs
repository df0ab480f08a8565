//! Family Time's core: a child's family-time plan, the calendar it makes, the encrypted
//! store that keeps it, and the screens built from it.
//!
//! Nothing here knows about FFI or HTTP; SQL stays inside [`store`].

pub mod calendar;
pub mod changes;
pub mod crypto;
pub mod explain;
pub mod feelings;
pub mod keys;
pub mod l10n;
pub mod lock;
pub mod messages;
pub mod plan;
pub mod privacy;
mod problem;
pub mod reach;
mod reading;
pub mod relay;
pub mod reminders;
pub mod repeat;
pub mod screens;
pub mod signed;
pub mod store;
pub mod sync;
pub mod validate;
