//! The quiz at a terminal: the situation and prompt on standard error, a reply typed as a line
//! (a code, a choice's number, `?`, `s` or `q`, then Enter), and the feedback at once.
//!
//! Lines are read in the terminal's normal (cooked) mode: the terminal edits and echoes them, and
//! Ctrl-C ends the process without leaving it in raw mode. Progress is saved after every answer,
//! so nothing answered is lost however the quiz ends. Ctrl-D is `q`.

use std::io::{self, BufRead, Write};

use dialoguer::console::Term;
use statusgen_kb::model::Kb;

use super::feedback::{choice_lines, hint, lines};
use super::lines::{HELP, Typed, parse, write_wrapped};
use super::{Answered, Asked, Player, Reply};
use crate::error::Error;
use crate::style;

/// The keys, shown once at the top and in `quiz --help`.
pub const KEYS: &str = "type a code (or a choice's number) and Enter · ? hint · s skip · q quit";

pub struct Terminal {
    term: Term,
    introduced: bool,
}

impl Terminal {
    pub fn new() -> Self {
        Terminal {
            term: Term::stderr(),
            introduced: false,
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).saturating_sub(2).clamp(20, 100)
    }

    fn write(&self, text: &str) -> Result<(), Error> {
        let mut term = &self.term;
        term.write_all(colored(text).as_bytes())?;
        term.flush()?;
        Ok(())
    }

    fn block(&self, lines: &[String], indent: &str) -> Result<(), Error> {
        let mut text = Vec::new();
        write_wrapped(&mut text, lines, indent, self.width())?;
        self.write(&String::from_utf8_lossy(&text))
    }

    /// The next line typed; `None` at Ctrl-D.
    fn line(&self) -> Result<Option<String>, Error> {
        let mut text = String::new();
        let read = io::stdin().lock().read_line(&mut text)?;
        Ok((read > 0).then_some(text))
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Self::new()
    }
}

impl Player for Terminal {
    fn ask(&mut self, kb: &Kb, asked: &Asked, number: usize, total: usize) -> Result<Reply, Error> {
        if !self.introduced {
            self.write(&format!("{}\n", style::dim(KEYS)))?;
            self.introduced = true;
        }
        let topic = asked.situation.topic.name();
        self.write(&format!(
            "\n{}\n",
            style::heading(format!("Question {number} of {total} · {topic}"))
        ))?;
        self.block(&[asked.situation.text.to_string()], "  ")?;
        self.block(&choice_lines(kb, &asked.choices), "    ")?;
        loop {
            self.write(&format!("  {} ", style::dim("Your answer:")))?;
            let Some(text) = self.line()? else {
                self.write("\n")?;
                return Ok(Reply::Quit);
            };
            match parse(&text, &asked.choices) {
                Some(Typed::Reply(reply)) => return Ok(reply),
                Some(Typed::Hint) => self.block(&[hint(kb, asked.situation)], "  ")?,
                None if text.trim().is_empty() => {}
                None => self.block(&[HELP.to_string()], "  ")?,
            }
        }
    }

    fn tell(&mut self, kb: &Kb, answered: &Answered, _: &[u16]) -> Result<(), Error> {
        let mut told = lines(kb, answered);
        if let Some(first) = told.first_mut() {
            *first = match answered.correct {
                true => style::good(first.as_str()).to_string(),
                false => style::bad(first.as_str()).to_string(),
            };
        }
        self.block(&told, "  ")
    }
}

/// Colours only when standard error gets them (`style` follows standard output).
fn colored(text: &str) -> String {
    if style::stderr_color() {
        text.to_string()
    } else {
        dialoguer::console::strip_ansi_codes(text).into_owned()
    }
}
