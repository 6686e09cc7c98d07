//! `statusgen lint` as a CI gate: one report per shared cause, the summary, baselines, inline
//! suppressions, the rule list, SARIF fingerprints, GitHub's annotation limit and job summary,
//! and hostile `$ref` text in every format.

mod common;

use std::path::Path;

use common::Test;
use serde_json::Value;

fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    dir
}

fn lint(dir: &Path, args: &[&str]) -> common::Output {
    Test::new().current_dir(dir).arg("lint").args(args).any_status().run()
}

/// Three operations share one 401 without a challenge; a fourth has its own.
const SHARED: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        '401': {$ref: '#/components/responses/Unauthenticated'}
  /b:
    get:
      responses:
        '200': {description: ok}
        '401': {$ref: '#/components/responses/Unauthenticated'}
  /c:
    get:
      responses:
        '200': {description: ok}
        '401': {$ref: '#/components/responses/Unauthenticated'}
  /d:
    get:
      responses:
        '200': {description: ok}
        '401': {description: mine}
components:
  responses:
    Unauthenticated: {description: who are you}
";

#[test]
fn a_shared_response_is_reported_once_at_the_component() {
    let dir = dir_with(&[("api.yaml", SHARED)]);
    let findings = lint(dir.path(), &["-f", "json", "api.yaml"]).json();
    let list = findings.as_array().expect("array");
    let pointers: Vec<&str> = list.iter().map(|f| f["pointer"].as_str().expect("pointer")).collect();
    assert_eq!(
        pointers,
        ["/paths/~1d/get/responses/401", "/components/responses/Unauthenticated"],
        "{findings}"
    );
    assert_eq!(list[1]["line"], 26, "at the component's key");
    let message = list[1]["message"].as_str().expect("message");
    assert!(message.contains("the 3 operations that use it"), "{message}");
}

#[test]
fn the_text_report_ends_with_counts_per_rule_and_the_decision() {
    let dir = dir_with(&[("api.yaml", SHARED)]);
    let out = lint(dir.path(), &["--fail-on", "warning", "api.yaml"]);
    assert_eq!(out.status, 1);
    assert!(
        out.stdout.ends_with(
            "0 errors, 2 warnings, 0 info in 1 file\n  header-must  warning  2\n--fail-on warning: 2 findings at or above it, exit 1\n"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn a_baseline_keeps_old_findings_quiet_across_unrelated_edits() {
    let dir = dir_with(&[("api.yaml", SHARED)]);
    let out = lint(
        dir.path(),
        &["--fail-on", "warning", "--write-baseline", "base.json", "api.yaml"],
    );
    assert_eq!(out.status, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains("(2 findings written to the baseline)"),
        "{}",
        out.stdout
    );
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("base.json")).expect("read")).expect("json");
    assert_eq!(written["findings"].as_array().map(Vec::len), Some(2));
    assert_eq!(written["findings"][0]["fingerprint"].as_str().map(str::len), Some(16));

    // Lines move (a description above grows), a new 405 without Allow appears.
    let edited = SHARED.replacen(
        "info: {title: t, version: '1'}",
        "info:\n  title: t\n  version: '1'\n  description: more",
        1,
    ) + "";
    let edited = edited.replacen(
        "  /d:\n",
        "  /e:\n    get:\n      responses:\n        '200': {description: ok}\n        '405': {description: no}\n  /d:\n",
        1,
    );
    std::fs::write(dir.path().join("api.yaml"), edited).expect("write");
    let out = lint(
        dir.path(),
        &[
            "--fail-on",
            "warning",
            "--baseline",
            "base.json",
            "-f",
            "json",
            "api.yaml",
        ],
    );
    let rules: Vec<String> = out
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|f| f["rule"].to_string())
        .collect();
    assert_eq!(rules, ["\"header-must\""], "only the new 405: {}", out.stdout);
    let out = lint(dir.path(), &["--baseline", "base.json", "api.yaml"]);
    assert!(
        out.stdout.contains("(2 findings in the baseline not shown)"),
        "{}",
        out.stdout
    );

    let bad = r#"{"statusgen-baseline": 1, "findings": [{"fingerprint": "0", "rule": "no-such-rule", "file": "a", "pointer": "", "code": null, "message": ""}]}"#;
    std::fs::write(dir.path().join("bad.json"), bad).expect("write");
    let out = Test::new()
        .current_dir(dir.path())
        .args(["lint", "--baseline", "bad.json", "api.yaml"])
        .status(2)
        .one_line_error()
        .run();
    assert!(out.stderr.contains("unknown rule `no-such-rule`"), "{}", out.stderr);
}

