//! The review engine under `lint` (OpenAPI descriptions) and `check` (HTTP exchanges): the rule
//! table, the settings (options, profiles, `statusgen.toml`), placed findings, and the outputs
//! (text, JSON, SARIF, GitHub annotations). A reader produces `rules::Finding`s, places them as
//! `report::Located`, and hands them to `finish`; a new rule, format or option is written here once.

pub mod args;
pub mod config;
pub mod emit;
pub mod input;
pub mod progress;
pub mod report;
pub mod rules;
pub mod text;

use std::io::Write;

use args::Format;
use config::Settings;
use report::Located;

use crate::exit::Exit;

/// Writes the findings in the chosen format and decides the exit: 2 when a file could not be
/// read, 1 when a finding reaches `--fail-on`, else 0.
pub fn finish(
    out: &mut dyn Write,
    format: Format,
    settings: &Settings,
    found: &[Located],
    files: usize,
    failed: usize,
) -> std::io::Result<Exit> {
    match format {
        Format::Text => report::text(out, found, files - failed, failed)?,
        Format::Json => emit::json(out, found)?,
        Format::Sarif => emit::sarif(out, found)?,
        Format::Github => emit::github(out, found)?,
    }
    Ok(if failed > 0 {
        Exit::Usage
    } else if found.iter().any(|f| f.finding.severity >= settings.fail_on) {
        Exit::Findings
    } else {
        Exit::Success
    })
}
