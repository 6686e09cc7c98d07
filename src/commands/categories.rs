//! `statusgen categories`: the five classes with their meaning and counts.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use crate::cli::Format;
use crate::error::Error;
use crate::kb::model::{Kb, Status};
use crate::kb::validate::class_digit;
use crate::render;
use crate::style::{self, clean};

#[derive(Serialize)]
struct Category<'a> {
    class: &'a str,
    name: &'a str,
    description: &'a str,
    /// Registry entries in the class.
    count: usize,
    /// Vendor codes in the class.
    unofficial: usize,
}

pub fn run(kb: &Kb, format: Format, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let categories: Vec<Category> = kb
        .classes
        .iter()
        .map(|class| {
            let digit = class_digit(&class.class);
            let in_class = || kb.codes.iter().filter(|c| Some(c.code / 100) == digit);
            Category {
                class: &class.class,
                name: &class.name,
                description: &class.description,
                count: in_class().filter(|c| c.status != Status::Unofficial).count(),
                unofficial: in_class().filter(|c| c.status == Status::Unofficial).count(),
            }
        })
        .collect();
    if format == Format::Json {
        render::json(out, &categories)?;
        return Ok(ExitCode::SUCCESS);
    }
    for (i, c) in categories.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let counts = format!("{} codes, {} unofficial", c.count, c.unofficial);
        writeln!(
            out,
            "{}  {}  {}",
            style::class(&clean(c.class)),
            style::name(&clean(c.name)),
            style::dim(&counts)
        )?;
        render::para(out, c.description, "     ", "     ")?;
    }
    Ok(ExitCode::SUCCESS)
}
