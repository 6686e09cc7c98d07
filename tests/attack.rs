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
