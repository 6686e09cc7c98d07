//! `--data` and `STATUSGEN_DATA`: a user's knowledge base, fully validated, with errors that
//! name the file, line and column.

mod common;

use std::path::PathBuf;

use common::{run, statusgen};

use common::minimal_kb as minimal;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.toml")
}

/// Writes `text` to a temporary file and runs `statusgen --data FILE args…`.
fn with_data(text: impl AsRef<[u8]>, args: &[&str]) -> (i32, String, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("kb.toml");
    std::fs::write(&path, text).expect("write");
    let path = path.to_str().expect("utf-8 path").to_string();
    let mut all = vec!["--data", &path];
    all.extend(args);
    let (code, stdout, stderr) = run(&all);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (code, stdout, stderr, path)
}

/// Asserts the file is refused with one line naming file:line:column and the problem.
fn refused(text: &str, line: usize, problem: &str) {
    let (code, _, stderr, path) = with_data(text, &["list"]);
    assert_eq!(code, 2, "accepted: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let at = format!("error: {path}:{line}:");
    assert!(stderr.starts_with(&at), "expected {at}…, got {stderr}");
    assert!(stderr.contains(problem), "expected {problem:?} in {stderr}");
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in fixture")
        + 1
}

#[test]
fn a_valid_file_replaces_the_embedded_knowledge_base() {
    let (code, stdout, _, _) = with_data(minimal(), &["list"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("Well-formed but invalid") && !stdout.contains("429"),
        "{stdout}"
    );
    let (code, stdout, _, _) = with_data(minimal(), &["decide", "--answers", "y,n"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("400 Bad Request"), "{stdout}");
}

#[test]
fn the_environment_variable_names_a_file_too() {
    let output = statusgen()
        .env("STATUSGEN_DATA", fixture())
        .args(["lookup", "422"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Well-formed but invalid"));
}

#[test]
fn an_empty_environment_variable_means_the_embedded_knowledge_base() {
    let output = statusgen()
        .env("STATUSGEN_DATA", "")
        .args(["lookup", "429"])
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = statusgen()
        .env("STATUSGEN_DATA", "/nonexistent")
        .args(["--data", fixture().to_str().expect("utf-8"), "lookup", "422"])
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("Well-formed but invalid"),
        "--data wins over the variable"
    );
}

#[test]
fn syntax_errors_point_at_the_line_and_column() {
    let text = minimal().replace("code = 204", "code = = 204");
    refused(&text, line_of(&text, "code = = 204"), "");
}

#[test]
fn unknown_fields_are_errors() {
    let text = minimal().replace(
        "summary = \"It worked.\"",
        "summary = \"It worked.\"\nsumary = \"typo\"",
    );
    refused(&text, line_of(&text, "sumary"), "unknown field `sumary`");
}

#[test]
fn wrong_types_and_values_are_errors() {
    let text = minimal().replace("retry = \"no\"", "retry = \"sometimes\"");
    refused(&text, line_of(&text, "sometimes"), "unknown variant");
    let text = minimal().replace("code = 204", "code = 70000");
    refused(&text, line_of(&text, "70000"), "");
}

#[test]
fn duplicate_codes_are_errors() {
    let text = format!(
        "{}\n[[code]]\ncode = 200\nname = \"Again\"\nstatus = \"registered\"\nreference = \"x\"\nsummary = \"x\"\nbody_allowed = true\ncacheable = false\nretry = \"no\"\n",
        minimal()
    );
    // Reported at the second definition, the one to remove.
    let lines: Vec<&str> = text.lines().collect();
    let second = lines
        .iter()
        .rposition(|l| *l == "code = 200")
        .expect("second definition")
        + 1;
    refused(&text, second, "code 200: is defined twice");
}

#[test]
fn dangling_references_are_errors() {
    let text = minimal().replace("related = [204]", "related = [299]");
    refused(&text, line_of(&text, "code = 200"), "refers to 299");
}

#[test]
fn broken_trees_are_errors_naming_the_node() {
    let text = minimal().replace("yes = \"ok\"", "yes = \"nowhere\"");
    refused(
        &text,
        line_of(&text, "id = \"body\""),
        "node 'body': 'yes' leads to 'nowhere'",
    );
    let text = minimal().replace("yes = \"invalid\"", "yes = \"failed\"");
    refused(&text, line_of(&text, "id = \"parsable\""), "cycle");
    let text = minimal().replace("no = \"body\"", "no = \"empty\"");
    refused(&text, line_of(&text, "id = \"body\""), "cannot be reached");
    let text = minimal().replace("code = 204\nwhy", "code = 418\nwhy");
    refused(&text, line_of(&text, "id = \"empty\""), "must not be recommended");
}

#[test]
fn unreadable_and_hostile_files_are_clear_errors() {
    let (code, _, stderr) = run(&["--data", "/nonexistent/kb.toml", "list"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: /nonexistent/kb.toml: cannot read"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["--data", "/dev/zero", "list"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    let (code, _, stderr) = run(&["--data", env!("CARGO_MANIFEST_DIR"), "list"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read"), "{stderr}");
    let (code, _, stderr, _) = with_data(b"[[code]]\ncode = 200\nname = \"\xff\xfe\"\n", &["list"]);
    assert_eq!(code, 2);
    assert!(stderr.contains(":3:9: the file is not valid UTF-8"), "{stderr}");
    let (code, _, stderr, _) = with_data("", &["list"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no [[class]] entries"), "{stderr}");
    let deep = format!("x = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (code, _, stderr, _) = with_data(deep, &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
