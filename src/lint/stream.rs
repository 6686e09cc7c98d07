//! The report written a file at a time, in the order the files were given, in every format:
//! a run holds the findings of the files in progress, never of all of them, so three 200 MB
//! descriptions take the memory of one. JSON and SARIF are written as the same pretty text
//! `emit::json` makes of the whole, an element at a time.

use std::io::{self, Write};

use super::args::LintFormat;
use super::emit;
use super::report::{self, Located};
use super::rules::Severity;

pub struct Stream<'a> {
    out: &'a mut dyn Write,
    format: LintFormat,
    /// Findings written, per severity (info, warning, error).
    counts: [usize; 3],
    /// SARIF: what follows the results, and the indentation of a result.
    tail: String,
    indent: String,
}

/// Stands for the results in the SARIF log, to split it around them.
const RESULTS: &str = "\u{0}results";

impl<'a> Stream<'a> {
    pub fn begin(out: &'a mut dyn Write, format: LintFormat) -> io::Result<Stream<'a>> {
        let mut stream = Stream {
            out,
            format,
            counts: [0; 3],
            tail: String::new(),
            indent: String::new(),
        };
        if format == LintFormat::Sarif {
            let mut whole = Vec::new();
            crate::emit::json(&mut whole, &emit::sarif_log(RESULTS.into()))?;
            let whole = String::from_utf8_lossy(&whole).into_owned();
            let marker = "\"\\u0000results\"";
            let (head, tail) = whole.split_once(marker).unwrap_or((&whole, ""));
            let line = head.rsplit('\n').next().unwrap_or("");
            stream.indent = " ".repeat(line.len() - line.trim_start().len() + 2);
            stream.out.write_all(head.as_bytes())?;
            stream.tail = tail.to_string();
        }
        Ok(stream)
    }

    fn written(&self) -> usize {
        self.counts.iter().sum()
    }

    /// One file's findings.
    pub fn file(&mut self, found: &[Located]) -> io::Result<()> {
        match self.format {
            LintFormat::Text => report::text(self.out, found)?,
            LintFormat::Github => emit::github(self.out, found)?,
            LintFormat::Json => {
                for f in found {
                    self.item(&emit::json_item(f), "  ", f.finding.severity)?;
                }
            }
            LintFormat::Sarif => {
                let indent = std::mem::take(&mut self.indent);
                for f in found {
                    self.item(&emit::sarif_result(f), &indent, f.finding.severity)?;
                }
                self.indent = indent;
            }
        }
        if matches!(self.format, LintFormat::Text | LintFormat::Github) {
            for f in found {
                self.counts[f.finding.severity as usize] += 1;
            }
        }
        Ok(())
    }

    /// An element of the JSON array or of SARIF's results, pretty and indented.
    fn item(&mut self, value: &impl serde::Serialize, indent: &str, severity: Severity) -> io::Result<()> {
        self.out.write_all(if self.written() == 0 { b"[" } else { b"," })?;
        let mut out = Indented {
            out: &mut *self.out,
            indent: indent.as_bytes(),
            newline: true,
        };
        crate::emit::json(&mut out, value)?;
        self.counts[severity as usize] += 1;
        Ok(())
    }

    /// Ends the report (the text summary, the end of the JSON); the worst severity written.
    pub fn end(self, files: usize, unread: usize) -> io::Result<Option<Severity>> {
        let any = self.written() > 0;
        match self.format {
            LintFormat::Text => report::summary(self.out, self.counts, files, unread)?,
            LintFormat::Github => {}
            LintFormat::Json => self.out.write_all(if any { b"\n]\n" } else { b"[]\n" })?,
            LintFormat::Sarif => {
                let close = if any {
                    format!("\n{}]", &self.indent[2..])
                } else {
                    "[]".into()
                };
                self.out.write_all(close.as_bytes())?;
                self.out.write_all(self.tail.as_bytes())?;
            }
        }
        let worst = [Severity::Error, Severity::Warning, Severity::Info];
        Ok(worst.into_iter().find(|&s| self.counts[s as usize] > 0))
    }
}

/// Writes through, with `indent` after every line end and the last line end left out: a
/// pretty value written at the depth it has inside the whole document.
struct Indented<'w, 'i> {
    out: &'w mut dyn Write,
    indent: &'i [u8],
    /// A line end seen and not yet written.
    newline: bool,
}

impl Write for Indented<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            if self.newline {
                self.out.write_all(b"\n")?;
                self.out.write_all(self.indent)?;
                self.newline = false;
            }
            match rest.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    self.out.write_all(&rest[..at])?;
                    self.newline = true;
                    rest = &rest[at + 1..];
                }
                None => {
                    self.out.write_all(rest)?;
                    rest = &[];
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
