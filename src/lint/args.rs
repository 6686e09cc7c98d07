//! The command line of `statusgen lint`. Its arguments are built only when `lint` runs, and when
//! the completions or the man page are generated (see `cli::Command`).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

// `statusgen lint`; its line in `--help` is in `cli::Command`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// OpenAPI 3.x or Swagger 2.0 files, YAML or JSON; `-` reads stdin
    #[arg(value_name = "FILE", required_unless_present = "explain")]
    pub files: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = LintFormat::Text)]
    pub format: LintFormat,
    /// Rule set; strict adds the coverage and conditional-header rules [default: recommended]
    #[arg(long, value_enum)]
    pub profile: Option<Profile>,
    /// Turn rules off (repeat, or separate with commas)
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub disable: Vec<String>,
    /// Change a rule's severity (error, warning, info or off)
    #[arg(long, value_name = "RULE=LEVEL")]
    pub severity: Vec<String>,
    /// The team's code for validation failures
    #[arg(long, value_enum)]
    pub validation: Option<Validation>,
    /// Exit 1 when a finding is at or above this severity [default: error]
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<Severity>,
    /// Settings file [default: statusgen.toml here or in a parent directory]
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// The folder `$ref`s may read other files from [default: the working directory and the
    /// document's folder, never `/`]
    #[arg(long, value_name = "DIR")]
    pub ref_root: Option<PathBuf>,
    /// Explain a rule (its id, as shown in brackets) and exit
    #[arg(long, value_name = "RULE")]
    pub explain: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    /// file:line:col: severity[rule]: message, with the source line
    Text,
    Json,
    /// SARIF 2.1.0
    Sarif,
    /// GitHub Actions workflow annotations
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    Recommended,
    Strict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// The team's code for validation failures (`--validation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
pub enum Validation {
    #[value(name = "400")]
    #[serde(rename = "400")]
    BadRequest,
    #[value(name = "422")]
    #[serde(rename = "422")]
    Unprocessable,
}
