//! A full card taller than the terminal goes through `$PAGER`; `--no-pager`, `--short` and a
//! pipe print it straight.

mod common;

use std::process::Command;
use std::time::Duration;

/// A pager that says it ran and how many lines it was given.
fn pager(dir: &std::path::Path) -> String {
    let path = dir.join("pager");
    std::fs::write(
        &path,
        "#!/bin/sh\nprintf 'PAGED %s lines\\n' \"$(wc -l | tr -d ' ')\"\n",
    )
    .expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    path.display().to_string()
}

#[cfg(unix)]
fn in_terminal(pager: &str, args: &[&str]) -> String {
    use expectrl::{Expect, Session};
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusgen"));
    command
        .args(args)
        .env("PAGER", pager)
        .env("TERM", "xterm")
        .env_remove("STATUSGEN_DATA");
    let mut session = Session::spawn(command).expect("spawns");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let found = session.expect(expectrl::Eof).expect("ends");
    let mut text = String::from_utf8_lossy(found.before()).into_owned();
    for part in found.matches() {
        text.push_str(&String::from_utf8_lossy(part));
    }
    text
}

#[cfg(unix)]
#[test]
fn a_tall_card_in_a_terminal_is_paged_unless_asked_not_to() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pager = pager(dir.path());
    let paged = in_terminal(&pager, &["--color=never", "404"]);
    assert!(paged.contains("PAGED") && !paged.contains("Not Found"), "{paged}");
    let lines: usize = paged
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("count");
    assert!(lines > 40, "the whole card went to the pager: {paged}");
    let straight = in_terminal(&pager, &["--color=never", "404", "--no-pager"]);
    assert!(
        straight.contains("404 Not Found") && !straight.contains("PAGED"),
        "{straight}"
    );
    let short = in_terminal(&pager, &["--color=never", "-s", "404"]);
    assert!(short.contains("404 Not Found") && !short.contains("PAGED"), "{short}");
}

#[test]
fn a_pipe_never_gets_a_pager() {
    let dir = tempfile::tempdir().expect("tempdir");
    let stdout = common::Test::new()
        .env("PAGER", pager(dir.path()))
        .arg("404")
        .run()
        .stdout;
    assert!(
        stdout.starts_with("404 Not Found") && !stdout.contains("PAGED"),
        "{stdout}"
    );
}
