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

/// Whether standard output is open. A closed one (`statusgen list >&-`) would end in a silent
/// success: the standard library reopens it on /dev/null before `main`, so this looks at what
/// [`STDOUT_CLOSED_AT_START`] saw first.
pub fn stdout_open() -> Result<(), Error> {
    #[cfg(target_os = "linux")]
    if STDOUT_CLOSED_AT_START.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(Error::Io(io::Error::from_raw_os_error(9)));
    }
    Ok(())
}

#[cfg(target_os = "linux")]
static STDOUT_CLOSED_AT_START: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Runs from `.init_array`, before the standard library's start-up replaces closed standard
/// descriptors with /dev/null.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static CHECK_STDOUT: extern "C" fn() = {
    extern "C" fn check() {
        unsafe extern "C" {
            fn fcntl(fd: i32, cmd: i32, ...) -> i32;
        }
        const F_GETFD: i32 = 1;
        // SAFETY: F_GETFD only reads the descriptor's flags; -1 means it is not open.
        let closed = unsafe { fcntl(1, F_GETFD) } == -1;
        STDOUT_CLOSED_AT_START.store(closed, std::sync::atomic::Ordering::Relaxed);
    }
    check
};

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
