//! A full card taller than the terminal goes through `$PAGER`; `--no-pager`, `--short` and a
//! pipe print it straight.

mod common;

use std::process::Command;
use std::time::Duration;

/// A pager that says it ran, how many lines it was given, its first argument and the LESS and
/// LV it got.
fn pager(dir: &std::path::Path) -> String {
    let path = dir.join("pager");
    std::fs::write(
        &path,
        "#!/bin/sh\nprintf 'PAGED %s lines [%s] LESS=%s LV=%s\\n' \"$(wc -l | tr -d ' ')\" \"$1\" \"$LESS\" \"$LV\"\n",
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
    in_terminal_with(pager, &[], args)
}

/// What a run in a terminal showed (stdout and stderr), with `PAGER` and more variables; the run
/// must succeed.
#[cfg(unix)]
fn in_terminal_with(pager: &str, env: &[(&str, &str)], args: &[&str]) -> String {
    use expectrl::{Expect, Session};
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusgen"));
    command
        .args(args)
        .env("PAGER", pager)
        .env("TERM", "xterm")
        .env_remove("LESS")
        .env_remove("LV")
        .env_remove("STATUSGEN_DATA")
        .envs(env.iter().copied());
    let mut session = Session::spawn(command).expect("spawns");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let found = session.expect(expectrl::Eof).expect("ends");
    let mut text = String::from_utf8_lossy(found.before()).into_owned();
    for part in found.matches() {
        text.push_str(&String::from_utf8_lossy(part));
    }
    match session.get_process().wait().expect("waits") {
        expectrl::process::unix::WaitStatus::Exited(_, code) => assert_eq!(code, 0, "{text}"),
        other => panic!("did not exit normally: {other:?}"),
    }
    text.replace('\r', "")
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

#[cfg(unix)]
#[test]
fn the_pager_runs_through_the_shell_with_less_settings_as_git_sets_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spaced = dir.path().join("my pagers");
    std::fs::create_dir(&spaced).expect("mkdir");
    let script = pager(&spaced);
    // Quoted: a path with a space, and an argument with one.
    let command = format!("'{script}' 'two words'");
    let paged = in_terminal(&command, &["--color=never", "404"]);
    assert!(paged.contains("[two words] LESS=FRX LV=-c"), "{paged}");
    // A LESS the user set is theirs.
    let mine = in_terminal_with(&command, &[("LESS", "-i"), ("LV", "-x")], &["--color=never", "404"]);
    assert!(mine.contains("LESS=-i LV=-x"), "{mine}");
}

#[cfg(unix)]
#[test]
fn a_pager_that_fails_leaves_the_card_printed_with_a_note() {
    for pager in ["false", "no-such-pager-anywhere", "exit 3"] {
        let shown = in_terminal(pager, &["--color=never", "404"]);
        assert!(
            shown.contains("404 Not Found") && shown.contains("Spec"),
            "{pager}: {shown}"
        );
        let notes: Vec<&str> = shown.lines().filter(|l| l.starts_with("note: the pager")).collect();
        assert_eq!(notes.len(), 1, "{pager}: {shown}");
    }
    // `cat` and an empty PAGER mean no pager: the card, no note.
    for pager in ["cat", "", "  "] {
        let shown = in_terminal(pager, &["--color=never", "404"]);
        assert!(
            shown.contains("404 Not Found") && !shown.contains("note:"),
            "{pager:?}: {shown}"
        );
    }
}
