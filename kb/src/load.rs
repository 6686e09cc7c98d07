//! Reading a knowledge base from TOML text, with errors that name file, line and column.
//!
//! Each file is parsed once into a spanned table. That table is checked for hostile text
//! (`text::refuse`), searched for the places problems are reported at, and then deserialized.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, Deserializer};

use crate::file::{Refused, read_regular};
use crate::index;
use crate::model::Kb;
use crate::text::{blank, escape, refuse};
use crate::validate::{self, Place, Problem};

/// Fields whose text may span several lines.
const MULTILINE: &[&str] = &["example"];

/// A knowledge base is a few hundred KiB; refuse to swallow `/dev/zero` or a stray disk image.
pub const MAX_BYTES: u64 = 16 << 20;

/// One parsed file: its name, its text and where its entries start.
pub struct Source<'a> {
    name: String,
    text: &'a str,
    spots: Spots,
}

/// Byte offsets of each entry's key, in file order, so problems point at their line.
#[derive(Default)]
struct Spots {
    classes: Vec<(String, usize)>,
    codes: Vec<(u16, usize)>,
    nodes: Vec<(String, usize)>,
    constants: Vec<usize>,
    pairs: Vec<usize>,
    situations: Vec<(String, usize)>,
}

/// Parses one TOML file into a (partial) knowledge base, without validating it.
pub fn parse<'a>(name: &str, text: &'a str) -> Result<(Kb, Source<'a>), String> {
    let name = escape(name).into_owned();
    let at = |offset: usize, message: &str| {
        let (line, column) = line_column(text, offset);
        format!("{name}:{line}:{column}: {}", escape(message))
    };
    let table = DeTable::parse(text).map_err(|e| {
        // Some errors (the nesting limit) come without a place: find the culprit ourselves.
        let offset = e.span().map(|s| s.start).or_else(|| deepest_key(text)).unwrap_or(0);
        at(offset, e.message())
    })?;
    check_text(text, table.get_ref()).map_err(|(offset, why)| at(offset, &why))?;
    let spots = spots(table.get_ref());
    let kb = Kb::deserialize(Deserializer::from(table)).map_err(|e| {
        let message = e.message().trim().replace('\n', "; ");
        at(e.span().map_or(0, |s| s.start), &message)
    })?;
    Ok((kb, Source { name, text, spots }))
}

/// Parses, merges and validates a whole knowledge base from its files (`(name, text)` pairs).
pub fn from_sources(files: &[(String, String)]) -> Result<Kb, String> {
    let mut kb = Kb::default();
    let mut sources = Vec::with_capacity(files.len());
    for (name, text) in files {
        let (part, source) = parse(name, text)?;
        kb.extend(part);
        sources.push(source);
    }
    index::build(&mut kb);
    validate::validate(&kb).map_err(|problem| describe(&sources, &problem))?;
    Ok(kb)
}

/// Reads, parses and validates a whole knowledge base from one file.
pub fn load(path: &Path) -> Result<Kb, String> {
    let name = path.display().to_string();
    let text = read(path).map_err(|why| format!("{}:{why}", escape(&name)))?;
    from_sources(&[(name, text)])
}

/// The file's text, refusing what is not a regular UTF-8 file of reasonable size.
fn read(path: &Path) -> Result<String, String> {
    let bytes = read_regular(path, MAX_BYTES).map_err(|why| match why {
        Refused::Io(e) => format!(" cannot read the knowledge base: {e}"),
        Refused::Directory | Refused::Special => " cannot read the knowledge base: not a regular file".into(),
        Refused::TooLarge(max) => format!(" the file is {}", Refused::limit(max)),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column_bytes(e.as_bytes(), e.utf8_error().valid_up_to());
        format!("{line}:{column}: the file is not valid UTF-8")
    })
}

/// Where the key with the most dotted parts starts (`[a.b.c…]` or `a.b.c… = 1`), for an error
/// toml reports without a position.
fn deepest_key(text: &str) -> Option<usize> {
    let mut offset = 0;
    let mut deepest: Option<(usize, usize)> = None;
    for line in text.split_inclusive('\n') {
        let start = line.len() - line.trim_start().len();
        let key = line.trim_start().split(['=', '"', '\'', '#']).next().unwrap_or("");
        let parts = key.matches('.').count();
        if parts > 0 && deepest.is_none_or(|(most, _)| parts > most) {
            deepest = Some((parts, offset + start));
        }
        offset += line.len();
    }
    deepest.map(|(_, at)| at)
}

/// Finds the first key or string that holds a character no terminal should receive.
fn check_text(text: &str, table: &DeTable) -> Result<(), (usize, String)> {
    let mut pending: Vec<(&Spanned<DeValue>, bool)> = Vec::new();
    visit_table(text, table, &mut pending)?;
    // Iterative, so a deeply nested file cannot overflow the stack.
    while let Some((value, multiline)) = pending.pop() {
        match value.get_ref() {
            DeValue::String(s) => {
                if let Some((at, why)) = refuse(s, multiline) {
                    return Err((locate_in(text, value.span(), s, at), why));
                }
                if blank(s) {
                    return Err((value.span().start, "the text is empty or shows nothing".into()));
                }
            }
            DeValue::Array(items) => pending.extend(items.iter().map(|v| (v, multiline))),
            DeValue::Table(table) => visit_table(text, table, &mut pending)?,
            _ => {}
        }
    }
    Ok(())
}

