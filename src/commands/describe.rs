//! Words that name no code as typed: the same words without those that only name the thing
//! ("user not found" → "not found"), else the closest situation of the knowledge base.

use statusgen_kb::describe::{Match, closest, relaxed};
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
    // One word left of three or more ("thing already there" → "already") names too little to
    // beat the situations.
    if let Some(shorter) = relaxed(kb, query)
        && (shorter.split_whitespace().count() > 1 || !is_description(query))
        && let Ok(Found::Codes(codes)) = resolve(kb, &shorter, unofficial)
    {
        return Some(Described::Named(codes));
    }
    closest(kb, query).map(Described::Situation)
}

/// Whether a query reads like a description (three words or more) rather than a name.
pub fn is_description(query: &str) -> bool {
    query.split_whitespace().count() >= 3
}

/// The hint after "no code clearly matches" for a description.
pub const DECIDE: &str = "or answer a few questions with `statusgen decide`";
