//! Exit codes: one enum, documented in `--help`, the man page and the README from `TABLE`.

use std::process::ExitCode;

/// How statusgen ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Found or done.
    Success,
    /// Nothing found: an unknown code, no search results.
    NotFound,
    /// `lint`: a finding at or above `--fail-on`.
    Findings,
    /// A usage error, or a knowledge-base file that cannot be used.
    Usage,
    /// `decide` quit by the user (Ctrl-C, Esc, q, Ctrl-D).
    Interrupted,
    /// `decide`: `--answers` or standard input ran out before a recommendation; the next
    /// question was printed.
    Pending,
    /// Ended by signal N while a question waited (the terminal restored first).
    Signal(u8),
}

impl Exit {
    /// The process exit status.
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::NotFound | Exit::Findings => 1,
            Exit::Usage => 2,
            Exit::Pending => 3,
            Exit::Interrupted => 130,
            Exit::Signal(n) => 128u8.saturating_add(n),
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}

/// Every documented exit status with its meaning, for `--help`, the man page and the README.
pub const TABLE: &[(&str, &str)] = &[
    ("0", "found / done"),
    (
        "1",
        "nothing found (unknown code, no results), or findings at --fail-on",
    ),
    (
        "2",
        "usage error, bad knowledge-base file, unreadable input (lint, check)",
    ),
    ("3", "decide: answers or stdin ran out; the next question is printed"),
    (
        "130",
        "interrupted (Ctrl-C, Esc, q or Ctrl-D in `decide`; q at a verdict: 0)",
    ),
    ("128+N", "ended by signal N (143 for SIGTERM, 129 for SIGHUP)"),
];

/// The table as `--help` shows it.
pub fn help() -> String {
    let rows: Vec<String> = TABLE
        .iter()
        .map(|(code, meaning)| format!("  {code:<7}{meaning}"))
        .collect();
    format!("Exit codes:\n{}", rows.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_documented_ones() {
        let documented = |code: u8| TABLE.iter().any(|(c, _)| *c == code.to_string());
        for exit in [
            Exit::Success,
            Exit::NotFound,
            Exit::Findings,
            Exit::Usage,
            Exit::Pending,
            Exit::Interrupted,
        ] {
            assert!(documented(exit.code()), "{exit:?} is not in the table");
        }
    }

    #[test]
    fn signals_end_with_128_plus_n() {
        assert_eq!(Exit::Signal(15).code(), 143);
        assert_eq!(Exit::Signal(1).code(), 129);
        assert_eq!(Exit::Signal(2).code(), Exit::Interrupted.code());
    }

    #[test]
    fn help_lists_every_row() {
        let help = help();
        assert!(help.starts_with("Exit codes:\n"));
        assert_eq!(help.lines().count(), TABLE.len() + 1);
    }
}
