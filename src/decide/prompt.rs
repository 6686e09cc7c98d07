//! The terminal answerer: one key per answer, prompts on stderr.
//!
//! Keys are read only when standard input and standard error are both terminals (the caller
//! checks); otherwise answers are read as lines from standard input (`lines`). Keys come through
//! dialoguer's `console` (its `Confirm` has no keys for "back" and "hint").
//!
//! Each question is a block of lines; going back erases the current and the previous block and
//! asks again, so no stale answer stays on screen. After the last answer the recommendation is
//! confirmed (Enter), or `b` takes the last answer back. Ctrl-Z suspends (the question is asked
//! again after `fg`); SIGTERM, SIGHUP and SIGINT restore the terminal and end with 128+n.

use std::io::{self, Write};

use dialoguer::console::{Key, Term};

use super::{Answerer, Confirm, Reply, signals};
use crate::error::Error;
use crate::style;
use statusgen_kb::model::{Outcome, Question};

/// The key legend, shown once at the top and in `decide --help`.
pub const KEYS: &str = "y yes · n no · b back · ? hint · q quit · Ctrl-Z suspend";

/// `decide --help`: the keys and where answers are read from.
pub const HELP: &str = "Keys (when standard input and standard error are terminals):
  y / n        answer yes / no
  b            go back one question (at the recommendation: change the last answer)
  ?            explain the question
  Enter        show the result once the recommendation is reached
  q, Esc, Ctrl-C, Ctrl-D   quit (exit 130; prints the Resume: line)
  q, Esc at the recommendation   end with it (exit 0; prints only the verdict)
  Ctrl-Z       suspend; the question is asked again after `fg`
Otherwise answers are read as lines (y, yes, n, no) from standard input.
With --answers, answers that run out print the next question (exit 3).";

/// Said when a key does nothing.
const NOTE: &str = "keys: y yes · n no · b back · ? hint · q quit";

/// Shows the cursor again however the prompt ends (answer, quit, error or panic).
struct CursorGuard(Term);

impl Drop for CursorGuard {
    fn drop(&mut self) {
        let _ = self.0.show_cursor();
        let _ = self.0.flush();
    }
}

/// One key per answer on the terminal; prompts on stderr.
pub struct Keys {
    term: Term,
    introduced: bool,
    /// Lines (newlines) written for each answered question, to erase them on "back".
    history: Vec<usize>,
    /// Newlines written in the current block.
    block: usize,
}

impl Keys {
    /// Catches SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1 and SIGALRM from now on (see `signals`).
    pub fn new() -> Result<Self, Error> {
        signals::catch()?;
        Ok(Keys {
            term: Term::stderr(),
            introduced: false,
            history: Vec::new(),
            block: 0,
        })
    }

    fn columns(&self) -> usize {
        usize::from(self.term.size().1)
    }

    /// `text` wrapped to the terminal, the first line after `first`, the rest indented.
    fn wrap(&self, text: &str, first: &str) -> String {
        // Room at the end of the last line for " [y/n] yes".
        let width = self.columns().saturating_sub(12).clamp(20, 100);
        // The one wrapper of the project: words whole, header names never split at a hyphen.
        crate::wrap::wrap(text, width, first, "    ").join("\n")
    }

    /// Writes to the terminal, counting the lines of the current block.
    fn write(&mut self, text: &str) -> Result<(), Error> {
        self.block += text.matches('\n').count();
        let mut term = &self.term;
        term.write_all(text.as_bytes())?;
        term.flush()?;
        Ok(())
    }

    /// Erases the current block and `more` lines above it; the cursor ends where they began.
    fn erase(&mut self, more: usize) -> Result<(), Error> {
        let lines = self.block + more;
        let mut text = String::from("\r\x1b[2K");
        text.push_str(&"\x1b[1A\x1b[2K".repeat(lines));
        self.block = 0;
        let mut term = &self.term;
        term.write_all(text.as_bytes())?;
        term.flush()?;
        Ok(())
    }

    fn intro(&mut self) -> Result<(), Error> {
        if !self.introduced {
            let width = self.columns().saturating_sub(2).clamp(20, 100);
            let legend = crate::wrap::wrap(KEYS, width, "", "").join("\n");
            self.write(&format!("{}\n\n", colored(style::dim(&legend))))?;
            self.introduced = true;
            self.block = 0;
        }
        Ok(())
    }

    fn ask(&mut self, question: &Question, number: usize) -> Result<(), Error> {
        let text = self.wrap(&question.text, &format!("{number:>2}. "));
        let choices = colored(style::dim("[y/n] "));
        self.write(&format!("{} {choices}", colored(style::name(&text))))
    }

    /// A short line under the question, then the choices again.
    fn note(&mut self, text: &str) -> Result<(), Error> {
        let text = self.wrap(text, "    ");
        let choices = colored(style::dim("[y/n] "));
        self.write(&format!("\n{}\n    {choices}", colored(style::dim(&text))))
    }

