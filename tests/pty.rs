//! `statusgen decide` in a real pseudo-terminal: keys, hint, back, finish, and Ctrl-C / Esc / q.
#![cfg(unix)]

mod common;

use common::all_no_path;

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::{OsProcess, OsStream};
use expectrl::{Eof, Expect};

type Session = expectrl::Session<OsProcess, OsStream>;

fn decide() -> Session {
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusgen"));
    command
        .args(["decide", "--color", "never"])
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    let mut session = Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session
}

/// The first part of a question, enough to recognise it on screen (the prompt wraps long text).
fn start(text: &str) -> String {
    text.chars().take(30).collect()
}

fn exit_code(session: &Session) -> i32 {
    match session.get_process().wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

#[test]
fn answer_hint_back_and_finish() {
    let (questions, code) = all_no_path();
    let tree = common::json(["tree", "--format", "json"]);
    let hint = tree["questions"][0]["hint"].as_str().expect("hint");
    let mut session = decide();
    session.expect(start(&questions[0]).as_str()).expect("first question");
    session.send("?").expect("send");
    session.expect(start(hint).as_str()).expect("the hint is shown");
    session.send("y").expect("send");
    session.expect("yes").expect("the answer is echoed");
    session.send("b").expect("send");
    session
        .expect(start(&questions[0]).as_str())
        .expect("back at the first question");
    for question in &questions[1..] {
        session.send("n").expect("send");
        session.expect(start(question).as_str()).expect("next question");
    }
    session.send("n").expect("send");
    session
        .expect(format!("→ {code} ").as_str())
        .expect("the recommendation is confirmed first");
    session.expect("Enter shows why").expect("the confirmation keys");
    session.send("\r").expect("send");
    let replay = vec!["n"; questions.len()].join(",");
    session
        .expect(format!("statusgen decide --answers {replay}").as_str())
        .expect("the replay line");
    let rest = session.expect(Eof).expect("ends");
    let rest = String::from_utf8_lossy(rest.as_bytes()).into_owned();
    let last = rest.lines().map(str::trim).rfind(|l| !l.is_empty()).unwrap_or("");
    assert!(last.starts_with(&format!("→ {code} ")), "the verdict is last: {rest:?}");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn ctrl_c_esc_and_q_quit_with_130_and_show_the_cursor() {
    let (questions, _) = all_no_path();
    for key in ["\x03", "\x1b", "q", "\x04"] {
        let mut session = decide();
        session.expect(start(&questions[0]).as_str()).expect("first question");
        session.send("n").expect("send");
        session.expect(start(&questions[1]).as_str()).expect("second question");
        session.send(key).expect("send");
        let rest = session.expect(Eof).expect("ends");
        let shown = String::from_utf8_lossy(rest.as_bytes()).into_owned();
        assert!(
            shown.contains("\x1b[?25h"),
            "{key:?}: cursor not shown again: {shown:?}"
        );
        assert!(
            shown.contains("Resume: statusgen decide --answers n"),
            "{key:?}: {shown:?}"
        );
        assert_eq!(exit_code(&session), 130, "{key:?}");
    }
}

#[test]
fn signals_restore_the_terminal_and_exit_128_plus_n() {
    let (questions, _) = all_no_path();
    let signals = [
        ("TERM", 143),
        ("HUP", 129),
        ("INT", 130),
        ("QUIT", 131),
        ("USR1", 138),
        ("ALRM", 142),
    ];
    for (signal, code) in signals {
        let mut session = decide();
        session.expect(start(&questions[0]).as_str()).expect("first question");
        let pid = session.get_process().pid().to_string();
        let killed = Command::new("kill").args([&format!("-{signal}"), &pid]).status();
        assert!(killed.expect("kill runs").success());
        let rest = session.expect(Eof).expect("ends");
        let shown = String::from_utf8_lossy(rest.as_bytes()).into_owned();
        assert!(shown.contains("\x1b[?25h"), "SIG{signal}: cursor not shown: {shown:?}");
        assert_eq!(exit_code(&session), code, "SIG{signal}");
    }
}

#[test]
fn b_at_the_recommendation_takes_the_last_answer_back() {
    let (questions, code) = all_no_path();
    let mut session = decide();
    for question in &questions {
        session.expect(start(question).as_str()).expect("question");
        session.send("n").expect("send");
    }
    session.expect(format!("→ {code} ").as_str()).expect("confirmation");
    session.expect("Enter shows why").expect("the keys");
    session.send("b").expect("send");
    let last = questions.last().expect("a question");
    session.expect(start(last).as_str()).expect("the last question again");
    session.send("n").expect("send");
    session.expect("Enter shows why").expect("confirmation again");
    session.send("\r").expect("send");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn a_terminal_stdin_with_stderr_elsewhere_reads_lines_without_spinning() {
    let (questions, _) = all_no_path();
    let mut command = Command::new("sh");
    let script = format!(
        "exec '{}' decide --color never 2>/dev/null",
        env!("CARGO_BIN_EXE_statusgen")
    );
    command.args(["-c", &script]).env("TERM", "xterm");
    let mut session = Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    for _ in &questions {
        session.send("n\r").expect("send");
    }
    session.expect("statusgen decide --answers").expect("the result");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn hint_shows_once_and_an_unknown_key_gets_a_note() {
    let (questions, _) = all_no_path();
    let tree = common::json(["tree", "--format", "json"]);
    let hint = start(tree["questions"][0]["hint"].as_str().expect("hint"));
    let mut session = decide();
    session.expect(start(&questions[0]).as_str()).expect("first question");
    session.send("??").expect("send");
    session.send("x").expect("send");
    let seen = session.expect("keys: y yes").expect("a note for x");
    let seen = String::from_utf8_lossy(seen.before()).into_owned();
    assert_eq!(seen.matches(hint.as_str()).count(), 1, "the hint once: {seen:?}");
    session.send("b").expect("send");
    session
        .expect("nothing to go back to")
        .expect("b at the first question is explained");
    session.send("q").expect("send");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 130);
}

#[test]
fn ctrl_z_suspends_and_asks_the_question_again() {
    let (questions, _) = all_no_path();
    let mut session = decide();
    session.expect(start(&questions[0]).as_str()).expect("first question");
    session.send("n").expect("send");
    session.expect(start(&questions[1]).as_str()).expect("second question");
    // The pty's process group is orphaned, so the stop is discarded and it resumes at once.
    session.send("\x1a").expect("send");
    let again = session.expect(start(&questions[1]).as_str()).expect("asked again");
    let shown = String::from_utf8_lossy(again.before()).into_owned();
    assert!(shown.contains("\x1b[?25h"), "cursor shown while suspended: {shown:?}");
    session.send("q").expect("send");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 130);
}

#[test]
fn the_key_legend_wraps_on_a_narrow_terminal() {
    let mut command = Command::new("sh");
    // As in `on_terminal`: the size is set after the spawn has set its own.
    let script = format!(
        "read go; stty cols 30 rows 24; echo SIZED; exec '{}' decide --color never",
        env!("CARGO_BIN_EXE_statusgen")
    );
    command.args(["-c", &script]).env("TERM", "xterm");
    let mut session = Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session.send_line("go").expect("send");
    session.expect("SIZED").expect("the size is set");
    let legend = session.expect("suspend").expect("the legend");
    let text = String::from_utf8_lossy(legend.before()).into_owned();
    let text = text.replace("\x1b[?25l", "");
    assert!(text.lines().count() >= 2, "{text:?}");
    assert!(text.lines().all(|l| l.trim_end().chars().count() <= 30), "{text:?}");
    session.send("q").expect("send");
    session.expect(Eof).expect("ends");
}

/// `lint` on many files in a terminal shows a progress line on stderr and clears it at the end.
#[test]
fn lint_shows_progress_on_a_terminal() {
    let file = format!(
        "{}/tests/data/lint/rules/content-forbidden-fail.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusgen"));
    command.args(["--color", "never", "lint", "--format", "json"]);
    command.args(std::iter::repeat_n(&file, 40));
    let mut session = Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session.expect("/40 files").expect("a progress line");
    session.expect("\x1b[2K").expect("the line is cleared");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 1, "each declares content on a 204");
}

