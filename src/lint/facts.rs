//! The knowledge-base facts the linter reads, in one place (the one import to change when the
//! knowledge base moves to its own crate).

pub use statusgen_kb::model::{Kb, Level, Rule, Status};

/// `Status` as shown in messages.
pub fn status_name(status: Status) -> &'static str {
    crate::style::status_name(status)
}
