//! `statusgen lookup WORDS…` (and `statusgen WORDS…`): a card per code, the codes of a class one
//! line each, or a comparison for `401 vs 403`.

use std::io::Write;

use statusgen_kb::model::{Code, Kb};
use statusgen_kb::resolve::{Found, Unresolved, queries, resolve};

use super::describe::{DECIDE, Described, describe, is_description};

use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::card::{Card, Cards};
use crate::render::described::{self, DescribedCards, Matched};

/// What `lookup` shows and how.
pub struct Options<'a> {
    pub format: Format,
    /// Stack ids whose constants to show; `None` shows every stack.
    pub stacks: Option<&'a [String]>,
    /// Let phrases name vendors' codes, not only the registry's.
    pub unofficial: bool,
    /// Short cards: the essentials in about eight lines.
    pub short: bool,
    /// Never page a long card.
    pub no_pager: bool,
    /// The command the first word may be a typo for (`lsit`), said when nothing matches.
    pub command_typo: Option<&'a str>,
}

/// At most this many unknown codes or phrases are described in the error line.
const SHOWN_MISSING: usize = 3;

/// Whether a word separates codes to compare (`401 vs 403`).
fn is_versus(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "vs" | "vs." | "versus")
}

pub fn run(kb: &Kb, words: &[String], options: &Options, out: &mut dyn Write) -> Result<Exit, Error> {
    if words.iter().any(|w| is_versus(w)) {
        let codes: Vec<String> = words.iter().filter(|w| !is_versus(w)).cloned().collect();
        return super::compare::run(kb, &codes, options.unofficial, options.format, options.no_pager, out);
    }
    super::describe::check_length(words)?;
    let queries = queries(words);
    // A word that names two codes alike (`timeout`) compares them.
    if let [query] = queries.as_slice()
        && let Some(pair) = statusgen_kb::pairs::named_by(kb, query)
    {
        let codes: Vec<String> = pair.codes.iter().map(u16::to_string).collect();
        return super::compare::run(kb, &codes, options.unofficial, options.format, options.no_pager, out);
    }
    let mut found: Vec<&Code> = Vec::new();
    let mut situations: Vec<(u16, Matched)> = Vec::new();
    let mut classes: Vec<&Code> = Vec::new();
    let mut missing = Vec::new();
    for query in queries {
        match resolve(kb, &query, options.unofficial) {
            Ok(Found::Codes(codes)) => push_new(&mut found, codes),
            Ok(Found::Class(_, codes)) => push_new(&mut classes, codes),
            Err(Unresolved::Unknown(message)) => match describe(kb, &query, options.unofficial) {
                Some(Described::Named(codes)) => push_new(&mut found, codes),
                Some(Described::Situation(matched)) => {
                    situations.extend(Matched::new(&matched).map(|m| (matched.code.code, m)));
                    push_new(&mut found, vec![matched.code]);
                }
                None if is_description(&query) => missing.push(format!("{message}, {DECIDE}")),
                None => missing.push(message),
            },
            Err(Unresolved::Invalid(message)) => return Err(Error::Usage(message)),
        }
    }
    let nothing = found.is_empty() && classes.is_empty();
    if !classes.is_empty() {
        if !found.is_empty() {
            return Err(Error::Usage(
                "give a class on its own (`statusgen 4xx`) or codes and names, not both".into(),
            ));
        }
        emit(out, options.format, &super::list::grouped(kb, classes.into_iter()))?;
    } else if !situations.is_empty() {
        let cards = found.into_iter().map(|code| described::Described {
            card: Card::new(kb, code, options.stacks, options.short),
            situation: situations
                .iter()
                .position(|(c, _)| *c == code.code && code.is_official())
                .map(|at| situations.remove(at).1),
        });
        crate::render::pager::emit_paged(out, options.format, &DescribedCards(cards.collect()), options.no_pager)?;
    } else if !found.is_empty() || options.format == Format::Json {
        let cards: Vec<Card> = found
            .into_iter()
            .map(|code| Card::new(kb, code, options.stacks, options.short))
            .collect();
        crate::render::pager::emit_paged(out, options.format, &Cards(cards), options.no_pager)?;
    }
    if missing.is_empty() {
        Ok(Exit::Success)
    } else if let (Some(name), true) = (options.command_typo, nothing) {
        let first = crate::error::quote(words.first().map_or("", String::as_str), 30);
        Err(Error::Usage(format!(
            "'{first}' is not a command or a status code; did you mean `statusgen {name}`?"
        )))
    } else {
        // Several unknown codes still make one line, of reasonable length.
        let mut said: Vec<String> = Vec::new();
        for message in missing {
            if !said.contains(&message) {
                said.push(message);
            }
        }
        let more = said.len().saturating_sub(SHOWN_MISSING);
        said.truncate(SHOWN_MISSING);
        if more > 0 {
            said.push(format!("and {more} more not found"));
        }
        Err(Error::NotFound(said.join("; ")))
    }
}

/// Adds codes not already in `list`, in order.
fn push_new<'a>(list: &mut Vec<&'a Code>, codes: Vec<&'a Code>) {
    for code in codes {
        if !list.iter().any(|f| std::ptr::eq(*f, code)) {
            list.push(code);
        }
    }
}
