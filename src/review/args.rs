//! The options of the review commands (`lint`, `check`) and their closed sets.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

// The options every review command shares (`lint` reads descriptions, `check` exchanges): the
// output, the rule set and severities, the exit threshold, the settings file. (No doc comment:
// clap would take it for the command's line in `--help`.)
#[derive(Debug, clap::Args)]
pub struct Options {
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
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
    /// Explain a rule (its id, as shown in brackets) and exit
    #[arg(long, value_name = "RULE")]
    pub explain: Option<String>,
    /// List the rules (id, severity, profiles, summary) and exit; -f json for JSON
    #[arg(long)]
    pub list_rules: bool,
    /// Report only findings that are not in this baseline file
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Write every finding to this baseline file (JSON, keyed by fingerprint), then exit 0
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
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
