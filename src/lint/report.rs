//! Findings with file, line and column, and the text report.

use std::io::{self, Write};

use super::rules::{self, Finding, Severity};
use super::source::Docs;
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

/// Longer source lines (minified JSON) are cut to a window around the column.
const WINDOW: usize = 60;

pub fn locate(docs: &Docs, finding: Finding) -> Located {
    let doc = docs.get(finding.site.doc);
    let source = &doc.tree.source;
    let (line, column, start, byte) = doc.lines().locate(source, finding.site.pos);
    // Only a window around the key is looked at: a minified file is one line of megabytes.
    let from = floor_boundary(source, byte.saturating_sub(WINDOW * 4).max(start));
    let to = floor_boundary(source, (byte + WINDOW * 8).min(source.len()));
    let window = &source[from..to];
    let at = byte - from;
    let line_end = window[at..].find(['\n', '\r']).map_or(window.len(), |e| at + e);
    let width = token_width(&window[at..line_end]);
    let (before, token, after) = (&window[..at], &window[at..at + width], &window[at + width..line_end]);
    let before: String = before.replace('\t', "    ");
    let skip = before.chars().count().saturating_sub(WINDOW);
    let before: String = before.chars().skip(skip).collect();
    let cut = after.chars().count() > WINDOW || (line_end == window.len() && to < source.len());
    let after: String = after.chars().take(WINDOW).collect();
    let (before, token, after) = (shown(&before), shown(token), shown(&after));
    let prefix = if skip > 0 || from > start { "…" } else { "" };
    let caret = (
        prefix.chars().count() + before.chars().count(),
        token.chars().count().max(1),
    );
    let suffix = if cut { "…" } else { "" };
    Located {
        file: doc.name.clone(),
        line,
        column,
        excerpt: format!("{prefix}{before}{token}{after}{suffix}"),
        caret,
        finding,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The length in bytes of the key at the start of `text`: a quoted string or a plain word.
fn token_width(text: &str) -> usize {
    let mut chars = text.char_indices();
    match chars.next() {
        Some((_, q @ ('"' | '\''))) => {
            let mut escaped = false;
            for (i, c) in chars {
                if c == q && !escaped {
                    return i + 1;
                }
                escaped = c == '\\' && !escaped;
            }
            text.len()
        }
        Some(_) => text.find([':', ' ', ',', '\t']).unwrap_or(text.len()).max(1),
        None => 0,
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

/// The findings of one file (the summary follows the last file: `summary`).
pub fn text(out: &mut dyn Write, found: &[Located]) -> io::Result<()> {
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
    Ok(())
}

/// `counts`: how many findings of each severity (info, warning, error) were written.
pub fn summary(out: &mut dyn Write, counts: [usize; 3], files: usize, unread: usize) -> io::Result<()> {
    let count = |s: Severity| counts[s as usize];
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
    if counts.iter().sum::<usize>() == 0 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_widths() {
        assert_eq!(token_width("\"401\": {"), 5);
        assert_eq!(token_width("'401':"), 5);
        assert_eq!(token_width("401:"), 3);
        assert_eq!(token_width("\"a\\\"b\": 1"), 6);
        assert_eq!(token_width("get"), 3);
        assert_eq!(token_width(""), 0);
    }
}
