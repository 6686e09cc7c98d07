//! Text renderings of views: cards, one-line lists, decisions and diagrams. Text in a view has
//! passed the trust boundary (`statusgen_kb::text`), so it is printed as it is.

pub mod card;
pub mod compare;
pub mod decision;
pub mod diagram;
pub mod list;
pub mod pager;
#[cfg(test)]
mod tests;

use std::io::{self, IsTerminal, Write};

use statusgen_kb::model::{Retry, Rule};

use crate::style;

/// Width to fit output to: the terminal's (prose capped at 100 columns for reading), else
/// `COLUMNS` when piped, else 80. The one place that decides.
pub fn width() -> usize {
    static WIDTH: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *WIDTH.get_or_init(|| {
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok());
        let columns = if io::stdout().is_terminal() {
            Some(usize::from(dialoguer::console::Term::stdout().size().1))
                .filter(|c| *c > 0)
                .or(columns)
        } else {
            columns
        };
        columns.unwrap_or(80).clamp(20, 100)
    })
}

/// `text` wrapped to `width` (first fit), each line starting with `first` then `rest` as
/// indent. Words are never split, so header names such as If-Unmodified-Since stay whole; a word
/// longer than a line gets a line of its own. Colour codes take no room.
///
/// Hand-written rather than textwrap's `wrap`: on a card this is a third of the instructions of
/// the whole process (docs/BENCHMARKS.md), and cards are plain words separated by spaces.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let pushed: io::Result<()> = wrap_each(text, width, first, rest, |line| {
        lines.push(line.to_string());
        Ok(())
    });
    pushed.unwrap_or_default(); // pushing to a Vec cannot fail
    lines
}

/// `wrap`, handing each line to `line` as it is made, in one buffer.
fn wrap_each<E>(
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    line: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    // Most paragraphs are plain ASCII: then words split on ASCII spaces and a word's width is
    // its length, both checked once here.
    if text.is_ascii() && !text.contains('\u{1b}') {
        fill(text.split_ascii_whitespace(), str::len, width, [first, rest], line)
    } else {
        fill(text.split_whitespace(), shown_width, width, [first, rest], line)
    }
}

/// First fit of `words`, each `size` columns wide, indented by `first` then `rest`.
fn fill<'t, E>(
    words: impl Iterator<Item = &'t str>,
    size: impl Fn(&str) -> usize,
    width: usize,
    [first, rest]: [&str; 2],
    mut emit: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let mut line = String::with_capacity(width + 32);
    line.push_str(first);
    let mut used = shown_width(first);
    let mut empty = true;
    for word in words {
        let size = size(word);
        if !empty && used + 1 + size > width {
            emit(&line)?;
            line.clear();
            line.push_str(rest);
            used = shown_width(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += size;
        empty = false;
    }
    emit(&line)
}

/// Columns a text takes on a terminal, not counting colour codes.
fn shown_width(text: &str) -> usize {
    if text.is_ascii() && !text.contains('\u{1b}') {
        text.len()
    } else {
        dialoguer::console::measure_text_width(text)
    }
}

/// Writes `text` wrapped, each line starting with `first` then `rest` as indent.
pub fn para(out: &mut dyn Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
    wrap_each(text, width(), first, rest, |line| writeln!(out, "{line}"))
}

pub fn section(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", style::heading(title))
}

/// A titled list of bullets; nothing when empty.
pub fn bullets<S: AsRef<str>>(out: &mut dyn Write, title: &str, items: &[S]) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    section(out, title)?;
    for item in items {
        para(out, item.as_ref(), "  • ", "    ")?;
    }
    Ok(())
}

/// Header or other rules, each with its level and section.
pub fn rules(out: &mut dyn Write, title: &str, rules: &[Rule]) -> io::Result<()> {
    if rules.is_empty() {
        return Ok(());
    }
    section(out, title)?;
    for rule in rules {
        let fits = 2 + 10 + rule.field.len() + rule.section.len() + 4 <= width();
        let section = style::dim(format!("({})", rule.section));
        let (level, field) = (style::level(rule.level), style::name(&*rule.field));
        if fits {
            writeln!(out, "  {level} {field}  {section}")?;
        } else {
            writeln!(out, "  {level} {field}\n             {section}")?;
        }
        para(out, &rule.rule, "             ", "             ")?;
    }
    Ok(())
}

/// An example exchange, indented, with the status line stressed.
/// A line longer than the width is wrapped between words, its continuation indented two more
/// than the line, so nothing runs past the terminal's edge.
pub fn example(out: &mut dyn Write, example: &str) -> io::Result<()> {
    for line in example.trim_end().lines().map(str::trim_end) {
        // "  " and the line's own indent, then two more for a continuation.
        let rest = format!("  {}  ", &line[..line.len() - line.trim_start().len()]);
        let indent = &rest[..rest.len() - 2];
        wrap_each(line, width(), indent, &rest, |part| {
            let (lead, text) = part.split_at(part.len() - part.trim_start().len());
            match text {
                "" => writeln!(out),
                l if l.starts_with("HTTP/") => writeln!(out, "  {}", style::name(l)),
                _ => writeln!(out, "{lead}{}", style::dim(text)),
            }
        })?;
    }
    Ok(())
}

/// Plain words for a retry hint.
pub fn retry(retry: Retry) -> &'static str {
    match retry {
        Retry::NotApplicable => "n/a",
        Retry::No => "no",
        Retry::AfterChange => "after changing the request",
        Retry::Later => "later",
    }
}
