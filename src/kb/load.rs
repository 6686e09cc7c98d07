//! Reading a knowledge base from TOML text, with errors that name file, line and column.
//!
//! Compiled into `build.rs` as well (for `data/*.toml`), so: std, serde, toml and the model only.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::index;
use super::model::Kb;
use super::validate::{self, Place, Problem};

/// Parses one TOML file into a (possibly partial) knowledge base, without validating it.
pub fn parse(name: &str, text: &str) -> Result<Kb, String> {
    let mut kb: Kb = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
        let message = e.message().trim().replace('\n', "; ");
        format!("{name}:{line}:{column}: {message}")
    })?;
    index::build(&mut kb);
    Ok(kb)
}

/// Reads, parses and validates a whole knowledge base from one file.
pub fn load(path: &Path) -> Result<Kb, String> {
    let name = path.display().to_string();
    let bytes = read_capped(path).map_err(|e| format!("{name}: cannot read the knowledge base: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column_bytes(e.as_bytes(), e.utf8_error().valid_up_to());
        format!("{name}:{line}:{column}: the file is not valid UTF-8")
    })?;
    let kb = parse(&name, &text)?;
    validate::validate(&kb).map_err(|p| describe(&[(&name, &text)], &p))?;
    Ok(kb)
}

/// A knowledge base is a few hundred KiB; refuse to swallow `/dev/zero` or a stray disk image.
const MAX_BYTES: u64 = 16 << 20;

fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(std::io::Error::other(format!(
            "the file is larger than {} MiB",
            MAX_BYTES >> 20
        )));
    }
    Ok(bytes)
}

/// Formats a validation problem as `file:line:column: problem`, finding the entry it is about.
pub fn describe(sources: &[(&str, &str)], problem: &Problem) -> String {
    let found = sources
        .iter()
        .find_map(|(name, text)| locate(text, &problem.place).map(|(l, c)| format!("{name}:{l}:{c}")));
    let at = found.unwrap_or_else(|| sources.first().map_or_else(String::new, |(name, _)| name.to_string()));
    format!("{at}: {problem}")
}

#[derive(Deserialize)]
struct Spans {
    #[serde(default)]
    class: Vec<KeySpan<String>>,
    #[serde(default)]
    code: Vec<KeySpan<u16>>,
    #[serde(default)]
    question: Vec<IdSpan>,
    #[serde(default)]
    outcome: Vec<IdSpan>,
}

#[derive(Deserialize)]
struct KeySpan<T> {
    /// `class = "4xx"` in a class, `code = 422` in a code.
    #[serde(rename = "class", alias = "code")]
    key: Spanned<T>,
}

#[derive(Deserialize)]
struct IdSpan {
    id: Spanned<String>,
}

/// Line and column of the entry a problem is about, if the text has it.
fn locate(text: &str, place: &Place) -> Option<(usize, usize)> {
    let spans: Spans = toml::from_str(text).ok()?;
    let span = match place {
        Place::Document => return None,
        Place::Class(class) => spans.class.iter().find(|s| s.key.get_ref() == class)?.key.span(),
        Place::Code(code) => spans.code.iter().find(|s| s.key.get_ref() == code)?.key.span(),
        Place::Node(id) => {
            let nodes = spans.question.iter().chain(&spans.outcome);
            let mut matches = nodes.filter(|s| s.id.get_ref() == id).map(|s| s.id.span());
            // For a duplicate id, point at the second definition.
            let first = matches.next()?;
            matches.next().unwrap_or(first)
        }
    };
    Some(line_column(text, span.start))
}

/// 1-based line and column of a byte offset.
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
