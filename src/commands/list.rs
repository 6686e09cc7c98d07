//! `statusgen list [CLASS]`: codes grouped by class, one line each.

use std::io::Write;

use statusgen_kb::model::{Code, Kb};

use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::list::{Group, Lines};

/// `class` is a first digit (4 for `4xx`); `None` lists every class.
pub fn run(kb: &Kb, class: Option<u16>, unofficial: bool, format: Format, out: &mut dyn Write) -> Result<Exit, Error> {
    let codes = kb
        .sorted()
        .into_iter()
        .filter(|c| unofficial || c.is_official())
        .filter(|c| class.is_none_or(|d| c.code / 100 == d));
    let lines = grouped(kb, codes);
    if lines.groups.is_empty() {
        return Err(Error::NotFound("no codes to list in this knowledge base".into()));
    }
    emit(out, format, &lines)?;
    Ok(Exit::Success)
}

/// Sorted codes under a heading per class.
pub fn grouped<'a>(kb: &'a Kb, codes: impl Iterator<Item = &'a Code>) -> Lines<'a> {
    let mut groups: Vec<Group> = Vec::new();
    for code in codes {
        let digit = code.code / 100;
        match groups.last_mut() {
            Some(group) if group.codes[0].code / 100 == digit => group.codes.push(code),
            _ => {
                let title = match kb.class_of(code.code) {
                    Some(class) => format!("{} {}", class.class, class.name),
                    None => "Outside 100-599 (invalid, seen in the wild)".into(),
                };
                groups.push(Group {
                    title: Some(title),
                    codes: vec![code],
                });
            }
        }
    }
    Lines { groups }
}
