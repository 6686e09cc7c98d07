//! The review engine under `lint` (OpenAPI descriptions) and `check` (HTTP exchanges): the rule
//! table, the settings (options, profiles, `statusgen.toml`), placed findings, and the outputs
//! (text, JSON, SARIF, GitHub annotations). A reader produces `rules::Finding`s, places them as
//! `report::Located`, and hands them to a `Report` a file at a time (`lint`) or to `finish` all at
//! once (`check`); a new rule, format or option is written here once.

pub mod args;
pub mod baseline;
pub mod catalog;
pub mod config;
pub mod emit;
pub mod headers;
pub mod input;
pub mod output;
pub mod progress;
pub mod repeats;
pub mod report;
mod report_exchange;
pub mod rules;
pub mod streamed;
pub mod summary;
pub mod text;
mod writer;

use std::io::Write;

use args::Options;
use config::Settings;
use report::Located;
pub use writer::Report;

use crate::error::Error;
use crate::exit::Exit;

/// `--explain RULE` and `--list-rules`, answered before anything is read; `None` when neither
/// was asked.
pub fn answer_about_rules(
    out: &mut dyn Write,
    options: &args::Options,
    scope: rules::Scope,
) -> Result<Option<Exit>, Error> {
    if let Some(id) = &options.explain {
        let rule = config::rule(id).map_err(Error::Usage)?;
        out.write_all(rules::explain(rule).as_bytes())?;
        return Ok(Some(Exit::Success));
    }
    if options.list_rules {
        rules::list(out, options.format, scope)?;
        return Ok(Some(Exit::Success));
    }
    Ok(None)
}

/// Writes the findings of a run handed over at once (`Report` takes them a file at a time) and
/// decides the exit.
pub fn finish(
    out: &mut dyn Write,
    options: &Options,
    settings: &Settings,
    found: Vec<Located>,
    files: usize,
    failed: usize,
) -> Result<Exit, Error> {
    let mut report = Report::start(out, options, settings)?;
    report.file(found)?;
    report.end(files, failed)
}
