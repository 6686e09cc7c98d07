//! One line per code (`list`, `search`) and the classes (`categories`).

use std::io::{self, Write};

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
        for (i, group) in self.groups.iter().enumerate() {
            if let Some(title) = &group.title {
                if i > 0 {
                    writeln!(out)?;
                }
                writeln!(out, "{}", style::heading(title))?;
            }
            for code in &group.codes {
                line(out, code)?;
            }
        }
        Ok(())
    }
}

/// `422  Unprocessable Content  The request is well-formed but …`, the summary wrapped under
/// itself to the width (or under the name when the width is too small for columns).
pub(super) fn line(out: &mut dyn Write, code: &Code) -> io::Result<()> {
    let name = match &code.vendor {
        Some(vendor) => format!("{} ({vendor})", code.name),
        None => code.name.to_string(),
    };
    let marker = match code.status {
        Status::Registered => String::new(),
        status => format!("[{}] ", style::status_name(status)),
    };
    let width = super::width();
    let column = if width >= 72 { 32 } else { 0 };
    let padded = format!("{name:<column$}");
    // The summary goes beside the name when there is room for it, else under it.
    let beside = 7 + padded.chars().count() + 1;
    let indent = if width.saturating_sub(beside) >= 24 { beside } else { 7 };
    let summary = format!("{marker}{}", code.summary);
    write!(out, "  {}  {}", style::code(code.code), style::name(&padded))?;
    let pad = " ".repeat(indent);
    for (i, line) in super::wrap(&summary, width - indent, "", "").iter().enumerate() {
        let styled = match line.strip_prefix(&marker).filter(|_| i == 0 && !marker.is_empty()) {
            Some(after) => format!("{}{}", style::warn(marker.trim_end()), style::dim(format!(" {after}"))),
            None => style::dim(line).to_string(),
        };
        match i {
            0 if indent == beside => writeln!(out, " {styled}")?,
            0 => writeln!(out, "\n{pad}{styled}")?,
            _ => writeln!(out, "{pad}{styled}")?,
        }
    }
    Ok(())
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
