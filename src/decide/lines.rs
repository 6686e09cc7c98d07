//! Answers read as lines (`y`, `yes`, `n`, `no`) when the keys cannot be read from a terminal.

use std::io::{self, BufRead};

use super::{Answerer, Reply, parse_answer};
use crate::error::{Error, escape, quote};
use statusgen_kb::model::Question;

/// The longest line read; a longer one is refused rather than buffered.
pub const MAX_LINE: usize = 1024;

/// What a line of `decide` holds.
const DECIDE_HELP: &str = "answer y, yes, n or no, one per line";

/// One answer per line; blank lines are skipped.
pub struct Lines<R> {
    input: R,
    /// The number of the last line read (from 1).
    pub line: usize,
    /// What a line should hold, for errors.
    help: &'static str,
}

impl<R: BufRead> Lines<R> {
    pub fn new(input: R) -> Self {
        Self::with_help(input, DECIDE_HELP)
    }

    /// Lines whose errors say `help` ("give a code, s to skip or q to quit").
    pub fn with_help(input: R, help: &'static str) -> Self {
        Lines { input, line: 0, help }
    }

    /// The next line without its newline, or `None` at the end of the input.
    pub fn next_line(&mut self) -> Result<Option<String>, Error> {
        let mut bytes = Vec::new();
        let limit = u64::try_from(MAX_LINE + 1).unwrap_or(u64::MAX);
        let read = io::Read::take(&mut self.input, limit)
            .read_until(b'\n', &mut bytes)
            .map_err(|e| read_error(e, self.help))?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        } else if bytes.len() > MAX_LINE {
            let prefix = String::from_utf8_lossy(&bytes[..40]);
            return Err(Error::Usage(format!(
                "line {} of standard input is longer than {MAX_LINE} bytes ('{}'); {}",
                self.line,
                quote(&prefix, 20),
                self.help
            )));
        }
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| Error::Usage(format!("line {} of standard input is not UTF-8", self.line)))
    }
}

/// A failed read of stdin as one line saying what standard input is, and what it should hold.
fn read_error(err: io::Error, help: &str) -> Error {
    match err.raw_os_error() {
        // EISDIR: `statusgen decide </tmp`, `statusgen quiz </tmp`.
        Some(21) if help == DECIDE_HELP => {
            Error::Usage("standard input is a directory; give one answer per line, or use --answers".into())
        }
        Some(21) => Error::Usage(format!("standard input is a directory; {help}, one per line")),
        _ => Error::Usage(format!("cannot read standard input: {}", escape(&err.to_string()))),
    }
}

impl<R: BufRead> Answerer for Lines<R> {
    fn answer(&mut self, _: &Question, _: usize, _: bool) -> Result<Reply, Error> {
        loop {
            // Like `--answers` running out: the pending question is the result (exit 3).
            let Some(text) = self.next_line()? else {
                return Ok(Reply::Stop);
            };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn first_error(input: &[u8]) -> String {
        let kb = &crate::kb::EMBEDDED;
        match super::super::walk(kb, &mut Lines::new(input)) {
            Err(Error::Usage(message)) => message,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn long_lines_are_refused_with_a_short_prefix() {
        let message = first_error(&vec![b'y'; 5000]);
        assert!(
            message.starts_with("line 1 of standard input is longer than 1024 bytes ('yyyy"),
            "{message}"
        );
        assert!(message.len() < 200, "{message}");
    }

    #[test]
    fn bad_utf8_names_the_line() {
        assert_eq!(first_error(b"y\n\xff\xfe\n"), "line 2 of standard input is not UTF-8");
    }
}
