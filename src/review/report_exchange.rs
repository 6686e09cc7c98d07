//! The text report of a finding about an exchange (`check`): where (file and line, or entry),
//! the exchange (method, URL, status), the message, and the header or body excerpt.

use std::io::{self, Write};

use super::report::{Exchange, Located, card, severity_label};
use super::rules::Severity;
use super::text::shown;
use crate::style;

pub fn text(out: &mut dyn Write, f: &Located, exchange: &Exchange) -> io::Result<()> {
    let place = if f.line > 0 {
        format!("{}:{}", shown(&f.file), f.line)
    } else {
        format!("{}#{}", shown(&f.file), exchange.entry)
    };
    writeln!(
        out,
        "{place}: {}{}: {}",
        severity_label(f.finding.severity),
        style::dim(format!("[{}]", f.finding.rule)),
        f.finding.message
    )?;
    let bar = style::dim("|");
    let assumed = if exchange.method_assumed {
        " (method assumed)"
    } else {
        ""
    };
    writeln!(out, "  {bar} {}{assumed}", exchange.shown())?;
    if !f.excerpt.is_empty() {
        writeln!(out, "  {bar} {}", f.excerpt)?;
        let marks = format!("{}{}", " ".repeat(f.caret.0), "^".repeat(f.caret.1));
        let marks = match f.finding.severity {
            Severity::Error => style::bad(&marks),
            Severity::Warning => style::warn(&marks),
            Severity::Info => style::name(&marks),
        };
        writeln!(out, "  {bar} {marks}")?;
    }
    if let Some(code) = card(&f.finding) {
        writeln!(out, "  {} see: statusgen lookup {}", style::dim("="), style::code(code))?;
    }
    writeln!(out)
}
