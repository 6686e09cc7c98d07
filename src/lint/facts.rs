//! The knowledge-base facts the linter reads, in one place (the one import to change when the
//! knowledge base moves to its own crate). What they mean for a review is in `review::headers`.

pub use statusgen_kb::model::{Kb, Status};
