//! Words that name no code as typed: the same words without those that only name the thing
//! ("user not found" → "not found"), else the closest situation of the knowledge base.

use statusgen_kb::describe::{Match, closest, common, relaxed};
use statusgen_kb::index::words;
use statusgen_kb::model::{Code, Kb};
use statusgen_kb::resolve::{Found, resolve};

/// What a description names.
pub enum Described<'a> {
    /// The codes the words name once the naming words give way.
    Named(Vec<&'a Code>),
    /// The closest situation's code.
    Situation(Match<'a>),
}

/// What `query` (a phrase `resolve` did not name) describes, if anything is close enough.
pub fn describe<'a>(kb: &'a Kb, query: &str, unofficial: bool) -> Option<Described<'a>> {
    if query.trim().chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // One common word left of three or more ("thing already there" → "already") names too
    // little to beat the situations; a rare one ("server is a teapot") does.
    if let Some(shorter) = relaxed(kb, query)
        && (shorter.split_whitespace().count() > 1 || !is_description(query) || !common(kb, &shorter))
        && let Ok(Found::Codes(codes)) = resolve(kb, &shorter, unofficial)
        && codes.iter().all(|code| named_whole(code, query))
    {
        return Some(Described::Named(codes));
    }
    closest(kb, query).map(Described::Situation)
}

/// Whether a code has a name, alias or keyword whose every word the query holds (or mistypes): "user not
/// found" names "Not Found", but "api version not supported" does not name "HTTP Version Not
/// Supported" (an API's version is not the protocol's).
fn named_whole(code: &Code, query: &str) -> bool {
    let typed: Vec<String> = words(query).map(str::to_lowercase).collect();
    // A typo counts as its word ("user not foud").
    let typed_as = |t: &String, w: &str| {
        let w = w.to_lowercase();
        *t == w || (w.len() >= 4 && strsim::osa_distance(t, &w) <= 1)
    };
    let whole = |name: &str| words(name).all(|w| typed.iter().any(|t| typed_as(t, w)));
    std::iter::once(&code.name)
        .chain(code.aliases.iter())
        .chain(code.keywords.iter())
        .any(|name| whole(name))
}

/// A description longer than this is refused: each word is matched against the whole knowledge
/// base (about 0.2 ms a word), so 100,000 words took over ten seconds.
pub const MAX_WORDS: usize = 500;

/// Refuses words (codes and classes aside) too many to be a description.
pub fn check_length(words: &[String]) -> Result<(), crate::error::Error> {
    let count = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()) && statusgen_kb::class_digit(w).is_none())
        .count();
    if count > MAX_WORDS {
        return Err(crate::error::Error::Usage(format!(
            "{count} words are too many to match; describe the situation in at most {MAX_WORDS}, {DECIDE}"
        )));
    }
    Ok(())
}

/// Whether a query reads like a description (three words or more) rather than a name.
pub fn is_description(query: &str) -> bool {
    query.split_whitespace().count() >= 3
}

/// The hint after "no code clearly matches" for a description.
pub const DECIDE: &str = "or answer a few questions with `statusgen decide`";
