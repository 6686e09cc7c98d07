//! Describing a situation in words: the closest situations of `data/situations.toml`, ranked with
//! BM25 over their text and reason, plus the cards' own words (names, keywords, summary, use-when)
//! at a lower weight, with the synonyms of `data/words.toml` and typo-tolerant words.
//!
//! Each situation's words are stemmed and stored when the knowledge base is read (at build time
//! for the embedded one), so a query only counts; a lookup by number never comes here.

use std::collections::HashMap;

use crate::index::{WEIGHTS, stem, words};
use crate::model::{Code, Kb, Situation};
use crate::search::STOP_WORDS;

/// BM25's term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How much a card's own words count beside its best situation.
const CARD: f32 = 0.6;
/// A synonym counts this much of the word it stands for; a near miss (typo) this much.
const SYNONYM: f32 = 0.5;
const NEAR: f32 = 0.8;
/// The share of the query's weight the best match must cover to be named (see docs/SITUATIONS.md).
pub const CLOSE_ENOUGH: f32 = 0.3;

/// A code, the situation that brought it closest (if any), and how sure the match is.
#[derive(Debug, Clone)]
pub struct Match<'a> {
    pub code: &'a Code,
    pub situation: Option<&'a Situation>,
    pub score: f32,
    /// The share of the query's words (by weight) this match covers, 0 to 1.
    pub confidence: f32,
    /// How many of the query's words this match finds (itself, a near miss or a synonym), of
    /// how many.
    pub found: (usize, usize),
    /// How many of the query's words the card's own words (name, aliases, keywords, summary)
    /// hold.
    pub on_card: usize,
}

/// The stemmed search words of a situation: its text and its reason, repeats kept.
pub fn situation_words(situation: &Situation) -> String {
    let text = format!("{} {}", situation.text, situation.reason);
    terms(&text, &[]).join(" ")
}

/// Lower-case stems of a text's words, without stop words and `drop`.
fn terms(text: &str, drop: &[&str]) -> Vec<String> {
    words(text)
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()) && !drop.contains(&w.as_str()))
        .map(|w| stem(&w).to_string())
        .collect()
}

/// A word to look for, the query word it stands for, and how much it counts.
struct Term {
    text: String,
    weight: f32,
    word: usize,
}

/// The query's terms: its own words (a near miss instead of a word the knowledge base does not
/// know), and their synonyms; and how many words the query has.
fn query_terms(kb: &Kb, query: &str, vocabulary: &HashMap<&str, usize>) -> (Vec<Term>, usize) {
    let filler: Vec<&str> = kb.filler.iter().map(|w| &**w).collect();
    let mut own: Vec<String> = terms(query, &filler);
    own.dedup();
    let mut found: Vec<Term> = Vec::new();
    for (word, term) in own.iter().enumerate() {
        let (text, weight) = match vocabulary.contains_key(term.as_str()) {
            true => (term.clone(), 1.0),
            false => match near(term, vocabulary) {
                Some(known) => (known.to_string(), NEAR),
                None => (term.clone(), 1.0),
            },
        };
        found.push(Term { text, weight, word });
    }
    let words = found.len();
    for group in kb.synonyms.iter() {
        let stems: Vec<String> = group
            .words
            .iter()
            .map(|w| stem(&w.to_lowercase()).to_string())
            .collect();
        for i in 0..words {
            if !stems.contains(&found[i].text) {
                continue;
            }
            let (weight, word) = (found[i].weight * SYNONYM, found[i].word);
            for other in &stems {
                if !found.iter().any(|t| t.word == word && t.text == *other) {
                    found.push(Term {
                        text: other.clone(),
                        weight,
                        word,
                    });
                }
            }
        }
    }
    (found, words)
}

/// A known word one edit away from an unknown one of six letters or more (two from nine), with
/// the same first letter: a typo.
fn near<'v>(term: &str, vocabulary: &HashMap<&'v str, usize>) -> Option<&'v str> {
    let allowed = match term.len() {
        0..=5 => return None,
        6..=8 => 1,
        _ => 2,
    };
    vocabulary
        .iter()
        .filter(|(w, _)| w.as_bytes().first() == term.as_bytes().first() && w.len().abs_diff(term.len()) <= allowed)
        .filter(|(w, _)| strsim::osa_distance(term, w) <= allowed)
        .max_by_key(|(w, count)| (**count, std::cmp::Reverse(**w)))
        .map(|(w, _)| *w)
}

