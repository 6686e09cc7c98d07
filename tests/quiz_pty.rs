//! `statusgen quiz` in a real pseudo-terminal: a question, `?`, a wrong answer with feedback,
//! skip, `q` with the score; and choices picked by number.
#![cfg(unix)]

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::{OsProcess, OsStream};
use expectrl::{Eof, Expect};

type Session = expectrl::Session<OsProcess, OsStream>;

fn quiz(state: &std::path::Path, args: &[&str]) -> Session {
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusgen"));
    command
        .arg("quiz")
        .args(args)
        .args(["--color", "never"])
        .env("XDG_STATE_HOME", state)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    let mut session = Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session
}

fn exit_code(session: &Session) -> i32 {
    match session.get_process().wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

#[test]
fn hint_wrong_answer_skip_and_quit_with_the_score() {
    let state = tempfile::tempdir().expect("tempdir");
    let mut session = quiz(state.path(), &["--seed", "8", "--count", "3"]);
    session.expect("Question 1 of 3").expect("the first question");
    session.expect("Your answer:").expect("the prompt");
    session.send_line("?").expect("send");
    session.expect("Topic: ").expect("the hint");
    session.expect("Your answer:").expect("asked again");
    session.send_line("maybe").expect("send");
    session.expect("give a code such as 404").expect("what a reply is");
    session.send_line("100").expect("send");
    session.expect("✗ Not 100 Continue").expect("wrong, at once");
    session
        .expect("Tell them apart:")
        .expect("the question that tells them apart");
    session.expect("Question 2 of 3").expect("the second question");
    session.send_line("s").expect("send");
    session.expect("Skipped: the answer is").expect("skipped");
    session.expect("Question 3 of 3").expect("the third question");
    session.send_line("q").expect("send");
    session.expect("Score: 0/2 (1 skipped)").expect("the score");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 0);
    let progress = std::fs::read_to_string(state.path().join("statusgen/quiz.json")).expect("progress saved");
    assert!(progress.contains("\"wrong\": 1"), "{progress}");
}

#[test]
fn choices_are_numbered_and_a_number_answers() {
    let state = tempfile::tempdir().expect("tempdir");
    let mut session = quiz(state.path(), &["--seed", "8", "--count", "1", "--choices"]);
    session.expect("1) ").expect("choice 1");
    session.expect("4) ").expect("choice 4");
    session.send_line("2").expect("send");
    session.expect("Score: ").expect("the score");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn ctrl_d_ends_the_quiz_with_the_score() {
    let state = tempfile::tempdir().expect("tempdir");
    let mut session = quiz(state.path(), &["--seed", "8", "--count", "2"]);
    session.expect("Your answer:").expect("the prompt");
    session.send("\x04").expect("send");
    session.expect("Score: 0/0").expect("the score");
    session.expect(Eof).expect("ends");
    assert_eq!(exit_code(&session), 0);
}
