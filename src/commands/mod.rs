//! One module per subcommand, each with a `run`.

pub mod categories;
pub mod generate;
pub mod list;
pub mod lookup;
pub mod search;
pub mod tree;
