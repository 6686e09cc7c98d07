//! The two interactive answerers: single keys on a terminal, or lines from a pipe.
//!
//! The terminal one reads keys through dialoguer's `console` (dialoguer's `Confirm` has no keys
//! for "back" and "hint", which the decision tree needs).

use std::io::{self, BufRead, Write};

use dialoguer::console::{Key, Term};

use super::{Answerer, Reply, parse_answer, ran_out};
use crate::error::Error;
use crate::error::quote;
use crate::style;
use statusgen_kb::model::Question;

const KEYS: &str = "Answer with y or n · b goes back · ? explains the question · q quits";

/// Shows the cursor again however the prompt ends (answer, quit, error or panic).
struct CursorGuard<'t>(&'t Term);

impl Drop for CursorGuard<'_> {
    fn drop(&mut self) {
        let _ = self.0.show_cursor();
        let _ = self.0.flush();
    }
}

/// One key per answer on the terminal; prompts on stderr.
pub struct Keys {
    term: Term,
    introduced: bool,
}

impl Keys {
    pub fn new() -> Self {
        Keys {
            term: Term::stderr(),
            introduced: false,
        }
    }

    /// `text` wrapped to the terminal, the first line after `first`, the rest indented.
    fn wrap(&self, text: &str, first: &str) -> String {
        // Room at the end of the last line for " [y/n] yes".
        let width = usize::from(self.term.size().1).saturating_sub(12).clamp(40, 100);
        let options = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent("    ");
        textwrap::wrap(text, options).join("\n")
    }

    fn write(&self, text: &str) -> Result<(), Error> {
        let mut term = &self.term;
        term.write_all(text.as_bytes())?;
        term.flush()?;
        Ok(())
    }
}

fn colored(text: impl std::fmt::Display) -> String {
    if style::stderr_color() {
        text.to_string()
    } else {
        console_strip(&text.to_string())
    }
}

/// Removes escape sequences `colored` added (its override follows stdout, prompts go to stderr).
fn console_strip(text: &str) -> String {
    dialoguer::console::strip_ansi_codes(text).into_owned()
}

impl Answerer for Keys {
    fn answer(&mut self, question: &Question, number: usize, can_go_back: bool) -> Result<Reply, Error> {
        if !self.introduced {
            self.write(&format!("{}\n\n", colored(style::dim(KEYS))))?;
            self.introduced = true;
        }
        let question_text = self.wrap(&question.text, &format!("{number:>2}. "));
        let choices = colored(style::dim("[y/n] "));
        self.write(&format!("{} {choices}", colored(style::name(&question_text))))?;
        let _guard = CursorGuard(&self.term);
        self.term.hide_cursor()?;
        loop {
            let key = self.term.read_key_raw()?;
            let reply = match key {
                Key::Char('y' | 'Y') => Some(Reply::Yes),
                Key::Char('n' | 'N') => Some(Reply::No),
                Key::Char('b' | 'B') | Key::Backspace | Key::ArrowLeft if can_go_back => Some(Reply::Back),
                Key::Char('?' | 'h' | 'H') => {
                    let hint = self.wrap(&question.hint, "    ");
                    self.write(&format!("\n{}\n    {choices}", colored(style::dim(&hint))))?;
                    None
                }
                Key::Char('q' | 'Q') | Key::Escape | Key::CtrlC => {
                    self.write("\n")?;
                    return Err(Error::Interrupted);
                }
                _ => None,
            };
            if let Some(reply) = reply {
                let word = match reply {
                    Reply::Yes => colored(style::good("yes")),
                    Reply::No => colored(style::bad("no")),
                    Reply::Back => colored(style::dim("back")),
                };
                self.write(&format!("{word}\n"))?;
                return Ok(reply);
            }
        }
    }
}

/// Answers read as lines (`y`, `yes`, `n`, `no`) when stdin is not a terminal.
pub struct Lines<R> {
    input: R,
    line: usize,
}

impl<R: BufRead> Lines<R> {
    pub fn new(input: R) -> Self {
        Lines { input, line: 0 }
    }
}

impl<R: BufRead> Answerer for Lines<R> {
    fn answer(&mut self, question: &Question, _: usize, _: bool) -> Result<Reply, Error> {
        loop {
            let mut text = String::new();
            if self.input.read_line(&mut text)? == 0 {
                return Err(ran_out(question, "standard input ended"));
            }
            self.line += 1;
            if text.trim().is_empty() {
                continue;
            }
            return match parse_answer(&text) {
                Some(true) => Ok(Reply::Yes),
                Some(false) => Ok(Reply::No),
                None => Err(Error::Usage(format!(
                    "line {} of standard input is '{}'; answer y, yes, n or no, one per line",
                    self.line,
                    quote(text.trim(), 40)
                ))),
            };
        }
    }
}

/// Reads answers from stdin as lines.
pub fn stdin_lines() -> Lines<io::StdinLock<'static>> {
    Lines::new(io::stdin().lock())
}