fn idf(df: usize, n: f32) -> f32 {
    ln((n - df as f32 + 0.5) / (df as f32 + 0.5) + 1.0)
}

/// The natural logarithm of a positive normal number, without libm: calling `f32::ln` makes the
/// binary load libm.so at every start, for every command (docs/BENCHMARKS.md). x = m·2^e with m
/// in [1, 2), and ln m = 2·atanh(t) with t = (m − 1)/(m + 1) < 1/3: five terms are within 1e-6.
pub fn ln(x: f32) -> f32 {
    let bits = x.to_bits();
    let exponent = ((bits >> 23) & 0xff) as i32 - 127;
    let m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    let t = (m - 1.0) / (m + 1.0);
    let t2 = t * t;
    let series = 2.0 * t * (1.0 + t2 * (1.0 / 3.0 + t2 * (1.0 / 5.0 + t2 * (1.0 / 7.0 + t2 / 9.0))));
    exponent as f32 * std::f32::consts::LN_2 + series
}

/// `x` (not negative) rounded to `places` decimals, without libm (see `ln`).
pub fn round(x: f32, places: i32) -> f32 {
    let scale = 10f32.powi(places);
    ((x * scale + 0.5) as i64) as f32 / scale
}

/// How much of the query a document covers: per query word, the best weight of its terms found,
/// times the word's own rarity.
fn coverage(terms: &[Term], words: &[f32], found: impl Fn(&str) -> bool) -> (f32, Vec<f32>) {
    let mut best = vec![0.0f32; words.len()];
    for term in terms.iter().filter(|t| found(&t.text)) {
        best[term.word] = best[term.word].max(term.weight);
    }
    let share = best.iter().zip(words).map(|(b, w)| b * w).sum::<f32>() / words.iter().sum::<f32>().max(f32::EPSILON);
    (share, best)
}

/// A code's best situation: its score, the query's share it covers and each word's weight found
/// there, and where it is in the bank.
type Best = (f32, (f32, Vec<f32>), usize);

