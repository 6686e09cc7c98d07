//! What a lookup query names: a number, a class such as `4xx`, or a name, keyword or phrase.
//! The one resolver behind `statusgen WORDS…`, `lookup` and `compare`.

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

/// What a query names.
#[derive(Debug)]
pub enum Found<'a> {
    /// Codes, each shown as a card: a number's entries, or the one code a name or phrase names.
    Codes(Vec<&'a Code>),
    /// A class such as `4xx` (its first digit), with its registry codes, listed one line each.
    Class(u16, Vec<&'a Code>),
}

/// The queries in a command line: each code or class on its own, and consecutive words that are
/// neither joined into one phrase (`not found` is one query, `404 not found` two).
pub fn queries(words: &[String]) -> Vec<String> {
    let mut queries: Vec<String> = Vec::new();
    let mut phrase = false;
    for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
        let code = word.chars().all(|c| c.is_ascii_digit()) || crate::class_digit(word).is_some();
        match queries.last_mut() {
            Some(last) if phrase && !code => {
                last.push(' ');
                last.push_str(word);
            }
            _ => queries.push(word.to_string()),
        }
        phrase = !code;
    }
    if queries.is_empty() {
        queries.push(String::new());
    }
    queries
}

/// What one query names. A name or phrase names the best match of `search` when it is a clear
/// one; registry codes come before vendors' unless `unofficial`, and a vendor's code is named
/// without it only by its exact name.
pub fn resolve<'a>(kb: &'a Kb, query: &str, unofficial: bool) -> Result<Found<'a>, Unresolved> {
    let query = query.trim();
    let shown = quote(query, 60);
    if query.is_empty() {
        return Err(Unresolved::Invalid(
            "an empty code; give a number such as 404, a class such as 4xx, or a name".into(),
        ));
    }
    if query.chars().all(|c| c.is_ascii_digit()) {
        return by_number(kb, query).map(Found::Codes);
    }
    // `-1`, `+200`, `4.04`: a number, but not a code (not words to search for). Punctuation
    // typed beside a code (`401,`, `404.`) is not a number.
    if signed_or_decimal(query) {
        return Err(Unresolved::Invalid(format!(
            "{shown} is not a valid HTTP status code: codes have three digits, from 100 to 599"
        )));
    }
    if let Some(digit) = crate::class_digit(query) {
        let codes: Vec<&Code> = kb
            .sorted()
            .into_iter()
            .filter(|c| c.code / 100 == digit && (unofficial || c.is_official()))
            .collect();
        if codes.is_empty() {
            return Err(Unresolved::Unknown(format!("no {shown} codes in this knowledge base")));
        }
        return Ok(Found::Class(digit, codes));
    }
    let (official, vendors): (Vec<&Code>, Vec<&Code>) =
        search::by_name(kb, query).into_iter().partition(|c| c.is_official());
    if !official.is_empty() {
        return Ok(Found::Codes(official));
    }
    let hits = search::search(kb, query, unofficial);
    // One letter ("a", "s") is in too many names to name one.
    let too_short = query.chars().filter(|c| c.is_alphanumeric()).count() < 2;
    match hits.first() {
        // A vendor's name ("Redirect") gives way to a clear registry answer.
        Some(hit) if !too_short && confident(hit) && (hit.code.is_official() || vendors.is_empty()) => {
            Ok(Found::Codes(vec![hit.code]))
        }
        _ if !vendors.is_empty() => Ok(Found::Codes(vendors)),
        _ => Err(Unresolved::Unknown(unclear(kb, query, &hits))),
    }
}

/// `-1`, `+200`, `4.04`, `-4.5`: an optional sign, digits, and digits after one point; with a
/// sign or a point.
fn signed_or_decimal(query: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = query.strip_prefix(['-', '+']).unwrap_or(query);
    match unsigned.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => unsigned != query && digits(unsigned),
    }
}

/// Whether a hit is a clear answer: every word found, and found whole in a name or keyword or
/// each word in a name, keyword, header field or summary.
pub fn confident(hit: &search::Hit) -> bool {
    hit.complete && (hit.phrase || hit.weakest >= 40)
}

/// "no code clearly matches 'x'; did you mean …?" with the search hint.
fn unclear<'a>(kb: &'a Kb, query: &str, hits: &[search::Hit<'a>]) -> String {
    let shown = quote(query, 60);
    let mut near: Vec<&Code> = hits.iter().take(3).map(|h| h.code).collect();
    if near.is_empty() {
        // Perhaps a vendor's code knows the words.
        near = near_vendor(kb, query);
    }
    let titles: Vec<String> = near.iter().map(|c| title(c)).collect();
    let hint = format!("try `statusgen search {shown}`");
    if titles.is_empty() {
        format!("no status code matches '{shown}'; {hint} or `statusgen list`")
    } else {
        format!(
            "no code clearly matches '{shown}'; did you mean {}? {hint}",
            titles.join(", ")
        )
    }
}

/// Vendors' codes a query names in a name, keyword or summary (not prose alone), for "did you
/// mean".
fn near_vendor<'a>(kb: &'a Kb, query: &str) -> Vec<&'a Code> {
    let hits = search::search(kb, query, true);
    hits.iter().filter(|h| h.score >= 40).take(3).map(|h| h.code).collect()
}

/// "422 Unprocessable Content", or "420 Enhance Your Calm (Twitter)" for a vendor's code.
fn title(code: &Code) -> String {
    match &code.vendor {
        Some(vendor) => format!("{} {} ({vendor})", code.code, code.name),
        None => format!("{} {}", code.code, code.name),
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
        return Err(Unresolved::Invalid(format!(
            "{code} is not a valid HTTP status code: registered codes run from 100 to 599, and no vendor \
             code {code} is known here"
        )));
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

#[cfg(test)]
mod tests;
