//! One line per code (`list`, `search`) and the classes (`categories`).

use std::io::{self, IsTerminal, Write};

use serde::{Serialize, Serializer};
use statusgen_kb::class_label;
use statusgen_kb::model::{Code, Status};

use super::para;
use crate::emit::View;
use crate::style;

/// Codes in groups, each under an optional heading. JSON: one flat array of codes.
pub struct Lines<'a> {
    pub groups: Vec<Group<'a>>,
}

pub struct Group<'a> {
    /// `4xx Client Error`; `None` for an ungrouped list such as search results.
    pub title: Option<String>,
    pub codes: Vec<&'a Code>,
}

/// A code as JSON: its fields plus the class it belongs to.
#[derive(Serialize)]
pub struct Entry<'a> {
    pub class: String,
    #[serde(flatten)]
    pub code: &'a Code,
}

impl Serialize for Lines<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let codes = self.groups.iter().flat_map(|g| g.codes.iter());
        serializer.collect_seq(codes.map(|code| Entry {
            class: class_label(code.code),
            code,
        }))
    }
}

impl View for Lines<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        self.text_at(out, super::width(), io::stdout().is_terminal())
    }
}

/// The layout for these codes at a width, on a terminal or into a pipe.
pub(super) fn layout(codes: &[&Code], width: usize, terminal: bool) -> Layout {
    let longest = codes.iter().map(|c| name(c).chars().count());
    let column = longest.max().unwrap_or(0).min(NAME_COLUMN);
    if !terminal {
        Layout::OneLine { column }
    } else if width >= 7 + column + 2 + SUMMARY_COLUMN {
        Layout::Beside { column }
    } else {
        Layout::Stacked
    }
}

/// How a code's line is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// Into a pipe: one line per code, never wrapped, so `grep` finds a code by its summary.
    OneLine { column: usize },
    /// The summary beside the name, wrapped under itself.
    Beside { column: usize },
    /// Too narrow for two columns: the summary under the name, for every code alike.
    Stacked,
}

/// The narrowest summary column worth wrapping into, beside the names.
const SUMMARY_COLUMN: usize = 30;
/// Names longer than this push their summary along rather than widening every line.
const NAME_COLUMN: usize = 32;

impl Lines<'_> {
    /// The lines for a given width, on a terminal or into a pipe.
    pub fn text_at(&self, out: &mut dyn Write, width: usize, terminal: bool) -> io::Result<()> {
        let codes: Vec<&Code> = self.groups.iter().flat_map(|g| g.codes.iter().copied()).collect();
        let layout = layout(&codes, width, terminal);
        for (i, group) in self.groups.iter().enumerate() {
            if let Some(title) = &group.title {
                if i > 0 {
                    writeln!(out)?;
                }
                writeln!(out, "{}", style::heading(title))?;
            }
            for code in &group.codes {
                line(out, code, layout, width)?;
            }
        }
        Ok(())
    }
}

/// The name a list shows: with the vendor for an unofficial code.
fn name(code: &Code) -> String {
    match &code.vendor {
        Some(vendor) => format!("{} ({vendor})", code.name),
        None => code.name.to_string(),
    }
}

/// `  422  Unprocessable Content  The request is well-formed but …`, laid out as `layout` says.
pub(super) fn line(out: &mut dyn Write, code: &Code, layout: Layout, width: usize) -> io::Result<()> {
    let marker = match code.status {
        Status::Registered => String::new(),
        status => format!("[{}] ", style::status_name(status)),
    };
    let summary = format!("{marker}{}", code.summary);
    let styled = |i: usize, line: &str| match line.strip_prefix(&marker).filter(|_| i == 0 && !marker.is_empty()) {
        Some(after) => format!("{}{}", style::warn(marker.trim_end()), style::dim(format!(" {after}"))),
        None => style::dim(line).to_string(),
    };
    let name = name(code);
    let (number, shown) = (style::code(code.code), style::name(&name));
    match layout {
        Layout::OneLine { column } => {
            let pad = " ".repeat(column.saturating_sub(name.chars().count()));
            writeln!(out, "  {number}  {shown}{pad}  {}", styled(0, &summary))
        }
        Layout::Beside { column } => {
            let pad = " ".repeat(column.saturating_sub(name.chars().count()));
            let indent = 7 + column + 2;
            let lines = super::wrap(&summary, width.saturating_sub(indent), "", "");
            if name.chars().count() > column {
                // A name longer than the column: the summary starts on the next line.
                writeln!(out, "  {number}  {shown}")?;
                for (i, part) in lines.iter().enumerate() {
                    writeln!(out, "{}{}", " ".repeat(indent), styled(i, part))?;
                }
                return Ok(());
            }
            for (i, part) in lines.iter().enumerate() {
                match i {
                    0 => writeln!(out, "  {number}  {shown}{pad}  {}", styled(i, part))?,
                    _ => writeln!(out, "{}{}", " ".repeat(indent), styled(i, part))?,
                }
            }
            Ok(())
        }
        Layout::Stacked => {
            writeln!(out, "  {number}  {shown}")?;
            let lines = super::wrap(&summary, width.saturating_sub(7), "", "");
            for (i, part) in lines.iter().enumerate() {
                writeln!(out, "       {}", styled(i, part))?;
            }
            Ok(())
        }
    }
}

/// The classes with their meaning and counts.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Categories<'a>(pub Vec<Category<'a>>);

#[derive(Serialize)]
pub struct Category<'a> {
    pub class: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    /// Registry entries in the class.
    pub count: usize,
    /// Vendor codes in the class.
    pub unofficial: usize,
}

impl View for Categories<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        for (i, c) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            let counts = format!("{} codes, {} unofficial", c.count, c.unofficial);
            writeln!(
                out,
                "{}  {}  {}",
                style::class(c.class),
                style::name(c.name),
                style::dim(&counts)
            )?;
            para(out, c.description, "     ", "     ")?;
        }
        Ok(())
    }
}
