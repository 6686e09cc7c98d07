//! Findings placed in a file (line, column, excerpt), their escaping, and the text report.

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
    /// The exchange a `check` finding is about; `None` for `lint`. Its line is 0 when the input
    /// has no useful lines (a HAR file): the exchange and the pointer place it.
    pub exchange: Option<Exchange>,
}

/// Which exchange of a file a finding is about, as `check` shows it.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// 0-based index in the file (a HAR's `log.entries`, a transcript's responses).
    pub entry: usize,
    pub method: String,
    /// The input did not tell the method (`curl -si`): method-dependent rules assumed `method`.
    pub method_assumed: bool,
    pub url: String,
    pub status: u16,
}

impl Exchange {
    /// `GET http://h/x -> 404` (`GET -> 404` when the input names no URL), escaped.
    pub fn shown(&self) -> String {
        let mut text = shown(&self.method).into_owned();
        if !self.url.is_empty() {
            text.push(' ');
            text.push_str(&shown(&self.url));
        }
        format!("{text} -> {}", self.status)
    }
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

impl Located {
    /// The finding with every text that came from a document escaped (control, C1, bidi and
    /// zero-width characters as `\u{…}`): done once, where the report is written, for every
    /// format, so no message can forget it.
    pub fn escaped(mut self) -> Located {
        let clean = |s: &mut String| {
            // Printable ASCII (nearly every message) needs no look at each character.
            if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                return;
            }
            if let std::borrow::Cow::Owned(escaped) = shown(s) {
                *s = escaped;
            }
        };
        clean(&mut self.finding.message);
        clean(&mut self.finding.site.pointer);
        clean(&mut self.file);
        clean(&mut self.excerpt);
        if let Some(exchange) = &mut self.exchange {
            clean(&mut exchange.method);
            clean(&mut exchange.url);
        }
        self
    }
}

pub fn text(out: &mut dyn Write, found: &[Located], tally: &super::summary::Tally) -> io::Result<()> {
    for f in found {
        if let Some(exchange) = &f.exchange {
            super::report_exchange::text(out, f, exchange)?;
            continue;
        }
        let gutter = f.line.to_string().len();
        let pad = " ".repeat(gutter);
        let bar = style::dim("|");
        writeln!(
            out,
            "{}:{}:{}: {}{}: {}",
            f.file,
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
    super::summary::text(out, found, tally)
}
