//! A full card taller than the terminal goes through a pager, as git does: `$PAGER` run by the
//! shell (so quoted arguments work), else `less`; `LESS=FRX` when `LESS` is unset (quitting
//! leaves the card on the screen, colours pass) and `LV=-c`. `PAGER=` (empty) or `cat` means
//! none. A pager that cannot start, or fails at once, leaves the card to be printed directly,
//! with a note. Never when stdout is not a terminal, for JSON, or with `--no-pager`.

use std::io::{self, IsTerminal, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::emit::{Format, View, emit};

/// A pager that fails within this time cannot have shown the card: it is printed instead.
const AT_ONCE: Duration = Duration::from_secs(2);

/// Emits a view, through a pager when it is text taller than the terminal.
pub fn emit_paged(out: &mut dyn Write, format: Format, view: &impl View, no_pager: bool) -> io::Result<()> {
    if format != Format::Text || no_pager || !io::stdout().is_terminal() {
        return emit(out, format, view);
    }
    let mut text = Vec::new();
    view.text(&mut text)?;
    let height = usize::from(dialoguer::console::Term::stdout().size().0);
    let lines = text.iter().filter(|b| **b == b'\n').count();
    if lines < height {
        return out.write_all(&text);
    }
    let Some(pager) = pager(std::env::var_os("PAGER").map(|p| p.to_string_lossy().into_owned())) else {
        return out.write_all(&text);
    };
    if let Err(failure) = page(&pager, &text) {
        let note = format!(
            "note: the pager `{}` {failure}; the card follows",
            statusgen_kb::text::quote(&pager, 40)
        );
        let _ = writeln!(io::stderr().lock(), "{note}");
        out.write_all(&text)?;
    }
    Ok(())
}

/// The pager command for a `$PAGER` value: unset → `less`; empty, blank or `cat` → none.
fn pager(value: Option<String>) -> Option<String> {
    match value {
        None => Some("less".into()),
        Some(value) if value.trim().is_empty() || value.trim() == "cat" => None,
        Some(value) => Some(value),
    }
}

/// Shows `text` through `sh -c PAGER` and waits; why it did not, when it failed to start or
/// failed at once.
fn page(pager: &str, text: &[u8]) -> Result<(), String> {
    let mut command = Command::new("sh");
    command.args(["-c", pager]).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        command.env("LV", "-c");
    }
    let started = Instant::now();
    let mut child = command.spawn().map_err(|e| format!("could not start ({e})"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // The reader quitting early (q in less) closes the pipe: that is not an error.
        let _ = stdin.write_all(text);
    }
    let status = child.wait().map_err(|e| format!("could not be waited for ({e})"))?;
    if status.success() || started.elapsed() >= AT_ONCE {
        return Ok(());
    }
    Err(failed(status))
}

/// "exited with 127 (not found?)", "was killed by signal 9".
fn failed(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(127), _) => "could not start (not found)".into(),
        (Some(126), _) => "could not start (not executable)".into(),
        (Some(code), _) => format!("exited with {code}"),
        (None, Some(signal)) => format!("was ended by signal {signal}"),
        (None, None) => "failed".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_values_as_git_reads_them() {
        assert_eq!(pager(None).as_deref(), Some("less"));
        assert_eq!(pager(Some(String::new())), None);
        assert_eq!(pager(Some("  ".into())), None);
        assert_eq!(pager(Some("cat".into())), None);
        assert_eq!(
            pager(Some("less -R --prompt='a b'".into())).as_deref(),
            Some("less -R --prompt='a b'")
        );
    }

    #[test]
    fn a_failing_pager_is_reported_and_a_quoted_one_runs() {
        assert_eq!(page("false", b"card\n"), Err("exited with 1".into()));
        assert_eq!(
            page("no-such-pager-here", b"card\n"),
            Err("could not start (not found)".into())
        );
        assert_eq!(
            page("cat >/dev/null 'with a space' 2>/dev/null || true", b"card\n"),
            Ok(())
        );
    }
}
