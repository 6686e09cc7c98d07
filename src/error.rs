//! Errors and the exit codes they map to, in one place.

use std::io::{self, Write};
use std::process::ExitCode;

use colored::Colorize;

/// Nothing was found (exit 1).
pub const NOT_FOUND: u8 = 1;
/// Usage or data error (exit 2).
pub const USAGE: u8 = 2;
/// Interrupted by the user (exit 130).
pub const INTERRUPTED: u8 = 130;

#[derive(Debug)]
pub enum Error {
    /// Bad arguments or answers (exit 2).
    Usage(String),
    /// A knowledge-base file that cannot be used (exit 2).
    Data(String),
    /// Nothing matched (exit 1).
    NotFound(String),
    /// Ctrl-C, Esc or q (exit 130).
    Interrupted,
    Io(io::Error),
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error::Io(err)
    }
}

impl Error {
    /// Reports the error on stderr and returns the exit code.
    pub fn exit(self) -> ExitCode {
        let (code, message) = match self {
            // A closed pipe (`statusgen list | head -1`) is the reader's choice, not an error.
            Error::Io(err) if err.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Error::Interrupted => return ExitCode::from(INTERRUPTED),
            Error::Usage(m) | Error::Data(m) => (USAGE, m),
            Error::NotFound(m) => (NOT_FOUND, m),
            Error::Io(err) => (USAGE, err.to_string()),
        };
        report(&message);
        ExitCode::from(code)
    }
}

/// Prints `error: message` on one line of stderr.
pub fn report(message: &str) {
    let label = if crate::style::stderr_color() {
        "error:".red().bold().to_string()
    } else {
        "error:".into()
    };
    let _ = writeln!(io::stderr().lock(), "{label} {message}");
}

/// Help and version go to stdout; usage errors become one line (plus clap's tip) and exit 2.
pub fn clap_exit(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let text = err.render().to_string();
        return match io::stdout().lock().write_all(text.as_bytes()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => ExitCode::from(USAGE),
            _ => ExitCode::SUCCESS,
        };
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        report("no command given; try `statusgen 422`, `statusgen decide` or `statusgen --help`");
        return ExitCode::from(USAGE);
    }
    // clap spreads an error over several lines (what, the values, a tip, usage); keep the
    // substance on one line and leave usage to `--help`.
    let text = err.render().to_string();
    let mut message = String::new();
    let substance = text.lines().map(str::trim).filter(|l| !l.is_empty());
    for line in substance.filter(|l| !l.starts_with("Usage:") && !l.starts_with("For more information")) {
        let line = line.strip_prefix("error: ").unwrap_or(line);
        if !message.is_empty() {
            message.push_str(if message.ends_with(':') { " " } else { "; " });
        }
        message.push_str(line);
    }
    message.push_str(" (see `statusgen --help`)");
    report(&message);
    ExitCode::from(USAGE)
}
