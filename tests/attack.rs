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
