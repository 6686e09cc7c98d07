//! Ranked, typo-tolerant search over names, aliases, keywords and explanations.

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

/// Lower-case words of a text.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('\'').to_lowercase())
}

fn normalise(text: &str) -> String {
    words(text).collect::<Vec<_>>().join(" ")
}

/// How well one query word matches one text word: exact 10, prefix 7, near-miss 5.
fn word_score(query: &str, word: &str) -> u32 {
    if query == word {
        return 10;
    }
    let (q, w) = (query.chars().count(), word.chars().count());
    if q >= 3 && word.starts_with(query) {
        return 7;
    }
    let allowed = match q {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    if allowed > 0 && q.abs_diff(w) <= allowed && strsim::damerau_levenshtein(query, word) <= allowed {
        return 5;
    }
    0
}

/// The fields of a code with their weights: name and aliases count most.
fn fields(code: &Code) -> Vec<(u32, String)> {
    let mut fields = vec![(10, normalise(&code.name))];
    fields.extend(code.aliases.iter().map(|a| (9, normalise(a))));
    fields.extend(code.keywords.iter().map(|k| (7, normalise(k))));
    if let Some(vendor) = &code.vendor {
        fields.push((6, normalise(vendor)));
    }
    fields.push((4, normalise(&code.summary)));
    let prose = code.use_when.iter().chain(code.details.iter());
    fields.extend(prose.map(|t| (1, normalise(t))));
    fields
}

/// Scores one code against the query words; `None` unless every word matched somewhere.
fn score(code: &Code, phrase: &str, query: &[String]) -> Option<u32> {
    let fields = fields(code);
    let mut total = 0;
    if query.len() > 1 {
        total += fields
            .iter()
            .filter(|(_, text)| text.contains(phrase))
            .map(|(w, _)| w * 30)
            .max()
            .unwrap_or(0);
    }
    for q in query {
        if q.parse::<u16>().is_ok_and(|n| n == code.code) {
            total += 1000;
            continue;
        }
        let best = fields
            .iter()
            .filter_map(|(weight, text)| words(text).map(|w| word_score(q, &w)).max().map(|s| s * weight))
            .max()
            .unwrap_or(0);
        if best == 0 {
            return None;
        }
        total += best;
    }
    Some(total)
}

/// Codes matching every word of `query`, best first; unofficial codes only when asked for.
pub fn search<'a>(kb: &'a Kb, query: &str, unofficial: bool) -> Vec<Hit<'a>> {
    let phrase = normalise(query);
    let all: Vec<String> = words(query).collect();
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
