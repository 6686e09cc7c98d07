//! `statusgen search WORDS…`: ranked matches, one line each.

use std::io::Write;

use statusgen_kb::model::Kb;
use statusgen_kb::search;

use crate::emit::{Format, emit};
use crate::error::{Error, quote};
use crate::exit::Exit;
use crate::render::list::{Group, Lines};

/// At most this many results; weaker ones than a quarter of the best are dropped too.
const MAX_RESULTS: usize = 12;

pub fn run(kb: &Kb, words: &[String], unofficial: bool, format: Format, out: &mut dyn Write) -> Result<Exit, Error> {
    let query = words.join(" ");
    let hits = search::search(kb, &query, unofficial);
    let best = hits.first().map_or(0, |h| h.score);
    let codes: Vec<_> = hits
        .into_iter()
        .take_while(|h| h.score * 4 >= best)
        .take(MAX_RESULTS)
        .map(|h| h.code)
        .collect();
    if codes.is_empty() {
        return Err(Error::NotFound(format!(
            "nothing matches '{}'; try other words, or `statusgen list`",
            quote(query.trim(), 60)
        )));
    }
    let lines = Lines {
        groups: vec![Group { title: None, codes }],
    };
    emit(out, format, &lines)?;
    Ok(Exit::Success)
}