    /// The next key; a caught signal or a closed terminal ends the walk.
    fn key(&self) -> Result<Key, Error> {
        if let Some(n) = signals::received() {
            return Err(Error::Signal(n));
        }
        let key = self.term.read_key_raw();
        if let Some(n) = signals::received() {
            return Err(Error::Signal(n));
        }
        match key {
            Err(err) if err.kind() == io::ErrorKind::UnexpectedEof => Err(Error::Interrupted),
            other => Ok(other?),
        }
    }

    /// Ctrl-Z: show the cursor, stop, and when continued ask the question again.
    fn suspend(&mut self, question: &Question, number: usize) -> Result<(), Error> {
        self.write("\n")?;
        self.term.show_cursor()?;
        signals::suspend()?;
        // The shell wrote to the screen meanwhile: earlier blocks can no longer be erased.
        self.history.iter_mut().for_each(|lines| *lines = 0);
        self.block = 0;
        self.term.hide_cursor()?;
        self.ask(question, number)
    }

    fn ask_and_read(&mut self, question: &Question, number: usize, can_go_back: bool) -> Result<Reply, Error> {
        self.intro()?;
        self.block = 0;
        self.ask(question, number)?;
        let (mut hinted, mut noted, mut noted_back) = (false, false, false);
        loop {
            match self.key()? {
                Key::Char('y' | 'Y') => return self.answered(Reply::Yes),
                Key::Char('n' | 'N') => return self.answered(Reply::No),
                Key::Char('b' | 'B') | Key::Backspace | Key::ArrowLeft if can_go_back => {
                    let previous = self.history.pop().unwrap_or(0);
                    self.erase(previous)?;
                    return Ok(Reply::Back);
                }
                Key::Char('?' | 'h' | 'H') if !hinted => {
                    hinted = true;
                    self.note(&question.hint)?;
                }
                Key::Char('q' | 'Q' | '\x04') | Key::Escape | Key::CtrlC => return Err(Error::Interrupted),
                Key::Char('\x1a') => self.suspend(question, number)?,
                Key::Char('b' | 'B') | Key::Backspace | Key::ArrowLeft if !noted_back => {
                    noted_back = true;
                    self.note("this is the first question; there is nothing to go back to")?;
                }
                Key::Char('?' | 'h' | 'H' | 'b' | 'B') | Key::Backspace | Key::ArrowLeft => {}
                _ if !noted => {
                    noted = true;
                    self.note(NOTE)?;
                }
                _ => {}
            }
        }
    }

    fn answered(&mut self, reply: Reply) -> Result<Reply, Error> {
        let word = match reply {
            Reply::Yes => colored(style::good("yes")),
            _ => colored(style::bad("no")),
        };
        self.write(&format!("{word}\n"))?;
        self.history.push(self.block);
        self.block = 0;
        Ok(reply)
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
        let _guard = CursorGuard(self.term.clone());
        self.term.hide_cursor()?;
        let result = self.ask_and_read(question, number, can_go_back);
        if result.is_err() {
            let _ = self.write("\n");
        }
        result
    }

    /// Enter (or y) shows the result; `b` takes the last answer back; `q` or Esc leaves with the
    /// recommendation seen (success); Ctrl-C and Ctrl-D still interrupt.
    fn confirm(&mut self, _: &Outcome, title: &str) -> Result<Confirm, Error> {
        let _guard = CursorGuard(self.term.clone());
        self.term.hide_cursor()?;
        self.block = 0;
        let keys = colored(style::dim("Enter shows why · b changes the last answer · q quits"));
        self.write(&format!("\n    → {title}\n    {keys} "))?;
        loop {
            match self.key() {
                Ok(Key::Enter | Key::Char('y' | 'Y' | ' ')) => {
                    self.write("\n\n")?;
                    return Ok(Confirm::Show);
                }
                Ok(Key::Char('b' | 'B') | Key::Backspace | Key::ArrowLeft) => {
                    let previous = self.history.pop().unwrap_or(0);
                    self.erase(previous)?;
                    return Ok(Confirm::Back);
                }
                Ok(Key::Char('q' | 'Q') | Key::Escape) => {
                    self.write("\n")?;
                    return Ok(Confirm::Leave);
                }
                Ok(Key::Char('\x04') | Key::CtrlC) => {
                    self.write("\n")?;
                    return Err(Error::Interrupted);
                }
                Err(err) => {
                    let _ = self.write("\n");
                    return Err(err);
                }
                Ok(_) => {}
            }
        }
    }

    fn quit(&mut self, replay: &str) {
        if !replay.is_empty() {
            let _ = self.write(&format!("Resume: statusgen decide --answers {replay}\n"));
        }
    }
}
