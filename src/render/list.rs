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

/// `422  Unprocessable Content  The request is well-formed but …` on one line.
fn line(out: &mut dyn Write, code: &Code) -> io::Result<()> {
    let name = match &code.vendor {
        Some(vendor) => format!("{} ({vendor})", code.name),
        None => code.name.to_string(),
    };
    let marker = match code.status {
        Status::Registered => String::new(),
        status => format!(" [{}]", style::status_name(status)),
    };
    writeln!(
        out,
        "  {}  {}{} {}",
        style::code(code.code),
        style::name(&format!("{name:<32}")),
        style::warn(&marker),
        style::dim(&code.summary)
    )
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