/// Once the recommendation is on screen, `q` ends with it: success, the verdict on stdout.
#[test]
fn q_at_the_recommendation_is_success() {
    let (questions, code) = all_no_path();
    for key in ["q", "\x1b"] {
        let mut session = decide();
        for question in &questions {
            session.expect(start(question).as_str()).expect("question");
            session.send("n").expect("send");
        }
        session.expect("Enter shows why").expect("the recommendation");
        session.send(key).expect("send");
        let rest = session.expect(Eof).expect("ends");
        let shown = String::from_utf8_lossy(rest.as_bytes()).into_owned();
        assert!(shown.contains(&format!("→ {code} ")), "{key:?}: {shown:?}");
        assert!(
            !shown.contains("Your answers") && !shown.contains("Resume:"),
            "{shown:?}"
        );
        assert!(
            shown.contains("\x1b[?25h"),
            "{key:?}: cursor not shown again: {shown:?}"
        );
        assert_eq!(exit_code(&session), 0, "{key:?}");
    }
}

/// `statusgen ARGS…` on a terminal `columns` wide; what it printed.
fn on_terminal(columns: usize, args: &str) -> String {
    let mut command = Command::new("sh");
    // The size is set once the spawn has set its own 80x24 (after the fork, in the parent): the
    // shell waits for a line first.
    let script = format!(
        "read go; stty cols {columns} rows 200; echo SIZED; exec '{}' {args} --color never",
        env!("CARGO_BIN_EXE_statusgen")
    );
    command.args(["-c", &script]).env("TERM", "xterm").env("PAGER", "cat");
    let mut session = Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session.send_line("go").expect("send");
    session.expect("SIZED").expect("the size is set");
    let rest = session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 0);
    String::from_utf8_lossy(rest.as_bytes()).replace('\r', "")
}

#[test]
fn list_and_search_collapse_their_columns_on_a_narrow_terminal() {
    for args in ["list 4xx", "search gateway"] {
        let text = on_terminal(60, args);
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert!(lines.iter().all(|l| l.chars().count() <= 60), "{args}: {text}");
        // Every summary starts in the same column: under the name, or all beside it.
        let starts: std::collections::HashSet<usize> = lines
            .iter()
            .filter(|l| l.starts_with("   "))
            .map(|l| l.len() - l.trim_start().len())
            .collect();
        assert_eq!(starts.len(), 1, "{args}: {text}");
    }
    // Wide enough: the summary beside the name, wrapped under itself.
    let wide = on_terminal(100, "list 5xx");
    assert!(
        wide.lines()
            .any(|l| l.starts_with("  502  Bad Gateway") && l.contains("gateway")),
        "{wide}"
    );
}
