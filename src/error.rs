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
    let text = err.render().to_string();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("error: invalid arguments");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let tips: Vec<&str> = lines.filter_map(|l| l.trim().strip_prefix("tip: ")).collect();
    let mut message = first.to_string();
    for tip in tips {
        message.push_str("; ");
        message.push_str(tip);
    }
    message.push_str(" (see `statusgen --help`)");
    report(&message);
    ExitCode::from(USAGE)
}
