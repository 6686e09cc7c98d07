//! `statusgen lint` on input that other tools read differently or that attacks it: exact
//! positions (non-ASCII text, every line end, flow style), duplicate keys, control bytes,
//! shared nodes, closed pipes and `$ref`s that leave the folder of trust.

mod common;

use common::Test;
use serde_json::Value;

fn findings(out: &common::Output) -> Vec<Value> {
    let parsed: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout));
    parsed.as_array().expect("an array").clone()
}

/// (rule, line, column) of each finding.
fn places(found: &[Value]) -> Vec<(String, u64, u64)> {
    let mut out: Vec<(String, u64, u64)> = found
        .iter()
        .map(|f| {
            let n = |k: &str| f[k].as_u64().expect("a number");
            (f["rule"].as_str().expect("rule").to_string(), n("line"), n("column"))
        })
        .collect();
    out.sort();
    out
}

const EM_DASH: &str = "openapi: 3.0.3
info:
  title: t
  version: '1'
  description: |
    An em dash — and “curly quotes” — shift nothing.
    ——————————————————
paths:
  /a:
    get:
      responses:
        '401':
          description: x
        '200': {description: ok}
";

#[test]
fn findings_after_non_ascii_text_are_on_their_line_whatever_the_line_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, eol) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::write(&path, EM_DASH.replace('\n', eol)).expect("write");
        let out = Test::new()
            .args(["lint", "--format", "json"])
            .arg(&path)
            .status(1)
            .run();
        // The finding is at the response's key, `'401':` on line 12, column 9.
        assert_eq!(places(&findings(&out)), [("header-must".to_string(), 12, 9)], "{name}");
    }
}

#[test]
fn duplicate_keys_are_errors_at_the_second_with_the_first_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("twice.json");
    std::fs::write(
        &json,
        "{\"openapi\": \"3.0.3\",\n \"paths\": {},\n \"paths\": {\"/a\": {}}}",
    )
    .expect("write");
    let out = Test::new()
        .args(["lint", "--format", "json"])
        .arg(&json)
        .status(1)
        .run();
    let found = findings(&out);
    assert_eq!(places(&found), [("duplicate-key".to_string(), 3, 2)]);
    assert_eq!(found[0]["pointer"], "/paths");
    assert!(
        found[0]["message"]
            .as_str()
            .expect("message")
            .contains("first at line 2, column 2")
    );
}

#[test]
fn a_control_byte_in_yaml_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nul.yaml");
    std::fs::write(&path, "openapi: 3.0.3\npaths: {}\nx: a\0b\n").expect("write");
    Test::new()
        .arg("lint")
        .arg(&path)
        .status(2)
        .one_line_error()
        .stderr_has("line 3, column 5: control character U+0000")
        .run();
}

/// A description with `n` operations, each with a 401 that misses its header.
fn many_errors(n: usize) -> String {
    let mut paths = Vec::new();
    for i in 0..n {
        paths.push(format!(
            "\"/p{i}\": {{\"get\": {{\"responses\": {{\"401\": {{\"description\": \"x\"}}}}}}}}"
        ));
    }
    format!("{{\"openapi\": \"3.0.3\", \"paths\": {{{}}}}}", paths.join(",\n"))
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_keeps_the_exit_code_the_findings_decided() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("many.json");
    std::fs::write(&path, many_errors(3_000)).expect("write");
    for format in ["text", "json", "sarif", "github"] {
        for take in [0, 100] {
            Test::new()
                .args(["lint", "--format", format])
                .arg(&path)
                .reader_takes(take)
                .status(1)
                .stderr("")
                .run();
        }
    }
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_keeps_decides_pending_exit_code() {
    Test::new()
        .args(["decide", "--answers", "n"])
        .reader_takes(0)
        .status(3)
        .run();
}
