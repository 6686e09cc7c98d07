//! `statusgen lookup CODE…` (and `statusgen CODE…`): a card per code.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::Format;
use crate::error::Error;
use crate::kb::model::{Code, Kb, Status};
use crate::kb::validate::class_digit;
use crate::render::{self, CodeView};
use crate::search;
use crate::style::clean;

pub fn run(kb: &Kb, queries: &[String], format: Format, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut found: Vec<&Code> = Vec::new();
    let mut missing = Vec::new();
    for query in queries {
        match resolve(kb, query) {
            Ok(codes) => {
                for code in codes {
                    if !found.iter().any(|f| std::ptr::eq(*f, code)) {
                        found.push(code);
                    }
                }
            }
            Err(Error::NotFound(message)) => missing.push(message),
            Err(err) => return Err(err),
        }
    }
    match format {
        Format::Json => render::json(out, &found.iter().map(|c| CodeView::new(c)).collect::<Vec<_>>())?,
        Format::Text => {
            for (i, code) in found.iter().enumerate() {
                if i > 0 {
                    writeln!(out, "\n{}\n", "─".repeat(render::width().min(60)))?;
                }
                render::card(out, kb, code)?;
            }
        }
    }
    if missing.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        // Several unknown codes still make one line.
        Err(Error::NotFound(missing.join("; ")))
    }
}

/// The codes a query names: a number, a class such as `4xx`, or a name or keyword.
pub fn resolve<'a>(kb: &'a Kb, query: &str) -> Result<Vec<&'a Code>, Error> {
    let query = query.trim();
    let shown = clean(query);
    if query.is_empty() {
        return Err(Error::Usage(
            "an empty code; give a number such as 404, a class such as 4xx, or a name".into(),
        ));
    }
    if query.chars().all(|c| c.is_ascii_digit()) {
        return by_number(kb, query);
    }
    if let Some(digit) = class_digit(&query.to_ascii_lowercase()) {
        let codes: Vec<&Code> = kb
            .sorted()
            .into_iter()
            .filter(|c| c.code / 100 == digit && c.status != Status::Unofficial)
            .collect();
        return if codes.is_empty() {
            Err(Error::NotFound(format!("no {shown} codes in this knowledge base")))
        } else {
            Ok(codes)
        };
    }
    let named = search::by_name(kb, query);
    if !named.is_empty() {
        return Ok(named);
    }
    match search::search(kb, query, true).first() {
        Some(hit) => Ok(vec![hit.code]),
        None => Err(Error::NotFound(format!(
            "no status code matches '{shown}'; try `statusgen search` or `statusgen list`"
        ))),
    }
}

fn by_number<'a>(kb: &'a Kb, digits: &str) -> Result<Vec<&'a Code>, Error> {
    let number = digits.trim_start_matches('0');
    let invalid = || {
        Error::Usage(format!(
            "{digits} is not a valid HTTP status code: codes have three digits, from 100 to 599"
        ))
    };
    if (1..3).contains(&number.len()) && number == digits {
        // A prefix such as `42`: name the codes it starts.
        let mut starting: Vec<String> = kb
            .sorted()
            .into_iter()
            .map(|c| c.code.to_string())
            .filter(|c| c.starts_with(number))
            .collect();
        starting.dedup();
        if !starting.is_empty() {
            return Err(Error::Usage(format!(
                "{digits} is not a status code: codes have three digits; known codes starting {digits}: {}",
                starting.join(", ")
            )));
        }
    }
    if number.len() != 3 {
        return Err(invalid());
    }
    let code: u16 = number.parse().map_err(|_| invalid())?;
    let entries: Vec<&Code> = kb.entries(code).collect();
    if !entries.is_empty() {
        return Ok(entries);
    }
    if !(100..=599).contains(&code) {
        return Err(invalid());
    }
    Err(Error::NotFound(format!(
        "{code} is not a registered or known status code; nearest: {}; see `statusgen list`",
        nearest(kb, code)
    )))
}

/// The known codes closest to `code`, e.g. "426 Upgrade Required, 428 Precondition Required".
fn nearest(kb: &Kb, code: u16) -> String {
    let mut codes: Vec<u16> = kb
        .codes
        .iter()
        .filter(|c| c.status != Status::Unofficial)
        .map(|c| c.code)
        .collect();
    codes.sort_by_key(|c| (c.abs_diff(code), *c));
    let mut near: Vec<u16> = codes.into_iter().take(2).collect();
    near.sort();
    near.iter().map(|c| kb.title(*c)).collect::<Vec<_>>().join(", ")
}
