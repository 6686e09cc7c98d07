//! `statusgen search WORDS…`: ranked matches, one line each.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::Format;
use crate::error::Error;
use crate::kb::model::Kb;
use crate::render::{self, CodeView};
use crate::search;
use crate::style::clean;

/// At most this many results; weaker ones than a quarter of the best are dropped too.
const MAX_RESULTS: usize = 12;

pub fn run(
    kb: &Kb,
    words: &[String],
    unofficial: bool,
    format: Format,
    out: &mut dyn Write,
) -> Result<ExitCode, Error> {
    let query = words.join(" ");
    let hits = search::search(kb, &query, unofficial);
    let best = hits.first().map_or(0, |h| h.score);
    let hits: Vec<_> = hits
        .into_iter()
        .take_while(|h| h.score * 4 >= best)
        .take(MAX_RESULTS)
        .collect();
    if hits.is_empty() {
        let shown = clean(query.trim());
        return Err(Error::NotFound(format!(
            "nothing matches '{shown}'; try other words, or `statusgen list`"
        )));
    }
    match format {
        Format::Json => render::json(out, &hits.iter().map(|h| CodeView::new(h.code)).collect::<Vec<_>>())?,
        Format::Text => {
            for hit in &hits {
                render::line(out, hit.code)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
