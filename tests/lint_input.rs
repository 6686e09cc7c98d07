//! `statusgen lint` on input that other tools read differently or that attacks it: exact
//! positions (non-ASCII text, every line end, flow style), duplicate keys, control bytes,
//! shared nodes, closed pipes and `$ref`s that leave the folder of trust.

mod common;

use std::time::Duration;

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
            .args(["lint", "--format", "json", "--fail-on", "warning"])
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

/// A description with `n` operations, each with a 401 that misses its header (a warning).
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
                .args(["lint", "--fail-on", "warning", "--format", format])
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

/// `allOf: [*s, *s, …]` nested `levels` deep: `fan ^ levels` ways to the same few nodes.
fn all_of_fan_out(fan: usize, levels: usize) -> String {
    let mut out = String::from(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    s0: &s0 {properties: {ok: {type: boolean}}}\n",
    );
    for l in 1..=levels {
        let parts = vec![format!("*s{}", l - 1); fan].join(", ");
        out.push_str(&format!("    s{l}: &s{l} {{allOf: [{parts}]}}\n"));
    }
    out.push_str(&format!(
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {{application/json: {{schema: *s{levels}}}}}\n"
    ));
    out
}

/// `paths` path items that all alias one operation with `codes` responses sharing one response.
fn shared_responses(paths: usize, codes: usize) -> String {
    let keys: Vec<String> = (0..codes).map(|i| format!("'{}': *r", 100 + i % 500)).collect();
    // Codes repeat past 500: keep the keys unique with a suffix that makes them invalid.
    let keys: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| if i < 500 { k.clone() } else { format!("'x{i}': *r") })
        .collect();
    let mut out = String::from(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\ncomponents:\n  responses:\n    R: &r {description: x, content: {text/plain: {}}}\npaths:\n",
    );
    out.push_str(&format!(
        "  /p0: &item {{get: {{responses: {{{}}}}}}}\n",
        keys.join(", ")
    ));
    for i in 1..paths {
        out.push_str(&format!("  /p{i}: *item\n"));
    }
    out
}

/// `paths` path items sharing one operation object with `keys` extension keys.
fn big_shared_operation(paths: usize, keys: usize) -> String {
    let extensions: Vec<String> = (0..keys).map(|i| format!("x-{i}: 0")).collect();
    let mut out = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n");
    out.push_str(&format!(
        "  /p0: {{get: &op {{responses: {{'200': {{description: ok}}, '404': {{description: no}}}}, {}}}}}\n",
        extensions.join(", ")
    ));
    for i in 1..paths {
        out.push_str(&format!("  /p{i}/{{id}}: {{get: *op}}\n"));
    }
    out
}

#[test]
fn shared_nodes_are_worked_on_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        ("fan-out.yaml", all_of_fan_out(30, 6)),
        ("shared.yaml", shared_responses(1_000, 1_000)),
        ("big-operation.yaml", big_shared_operation(2_000, 20_000)),
    ];
    for (name, text) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).expect("write");
        let out = Test::new()
            .args(["lint", "--format", "json"])
            .arg(&path)
            .timeout(Duration::from_secs(60))
            .any_status()
            .run();
        // Before: 36 s, out of memory, 8 million findings; a debug build now takes well under
        // a second on each.
        assert!(out.elapsed < Duration::from_secs(15), "{name}: {:?}", out.elapsed);
        let found = findings(&out);
        assert!(found.len() <= 2_000, "{name}: {} findings", found.len());
        if name == "shared.yaml" {
            // One finding per place and cause: each of the 1,000 response keys, once.
            let invalid = found.iter().filter(|f| f["rule"] == "code-invalid").count();
            assert_eq!(invalid, 500, "{name}");
        }
    }
}

#[test]
fn too_many_findings_stop_with_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.json");
    // Distinct operations, so nothing is shared: 10 invalid response keys each.
    let responses: Vec<String> = (0..10).map(|k| format!("\"x{k}\": {{}}")).collect();
    let responses = responses.join(", ");
    let paths: Vec<String> = (0..30_000)
        .map(|i| format!("\"/p{i}\": {{\"get\": {{\"responses\": {{{responses}}}}}}}"))
        .collect();
    let text = format!("{{\"openapi\": \"3.0.3\", \"paths\": {{{}}}}}", paths.join(",\n"));
    std::fs::write(&path, text).expect("write");
    Test::new()
        .arg("lint")
        .arg(&path)
        .timeout(Duration::from_secs(120))
        .status(2)
        .one_line_error()
        .stderr_has("more than 250000 findings; stopped")
        .run();
}

const REFERRING: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {$ref: '../common.yaml#/ok'}
        '404': {$ref: 'missing.yaml#/no'}
        '410': {$ref: 'link.yaml#/ok'}
";

/// `root/specs/api.yaml` referring to `root/common.yaml`, a missing file and a link out of `root`.
fn referring_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("root");
    std::fs::create_dir_all(root.join("specs")).expect("mkdir");
    std::fs::write(root.join("specs/api.yaml"), REFERRING).expect("write");
    std::fs::write(root.join("common.yaml"), "ok: {description: fine}\n").expect("write");
    std::fs::write(dir.path().join("secret.yaml"), "ok: {description: SECRET}\n").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("secret.yaml"), root.join("specs/link.yaml")).expect("link");
    dir
}

/// The `ref-unresolved` messages of a lint of `root/specs/api.yaml`.
fn unresolved(dir: &std::path::Path, cwd: &std::path::Path, extra: &[&str]) -> Vec<String> {
    let api = dir.join("root/specs/api.yaml");
    let out = Test::new()
        .current_dir(cwd)
        .args(["lint", "--format", "json"])
        .args(extra)
        .arg(&api)
        .any_status()
        .run();
    assert!(!out.stdout.contains("SECRET"), "{}", out.stdout);
    let found = findings(&out);
    let messages = found.iter().filter(|f| f["rule"] == "ref-unresolved");
    messages
        .map(|f| f["message"].as_str().expect("message").to_string())
        .collect()
}

#[cfg(unix)]
#[test]
fn refs_are_read_only_inside_the_folder_of_trust_and_what_was_opened_is_checked() {
    let dir = referring_tree();
    let root = dir.path().join("root");
    // From the working directory `root`: common.yaml is inside; the link leads out of it.
    let messages = unresolved(dir.path(), &root, &[]);
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("`missing.yaml` does not exist"), "{messages:?}");
    assert!(messages[1].contains("`link.yaml` is outside"), "{messages:?}");
    // From `/`, nothing is trusted by being under the working directory: only the document's
    // folder, so `../common.yaml` is outside too, until --ref-root names the folder.
    let messages = unresolved(dir.path(), std::path::Path::new("/"), &[]);
    assert!(
        messages.iter().any(|m| m.contains("`../common.yaml` is outside")),
        "{messages:?}"
    );
    let root_arg = root.to_str().expect("utf-8");
    let messages = unresolved(dir.path(), std::path::Path::new("/"), &["--ref-root", root_arg]);
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[1].contains("outside --ref-root"), "{messages:?}");
    Test::new()
        .args(["lint", "--ref-root", "/no/such/folder"])
        .arg(root.join("specs/api.yaml"))
        .status(2)
        .one_line_error()
        .stderr_has("not a folder")
        .run();
}
