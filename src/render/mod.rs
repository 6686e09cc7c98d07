//! Text renderings of views: cards, one-line lists, decisions and diagrams. Text in a view has
//! passed the trust boundary (`statusgen_kb::text`), so it is printed as it is.

pub mod apart;
pub mod card;
pub mod compare;
pub mod decision;
pub mod described;
pub mod diagram;
pub mod list;
pub mod pager;
pub mod quiz;
#[cfg(test)]
mod tests;

use std::io::{self, Write};

use statusgen_kb::model::{Retry, Rule};

use crate::style;
use crate::wrap::wrap_each;
pub use crate::wrap::{width, wrap};

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

/// An example exchange, indented, with the status line stressed. It is code: never wrapped, so a
/// copied line (a JSON body, a header) is the line as it was written, whatever the width; the
/// terminal folds what is too long for it, and a pipe gets it whole.
pub fn example(out: &mut dyn Write, example: &str) -> io::Result<()> {
    for line in example.trim_end().lines().map(str::trim_end) {
        let (lead, text) = line.split_at(line.len() - line.trim_start().len());
        match text {
            "" => writeln!(out)?,
            l if l.starts_with("HTTP/") => writeln!(out, "  {lead}{}", style::name(l))?,
            _ => writeln!(out, "  {lead}{}", style::dim(text))?,
        }
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
