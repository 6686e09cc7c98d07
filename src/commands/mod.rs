//! One module per subcommand, each with a `run` that builds a view and emits it.

pub mod categories;
pub mod compare;
pub mod decide;
pub mod describe;
pub mod generate;
pub mod list;
pub mod lookup;
pub mod quiz;
pub mod search;
pub mod tree;
