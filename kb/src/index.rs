//! The search words of each code: lower-case, deduplicated and space-separated, in four bands by
//! weight. Derived once when a knowledge base is read (at build time for the embedded one), so a
//! search scans a few short strings instead of tokenising every explanation.
//!

use std::collections::HashSet;

use crate::model::{Code, Kb};

/// The weight of a match in each band: names and aliases, keywords and vendor, summary and
/// header field names, prose.
pub const WEIGHTS: [u32; 4] = [10, 7, 4, 1];

/// The words of a text: runs of letters and digits ("I'm" is two words, on both sides of a
/// comparison). Splits on ASCII bytes only, which are always char boundaries.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let in_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|b| in_word(*b))?;
        let len = bytes[start..]
            .iter()
            .position(|b| !in_word(*b))
            .unwrap_or(bytes.len() - start);
        at = start + len;
        Some(&text[start..at])
    })
}

/// A crude stem, so that "failed", "fails" and "failing" meet at "fail". Used on both sides of a
/// comparison, so it only has to be consistent, not linguistically right.
pub fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return stem;
        }
    }
    word
}

/// Fills in the search words of every code and situation.
pub fn build(kb: &mut Kb) {
    for code in kb.codes.to_mut() {
        code.index = bands(code).map(Into::into);
    }
    for situation in kb.situations.to_mut() {
        situation.index = crate::describe::situation_words(situation).into();
    }
}

fn bands(code: &Code) -> [String; 4] {
    let names = std::iter::once(&code.name).chain(code.aliases.iter());
    let tagged = code.keywords.iter().chain(code.vendor.iter());
    let summary = std::iter::once(&code.summary).chain(code.headers.iter().map(|h| &h.field));
    let prose = code.use_when.iter().chain(code.details.iter());
    let texts: [Vec<&str>; 4] = [
        names.map(|t| &**t).collect(),
        tagged.map(|t| &**t).collect(),
        summary.map(|t| &**t).collect(),
        prose.map(|t| &**t).collect(),
    ];
    let mut seen = HashSet::new();
    texts.map(|texts| {
        let mut band = Vec::new();
        for word in texts.iter().flat_map(|t| words(t)) {
            let word = stem(&word.to_lowercase()).to_string();
            if seen.insert(word.clone()) {
                band.push(word);
            }
        }
        band.join(" ")
    })
}
