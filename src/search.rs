//! Ranked, typo-tolerant search over names, aliases, keywords and explanations.
//!
//! Runs at every `search` and at `lookup NAME`, so it allocates little: words are compared
//! ASCII-case-insensitively in place, and edit distances are computed only for near lengths.

use crate::kb::model::{Code, Kb, Status};

/// Words too common to rank by, unless they are all the query has.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "is", "it", "for", "and", "or", "in", "on", "with", "my", "i",
];

/// A code and how well it matched.
pub struct Hit<'a> {
    pub code: &'a Code,
    pub score: u32,
}

/// The words of a text: runs of letters and digits ("I'm" is two words, on both sides of a
/// comparison). Splits on ASCII bytes only (always char boundaries), which keeps this hot loop
/// free of UTF-8 decoding.
fn words(text: &str) -> impl Iterator<Item = &str> {
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

/// Lower-case words joined by single spaces, for phrase matching.
fn normalise(text: &str) -> String {
    words(text).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// How well one (lower-case) query word matches one text word: exact 10, prefix 7, near miss 5.
fn word_score(query: &str, word: &str, fuzzy: bool) -> u32 {
    let (q, w) = (query.as_bytes(), word.as_bytes());
    // Every kind of match below keeps the first letter, so most words are out after one compare.
    if q.is_empty() || w.is_empty() || !q[0].eq_ignore_ascii_case(&w[0]) {
        return 0;
    }
    if query.eq_ignore_ascii_case(word) {
        return 10;
    }
    if q.len() >= 3 && w.len() > q.len() && w[..q.len()].eq_ignore_ascii_case(q) {
        return 7;
    }
    let allowed = match q.len() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    // Typos are forgiven after the first letter, which keeps the distance computations rare.
    let near = fuzzy && allowed > 0 && q.len().abs_diff(w.len()) <= allowed;
    if near && strsim::osa_distance(query, &word.to_lowercase()) <= allowed {
        return 5;
    }
    0
}

/// The fields of a code, with weights: name and aliases count most; prose is not fuzzy-matched.
fn fields(code: &Code) -> impl Iterator<Item = (u32, &str)> {
    let named = std::iter::once((10, &*code.name))
        .chain(code.aliases.iter().map(|a| (9, &**a)))
        .chain(code.keywords.iter().map(|k| (7, &**k)))
        .chain(code.vendor.iter().map(|v| (6, &**v)))
        .chain(std::iter::once((4, &*code.summary)));
    let prose = code
        .use_when
        .iter()
        .map(|t| (1, &**t))
        .chain(code.details.iter().map(|t| (1, &**t)));
    named.chain(prose)
}

/// Scores one code against the query words; `None` unless every word matched somewhere.
fn score(code: &Code, phrase: &str, query: &[String]) -> Option<u32> {
    let number = code.code.to_string();
    // Best score of each query word, over every word of every field, in one pass over the text.
    let mut best: Vec<u32> = query.iter().map(|q| if *q == number { 1000 } else { 0 }).collect();
    for (weight, text) in fields(code) {
        for word in words(text) {
            for (q, best) in query.iter().zip(best.iter_mut()) {
                *best = (*best).max(word_score(q, word, weight > 1) * weight);
            }
        }
    }
    if best.contains(&0) {
        return None;
    }
    let mut total: u32 = best.iter().sum();
    if query.len() > 1 {
        let with_phrase = fields(code).filter(|(weight, text)| *weight > 1 && normalise(text).contains(phrase));
        total += with_phrase.map(|(weight, _)| weight * 30).max().unwrap_or(0);
    }
    Some(total)
}

/// Codes matching every word of `query`, best first; unofficial codes only when asked for.
pub fn search<'a>(kb: &'a Kb, query: &str, unofficial: bool) -> Vec<Hit<'a>> {
    let phrase = normalise(query);
    let all: Vec<String> = phrase.split(' ').filter(|w| !w.is_empty()).map(String::from).collect();
    let meaningful: Vec<String> = all
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    let query = if meaningful.is_empty() { all } else { meaningful };
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = kb
        .codes
        .iter()
        .filter(|c| unofficial || c.status != Status::Unofficial)
        .filter_map(|code| score(code, &phrase, &query).map(|score| Hit { code, score }))
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.code.code.cmp(&b.code.code)));
    hits
}

/// Codes whose name or alias is exactly the query (ignoring case and punctuation).
pub fn by_name<'a>(kb: &'a Kb, query: &str) -> Vec<&'a Code> {
    let wanted = normalise(query);
    kb.codes
        .iter()
        .filter(|c| {
            std::iter::once(&c.name)
                .chain(c.aliases.iter())
                .any(|n| normalise(n) == wanted)
        })
        .collect()
}
