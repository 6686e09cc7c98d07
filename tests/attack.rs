//! Defects found by attacking the release build as a hostile or careless user would: each test
//! here failed before its fix (hangs, lost data, unbounded output).

mod common;

use std::path::Path;
use std::time::Duration;

use common::Test;

const API: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /users:
    post:
      responses:
        '200': {description: ok}
        '401': {description: no}
";

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
}

#[test]
fn write_baseline_refuses_a_fifo_a_directory_and_the_document_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), API).expect("write");
    mkfifo(&dir.path().join("fifo"));
    let refused = |target: &str, why: &str| {
        Test::new()
            .current_dir(dir.path())
            .args(["lint", "api.yaml", "--write-baseline", target])
            .status(2)
            .one_line_error()
            .timeout(Duration::from_secs(5))
            .stderr_has(why)
            .run();
    };
    refused("fifo", "not a regular file");
    refused(".", "it is a directory");
    refused("./api.yaml", "it is one of the documents to lint");
    assert_eq!(std::fs::read_to_string(dir.path().join("api.yaml")).expect("read"), API);
}

#[test]
fn a_job_summary_that_is_a_fifo_is_a_warning_not_a_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), API).expect("write");
    let fifo = dir.path().join("summary");
    mkfifo(&fifo);
    Test::new()
        .current_dir(dir.path())
        .env("GITHUB_STEP_SUMMARY", &fifo)
        .args(["lint", "-f", "github", "api.yaml"])
        .status(0)
        .timeout(Duration::from_secs(5))
        .stderr_has("warning: cannot write the job summary: not a regular file")
        .run();
}

/// `count` different made-up words (letters only, so none is a code or a class).
fn made_up_words(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| {
            let mut n = i + 1;
            let mut word = String::from("q");
            while n > 0 {
                word.push(char::from(b'a' + (n % 26) as u8));
                n /= 26;
            }
            word
        })
        .collect()
}

#[test]
fn a_description_of_a_hundred_thousand_words_is_refused_at_once() {
    let words = made_up_words(100_000);
    for command in [&["search"][..], &[]] {
        Test::new()
            .args(command)
            .args(&words)
            .status(2)
            .one_line_error()
            .timeout(Duration::from_secs(5))
            .stderr_has("100000 words are too many to match")
            .run();
    }
    // Codes do not count: a long list of them is no description.
    let codes: Vec<String> = std::iter::repeat_n("404".to_string(), 2000).collect();
    Test::new().args(&codes).arg("--no-pager").status(0).run();
}

#[test]
fn many_unknown_codes_make_one_short_line() {
    let codes: Vec<String> = (0..50).flat_map(|_| (100..600).map(|c| c.to_string())).collect();
    let out = Test::new()
        .args(&codes)
        .arg("--no-pager")
        .status(1)
        .one_line_error()
        .run();
    assert!(out.stderr.len() < 600, "{} bytes: {}", out.stderr.len(), out.stderr);
    assert!(out.stderr.contains("more not found"), "{}", out.stderr);
}

/// The quiz's progress file under a state directory.
fn progress(state: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(state.join("statusgen/quiz.json")).expect("progress");
    serde_json::from_str(&text).expect("progress is JSON")
}

#[test]
fn two_quizzes_at_once_keep_each_others_answers() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let state = tempfile::tempdir().expect("tempdir");
    // The first quiz reads the progress, then waits for its replies...
    let mut first = Command::new(env!("CARGO_BIN_EXE_statusgen"))
        .args(["quiz", "--seed", "1", "--count", "3"])
        .env("XDG_STATE_HOME", state.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("first quiz starts");
    std::thread::sleep(Duration::from_millis(300));
    // ...while a second one, started later, is taken from start to end.
    Test::new()
        .args(["quiz", "--seed", "2", "--count", "4"])
        .env("XDG_STATE_HOME", state.path())
        .stdin("s\ns\ns\ns\n")
        .status(0)
        .run();
    assert_eq!(progress(state.path())["situations"].as_object().expect("map").len(), 4);
    first
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"s\ns\ns\n")
        .expect("replies");
    assert!(first.wait().expect("first quiz ends").success());
    let saved = progress(state.path());
    assert_eq!(saved["quizzes"], 2, "{saved}");
    assert_eq!(saved["situations"].as_object().expect("map").len(), 7, "{saved}");
}

#[test]
fn progress_behind_a_link_is_written_through_it() {
    let state = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(state.path().join("statusgen")).expect("mkdir");
    let kept = state.path().join("dotfiles-quiz.json");
    std::fs::write(&kept, "{\"quizzes\": 4, \"situations\": {}}").expect("write");
    std::os::unix::fs::symlink(&kept, state.path().join("statusgen/quiz.json")).expect("symlink");
    Test::new()
        .args(["quiz", "--seed", "2", "--count", "1"])
        .env("XDG_STATE_HOME", state.path())
        .stdin("s\n")
        .status(0)
        .run();
    let link = std::fs::symlink_metadata(state.path().join("statusgen/quiz.json")).expect("link");
    assert!(link.file_type().is_symlink(), "the link was replaced by a file");
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&kept).expect("read")).expect("JSON");
    assert_eq!(saved["quizzes"], 5, "{saved}");
}

