//! Replies typed as lines: from standard input when it is not a terminal (one reply per line),
//! and the parsing the terminal shares.

use std::io::{BufRead, Write};

use statusgen_kb::model::Kb;

use super::{Answered, Asked, Player, Reply};
use crate::decide::lines::Lines;
use crate::error::{Error, quote};

/// What a line asks for.
pub enum Typed {
    Reply(Reply),
    Hint,
}

/// Said when a line is neither a code nor a key word.
pub const HELP: &str = "give a code such as 404 (or a choice's number), ? for a hint, s to skip or q to quit";

/// A code (`404`), a choice's number (`2`, with choices), `?`, `s`/`skip`, `q`/`quit`;
/// `None` for anything else.
pub fn parse(text: &str, choices: &[u16]) -> Option<Typed> {
    let text = text.trim().to_ascii_lowercase();
    Some(match text.as_str() {
        "?" | "h" | "hint" => Typed::Hint,
        "s" | "skip" => Typed::Reply(Reply::Skip),
        "q" | "quit" => Typed::Reply(Reply::Quit),
        _ => {
            let number: u16 = text.parse().ok()?;
            let reply = match usize::from(number) {
                n @ 1..=9 if n <= choices.len() => choices[n - 1],
                _ if (100..=599).contains(&number) => number,
                _ => return None,
            };
            Typed::Reply(Reply::Code(reply))
        }
    })
}

/// One reply per line from standard input; the end of the input ends the quiz. Nothing is
/// written while asking: the result is printed at the end.
pub struct Scripted<R> {
    lines: Lines<R>,
}

impl<R: BufRead> Scripted<R> {
    pub fn new(input: R) -> Self {
        Scripted {
            lines: Lines::with_help(input, HELP),
        }
    }
}

impl<R: BufRead> Player for Scripted<R> {
    fn ask(&mut self, _: &Kb, asked: &Asked, _: usize, _: usize) -> Result<Reply, Error> {
        loop {
            let Some(text) = self.lines.next_line()? else {
                return Ok(Reply::Quit);
            };
            if text.trim().is_empty() {
                continue;
            }
            match parse(&text, &asked.choices) {
                Some(Typed::Reply(reply)) => return Ok(reply),
                // A hint is for a person at a terminal; a script gets none.
                Some(Typed::Hint) => continue,
                None => {
                    return Err(Error::Usage(format!(
                        "line {} of standard input is '{}'; {HELP}",
                        self.lines.line,
                        quote(text.trim(), 40)
                    )));
                }
            }
        }
    }

    fn tell(&mut self, _: &Kb, _: &Answered, _: &[u16]) -> Result<(), Error> {
        Ok(())
    }
}

/// Writes lines to a terminal or a buffer, each wrapped and indented.
pub fn write_wrapped(out: &mut dyn Write, lines: &[String], indent: &str, width: usize) -> std::io::Result<()> {
    for line in lines {
        for part in crate::wrap::wrap(line, width, indent, &format!("{indent}  ")) {
            writeln!(out, "{part}")?;
        }
    }
    Ok(())
}
