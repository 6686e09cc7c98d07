//! Ranked, typo-tolerant search over names, aliases, keywords, header fields and explanations.
//!
//! Each code carries its search words, lower-cased and deduplicated in bands by weight
//! (`kb::index`), so a search is a scan of short strings with cheap comparisons. Codes that match
//! every word rank first; codes that match some still rank, below them.

use crate::index::{WEIGHTS, stem, words};
use crate::model::{Code, Kb};

/// Words too common to rank by, unless they are all the query has.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "is", "it", "for", "and", "or", "in", "on", "with", "my", "i", "be", "can", "do",
    "does", "when", "what", "which", "should", "we", "you", "are", "was", "has", "have", "this", "that", "if", "by",
    "from", "at", "as", "our", "your", "will", "http", "status", "code", "return", "use", "error", "response",
    "request", "requests",
];

/// Words that change a name's meaning ("not found", "no content"): they count only where they
/// match a name, alias or keyword, and a query is complete without them.
const NEGATIONS: &[&str] = &["not", "no", "non"];

/// A code and how well it matched.
pub struct Hit<'a> {
    pub code: &'a Code,
    pub score: u32,
    /// Query words found (negations only where they are in a name or keyword).
    pub matched: usize,
    /// Whether every word that is not a negation was found.
    pub complete: bool,
    /// Whether the whole query is a name or alias, or is found whole in one (or in a keyword or
    /// header field name).
    pub phrase: bool,
    /// The weakest word's score: 40 or more means each word is in a name, keyword or summary.
    pub weakest: u32,
}

/// Lower-case words joined by single spaces, for phrase matching.
pub fn normalise(text: &str) -> String {
    words(text).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// How well a query word matches a word (both lower-case): exact 10, prefix 7, near miss 6
/// (so that a typo or a British spelling of a name or keyword still counts as a clear match).
fn word_score(query: &str, word: &str, fuzzy: bool) -> u32 {
    // Every kind of match keeps the first letter, so most words are out after one compare.
    if query.as_bytes().first() != word.as_bytes().first() {
        return 0;
    }
    if query == word {
        return 10;
    }
    if query.len() >= 4 && word.starts_with(query) {
        return 7;
    }
    let allowed = match query.len() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    let near = fuzzy && allowed > 0 && query.len().abs_diff(word.len()) <= allowed;
    if near && strsim::osa_distance(query, word) <= allowed {
        return 6;
    }
    0
}

/// The best score of one query word in a code's bands; negations look at names and keywords only.
fn best(code: &Code, q: &str) -> u32 {
    if *q == code.code.to_string() {
        return 1000;
    }
    let bands = if NEGATIONS.contains(&q) { 2 } else { WEIGHTS.len() };
    let mut best = 0;
    for (band, weight) in code.index.iter().zip(WEIGHTS).take(bands) {
        if best >= 10 * weight {
            break; // later bands weigh less: nothing there can beat this
        }
        for word in band.split(' ') {
            best = best.max(word_score(q, word, weight > 1) * weight);
        }
    }
    best
}

/// A bonus for the query found whole: a name or alias exactly, or inside a name, keyword,
/// header field name or summary.
fn phrase_bonus(code: &Code, phrase: &str) -> (u32, bool) {
    let named = std::iter::once(&code.name).chain(code.aliases.iter());
    if named.clone().any(|n| normalise(n) == phrase) {
        return (600, true);
    }
    // Worth 30 points per weight; an earlier keyword is a little more central to the code.
    let keywords = code.keywords.iter().enumerate();
    let fields = named
        .map(|n| (300, n))
        .chain(keywords.map(|(i, k)| (240 - i.min(9) as u32, k)))
        .chain(code.headers.iter().map(|h| (180, &h.field)))
        .chain(std::iter::once((120, &code.summary)));
    let padded = format!(" {phrase} ");
    // One word counts only as a whole keyword or field name ("login", not "login redirect").
    let whole = |text: &str| match phrase.contains(' ') {
        true => format!(" {} ", normalise(text)).contains(&padded),
        false => normalise(text) == phrase,
    };
    let with_phrase = fields.filter(|(_, text)| whole(text));
    match with_phrase.map(|(weight, _)| weight).max() {
        Some(weight) => (weight, weight > 120),
        None => (0, false),
    }
}

/// Scores one code against the query words; `None` when no word matched.
fn score<'a>(code: &'a Code, phrase: &str, query: &[String]) -> Option<Hit<'a>> {
    let (mut total, mut matched, mut complete, mut weakest) = (0, 0, true, u32::MAX);
    for q in query {
        let best = best(code, q);
        let negation = NEGATIONS.contains(&q.as_str());
        if best > 0 {
            matched += 1;
            total += best;
        } else if !negation {
            complete = false;
        }
        if !negation {
            weakest = weakest.min(best);
        }
    }
    if matched == 0 {
        return None;
    }
    let (bonus, whole) = phrase_bonus(code, phrase);
    Some(Hit {
        code,
        score: total + bonus,
        matched,
        complete,
        phrase: whole,
        weakest: if weakest == u32::MAX { 0 } else { weakest },
    })
}

/// The words a query ranks by: stemmed, without stop words unless it has nothing else.
fn query_words(phrase: &str) -> Vec<String> {
    let all: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
    let meaningful: Vec<&str> = all.iter().copied().filter(|w| !STOP_WORDS.contains(w)).collect();
    let query = if meaningful.iter().any(|w| !NEGATIONS.contains(w)) {
        meaningful
    } else {
        all
    };
    query.iter().map(|w| stem(w).to_string()).collect()
}

/// Codes matching `query`, best first: codes with every word before codes with some, then by
/// score. Unofficial codes only when asked for.
pub fn search<'a>(kb: &'a Kb, query: &str, unofficial: bool) -> Vec<Hit<'a>> {
    let phrase = normalise(query);
    let query = query_words(&phrase);
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = kb
        .codes
        .iter()
        .filter(|c| unofficial || c.is_official())
        .filter_map(|code| score(code, &phrase, &query))
        .collect();
    hits.sort_by(|a, b| {
        (b.complete || b.phrase, b.matched, b.score)
            .cmp(&(a.complete || a.phrase, a.matched, a.score))
            .then(a.code.is_official().cmp(&b.code.is_official()).reverse())
            .then(a.code.code.cmp(&b.code.code))
    });
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
