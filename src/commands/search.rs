//! `statusgen search WORDS…`: ranked matches, one line each. Words that name no code clearly
//! are taken as a description: the codes of the closest situations, each with its situation.

use std::io::Write;

use statusgen_kb::class_label;
use statusgen_kb::describe::describe;
use statusgen_kb::model::Kb;
use statusgen_kb::resolve::confident;
use statusgen_kb::search;

use super::describe::{DECIDE, is_description};
use crate::emit::{Format, emit};
use crate::error::{Error, quote};
use crate::exit::Exit;
use crate::render::described::{DescribedLines, Line, Matched};
use crate::render::list::{Entry, Group, Lines};

/// At most this many results; weaker ones than a quarter of the best are dropped too.
const MAX_RESULTS: usize = 12;
/// A description's best situation must cover this share of its words to be listed.
const LISTED: f32 = 0.2;

pub fn run(kb: &Kb, words: &[String], unofficial: bool, format: Format, out: &mut dyn Write) -> Result<Exit, Error> {
    super::describe::check_length(words)?;
    let query = words.join(" ");
    let hits = search::search(kb, &query, unofficial);
    // Words that name a code clearly (as `lookup` would take them) list as they always did.
    let clear = hits.first().is_some_and(confident) || !search::by_name(kb, &query).is_empty();
    if !clear && described(kb, &query, format, out)? {
        return Ok(Exit::Success);
    }
    let best = hits.first().map_or(0, |h| h.score);
    let codes: Vec<_> = hits
        .into_iter()
        .take_while(|h| h.score * 4 >= best)
        .take(MAX_RESULTS)
        .map(|h| h.code)
        .collect();
    if codes.is_empty() {
        let decide = if is_description(&query) {
            DECIDE
        } else {
            "or `statusgen list`"
        };
        return Err(Error::NotFound(format!(
            "nothing matches '{}'; try other words, {decide}",
            quote(query.trim(), 60)
        )));
    }
    let lines = Lines {
        groups: vec![Group { title: None, codes }],
    };
    emit(out, format, &lines)?;
    Ok(Exit::Success)
}

/// Lists the codes of the closest situations; false when none is close enough.
fn described(kb: &Kb, query: &str, format: Format, out: &mut dyn Write) -> Result<bool, Error> {
    let found = describe(kb, query);
    let Some(best) = found.first().filter(|m| m.confidence >= LISTED).map(|m| m.score) else {
        return Ok(false);
    };
    let lines = found
        .iter()
        .take_while(|m| m.score * 4.0 >= best)
        .take(MAX_RESULTS)
        .map(|m| Line {
            entry: Entry {
                class: class_label(m.code.code),
                code: m.code,
            },
            situation: Matched::new(m),
        });
    emit(out, format, &DescribedLines(lines.collect()))?;
    Ok(true)
}