#[test]
fn x_statusgen_ignore_silences_named_rules_and_refuses_unknown_ones() {
    let api = SHARED
        .replacen(
            "  /d:\n    get:\n",
            "  /d:\n    get:\n      x-statusgen-ignore: [header-must]\n",
            1,
        )
        .replacen(
            "Unauthenticated: {description: who are you}",
            "Unauthenticated:\n      description: who are you\n      x-statusgen-ignore: {rules: [header-must], reason: the gateway sends the challenge}",
            1,
        );
    let dir = dir_with(&[("api.yaml", &api)]);
    let out = lint(dir.path(), &["-f", "json", "api.yaml"]);
    assert_eq!(out.json(), serde_json::json!([]), "{}", out.stdout);

    // Findings made on the walk (a broken `$ref`) and by document-wide rules (302) are matched by
    // their place under the operation or response.
    let api = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /x:
    get:
      x-statusgen-ignore: {rules: [ref-unresolved], reason: generated later}
      responses:
        '200': {$ref: '#/components/responses/Later'}
        '302':
          description: moved
          headers: {Location: {schema: {type: string}}}
          x-statusgen-ignore: [prefer-303-307]
        '404': {description: none}
  /y:
    get:
      responses:
        '200': {$ref: '#/components/responses/Later'}
        '404': {description: none}
";
    let dir = dir_with(&[("api.yaml", api)]);
    let out = lint(dir.path(), &["-f", "json", "api.yaml"]);
    let pointers: Vec<String> = out
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|f| f["pointer"].to_string())
        .collect();
    assert_eq!(pointers, ["\"/paths/~1y/get/responses/200/$ref\""], "{}", out.stdout);

    for (value, expected) in [
        ("[header-mist]", "unknown rule `header-mist`"),
        ("{rules: [header-must], why: x}", "unknown key `why`"),
        ("header-must", "a list of rule ids"),
    ] {
        let api = SHARED.replacen(
            "  /d:\n    get:\n",
            &format!("  /d:\n    get:\n      x-statusgen-ignore: {value}\n"),
            1,
        );
        let dir = dir_with(&[("api.yaml", &api)]);
        let out = Test::new()
            .current_dir(dir.path())
            .args(["lint", "api.yaml"])
            .status(2)
            .one_line_error()
            .run();
        assert!(
            out.stderr.contains(expected) && out.stderr.contains("api.yaml: x-statusgen-ignore at 21:"),
            "{value}: {}",
            out.stderr
        );
    }
}

#[test]
fn list_rules_in_text_and_json() {
    let out = Test::new().args(["lint", "--list-rules"]).status(0).run();
    assert!(out.stdout.starts_with("rule "), "{}", out.stdout);
    assert!(out.stdout.contains("\nheader-must "), "{}", out.stdout);
    let listed = Test::new()
        .args(["lint", "--list-rules", "-f", "json"])
        .status(0)
        .run()
        .json();
    let rules = listed.as_array().expect("array");
    let coverage = rules.iter().find(|r| r["id"] == "coverage-4xx").expect("coverage-4xx");
    assert_eq!(coverage["severity"], "info");
    assert_eq!(coverage["profiles"], serde_json::json!(["strict"]));
    assert!(
        coverage["help_uri"]
            .as_str()
            .is_some_and(|u| u.ends_with("LINT.md#coverage-4xx"))
    );
}

#[test]
fn sarif_rules_have_help_uris_and_results_keep_their_fingerprint_when_lines_move() {
    let dir = dir_with(&[("api.yaml", SHARED)]);
    let sarif = |dir: &Path| -> Value { lint(dir, &["-f", "sarif", "api.yaml"]).json() };
    let before = sarif(dir.path());
    let run = &before["runs"][0];
    for rule in run["tool"]["driver"]["rules"].as_array().expect("rules") {
        let id = rule["id"].as_str().expect("id");
        assert!(
            rule["helpUri"].as_str().is_some_and(|u| u.ends_with(&format!("#{id}"))),
            "{rule}"
        );
        assert!(rule["fullDescription"]["text"].is_string() && rule["defaultConfiguration"]["level"].is_string());
    }
    let prints = |log: &Value| -> Vec<(u64, String)> {
        let results = log["runs"][0]["results"].as_array().expect("results");
        let print = |r: &Value| {
            let line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .expect("line");
            (
                line,
                r["partialFingerprints"]["statusgen/v1"]
                    .as_str()
                    .expect("fingerprint")
                    .to_string(),
            )
        };
        results.iter().map(print).collect()
    };
    let moved = SHARED.replacen("paths:\n", "x-note: a new line\npaths:\n", 1);
    std::fs::write(dir.path().join("api.yaml"), moved).expect("write");
    let (old, new) = (prints(&before), prints(&sarif(dir.path())));
    assert_eq!(old.len(), 2);
    for ((old_line, old_print), (new_line, new_print)) in old.iter().zip(&new) {
        assert_eq!((old_line + 1, old_print), (*new_line, new_print));
    }
}

