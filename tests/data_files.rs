//! `--data` and `STATUSGEN_DATA`: a user's knowledge base, fully validated, with errors that
//! name the file, line and column.

mod common;

use std::path::PathBuf;

use common::{Output, Test};

use common::minimal_kb as minimal;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.toml")
}

/// Asserts the file is refused with one line naming file:line:column and the problem.
fn refused(text: &str, line: usize, problem: &str) -> Output {
    let output = Test::new()
        .data(text)
        .arg("list")
        .status(2)
        .one_line_error()
        .stderr_has(problem)
        .run();
    let at = format!("error: {}:{line}:", output.data.as_deref().expect("data"));
    assert!(output.stderr.starts_with(&at), "expected {at}…, got {}", output.stderr);
    output
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in fixture")
        + 1
}

#[test]
fn a_valid_file_replaces_the_embedded_knowledge_base() {
    Test::new()
        .data(minimal())
        .arg("list")
        .stdout_has("Well-formed but invalid")
        .stdout_lacks("429")
        .run();
    Test::new()
        .data(minimal())
        .args(["decide", "--answers", "y,n"])
        .stdout_has("400 Bad Request")
        .run();
}

#[test]
fn the_environment_variable_names_a_file_too() {
    Test::new()
        .env("STATUSGEN_DATA", fixture())
        .args(["lookup", "422"])
        .stdout_has("Well-formed but invalid")
        .run();
}

#[test]
fn an_empty_environment_variable_means_the_embedded_knowledge_base() {
    Test::new().env("STATUSGEN_DATA", "").args(["lookup", "429"]).run();
    // --data wins over the variable.
    Test::new()
        .env("STATUSGEN_DATA", "/nonexistent")
        .arg("--data")
        .arg(fixture())
        .args(["lookup", "422"])
        .stdout_has("Well-formed but invalid")
        .run();
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
    let bad = |test: Test| test.arg("list").status(2).one_line_error();
    bad(Test::new().args(["--data", "/nonexistent/kb.toml"]))
        .stderr_has("error: /nonexistent/kb.toml: cannot read")
        .run();
    bad(Test::new().args(["--data", "/dev/zero"]))
        .stderr_has("not a regular file")
        .run();
    bad(Test::new().args(["--data", env!("CARGO_MANIFEST_DIR")]))
        .stderr_has("cannot read")
        .run();
    bad(Test::new().data(b"[[code]]\ncode = 200\nname = \"\xff\xfe\"\n"))
        .stderr_has(":3:9: the file is not valid UTF-8")
        .run();
    bad(Test::new().data("")).stderr_has("no [[class]] entries").run();
    let deep = format!("x = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    bad(Test::new().data(deep)).run();
}
