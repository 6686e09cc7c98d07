//! Fitting text to the terminal: the width to fit, and first-fit wrapping between words. Used by
//! the renderers, the prompts of `decide` and lint's `--explain`.

use std::io::{self, IsTerminal};

/// Width to fit output to: the terminal's (prose capped at 100 columns for reading), else
/// `COLUMNS` when piped, else 80. The one place that decides.
pub fn width() -> usize {
    static WIDTH: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *WIDTH.get_or_init(|| {
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok());
        let columns = if io::stdout().is_terminal() {
            Some(usize::from(dialoguer::console::Term::stdout().size().1))
                .filter(|c| *c > 0)
                .or(columns)
        } else {
            columns
        };
        columns.unwrap_or(80).clamp(20, 100)
    })
}

/// `text` wrapped to `width` (first fit), each line starting with `first` then `rest` as
/// indent. Words are never split, so header names such as If-Unmodified-Since stay whole; a word
/// longer than a line gets a line of its own. Colour codes take no room.
///
/// Hand-written rather than textwrap's `wrap`: on a card this is a third of the instructions of
/// the whole process (docs/BENCHMARKS.md), and cards are plain words separated by spaces.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let pushed: io::Result<()> = wrap_each(text, width, first, rest, |line| {
        lines.push(line.to_string());
        Ok(())
    });
    pushed.unwrap_or_default(); // pushing to a Vec cannot fail
    lines
}

/// `wrap`, handing each line to `line` as it is made, in one buffer.
pub fn wrap_each<E>(
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    line: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    // Most paragraphs are plain ASCII: then words split on ASCII spaces and a word's width is
    // its length, both checked once here.
    if text.is_ascii() && !text.contains('\u{1b}') {
        fill(text.split_ascii_whitespace(), str::len, width, [first, rest], line)
    } else {
        fill(text.split_whitespace(), shown_width, width, [first, rest], line)
    }
}

/// First fit of `words`, each `size` columns wide, indented by `first` then `rest`.
fn fill<'t, E>(
    words: impl Iterator<Item = &'t str>,
    size: impl Fn(&str) -> usize,
    width: usize,
    [first, rest]: [&str; 2],
    mut emit: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let mut line = String::with_capacity(width + 32);
    line.push_str(first);
    let mut used = shown_width(first);
    let mut empty = true;
    for word in words {
        let size = size(word);
        if !empty && used + 1 + size > width {
            emit(&line)?;
            line.clear();
            line.push_str(rest);
            used = shown_width(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += size;
        empty = false;
    }
    emit(&line)
}

/// Columns a text takes on a terminal, not counting colour codes.
fn shown_width(text: &str) -> usize {
    if text.is_ascii() && !text.contains('\u{1b}') {
        text.len()
    } else {
        dialoguer::console::measure_text_width(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_header_names_whole() {
        let lines = wrap("send If-Unmodified-Since and If-None-Match here", 22, "  ", "    ");
        assert_eq!(
            lines,
            ["  send", "    If-Unmodified-Since", "    and If-None-Match", "    here"]
        );
        assert!(lines.iter().skip(1).all(|l| l.starts_with("    ")));
        assert_eq!(wrap("", 10, "> ", ""), ["> "]);
    }
}