#[test]
fn github_says_when_its_annotation_limit_hides_findings_and_writes_a_job_summary() {
    let mut api = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n");
    for i in 0..12 {
        api.push_str(&format!(
            "  /p{i}:\n    get:\n      responses:\n        '200': {{description: ok}}\n        '405': {{description: no}}\n"
        ));
    }
    let dir = dir_with(&[("api.yaml", &api)]);
    let summary = dir.path().join("summary.md");
    let out = Test::new()
        .current_dir(dir.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["lint", "-f", "github", "api.yaml"])
        .status(0)
        .run();
    let annotations = out.stdout.lines().filter(|l| l.starts_with("::warning ")).count();
    assert_eq!(annotations, 10, "{}", out.stdout);
    assert!(
        out.stdout
            .contains("GitHub shows 10 annotations of each level per step; 2 more findings follow"),
        "{}",
        out.stdout
    );
    assert_eq!(
        out.stdout.lines().filter(|l| l.starts_with("api.yaml:")).count(),
        2,
        "{}",
        out.stdout
    );
    let markdown = std::fs::read_to_string(&summary).expect("job summary");
    assert!(markdown.contains("| [header-must]("), "{markdown}");
    assert!(markdown.contains("| warning | 12 |"), "{markdown}");
    assert!(
        markdown.contains("the other 2 findings are only below and in the log"),
        "{markdown}"
    );
    assert!(
        markdown.contains("--fail-on error: nothing at or above it, exit 0"),
        "{markdown}"
    );
}

/// A `$ref` holding ESC, BEL, a C1 control, a bidi override, and a newline that starts a forged
/// workflow command.
const HOSTILE: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /x:
    get:
      responses:
        '200': {description: ok}
        '404': {$ref: \"#/nope\\e]0;title\\a\\x85\\u202e\\n::error file=.github/workflows/ci.yml::forged\\n::add-mask::x\"}
";

#[test]
fn hostile_ref_text_is_escaped_in_every_format() {
    let dir = dir_with(&[("api.yaml", HOSTILE)]);
    let summary = dir.path().join("summary.md");
    for format in ["text", "json", "sarif", "github"] {
        // The harness fails on any raw control, C1, bidi or zero-width character in any stream.
        let out = Test::new()
            .current_dir(dir.path())
            .env("GITHUB_STEP_SUMMARY", &summary)
            .args(["lint", "-f", format, "api.yaml"])
            .status(1)
            .run();
        let shown = "\\u{1b}]0;title\\u{7}\\u{85}\\u{202e}\\u{a}::error";
        let shown = if matches!(format, "json" | "sarif") {
            shown.replace('\\', "\\\\")
        } else {
            shown.to_string()
        };
        assert!(out.stdout.contains(&shown), "{format}: {}", out.stdout);
        for line in out.stdout.lines() {
            assert!(
                !line.starts_with("::") || line.contains("title=statusgen "),
                "{format}: forged: {line}"
            );
            assert!(
                !line.contains("::add-mask::") || !line.starts_with("::add-mask"),
                "{format}: {line}"
            );
        }
    }
    let markdown = std::fs::read_to_string(&summary).expect("job summary");
    assert!(markdown.lines().all(|l| !l.starts_with("::")), "{markdown}");
    assert!(
        !markdown.contains('\u{1b}') && !markdown.contains('\u{202e}'),
        "{markdown}"
    );
}

/// docs/LINT.md's rule table and reference are generated from the rule table.
#[test]
fn the_rule_reference_in_docs_lint_md_is_current() {
    common::rule_reference_is_current("lint", "docs/LINT.md", "lint_review", None);
}
