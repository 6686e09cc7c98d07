//! Inputs at the limits: a very long decision-tree chain, a FIFO as the knowledge base, a large
//! file, and text that shows nothing.

mod common;

use std::fmt::Write as _;
use std::time::Duration;

use common::{Test, minimal_kb};

/// minimal.toml with its tree replaced by a chain of `n` questions (each "yes" ends at 422).
fn chain(n: usize) -> String {
    let kb = minimal_kb();
    let mut text = kb[..kb.find("[[question]]").expect("questions")].to_string();
    for i in 0..n {
        let next = if i + 1 == n {
            "ok".to_string()
        } else {
            format!("q{}", i + 1)
        };
        let _ = write!(
            text,
            "[[question]]\nid = \"q{i}\"\ntext = \"Question {i}?\"\nhint = \"Hint.\"\nyes = \"invalid\"\nno = \"{next}\"\n\n"
        );
    }
    text + "[[outcome]]\nid = \"invalid\"\ncode = 422\nwhy = \"Invalid.\"\n\n[[outcome]]\nid = \"ok\"\ncode = 200\nwhy = \"Fine.\"\n"
}

#[test]
fn a_very_long_chain_of_questions_ends_cleanly() {
    let text = chain(16_000);
    for format in ["outline", "mermaid", "dot", "json"] {
        let output = Test::new()
            .data(&text)
            .args(["tree", "--format", format])
            .any_status()
            .timeout(Duration::from_secs(20))
            .run();
        if output.status != 0 {
            assert_eq!(output.status, 2, "{format}: {output:?}");
            common::assert_one_line_error(&output.stderr, &format!("{format}: {output:?}"));
        } else {
            assert!(output.stdout.len() < 64 << 20, "{format}: unbounded output");
        }
        assert!(output.stdout.len() < 64 << 20);
    }
    Test::new()
        .data(&text)
        .args(["decide", "--answers", "y"])
        .stdout_has("422")
        .run();
}

#[cfg(unix)]
#[test]
fn a_fifo_without_a_writer_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("kb.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let quick = Duration::from_secs(5);
    let refused = |test: Test| {
        test.arg("list")
            .status(2)
            .one_line_error()
            .timeout(quick)
            .stderr_has("not a regular file")
            .run()
    };
    refused(Test::new().arg("--data").arg(&fifo));
    refused(Test::new().env("STATUSGEN_DATA", &fifo));
}

#[test]
fn a_large_file_is_validated_quickly() {
    let mut text = chain(1);
    for i in 0..20_000 {
        let code = [200, 204, 400, 422][i % 4];
        let _ = write!(
            text,
            "\n[[outcome]]\nid = \"extra-{i}\"\ncode = {code}\nwhy = \"Reason {i}.\"\n"
        );
    }
    let output = Test::new().data(&text).arg("list").any_status().run();
    assert!(output.elapsed < Duration::from_secs(5), "took {:?}", output.elapsed);
    assert!([0, 2].contains(&output.status), "{output:?}");
    if output.status == 2 {
        common::assert_one_line_error(&output.stderr, &format!("{output:?}"));
    }
}

/// minimal.toml with `from` replaced by `to`: refused with one line naming the line of the last
/// line of `to` (where the culprit is).
fn refused(from: &str, to: &str) {
    let kb = minimal_kb();
    let text = kb.replacen(from, to, 1);
    assert_ne!(text, kb, "{from:?} is in the fixture");
    let line = text
        .lines()
        .position(|l| l.contains(to.lines().last().unwrap_or(to)))
        .expect("line")
        + 1;
    let output = Test::new().data(&text).arg("list").status(2).one_line_error().run();
    let at = format!("error: {}:{line}:", output.data.as_deref().expect("data"));
    assert!(
        output.stderr.starts_with(&at),
        "{to:?}: expected {at}…, got {}",
        output.stderr
    );
}

#[test]
fn text_that_shows_nothing_is_refused() {
    let rfc = "reference = \"[RFC9110, Section 15.5.1]\"";
    refused(rfc, "reference = \"\"");
    refused(rfc, "reference = \"   \"");
    refused("name = \"Bad Request\"", "name = \"\\u200B\\u2060\"");
    refused("name = \"Bad Request\"", "name = \"\u{3164}\"");
    refused(
        "summary = \"The request is malformed.\"",
        "summary = \"x\"\naliases = [\"\"]",
    );
    refused(
        "summary = \"The request is malformed.\"",
        "summary = \"x\"\nkeywords = [\" \"]",
    );
    refused(
        "summary = \"The request is malformed.\"",
        "summary = \"x\"\nuse_when = [\"\"]",
    );
    refused(
        "summary = \"The request is malformed.\"",
        "summary = \"x\"\nheaders = [{ field = \"Allow\", level = \"MUST\", rule = \"r\", section = \"\" }]",
    );
    refused(
        "summary = \"The request is malformed.\"",
        "summary = \"x\"\nvendor = \" \"",
    );
}

#[test]
fn a_deeply_dotted_table_header_gets_a_real_position() {
    let header = format!("[{}]", vec!["a"; 200].join("."));
    let text = format!("{}\n{header}\nx = 1\n", minimal_kb());
    let line = text.lines().position(|l| l == header).expect("header") + 1;
    let output = Test::new().data(&text).arg("list").status(2).one_line_error().run();
    let at = format!("error: {}:{line}:", output.data.as_deref().expect("data"));
    assert!(output.stderr.starts_with(&at), "expected {at}…, got {}", output.stderr);
}
