//! Ranked, typo-tolerant search over names, aliases, keywords and explanations.
//!
//! Each code carries its search words, lower-cased and deduplicated in bands by weight
//! (`kb::index`), so a search is a scan of short strings with cheap comparisons.

use crate::index::{WEIGHTS, stem, words};
use crate::model::{Code, Kb};

/// Words too common to rank by, unless they are all the query has.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "is", "it", "for", "and", "or", "in", "on", "with", "my", "i", "not", "no", "be",
    "can", "do", "does", "when", "what", "which", "should", "we", "you", "are", "was", "has", "have", "this", "that",
    "if", "by", "from", "at", "as", "our", "your", "will", "http", "status", "code", "return", "use",
];

/// A code and how well it matched.
pub struct Hit<'a> {
    pub code: &'a Code,
    pub score: u32,
}

/// Lower-case words joined by single spaces, for phrase matching.
fn normalise(text: &str) -> String {
    words(text).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// How well a query word matches a word (both lower-case): exact 10, prefix 7, near miss 5.
fn word_score(query: &str, word: &str, fuzzy: bool) -> u32 {
    // Every kind of match keeps the first letter, so most words are out after one compare.
    if query.as_bytes().first() != word.as_bytes().first() {
        return 0;
    }
    if query == word {
        return 10;
    }
    if query.len() >= 3 && word.starts_with(query) {
        return 7;
    }
    let allowed = match query.len() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    let near = fuzzy && allowed > 0 && query.len().abs_diff(word.len()) <= allowed;
    if near && strsim::osa_distance(query, word) <= allowed {
        return 5;
    }
    0
}

/// Scores one code against the query words; `None` unless every word matched somewhere.
fn score(code: &Code, phrase: &str, query: &[String]) -> Option<u32> {
    let number = code.code.to_string();
    let mut total = 0;
    for q in query {
        let mut best = if *q == number { 1000 } else { 0 };
        for (band, weight) in code.index.iter().zip(WEIGHTS) {
            if best >= 10 * weight {
                break; // later bands weigh less: nothing there can beat this
            }
            for word in band.split(' ') {
                best = best.max(word_score(q, word, weight > 1) * weight);
            }
        }
        if best == 0 {
            return None;
        }
        total += best;
    }
    if query.len() > 1 {
        // A phrase found whole in a name, keyword or summary ranks above scattered words.
        let named = std::iter::once((10, &code.name)).chain(code.aliases.iter().map(|a| (9, a)));
        let fields = named
            .chain(code.keywords.iter().map(|k| (7, k)))
            .chain(std::iter::once((4, &code.summary)));
        let with_phrase = fields.filter(|(_, text)| normalise(text).contains(phrase));
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
    let query: Vec<String> = query.iter().map(|w| stem(w).to_string()).collect();
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = kb
        .codes
        .iter()
        .filter(|c| unofficial || c.is_official())
        .filter_map(|code| score(code, &phrase, &query).map(|score| Hit { code, score }))
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.code.code.cmp(&b.code.code)));
    hits
}

/// Codes whose name or alias is exactly the query (ignoring case and punctuation).
pub fn by_name<'a>(kb: &'a Kb, query: &str) -> Vec<&'a Code> {
    let same_words = |text: &str| {
        let (mut a, mut b) = (words(text), words(query));
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    };
    kb.codes
        .iter()
        .filter(|c| std::iter::once(&c.name).chain(c.aliases.iter()).any(|n| same_words(n)))
        .collect()
}
