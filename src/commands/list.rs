//! `statusgen list [CLASS]`: codes grouped by class, one line each.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{ClassArg, Format};
use crate::error::Error;
use crate::kb::model::{Code, Kb, Status};
use crate::render::{self, CodeView};
use crate::style::{self, clean};

pub fn run(
    kb: &Kb,
    class: Option<ClassArg>,
    unofficial: bool,
    format: Format,
    out: &mut dyn Write,
) -> Result<ExitCode, Error> {
    let wanted = class.map(ClassArg::digit);
    let codes: Vec<&Code> = kb
        .sorted()
        .into_iter()
        .filter(|c| unofficial || c.status != Status::Unofficial)
        .filter(|c| wanted.is_none_or(|d| c.code / 100 == d))
        .collect();
    if codes.is_empty() {
        return Err(Error::NotFound("no codes to list in this knowledge base".into()));
    }
    if format == Format::Json {
        render::json(out, &codes.iter().map(|c| CodeView::new(c)).collect::<Vec<_>>())?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut current = None;
    for code in codes {
        let digit = code.code / 100;
        if current != Some(digit) {
            if current.is_some() {
                writeln!(out)?;
            }
            let title = match kb.class_of(code.code) {
                Some(class) => format!("{} {}", class.class, clean(&class.name)),
                None => "Outside 100-599 (invalid, seen in the wild)".into(),
            };
            writeln!(out, "{}", style::heading(&title))?;
            current = Some(digit);
        }
        render::line(out, code)?;
    }
    Ok(ExitCode::SUCCESS)
}