/// Codes for a description, best first, each with its closest situation.
pub fn describe<'a>(kb: &'a Kb, query: &str) -> Vec<Match<'a>> {
    let docs: Vec<Vec<&str>> = kb.situations.iter().map(|s| s.index.split(' ').collect()).collect();
    let cards: Vec<&Code> = kb.codes.iter().filter(|c| c.is_official()).collect();
    let card_words = |c: &'a Code| c.index.iter().flat_map(|b| b.split(' '));
    let mut vocabulary: HashMap<&str, usize> = HashMap::new();
    for word in docs
        .iter()
        .flatten()
        .copied()
        .chain(cards.iter().flat_map(|c| card_words(c)))
    {
        *vocabulary.entry(word).or_default() += 1;
    }
    // Every word as typed, stop words too, to tell a whole name from part of one.
    let typed: Vec<String> = words(query).map(|w| stem(&w.to_lowercase()).to_string()).collect();
    let (query, count) = query_terms(kb, query, &vocabulary);
    // One word ("foo") is a name to look up, not a situation: it would match any text using it.
    if count < 2 || docs.is_empty() {
        return Vec::new();
    }
    let n = docs.len() as f32;
    let average = docs.iter().map(Vec::len).sum::<usize>() as f32 / n;
    let df = |t: &str| docs.iter().filter(|d| d.contains(&t)).count();
    let term_df: Vec<usize> = query.iter().map(|t| df(&t.text)).collect();
    // A word's rarity: of the word itself (or its near miss), whether or not it was found.
    let rarity: Vec<f32> = (0..count).map(|w| idf(term_df[w], n)).collect();
    let mut best: HashMap<u16, Best> = HashMap::new();
    for (i, doc) in docs.iter().enumerate() {
        let mut score = 0.0;
        for (term, df) in query.iter().zip(&term_df) {
            let tf = doc.iter().filter(|w| **w == term.text).count() as f32;
            let norm = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * doc.len() as f32 / average));
            score += term.weight * idf(*df, n) * norm;
        }
        let entry = best.entry(kb.situations[i].code).or_insert((0.0, (0.0, Vec::new()), i));
        if score > entry.0 {
            let covered = coverage(&query, &rarity, |t| doc.contains(&t));
            *entry = (score, covered, i);
        }
    }
    let card_n = cards.len() as f32;
    // Each card's bands split once: (card, band) → words.
    let bands: Vec<[Vec<&str>; 4]> = cards
        .iter()
        .map(|c| c.index.each_ref().map(|b| b.split(' ').collect()))
        .collect();
    let band_of = |card: usize, term: &str| bands[card].iter().position(|b| b.contains(&term));
    let card_df: Vec<usize> = query
        .iter()
        .map(|t| (0..cards.len()).filter(|c| band_of(*c, &t.text).is_some()).count())
        .collect();
    let mut matches: Vec<Match> = cards
        .iter()
        .enumerate()
        .filter_map(|(card_at, code)| {
            // A name counts as a name only when the query holds all of it: "api version not
            // supported" is not "HTTP Version Not Supported", whose own words ("HTTP") say whose
            // version. Part of a name counts as a summary's words.
            let whole = std::iter::once(&code.name)
                .chain(code.aliases.iter())
                .any(|name| words(name).all(|w| typed.iter().any(|t| *t == stem(&w.to_lowercase()))));
            let mut card = 0.0;
            for (term, df) in query.iter().zip(&card_df) {
                if let Some(band) = band_of(card_at, &term.text) {
                    let band = if band == 0 && !whole { 2 } else { band };
                    card += term.weight * idf(*df, card_n) * WEIGHTS[band] as f32 / 10.0;
                }
            }
            let none = (0.0, (0.0, vec![0.0; count]), usize::MAX);
            let (score, (covered, in_situation), at) = best.get(&code.code).unwrap_or(&none);
            let (by_card, in_card) = coverage(&query, &rarity, |t| band_of(card_at, t).is_some_and(|band| band < 3));
            let total = score + CARD * card;
            let found = in_situation
                .iter()
                .zip(&in_card)
                .filter(|(s, c)| s.max(**c) > 0.0)
                .count();
            (total > 0.0).then(|| Match {
                code,
                situation: kb.situations.get(*at).filter(|_| *score > 0.0),
                score: total,
                confidence: covered.max(by_card),
                found: (found, count),
                on_card: in_card.iter().filter(|c| **c > 0.0).count(),
            })
        })
        .collect();
    matches.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.code.code.cmp(&b.code.code)));
    matches
}

/// The best match when it is close enough to name a code.
pub fn closest<'a>(kb: &'a Kb, query: &str) -> Option<Match<'a>> {
    describe(kb, query).into_iter().next().filter(close_enough)
}

/// Whether a match may name its code: it covers enough of the query's weight, and either the
/// card itself (name, aliases, keywords, summary) knows one of the query's words or their
/// synonyms, or the match finds three quarters of the words. A few words found only in a
/// situation's story ("database", "array") make no HTTP situation; docs/SITUATIONS.md has the
/// figures.
pub fn close_enough(m: &Match) -> bool {
    let (found, of) = m.found;
    m.confidence >= CLOSE_ENOUGH && (m.on_card >= 1 || found * 4 >= of * 3)
}

/// Whether a word is common in the situations (in 1 % of them or more): one such word left of a
/// longer phrase ("thing already there" → "already") says too little to name a code by itself.
pub fn common(kb: &Kb, word: &str) -> bool {
    let word = stem(&word.to_lowercase()).to_string();
    let df = kb
        .situations
        .iter()
        .filter(|s| s.index.split(' ').any(|w| w == word))
        .count();
    df * 100 >= kb.situations.len().max(1)
}

/// The query without the words that only name the thing or say nothing ("user not found" → "not
/// found"); `None` when nothing is left or nothing was dropped.
pub fn relaxed(kb: &Kb, query: &str) -> Option<String> {
    let all: Vec<&str> = words(query).collect();
    let gives_way = |w: &str| {
        let w = w.to_lowercase();
        kb.naming.iter().chain(kb.filler.iter()).any(|n| **n == w) || STOP_WORDS.contains(&w.as_str())
    };
    let kept: Vec<&str> = all.iter().copied().filter(|w| !gives_way(w)).collect();
    // "not" and "no" stay: they are part of names ("not found").
    (!kept.is_empty() && kept.len() < all.len()).then(|| kept.join(" "))
}

#[cfg(test)]
mod tests;
