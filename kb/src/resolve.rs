//! What a lookup query names: a number, a class such as `4xx`, or a name or keyword.

use crate::model::{Code, Kb};
use crate::search;
use crate::text::quote;

/// Why a query names no code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// The query is not a possible code at all (`42`, `1000`, empty).
    Invalid(String),
    /// A possible code or a name this knowledge base does not know.
    Unknown(String),
}

/// The codes a query names, registry entries before vendors'.
pub fn resolve<'a>(kb: &'a Kb, query: &str) -> Result<Vec<&'a Code>, Unresolved> {
    let query = query.trim();
    let shown = quote(query, 60);
    if query.is_empty() {
        return Err(Unresolved::Invalid(
            "an empty code; give a number such as 404, a class such as 4xx, or a name".into(),
        ));
    }
    if query.chars().all(|c| c.is_ascii_digit()) {
        return by_number(kb, query);
    }
    if let Some(digit) = crate::class_digit(query) {
        let codes: Vec<&Code> = kb
            .sorted()
            .into_iter()
            .filter(|c| c.code / 100 == digit && c.is_official())
            .collect();
        if codes.is_empty() {
            return Err(Unresolved::Unknown(format!("no {shown} codes in this knowledge base")));
        }
        return Ok(codes);
    }
    let named = search::by_name(kb, query);
    if !named.is_empty() {
        return Ok(named);
    }
    match search::search(kb, query, true).first() {
        Some(hit) => Ok(vec![hit.code]),
        None => Err(Unresolved::Unknown(format!(
            "no status code matches '{shown}'; try `statusgen search` or `statusgen list`"
        ))),
    }
}

fn by_number<'a>(kb: &'a Kb, digits: &str) -> Result<Vec<&'a Code>, Unresolved> {
    let number = digits.trim_start_matches('0');
    let shown = quote(digits, 12);
    let invalid = || {
        Unresolved::Invalid(format!(
            "{shown} is not a valid HTTP status code: codes have three digits, from 100 to 599"
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
            return Err(Unresolved::Invalid(format!(
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
    Err(Unresolved::Unknown(format!(
        "{code} is not a registered or known status code; nearest: {}; see `statusgen list`",
        nearest(kb, code)
    )))
}

/// The known codes closest to `code`, e.g. "426 Upgrade Required, 428 Precondition Required".
fn nearest(kb: &Kb, code: u16) -> String {
    let mut codes: Vec<u16> = kb.codes.iter().filter(|c| c.is_official()).map(|c| c.code).collect();
    codes.sort_by_key(|c| (c.abs_diff(code), *c));
    let mut near: Vec<u16> = codes.into_iter().take(2).collect();
    near.sort();
    near.iter().map(|c| kb.title(*c)).collect::<Vec<_>>().join(", ")
}
