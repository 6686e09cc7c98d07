//! Findings placed in a file (line, column, excerpt), and the text report.

use std::io::{self, Write};

use super::rules::{self, Finding, Severity};
use super::text::shown;
use crate::style;

/// A finding placed in its file, ready for any output format.
#[derive(Debug, Clone)]
pub struct Located {
    pub finding: Finding,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The source line (escaped, shortened around the column), the caret's offset and width in it.
    pub excerpt: String,
    pub caret: (usize, usize),
}

pub fn severity_label(severity: Severity) -> style::Styled<'static> {
    match severity {
        Severity::Error => style::bad_bold("error"),
        Severity::Warning => style::warn_bold("warning"),
        Severity::Info => style::name("info"),
    }
}

pub fn card(finding: &Finding) -> Option<u16> {
    rules::find(finding.rule).and_then(|r| r.card).or(finding.code)
}

pub fn text(out: &mut dyn Write, found: &[Located], files: usize, unread: usize) -> io::Result<()> {
    for f in found {
        let gutter = f.line.to_string().len();
        let pad = " ".repeat(gutter);
        let bar = style::dim("|");
        writeln!(
            out,
            "{}:{}:{}: {}{}: {}",
            shown(&f.file),
            f.line,
            f.column,
            severity_label(f.finding.severity),
            style::dim(format!("[{}]", f.finding.rule)),
            f.finding.message
        )?;
        writeln!(out, "{pad} {bar}")?;
        writeln!(out, "{} {bar} {}", style::dim(f.line.to_string()), f.excerpt)?;
        let marks = format!("{}{}", " ".repeat(f.caret.0), "^".repeat(f.caret.1));
        let marks = match f.finding.severity {
            Severity::Error => style::bad(&marks),
            Severity::Warning => style::warn(&marks),
            Severity::Info => style::name(&marks),
        };
        writeln!(out, "{pad} {bar} {marks}")?;
        if let Some(code) = card(&f.finding) {
            writeln!(
                out,
                "{pad} {} see: statusgen lookup {}",
                style::dim("="),
                style::code(code)
            )?;
        }
        writeln!(out)?;
    }
    summary(out, found, files, unread)
}

fn summary(out: &mut dyn Write, found: &[Located], files: usize, unread: usize) -> io::Result<()> {
    let count = |s: Severity| found.iter().filter(|f| f.finding.severity == s).count();
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let (errors, warnings, infos) = (count(Severity::Error), count(Severity::Warning), count(Severity::Info));
    let mut files = plural(files, "file");
    if unread > 0 {
        files.push_str(&format!(" ({} could not be read)", plural(unread, "file")));
    }
    if found.is_empty() {
        return writeln!(out, "{} in {files}", style::good("no findings"));
    }
    let errors = plural(errors, "error");
    let errors = if count(Severity::Error) > 0 {
        style::bad_bold(errors)
    } else {
        style::plain(errors)
    };
    let warnings = plural(warnings, "warning");
    let warnings = if count(Severity::Warning) > 0 {
        style::warn_bold(warnings)
    } else {
        style::plain(warnings)
    };
    writeln!(out, "{errors}, {warnings}, {infos} info in {files}")
}
