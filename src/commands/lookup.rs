//! `statusgen lookup CODE…` (and `statusgen CODE…`): a card per code.

use std::io::Write;

use statusgen_kb::model::{Code, Kb};
use statusgen_kb::resolve::{Unresolved, resolve};

use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::card::{Card, Cards};

/// What `lookup` shows and how.
pub struct Options<'a> {
    pub format: Format,
    /// Stack ids whose constants to show; `None` shows every stack.
    pub stacks: Option<&'a [String]>,
}

pub fn run(kb: &Kb, queries: &[String], options: &Options, out: &mut dyn Write) -> Result<Exit, Error> {
    let mut found: Vec<&Code> = Vec::new();
    let mut missing = Vec::new();
    for query in queries {
        match resolve(kb, query) {
            Ok(codes) => {
                for code in codes {
                    if !found.iter().any(|f| std::ptr::eq(*f, code)) {
                        found.push(code);
                    }
                }
            }
            Err(Unresolved::Unknown(message)) => missing.push(message),
            Err(Unresolved::Invalid(message)) => return Err(Error::Usage(message)),
        }
    }
    let cards = found.into_iter().map(|code| Card::new(kb, code, options.stacks));
    emit(out, options.format, &Cards(cards.collect()))?;
    if missing.is_empty() {
        Ok(Exit::Success)
    } else {
        // Several unknown codes still make one line.
        Err(Error::NotFound(missing.join("; ")))
    }
}