#[test]
fn counts_at_their_limits_stay_there() {
    let state = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(state.path().join("statusgen")).expect("mkdir");
    // The situation `--seed 2 --count 1` asks, found first with a fresh progress file.
    let fresh = tempfile::tempdir().expect("tempdir");
    Test::new()
        .args(["quiz", "--seed", "2", "--count", "1"])
        .env("XDG_STATE_HOME", fresh.path())
        .stdin("s\n")
        .status(0)
        .run();
    let id = progress(fresh.path())["situations"]
        .as_object()
        .expect("map")
        .keys()
        .next()
        .expect("one situation")
        .clone();
    let max = serde_json::json!({
        "quizzes": u64::MAX,
        "situations": {&id: {"box": 255, "asked": u64::MAX, "right": u32::MAX, "wrong": u32::MAX}},
    });
    std::fs::write(state.path().join("statusgen/quiz.json"), max.to_string()).expect("write");
    for reply in ["100", "s"] {
        // A wrong answer (100 is never a situation's answer), then a skip: no overflow either way.
        Test::new()
            .args(["quiz", "--seed", "2", "--count", "1"])
            .env("XDG_STATE_HOME", state.path())
            .stdin(format!("{reply}\n"))
            .status(0)
            .run();
    }
    let saved = progress(state.path());
    assert_eq!(saved["quizzes"], u64::MAX, "{saved}");
    assert_eq!(saved["situations"][&id]["wrong"], u32::MAX, "{saved}");
}

#[test]
fn a_directory_as_baseline_or_config_is_not_told_to_name_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), API).expect("write");
    for option in ["--baseline", "--config"] {
        let out = Test::new()
            .current_dir(dir.path())
            .args(["lint", "api.yaml", option, "."])
            .status(2)
            .one_line_error()
            .stderr_has("is a directory, not a file")
            .run();
        assert!(!out.stderr.contains("OpenAPI"), "{}", out.stderr);
    }
}

#[test]
fn an_odd_validation_setting_is_shown_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), API).expect("write");
    std::fs::write(dir.path().join("statusgen.toml"), "[lint]\nvalidation = 422.0\n").expect("write");
    Test::new()
        .current_dir(dir.path())
        .args(["lint", "api.yaml"])
        .status(2)
        .one_line_error()
        .stderr("error: statusgen.toml [lint]: validation must be 400 or 422, not 422.0\n")
        .run();
}

/// The embedded knowledge base as one `--data` file (the word lists first: they are top-level
/// keys).
fn whole_kb() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut text = String::new();
    text.push_str(&std::fs::read_to_string(format!("{dir}/words.toml")).expect("words"));
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("data")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("words.toml"))
        .collect();
    names.sort();
    for name in names {
        text.push('\n');
        text.push_str(&std::fs::read_to_string(name).expect("data file"));
    }
    text
}

#[test]
fn word_lists_that_could_never_match_are_refused() {
    Test::new().data(whole_kb()).args(["404", "--no-pager"]).status(0).run();
    let refused = |words: &str, why: &str| {
        let group = format!("[[synonyms]]\nwords = {words}\n");
        let text = whole_kb().replacen("\n[[synonyms]]\n", &format!("\n{group}\n[[synonyms]]\n"), 1);
        Test::new()
            .data(text)
            .args(["404", "--no-pager"])
            .status(2)
            .one_line_error()
            .stderr_has(why)
            .run();
    };
    refused("[]", "synonyms group 1: a group needs two or more different words");
    refused("[\"login\", \"login\"]", "a group needs two or more different words");
    refused("[\"signed in\", \"logged\"]", "'signed in' is not one lower-case word");
    refused("[\"Login\", \"logged\"]", "'Login' is not one lower-case word");
}

#[test]
fn a_situation_that_answers_a_question_twice_is_refused() {
    let situation = "\n[[situation]]\nid = \"zz-twice\"\ntext = \"A request arrives without credentials.\"\ncode = 401\ntopic = \"auth\"\nreason = \"r\"\nyes = [\"client-side\", \"client-itself\", \"not-authenticated\", \"client-side\"]\nno = [\"rate-limited\", \"login-elsewhere\"]\n";
    Test::new()
        .data(whole_kb() + situation)
        .args(["404", "--no-pager"])
        .status(2)
        .one_line_error()
        .stderr_has("situation 'zz-twice': answers question 'client-side' twice in `yes`")
        .run();
}

#[test]
fn a_negative_count_or_seed_is_named_as_a_bad_value() {
    for (option, value) in [("--count", "-5"), ("--seed", "-1"), ("-n", "-1")] {
        Test::new()
            .args(["quiz", option, value])
            .status(2)
            .one_line_error()
            .stderr_has(format!("invalid value '{value}' for"))
            .run();
    }
}

#[test]
fn a_directory_as_the_quizs_input_gets_the_quizs_advice() {
    let state = tempfile::tempdir().expect("tempdir");
    let out = Test::new()
        .args(["quiz", "--count", "1"])
        .env("XDG_STATE_HOME", state.path())
        .stdin_from(state.path())
        .status(2)
        .one_line_error()
        .stderr_has("standard input is a directory; give a code such as 404")
        .run();
    assert!(
        !out.stderr.contains("--answers"),
        "quiz has no --answers: {}",
        out.stderr
    );
    Test::new()
        .arg("decide")
        .stdin_from(state.path())
        .status(2)
        .stderr_has("or use --answers")
        .run();
}
