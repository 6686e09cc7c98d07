//! The review engine under `lint` (OpenAPI descriptions) and `check` (HTTP exchanges): the rule
//! table, the settings (options, profiles, `statusgen.toml`), placed findings, and the outputs
//! (text, JSON, SARIF, GitHub annotations). A reader produces `rules::Finding`s, places them as
//! `report::Located`, and hands them to `finish`; a new rule, format or option is written here once.

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
pub mod summary;
pub mod text;

use std::io::Write;

use args::{Format, Options};
use config::Settings;
use report::Located;
use summary::Tally;

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

/// Writes the findings in the chosen format, after escaping them once and taking out those of
/// the baseline (or writing the baseline), and decides the exit: 2 when a file could not be read,
/// 1 when a finding reaches `--fail-on`, else 0. Text ends with a summary; GitHub's format also
/// writes a job summary to `$GITHUB_STEP_SUMMARY` when it is set.
pub fn finish(
    out: &mut dyn Write,
    options: &Options,
    settings: &Settings,
    found: Vec<Located>,
    files: usize,
    failed: usize,
) -> Result<Exit, Error> {
    let mut found: Vec<Located> = found.into_iter().map(Located::escaped).collect();
    let mut accepted = 0;
    if let Some(path) = &options.write_baseline {
        baseline::write(path, &found).map_err(|e| {
            let shown = text::shown(&path.display().to_string()).into_owned();
            Error::Usage(format!("cannot write baseline {shown}: {}", input::io_message(&e)))
        })?;
        accepted = found.len();
        found.clear();
    } else if let Some(known) = &settings.baseline {
        let before = found.len();
        found.retain(|f| !known.contains(f));
        accepted = before - found.len();
    }
    let exit = if failed > 0 {
        Exit::Usage
    } else if found.iter().any(|f| f.finding.severity >= settings.fail_on) {
        Exit::Findings
    } else {
        Exit::Success
    };
    let tally = Tally {
        files: files - failed,
        unread: failed,
        accepted,
        wrote_baseline: options.write_baseline.is_some(),
        fail_on: settings.fail_on,
        exit,
    };
    match options.format {
        Format::Text => report::text(out, &found, &tally)?,
        Format::Json => emit::json(out, &found)?,
        Format::Sarif => emit::sarif(out, &found, settings.reader)?,
        Format::Github => {
            let hidden = emit::github(out, &found)?;
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let markdown = summary::markdown(&found, &tally, hidden);
                let written = output::create(std::path::Path::new(&path), true)
                    .and_then(|mut f| f.write_all(markdown.as_bytes()));
                if let Err(e) = written {
                    let _ = writeln!(
                        std::io::stderr().lock(),
                        "warning: cannot write the job summary: {}",
                        input::io_message(&e)
                    );
                }
            }
        }
    }
    Ok(exit)
}
