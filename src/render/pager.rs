//! A full card taller than the terminal goes through a pager, as git and bat do: `$PAGER`, else
//! `less -R`. Never when stdout is not a terminal, for JSON, or with `--no-pager`.

use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};

use crate::emit::{Format, View, emit};

/// Emits a view, through a pager when it is text taller than the terminal.
pub fn emit_paged(out: &mut dyn Write, format: Format, view: &impl View, no_pager: bool) -> io::Result<()> {
    if format != Format::Text || no_pager || !io::stdout().is_terminal() {
        return emit(out, format, view);
    }
    let mut text = Vec::new();
    view.text(&mut text)?;
    let height = usize::from(dialoguer::console::Term::stdout().size().0);
    let lines = text.iter().filter(|b| **b == b'\n').count();
    if lines < height || !page(&text) {
        out.write_all(&text)?;
    }
    Ok(())
}

/// The pager command: `$PAGER` split at spaces (empty means none), else `less -R`.
fn pager() -> Option<Vec<String>> {
    match std::env::var("PAGER") {
        Ok(value) => {
            let words: Vec<String> = value.split_whitespace().map(String::from).collect();
            (!words.is_empty()).then_some(words)
        }
        Err(_) => Some(vec!["less".into(), "-R".into()]),
    }
}

/// Shows `text` in the pager and waits for it; false when no pager could be started.
fn page(text: &[u8]) -> bool {
    let Some(words) = pager() else { return false };
    let spawned = Command::new(&words[0]).args(&words[1..]).stdin(Stdio::piped()).spawn();
    let Ok(mut child) = spawned else { return false };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader quitting early (q in less) closes the pipe: that is not an error.
        let _ = stdin.write_all(text);
    }
    let _ = child.wait();
    true
}