/// Checks a table's keys and queues its values.
fn visit_table<'t>(
    text: &str,
    table: &'t DeTable,
    pending: &mut Vec<(&'t Spanned<DeValue<'t>>, bool)>,
) -> Result<(), (usize, String)> {
    for (key, value) in table.iter() {
        if let Some((at, why)) = refuse(key.get_ref(), false) {
            return Err((locate_in(text, key.span(), key.get_ref(), at), format!("a key: {why}")));
        }
        pending.push((value, MULTILINE.contains(&key.get_ref().as_ref())));
    }
    Ok(())
}

/// The offset of a culprit: where it is written in the file, literally or as an escape such as
/// `\u001b`; the start of the string when neither is found.
fn locate_in(text: &str, span: Range<usize>, decoded: &str, at: usize) -> usize {
    let raw = text.get(span.clone()).unwrap_or("");
    let Some(culprit) = decoded[at..].chars().next() else {
        return span.start;
    };
    // Each occurrence in the decoded text is one in the file, in the same order.
    let before = decoded[..at].chars().filter(|c| *c == culprit).count();
    let forms = written_forms(culprit);
    let found = raw
        .char_indices()
        .filter(|&(i, _)| forms.iter().any(|f| starts_with_ignore_case(&raw[i..], f)))
        .nth(before);
    found.map_or(span.start, |(i, _)| span.start + i)
}

/// How a character can be written in a TOML string: itself, or an escape.
fn written_forms(c: char) -> Vec<String> {
    let n = u32::from(c);
    let mut forms = vec![c.to_string(), format!("\\u{n:04x}"), format!("\\U{n:08x}")];
    if n < 0x100 {
        forms.push(format!("\\x{n:02x}"));
    }
    let short = match c {
        '\u{8}' => Some("\\b"),
        '\t' => Some("\\t"),
        '\n' => Some("\\n"),
        '\u{c}' => Some("\\f"),
        '\r' => Some("\\r"),
        '\u{1b}' => Some("\\e"),
        _ => None,
    };
    forms.extend(short.map(String::from));
    forms
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|head| {
        // The escape letter is case-sensitive (`\u` vs `\U`), the hex digits are not.
        head.eq_ignore_ascii_case(prefix) && head.get(..2) == prefix.get(..2)
    })
}

fn spots(table: &DeTable) -> Spots {
    let entries = |key: &str| -> Vec<&DeTable> {
        match table.get(key).map(Spanned::get_ref) {
            Some(DeValue::Array(items)) => items
                .iter()
                .filter_map(|v| match v.get_ref() {
                    DeValue::Table(t) => Some(t),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    fn field<'t>(entry: &DeTable<'t>, name: &str) -> Option<(DeValue<'t>, usize)> {
        entry.get(name).map(|v| (v.get_ref().clone(), v.span().start))
    }
    let text_of = |value: DeValue| match value {
        DeValue::String(s) => s.into_owned(),
        other => format!("{other:?}"),
    };
    let mut spots = Spots::default();
    for entry in entries("class") {
        spots
            .classes
            .extend(field(entry, "class").map(|(v, at)| (text_of(v), at)));
    }
    for entry in entries("code") {
        let code = field(entry, "code").and_then(|(v, at)| match v {
            DeValue::Integer(i) => i.to_string().parse::<u16>().ok().map(|c| (c, at)),
            _ => None,
        });
        spots.codes.extend(code);
    }
    for entry in entries("question").into_iter().chain(entries("outcome")) {
        spots.nodes.extend(field(entry, "id").map(|(v, at)| (text_of(v), at)));
    }
    for entry in entries("situation") {
        spots
            .situations
            .extend(field(entry, "id").map(|(v, at)| (text_of(v), at)));
    }
    for entry in entries("constant") {
        spots
            .constants
            .push(entry.iter().next().map_or(0, |(k, _)| k.span().start));
    }
    spots
}

/// Formats a validation problem as `file:line:column: problem`, finding the entry it is about.
fn describe(sources: &[Source], problem: &Problem) -> String {
    let offsets = sources.iter().enumerate().flat_map(|(file, source)| {
        let spots = &source.spots;
        let found: Vec<usize> = match &problem.place {
            Place::Document => Vec::new(),
            Place::Class(class) => spots.classes.iter().filter(|(c, _)| c == class).map(|s| s.1).collect(),
            Place::Code(code, _) => spots.codes.iter().filter(|(c, _)| c == code).map(|s| s.1).collect(),
            Place::Node(id, _) => spots.nodes.iter().filter(|(n, _)| n == id).map(|s| s.1).collect(),
            Place::Situation(id, _) => spots.situations.iter().filter(|(n, _)| n == id).map(|s| s.1).collect(),
            Place::Constant(_) => spots.constants.clone(),
            Place::Pair(_) => spots.pairs.clone(),
        };
        found.into_iter().map(move |offset| (file, offset))
    });
    let offsets: Vec<(usize, usize)> = offsets.collect();
    let nth = match problem.place {
        Place::Code(_, n) | Place::Node(_, n) | Place::Situation(_, n) | Place::Constant(n) | Place::Pair(n) => n,
        _ => 0,
    };
    let spot = offsets.get(nth).or(offsets.last());
    let at = match spot {
        Some(&(file, offset)) => {
            let (line, column) = line_column(sources[file].text, offset);
            format!("{}:{line}:{column}", sources[file].name)
        }
        None => sources.first().map_or_else(String::new, |s| s.name.clone()),
    };
    format!("{at}: {}", escape(&problem.to_string()))
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    line_column_bytes(text.as_bytes(), offset)
}

fn line_column_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}
