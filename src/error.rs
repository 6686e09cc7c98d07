//! Errors, and how each one is reported: one `error:` line on stderr and an exit code.

use std::io::{self, Write};

use colored::Colorize;

use crate::exit::Exit;

pub use statusgen_kb::text::{escape, quote};

#[derive(Debug)]
pub enum Error {
    /// Bad arguments or answers.
    Usage(String),
    /// A knowledge-base file that cannot be used.
    Data(String),
    /// Nothing matched.
    NotFound(String),
    /// Ctrl-C, Esc or q.
    Interrupted,
    /// SIGTERM, SIGHUP or SIGINT (by number) while a question waited; the terminal is restored.
    Signal(u8),
    Io(io::Error),
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error::Io(err)
    }
}

impl Error {
    /// The exit code, and the message to report (none for a quiet exit).
    pub fn exit(&self) -> (Exit, Option<String>) {
        match self {
            Error::Interrupted => (Exit::Interrupted, None),
            Error::Signal(n) => (Exit::Signal(*n), None),
            Error::Usage(m) | Error::Data(m) => (Exit::Usage, Some(m.clone())),
            Error::NotFound(m) => (Exit::NotFound, Some(m.clone())),
            Error::Io(err) => (Exit::Usage, Some(io_message(err))),
        }
    }

    /// Whether this is the reader closing the pipe (`statusgen list | head -1`): not an error.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(err) if err.kind() == io::ErrorKind::BrokenPipe)
    }
}

fn io_message(err: &io::Error) -> String {
    if err.kind() == io::ErrorKind::InvalidData {
        // A renderer refusing what it cannot show (see `render::diagram::MAX_DEPTH`).
        return err.to_string();
    }
    match err.raw_os_error() {
        // ENOSPC on stdout: `statusgen --help >/dev/full`.
        Some(28) => "cannot write the output: no space left on the device".into(),
        // EBADF: `statusgen list >&-`.
        Some(9) => "cannot write the output: standard output is closed".into(),
        _ => format!("cannot write the output: {}", escape(&err.to_string())),
    }
}

/// Prints `error: message` on one line of stderr; the message is made safe to show.
pub fn report(message: &str) {
    let label = if crate::style::stderr_color() {
        "error:".red().bold().to_string()
    } else {
        "error:".into()
    };
    let one_line = escape(message);
    let _ = writeln!(io::stderr().lock(), "{label} {one_line}");
}

/// Help and version go to stdout; usage errors become one line (plus clap's tip) and exit 2.
pub fn clap_exit(err: &clap::Error) -> Exit {
    use clap::error::ErrorKind;
    if matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let text = err.render().to_string();
        return match io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .and_then(|()| io::stdout().flush())
        {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                report(&io_message(&e));
                Exit::Usage
            }
            _ => Exit::Success,
        };
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        report("no command given; try `statusgen 422`, `statusgen decide` or `statusgen --help`");
        return Exit::Usage;
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
    Exit::Usage
}
