//! The report of a run, written a file at a time: each file's findings are escaped, taken out
//! when the baseline has them (or written to the baseline being made), counted and written as
//! soon as they are handed over, and dropped. Only the counts (`Tally`), the end of the format
//! (SARIF's and JSON's closing brackets) and the first lines of GitHub's job summary wait for
//! the end, so a run holds one file's findings at a time however many files it has.

use std::io::Write;

use super::args::{Format, Options};
use super::config::Settings;
use super::emit::{self, Github};
use super::report::{self, Located};
use super::streamed::{JsonList, MARK};
use super::summary::{self, Tally};
use super::{baseline, input, text};
use crate::error::Error;
use crate::exit::Exit;

pub struct Report<'a> {
    out: &'a mut dyn Write,
    settings: &'a Settings,
    form: Form,
    /// The baseline being written (`--write-baseline`): it takes every finding.
    writing: Option<(baseline::Writer, &'a std::path::Path)>,
    tally: Tally,
}

/// What a format keeps between files.
enum Form {
    Text,
    Json(JsonList),
    Sarif(JsonList),
    /// The annotations' counts, and the first findings for the job summary.
    Github(Github, Vec<String>),
}

impl<'a> Report<'a> {
    /// Starts the report (JSON and SARIF write their opening here) and the baseline to write.
    pub fn start(out: &'a mut dyn Write, options: &'a Options, settings: &'a Settings) -> Result<Report<'a>, Error> {
        let writing = match &options.write_baseline {
            Some(path) => Some((
                baseline::Writer::create(path).map_err(|e| unwritable(path, &e))?,
                path.as_path(),
            )),
            None => None,
        };
        let form = match options.format {
            Format::Text => Form::Text,
            Format::Json => Form::Json(JsonList::start(out, &[MARK])?),
            Format::Sarif => Form::Sarif(JsonList::start(out, &emit::sarif_log(settings.reader))?),
            Format::Github => Form::Github(Github::default(), Vec::new()),
        };
        Ok(Report {
            out,
            settings,
            form,
            writing,
            tally: Tally::new(settings.fail_on, options.write_baseline.is_some()),
        })
    }

    /// The findings of the next file (in the order the files were given).
    pub fn file(&mut self, found: Vec<Located>) -> Result<(), Error> {
        for f in found {
            let f = f.escaped();
            if let Some((writer, path)) = &mut self.writing {
                writer.add(&f).map_err(|e| unwritable(path, &e))?;
                self.tally.accepted += 1;
                continue;
            }
            if self.settings.baseline.as_ref().is_some_and(|known| known.contains(&f)) {
                self.tally.accepted += 1;
                continue;
            }
            self.tally.count(&f);
            let out = &mut *self.out;
            match &mut self.form {
                Form::Text => report::text(out, &f)?,
                Form::Json(list) => list.item(out, &emit::json_value(&f))?,
                Form::Sarif(list) => list.item(out, &emit::sarif_result(&f, self.settings.reader))?,
                Form::Github(github, listed) => {
                    github.write(out, &f)?;
                    if listed.len() < summary::LISTED {
                        listed.push(summary::listed(&f));
                    }
                }
            }
        }
        Ok(())
    }

    /// Ends the report and decides the exit: 2 when a file could not be read, 1 when a finding
    /// reaches `--fail-on`, else 0. Text ends with a summary; GitHub's format also writes a job
    /// summary to `$GITHUB_STEP_SUMMARY` when it is set.
    pub fn end(mut self, files: usize, failed: usize) -> Result<Exit, Error> {
        if let Some((writer, path)) = self.writing.take() {
            writer.end().map_err(|e| unwritable(path, &e))?;
        }
        let tally = &mut self.tally;
        tally.files = files - failed;
        tally.unread = failed;
        tally.exit = if failed > 0 {
            Exit::Usage
        } else if tally.failing() > 0 {
            Exit::Findings
        } else {
            Exit::Success
        };
        let out = &mut *self.out;
        match self.form {
            Form::Text => summary::text(out, tally)?,
            Form::Json(list) | Form::Sarif(list) => list.end(out)?,
            Form::Github(github, listed) => {
                github.end(out)?;
                if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                    job_summary(&path, &summary::markdown(tally, &listed, github.rest));
                }
            }
        }
        Ok(tally.exit)
    }
}

/// Appends to the job summary; a summary that cannot be written is a warning, not a failure.
fn job_summary(path: &std::ffi::OsStr, markdown: &str) {
    let written =
        super::output::create(std::path::Path::new(path), true).and_then(|mut f| f.write_all(markdown.as_bytes()));
    if let Err(e) = written {
        let _ = writeln!(
            std::io::stderr().lock(),
            "warning: cannot write the job summary: {}",
            input::io_message(&e)
        );
    }
}

fn unwritable(path: &std::path::Path, e: &std::io::Error) -> Error {
    let shown = text::shown(&path.display().to_string()).into_owned();
    Error::Usage(format!("cannot write baseline {shown}: {}", input::io_message(e)))
}
