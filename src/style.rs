//! Colors and text styles, decided once at start-up.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

use colored::{ColoredString, Colorize};

use statusgen_kb::model::{Level, Status};

/// `--color auto|always|never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorWhen {
    /// Color when writing to a terminal and NO_COLOR is unset
    #[default]
    Auto,
    Always,
    Never,
}

static STDERR_COLOR: AtomicBool = AtomicBool::new(false);

/// Resolves `--color`, `CLICOLOR_FORCE` and `NO_COLOR` for stdout and stderr.
pub fn init(when: ColorWhen) {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    let decide = |is_terminal: bool| match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set("CLICOLOR_FORCE") => true,
        ColorWhen::Auto => !set("NO_COLOR") && is_terminal,
    };
    colored::control::set_override(decide(std::io::stdout().is_terminal()));
    STDERR_COLOR.store(decide(std::io::stderr().is_terminal()), Ordering::Relaxed);
}

/// Whether stderr gets colors (errors, prompts).
pub fn stderr_color() -> bool {
    STDERR_COLOR.load(Ordering::Relaxed)
}

/// A status code, colored by class.
pub fn code(code: u16) -> ColoredString {
    by_class(code / 100, code.to_string())
}

/// A class label such as `4xx`, colored like its codes.
pub fn class(label: &str) -> ColoredString {
    by_class(
        label.chars().next().and_then(|c| c.to_digit(10)).unwrap_or(0) as u16,
        label.to_string(),
    )
}

fn by_class(digit: u16, text: String) -> ColoredString {
    match digit {
        1 => text.blue(),
        2 => text.green(),
        3 => text.cyan(),
        4 => text.yellow(),
        5 => text.red(),
        _ => text.magenta(),
    }
    .bold()
}

pub fn heading(text: &str) -> ColoredString {
    text.bold().underline()
}

pub fn name(text: &str) -> ColoredString {
    text.bold()
}

pub fn dim(text: &str) -> ColoredString {
    text.dimmed()
}

pub fn warn(text: &str) -> ColoredString {
    text.yellow()
}

pub fn good(text: &str) -> ColoredString {
    text.green()
}

pub fn bad(text: &str) -> ColoredString {
    text.red()
}

/// A requirement level such as MUST, padded to line up.
pub fn level(level: Level) -> ColoredString {
    let text = format!("{:<10}", level_name(level));
    match level {
        Level::Must | Level::MustNot => text.red().bold(),
        Level::Should | Level::ShouldNot => text.yellow(),
        Level::May => text.normal(),
        Level::Advice => text.dimmed(),
    }
}

pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Must => "MUST",
        Level::MustNot => "MUST NOT",
        Level::Should => "SHOULD",
        Level::ShouldNot => "SHOULD NOT",
        Level::May => "MAY",
        Level::Advice => "advice",
    }
}

pub fn status(status: Status) -> ColoredString {
    let text = status_name(status);
    match status {
        Status::Registered => text.normal(),
        Status::Temporary => text.cyan(),
        _ => text.yellow(),
    }
}

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Registered => "registered",
        Status::Temporary => "temporary",
        Status::Deprecated => "deprecated",
        Status::Unused => "unused",
        Status::Obsoleted => "obsoleted",
        Status::Unofficial => "unofficial",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names shown are the names in the data files.
    #[test]
    fn names_match_the_file_format() {
        let levels = [
            Level::Must,
            Level::MustNot,
            Level::Should,
            Level::ShouldNot,
            Level::May,
            Level::Advice,
        ];
        for level in levels {
            assert_eq!(serde_json::to_value(level).expect("serializes"), level_name(level));
        }
        let statuses = [
            Status::Registered,
            Status::Temporary,
            Status::Deprecated,
            Status::Unused,
            Status::Obsoleted,
            Status::Unofficial,
        ];
        for status in statuses {
            assert_eq!(serde_json::to_value(status).expect("serializes"), status_name(status));
        }
    }
}
