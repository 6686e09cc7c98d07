//! Colors and text styles, decided once at start-up.

use std::borrow::Cow;
use std::fmt;
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

/// Resolves `--color`, `CLICOLOR_FORCE` and `NO_COLOR` for stdout and stderr. `--color` beats
/// both variables; `NO_COLOR` beats `CLICOLOR_FORCE` (as `--help` promises, and no-color.org asks).
pub fn init(when: ColorWhen) {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    let decide = |is_terminal: bool| match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set("NO_COLOR") => false,
        ColorWhen::Auto => set("CLICOLOR_FORCE") || is_terminal,
    };
    colored::control::set_override(decide(std::io::stdout().is_terminal()));
    STDERR_COLOR.store(decide(std::io::stderr().is_terminal()), Ordering::Relaxed);
}

/// Whether stderr gets colors (errors, prompts).
pub fn stderr_color() -> bool {
    STDERR_COLOR.load(Ordering::Relaxed)
}

/// Text with a style. With colours off it prints as the text itself, without a copy: a card
/// styles a hundred pieces, and copying each (as `colored` does) was a tenth of a `lookup`.
pub struct Styled<'a> {
    text: Cow<'a, str>,
    paint: fn(&str) -> ColoredString,
}

impl<'a> Styled<'a> {
    fn new(text: impl Into<Cow<'a, str>>, paint: fn(&str) -> ColoredString) -> Styled<'a> {
        Styled {
            text: text.into(),
            paint,
        }
    }
}

impl fmt::Display for Styled<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if colored::control::SHOULD_COLORIZE.should_colorize() {
            (self.paint)(&self.text).fmt(f)
        } else {
            f.pad(&self.text) // honours a width, as `colored` does
        }
    }
}

/// A status code, colored by class.
pub fn code(code: u16) -> Styled<'static> {
    by_class(code / 100, code.to_string())
}

/// A class label such as `4xx`, colored like its codes.
pub fn class(label: &str) -> Styled<'_> {
    by_class(
        label.chars().next().and_then(|c| c.to_digit(10)).unwrap_or(0) as u16,
        label,
    )
}

fn by_class<'a>(digit: u16, text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    let paint: fn(&str) -> ColoredString = match digit {
        1 => |t| t.blue().bold(),
        2 => |t| t.green().bold(),
        3 => |t| t.cyan().bold(),
        4 => |t| t.yellow().bold(),
        5 => |t| t.red().bold(),
        _ => |t| t.magenta().bold(),
    };
    Styled::new(text, paint)
}

pub fn heading<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.bold().underline())
}

pub fn name<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.bold())
}

pub fn dim<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.dimmed())
}

pub fn warn<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.yellow())
}

pub fn good<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.green())
}

pub fn bad<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.red())
}

/// As `bad`, in bold: a count of errors.
pub fn bad_bold<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.red().bold())
}

/// As `warn`, in bold: a count of warnings.
pub fn warn_bold<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.yellow().bold())
}

/// No style.
pub fn plain<'a>(text: impl Into<Cow<'a, str>>) -> Styled<'a> {
    Styled::new(text, |t| t.normal())
}

/// A requirement level such as MUST, padded to line up.
pub fn level(level: Level) -> Styled<'static> {
    let text = format!("{:<10}", level_name(level));
    let paint: fn(&str) -> ColoredString = match level {
        Level::Must | Level::MustNot => |t| t.red().bold(),
        Level::Should | Level::ShouldNot => |t| t.yellow(),
        Level::May => |t| t.normal(),
        Level::Advice => |t| t.dimmed(),
    };
    Styled::new(text, paint)
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

pub fn status(status: Status) -> Styled<'static> {
    let paint: fn(&str) -> ColoredString = match status {
        Status::Registered => |t| t.normal(),
        Status::Temporary => |t| t.cyan(),
        _ => |t| t.yellow(),
    };
    Styled::new(status_name(status), paint)
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

    /// With colours off, a width pads the text, as it does a plain string. (Colours on is left
    /// untested here: the override is global, and the renderers' tests turn it off.)
    #[test]
    fn styles_honour_a_width() {
        colored::control::set_override(false);
        assert_eq!(format!("[{:<6}]", dim("ab")), "[ab    ]");
        assert_eq!(format!("[{:>4}]", name("ab")), "[  ab]");
    }

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
