//! The command line of `statusgen lint`. Its arguments are built only when `lint` runs, and when
//! the completions or the man page are generated (see `cli::Command`).

use std::path::PathBuf;

use crate::review::args::Options;

// `statusgen lint`; its line in `--help` is in `cli::Command`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// OpenAPI 3.x or Swagger 2.0 files, YAML or JSON; `-` reads stdin
    #[arg(value_name = "FILE", required_unless_present_any = ["explain", "list_rules"])]
    pub files: Vec<PathBuf>,
    /// The folder `$ref`s may read other files from [default: the working directory and the
    /// document's folder, never `/`]
    #[arg(long, value_name = "DIR")]
    pub ref_root: Option<PathBuf>,
    #[command(flatten)]
    pub review: Options,
}
