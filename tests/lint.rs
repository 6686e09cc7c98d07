//! `statusgen lint`: every rule on its failing and passing fixture, the output formats, exit
//! codes, configuration and inputs that cannot be read.

mod common;

use std::path::{Path, PathBuf};

use common::{Test, one_line_error, run};
use serde_json::Value;

fn data(name: &str) -> String {
    format!("{}/tests/data/lint/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `statusgen lint --format json ARGS` and returns (exit code, findings, stderr).
fn lint_json(args: &[&str]) -> (i32, Vec<Value>, String) {
    let mut all = vec!["lint", "--format", "json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run(&all);
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    let findings: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"));
    (code, findings.as_array().expect("an array").clone(), stderr)
}

fn rules_of(findings: &[Value]) -> Vec<&str> {
    findings.iter().map(|f| f["rule"].as_str().expect("rule")).collect()
}

/// (rule, default severity, the status code concerned, extra arguments)
const RULES: &[(&str, &str, Option<u16>, &[&str])] = &[
    ("code-invalid", "error", None, &[]),
    ("code-deprecated", "warning", Some(305), &[]),
    ("code-unofficial", "warning", Some(499), &[]),
    ("code-unassigned", "warning", Some(299), &[]),
    ("header-must", "warning", Some(401), &[]),
    ("header-should", "warning", Some(301), &[]),
    ("header-may", "info", Some(429), &[]),
    ("header-conditional", "info", Some(413), &["--profile", "strict"]),
    ("content-forbidden", "error", Some(204), &[]),
    ("create-without-201", "warning", Some(200), &[]),
    ("created-wrong-method", "warning", Some(201), &[]),
    ("description-mismatch", "warning", Some(404), &[]),
    ("unauthorized-permission", "warning", Some(401), &[]),
    ("webdav-status", "warning", Some(207), &[]),
    ("no-error-responses", "warning", Some(400), &[]),
    ("accepted-beside-2xx", "info", Some(202), &[]),
    ("switching-beside-2xx", "info", Some(101), &[]),
    ("no-success", "warning", None, &[]),
    ("success-error-envelope", "warning", Some(200), &[]),
    ("coverage-401", "info", Some(401), &["--profile", "strict"]),
    ("coverage-404", "info", Some(404), &["--profile", "strict"]),
    ("coverage-400", "info", Some(400), &["--profile", "strict"]),
    ("coverage-4xx", "info", Some(400), &["--profile", "strict"]),
    ("problem-json", "info", Some(400), &["--profile", "strict"]),
    ("validation-mixed", "info", Some(422), &[]),
    ("prefer-303-307", "info", Some(302), &[]),
    ("ref-unresolved", "error", None, &[]),
    ("ref-cycle", "error", None, &[]),
    ("duplicate-key", "error", None, &[]),
];

#[test]
fn every_rule_fires_on_its_failing_fixture_and_not_on_its_passing_one() {
    for (rule, severity, code, extra) in RULES {
        let fail = data(&format!("rules/{rule}-fail.yaml"));
        let mut args: Vec<&str> = extra.to_vec();
        args.push(&fail);
        let (_, findings, stderr) = lint_json(&args);
        let concerned = |f: &&Value| code.is_none_or(|c| f["code"] == c);
        let hit = findings.iter().filter(|f| f["rule"] == *rule).find(concerned);
        let hit = hit.unwrap_or_else(|| panic!("{rule}: not reported on its fixture: {findings:?} {stderr}"));
        assert_eq!(hit["severity"], *severity, "{rule}");
        assert_eq!(hit["code"].as_u64().map(|c| c as u16), *code, "{rule}: {hit}");
        assert!(hit["line"].as_u64().is_some_and(|l| l > 3), "{rule}: {hit}");
        assert!(
            hit["pointer"].as_str().is_some_and(|p| p.starts_with('/')),
            "{rule}: {hit}"
        );

        let pass = data(&format!("rules/{rule}-pass.yaml"));
        let mut args: Vec<&str> = extra.to_vec();
        args.push(&pass);
        let (_, findings, _) = lint_json(&args);
        let wrong = findings.iter().filter(|f| f["rule"] == *rule).find(concerned);
        assert!(wrong.is_none(), "{rule}: reported on the passing fixture: {wrong:?}");
    }
}

#[test]
fn every_rule_is_explained_with_its_card() {
    for (rule, severity, ..) in RULES {
        let (code, stdout, stderr) = run(&["lint", "--explain", rule]);
        assert_eq!(code, 0, "{rule}: {stderr}");
        assert!(stdout.starts_with(&format!("{rule}: ")), "{stdout}");
        assert!(stdout.contains(&format!("default severity: {severity}")), "{stdout}");
        assert!(stdout.contains("see: statusgen lookup "), "{stdout}");
    }
    let error = one_line_error(&["lint", "--explain", "no-such-rule"], 2);
    assert!(
        error.contains("unknown rule `no-such-rule`") && error.contains("header-must"),
        "{error}"
    );
}

#[test]
fn strict_rules_are_off_in_the_recommended_profile() {
    let (_, findings, _) = lint_json(&[&data("rules/coverage-401-fail.yaml")]);
    assert!(
        !rules_of(&findings).iter().any(|r| r.starts_with("coverage-")),
        "{findings:?}"
    );
    let (_, findings, _) = lint_json(&[&data("rules/header-conditional-fail.yaml")]);
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn findings_point_at_the_key_in_yaml_and_json() {
    let (_, findings, _) = lint_json(&[&data("rules/header-must-fail.yaml")]);
    let f = &findings[0];
    assert_eq!((f["line"].as_u64(), f["column"].as_u64()), (Some(8), Some(9)), "{f}");
    assert_eq!(f["pointer"], "/paths/~1things/get/responses/401");
    assert!(f["file"].as_str().expect("file").ends_with("header-must-fail.yaml"));
    let (_, findings, _) = lint_json(&[&data("swagger2.json")]);
    let f = findings
        .iter()
        .find(|f| f["rule"] == "header-must")
        .expect("401 without WWW-Authenticate");
    assert_eq!((f["line"].as_u64(), f["column"].as_u64()), (Some(11), Some(11)), "{f}");
    assert_eq!(f["pointer"], "/paths/~1pets~1{id}/get/responses/401");
}

#[test]
fn text_output_has_the_source_line_a_caret_the_card_and_a_summary() {
    let file = data("rules/header-must-fail.yaml");
    let (code, stdout, _) = run(&["lint", &file]);
    assert_eq!(code, 0);
    let expected = format!(
        "{file}:8:9: warning[header-must]: 401 response does not declare WWW-Authenticate (MUST, RFC 9110 §15.5.2, \
         §11.6.1): Send at least one challenge that applies to the target resource, so the client knows how to \
         authenticate.\n  |\n8 |         '401': {{description: who are you}}\n  |         ^^^^^\n  = see: statusgen lookup \
         401\n\n0 errors, 1 warning, 0 info in 1 file\n  header-must  warning  1\n--fail-on error: nothing at or above \
         it, exit 0\n"
    );
    assert_eq!(stdout, expected);
    let (code, stdout, _) = run(&["lint", "--fail-on", "warning", &file]);
    assert_eq!(code, 1);
    assert!(
        stdout.ends_with("--fail-on warning: 1 finding at or above it, exit 1\n"),
        "{stdout}"
    );
    let (_, colored, _) = run(&["lint", "--color=always", &data("rules/content-forbidden-fail.yaml")]);
    assert!(colored.contains("\u{1b}[1;31merror"), "{colored:?}");
}

#[test]
fn exit_codes_follow_fail_on() {
    let warn = data("rules/code-deprecated-fail.yaml");
    assert_eq!(run(&["lint", &warn]).0, 0, "a warning is below the default threshold");
    assert_eq!(run(&["lint", "--fail-on", "warning", &warn]).0, 1);
    assert_eq!(
        run(&["lint", "--fail-on", "error", &data("rules/content-forbidden-fail.yaml")]).0,
        1
    );
    assert_eq!(
        run(&["lint", &data("rules/header-must-fail.yaml")]).0,
        0,
        "a MUST header not declared is a warning: the document does not show the server omits it"
    );
    let clean = data("rules/header-must-pass.yaml");
    let (code, stdout, _) = run(&["lint", "--fail-on", "info", &clean]);
    assert_eq!((code, stdout.as_str()), (0, "no findings in 1 file\n"));
}

#[test]
fn severity_and_disable_change_findings() {
    let file = data("rules/header-must-fail.yaml");
    let (code, findings, _) = lint_json(&["--severity", "header-must=warning", &file]);
    assert_eq!((code, findings[0]["severity"].as_str()), (0, Some("warning")));
    let (code, findings, _) = lint_json(&["--disable", "header-must", &file]);
    assert_eq!((code, findings.len()), (0, 0));
    let (_, findings, _) = lint_json(&[
        "--severity",
        "coverage-4xx=warning",
        &data("rules/coverage-4xx-fail.yaml"),
    ]);
    assert!(
        rules_of(&findings).contains(&"coverage-4xx"),
        "naming a strict rule turns it on"
    );
    one_line_error(&["lint", "--disable", "nope", &file], 2);
    one_line_error(&["lint", "--severity", "header-must=loud", &file], 2);
    one_line_error(&["lint", "--severity", "header-must", &file], 2);
}

#[test]
fn validation_convention() {
    let file = data("rules/validation-mixed-fail.yaml");
    let (_, findings, _) = lint_json(&[&file]);
    let mixed: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "validation-mixed").collect();
    assert_eq!(mixed.len(), 1, "{findings:?}");
    let message = mixed[0]["message"].as_str().expect("message");
    assert!(message.contains("validation-mixed-fail.yaml:9") && message.contains("validation-mixed-fail.yaml:14"));
    let (_, findings, _) = lint_json(&["--validation", "400", &file]);
    let f = findings
        .iter()
        .find(|f| f["rule"] == "validation-mixed")
        .expect("422 reported");
    assert_eq!(f["code"], 422);
    let (_, findings, _) = lint_json(&["--validation", "422", &data("rules/validation-mixed-pass.yaml")]);
    assert!(!rules_of(&findings).contains(&"validation-mixed"), "{findings:?}");
    let (_, findings, _) = lint_json(&["--validation", "422", &file]);
    let f = findings
        .iter()
        .find(|f| f["rule"] == "validation-mixed")
        .expect("400 reported");
    assert_eq!((f["code"].as_u64(), f["line"].as_u64()), (Some(400), Some(9)));
}

fn temp_dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

fn lint_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Test::new().current_dir(dir).arg("lint").args(args).any_status().run();
    (out.status, out.stdout, out.stderr)
}

#[test]
fn statusgen_toml_is_found_upward_and_can_be_named() {
    let api = std::fs::read_to_string(data("rules/code-deprecated-fail.yaml")).expect("fixture");
    let config =
        "[lint]\nfail-on = \"warning\"\ndisable = [\"code-unassigned\"]\n[lint.severity]\nheader-may = \"off\"\n";
    let dir = temp_dir_with(&[("statusgen.toml", config), ("specs/deep/api.yaml", &api)]);
    let deep = dir.path().join("specs/deep");
    assert_eq!(
        lint_in(&deep, &["api.yaml"]).0,
        1,
        "fail-on = warning from the parent's statusgen.toml"
    );
    assert_eq!(
        lint_in(&deep, &["--fail-on", "error", "api.yaml"]).0,
        0,
        "the command line wins"
    );
    let other = temp_dir_with(&[("strict.toml", "[lint]\nprofile = \"strict\"\n"), ("api.yaml", &api)]);
    let (_, stdout, _) = lint_in(
        other.path(),
        &["--config", "strict.toml", "--format", "json", "api.yaml"],
    );
    assert!(stdout.contains("coverage-4xx"), "{stdout}");
    let bad = temp_dir_with(&[
        ("statusgen.toml", "[lint]\nfail_on = \"warning\"\n"),
        ("api.yaml", &api),
    ]);
    let (code, _, stderr) = lint_in(bad.path(), &["api.yaml"]);
    assert_eq!((code, stderr.lines().count()), (2, 1), "{stderr}");
    assert!(stderr.contains("unknown field `fail_on`"), "{stderr}");
    let unknown_rule = temp_dir_with(&[("statusgen.toml", "[lint]\ndisable = [\"nope\"]\n"), ("api.yaml", &api)]);
    let (code, _, stderr) = lint_in(unknown_rule.path(), &["api.yaml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown rule `nope`"), "{stderr}");
    let (code, _, stderr) = lint_in(other.path(), &["--config", "missing.toml", "api.yaml"]);
    assert_eq!((code, stderr.lines().count()), (2, 1), "{stderr}");
}

#[test]
fn refs_across_files_missing_targets_and_cycles() {
    let (_, findings, _) = lint_json(&[&data("rules/ref-unresolved-fail.yaml")]);
    let broken: Vec<&str> = findings
        .iter()
        .filter(|f| f["rule"] == "ref-unresolved")
        .map(|f| f["message"].as_str().expect("message"))
        .collect();
    assert_eq!(broken.len(), 2, "{findings:?}");
    assert!(
        broken[0].contains("#/components/responses/Nope") && broken[1].contains("missing.yaml"),
        "{broken:?}"
    );
    let (_, findings, _) = lint_json(&[&data("rules/ref-cycle-fail.yaml")]);
    assert_eq!(rules_of(&findings), ["ref-cycle"]);
    // A description split over files: the finding is in the file that has the response.
    let (code, findings, _) = lint_json(&[&data("split/api.yaml")]);
    assert_eq!(code, 0, "warnings only");
    let f = findings
        .iter()
        .find(|f| f["rule"] == "header-must")
        .expect("405 without Allow");
    assert!(
        f["file"].as_str().expect("file").ends_with("split/paths/things.yaml"),
        "{f}"
    );
    assert_eq!(
        (f["line"].as_u64(), f["pointer"].as_str()),
        (Some(5), Some("/get/responses/405"))
    );
    assert!(
        rules_of(&findings).contains(&"header-should"),
        "the shared 301 in a third file: {findings:?}"
    );
}

#[test]
fn bad_inputs_are_one_line_errors_with_exit_2() {
    let dir = temp_dir_with(&[
        ("latin1.yaml", "openapi: 3.0.0\ninfo: {title: caf\u{e9}}\n"),
        ("nested.json", &"[".repeat(50_000)),
        ("nested.yaml", &("- ".repeat(2_000) + "x")),
        ("list.yaml", "- a\n- b\n"),
        ("not.json", "{\"openapi\": \"3.0.0\", }"),
        ("plain.txt", "just: [some, yaml\n"),
        ("other.yaml", "name: not an api\n"),
        (
            "flow.yaml",
            "openapi: 3.0.0\nx-example: {\n  \"a\": {},\n  \"b\": {}\n}\npaths: {}\n",
        ),
    ]);
    std::fs::write(
        dir.path().join("latin1.yaml"),
        b"openapi: 3.0.0\ninfo: {title: caf\xe9}\n",
    )
    .expect("write");
    let cases = [
        ("latin1.yaml", "not UTF-8"),
        ("nested.json", "nesting deeper than"),
        ("nested.yaml", "nesting deeper than"),
        ("list.yaml", "not an OpenAPI document"),
        ("not.json", "invalid JSON at line 1"),
        ("plain.txt", "invalid YAML"),
        ("other.yaml", "no `openapi` or `swagger` key"),
        ("flow.yaml", "a closing bracket must be indented past its key"),
        (".", "is a directory"),
        ("missing.yaml", "no such file"),
    ];
    for (name, expected) in cases {
        let path = dir.path().join(name);
        let error = one_line_error(&["lint", path.to_str().expect("utf-8")], 2);
        assert!(error.contains(expected), "{name}: {error}");
    }
    // A FIFO is refused without being opened (opening would wait for a writer).
    let fifo = dir.path().join("pipe");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let error = one_line_error(&["lint", fifo.to_str().expect("utf-8")], 2);
        assert!(error.contains("not a regular file"), "{error}");
    }
    // The good file still gets its findings; the bad one makes the exit 2.
    let (code, stdout, stderr) = run(&["lint", &data("rules/header-must-fail.yaml"), "/nonexistent.yaml"]);
    assert_eq!(code, 2);
    assert!(stdout.contains("warning[header-must]") && stderr.contains("/nonexistent.yaml: no such file"));
}

#[test]
fn stdin_is_read_for_a_dash() {
    let text = std::fs::read(data("rules/header-must-fail.yaml")).expect("fixture");
    let output = Test::new()
        .args(["lint", "--format", "json", "-"])
        .stdin(text)
        .status(0)
        .run();
    let findings = output.json();
    assert_eq!(findings[0]["file"], "<stdin>");
    assert_eq!(findings[0]["line"], 8);
}

#[test]
fn json_findings_have_exactly_the_documented_fields() {
    let (_, findings, _) = lint_json(&[&data("rules/code-invalid-fail.yaml")]);
    let invalid = findings
        .iter()
        .find(|f| f["rule"] == "code-invalid")
        .expect("code-invalid");
    let keys: Vec<&str> = invalid
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "rule", "severity", "file", "line", "column", "pointer", "code", "message",
    ];
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    assert!(invalid["code"].is_null(), "an invalid key concerns no code");
}

#[test]
fn github_annotations_escape_what_github_requires() {
    let dir = temp_dir_with(&[(
        "a,b:c.yaml",
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        \"2%0\\n\\u202e\": {description: d}\n        '401': {description: d}\n",
    )]);
    let path = dir.path().join("a,b:c.yaml");
    let (code, stdout, _) = run(&["lint", "--format", "github", path.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with("::warning file=") && lines[0].contains("title=statusgen no-success::"));
    assert!(lines[1].starts_with("::error file="), "{stdout}");
    assert!(
        lines[1].contains("a%2Cb%3Ac.yaml,line=7,col=9,title=statusgen code-invalid::"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("`2%250\\u{a}\\u{202e}`"),
        "escaped and shown: {}",
        lines[1]
    );
    assert!(!stdout.contains('\u{202e}'));
    assert!(
        lines[2].starts_with("::warning ") && lines[2].ends_with("(see: statusgen lookup 401)"),
        "{stdout}"
    );
}

#[test]
fn hostile_text_is_escaped_in_the_text_report() {
    let dir = temp_dir_with(&[(
        "api.yaml",
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /x/{id}: {}\n  /x:\n    post:\n      operationId: \"create\\e[2J\\u200bIt\"\n      responses:\n        '200': {description: d}\n        \"\\u202eOK\": {description: d}\n",
    )]);
    let (_, stdout, _) = lint_in(dir.path(), &["api.yaml"]);
    assert!(
        stdout.contains("\\u{1b}[2J\\u{200b}It") && stdout.contains("\\u{202e}OK"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}') && !stdout.contains('\u{200b}'));
}

#[test]
fn sarif_has_the_shape_of_sarif_2_1_0() {
    let file = data("rules/header-must-fail.yaml");
    let (code, stdout, _) = run(&["lint", "--format", "sarif", &file]);
    assert_eq!(code, 0);
    let log: Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "statusgen");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), RULES.len());
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "header-must");
    assert_eq!(
        rules[result["ruleIndex"].as_u64().expect("index") as usize]["id"],
        "header-must"
    );
    assert_eq!(result["level"], "warning");
    let location = &result["locations"][0]["physicalLocation"];
    assert!(
        location["artifactLocation"]["uri"]
            .as_str()
            .expect("uri")
            .starts_with("file:///")
    );
    assert_eq!(location["region"]["startLine"], 8);
    assert_eq!(location["region"]["startColumn"], 9);
    // Checked against the official schema when it is at hand (see the README's lint section).
    if let Some(schema) = std::env::var_os("SARIF_SCHEMA").map(PathBuf::from) {
        validate_with_python(&schema, &stdout);
    }
}

fn validate_with_python(schema: &Path, log: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let log_path = dir.path().join("log.sarif");
    std::fs::write(&log_path, log).expect("write");
    let script =
        "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))";
    let status = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(schema)
        .arg(&log_path)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "the SARIF log does not validate");
}

#[test]
fn a_header_rule_added_to_the_teams_knowledge_base_is_checked() {
    let kb = std::fs::read_to_string(data("team-kb.toml")).expect("fixture");
    let dir = temp_dir_with(&[("team.toml", &kb)]);
    let team = dir.path().join("team.toml");
    let file = data("rules/header-may-pass.yaml");
    let (_, findings, _) = lint_json(&[&file]);
    assert!(findings.is_empty(), "{findings:?}");
    let (code, findings, stderr) = lint_json(&["--data", team.to_str().expect("utf-8"), "--fail-on", "warning", &file]);
    assert_eq!(code, 1, "{stderr}");
    let f = findings
        .iter()
        .find(|f| f["rule"] == "header-must")
        .expect("the team's MUST");
    assert!(
        f["message"].as_str().expect("message").contains("RateLimit-Policy"),
        "{f}"
    );
}

#[test]
fn real_descriptions() {
    let count = |findings: &[Value], rule: &str| findings.iter().filter(|f| f["rule"] == rule).count();
    // Carbone: one shared 401 without a challenge, reported once at the component for the five
    // operations that use it; its `success` flags are not reported (it declares 4xx codes).
    let (code, findings, stderr) = lint_json(&[&data("real/carbone.json")]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(count(&findings, "header-must"), 1);
    let shared = findings
        .iter()
        .find(|f| f["rule"] == "header-must")
        .expect("header-must");
    assert_eq!(shared["pointer"], "/components/responses/UnauthorizedError", "{shared}");
    assert!(
        shared["message"]
            .as_str()
            .is_some_and(|m| m.contains("the 5 operations")),
        "{shared}"
    );
    assert_eq!(count(&findings, "success-error-envelope"), 0);
    assert_eq!(count(&findings, "validation-mixed"), 1);
    // POST /template ("Upload a template") beside /template/{id}: its summary does not say create.
    assert_eq!(count(&findings, "create-without-201"), 0);
    assert_eq!(findings.len(), 2, "{findings:?}");
    let first = &findings[0];
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64(), first["code"].as_u64()),
        (Some(1), Some(6662), Some(422))
    );
    // Nexmo: 420 (Twitter's "Enhance Your Calm") for rate limits.
    let (_, findings, _) = lint_json(&[&data("real/nexmo-conversion.json")]);
    let unofficial: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "code-unofficial").collect();
    assert_eq!(unofficial.len(), 2);
    assert_eq!(
        (unofficial[0]["line"].as_u64(), unofficial[0]["column"].as_u64()),
        (Some(1), Some(2387))
    );
    assert!(unofficial[0]["message"].as_str().expect("message").contains("Twitter"));
    // etcd's election API (grpc-gateway): a stream's in-band `error` frame is no envelope.
    let (code, findings, _) = lint_json(&[&data("real/etcd-v3election.json")]);
    assert_eq!((code, findings.len()), (0, 0), "{findings:?}");
    // Semaphore: one 401 without a challenge, two 302s without Location, one create answering 200.
    let (code, findings, _) = lint_json(&[&data("real/semaphore.yml")]);
    assert_eq!(code, 0);
    let warnings: Vec<(&str, u64)> = findings
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| (f["rule"].as_str().expect("rule"), f["line"].as_u64().expect("line")))
        .collect();
    assert_eq!(
        warnings,
        [
            ("header-must", 1020),
            ("header-should", 1086),
            ("header-should", 1102),
            ("create-without-201", 1617)
        ]
    );
    // NASA's APOD: nothing to say.
    let (code, findings, _) = lint_json(&[&data("real/nasa-apod.json")]);
    assert_eq!((code, findings.len()), (0, 0));
}

#[test]
fn a_post_to_a_collection_creates_whatever_its_operation_id() {
    let (_, findings, _) = lint_json(&[&data("rules/create-without-201-collections.yaml")]);
    let flagged: Vec<&str> = findings
        .iter()
        .filter(|f| f["rule"] == "create-without-201")
        .map(|f| f["pointer"].as_str().expect("pointer"))
        .collect();
    // Collections known from their item paths, with or without a plain operationId; verbs at
    // word boundaries. Not: a POST to a path with no item path, a verb-named action (searchUsers),
    // a GET named create…, a token issued, several labels added, an update on a plural path, an
    // RPC action on an existing thing, an upsert, a PUT that says add.
    assert_eq!(
        flagged,
        [
            "/paths/~1businessLines/post/responses/200",
            "/paths/~1legalEntities/post/responses/200",
            "/paths/~1pet/post/responses/200",
            "/paths/~1store~1order/post/responses/200",
            "/paths/~1projects~1{id}~1members/post/responses/200",
        ],
        "{findings:?}"
    );
}

#[test]
fn a_get_only_header_rule_is_not_asked_of_a_post() {
    let (_, findings, _) = lint_json(&["--profile", "strict", &data("rules/header-conditional-post.yaml")]);
    let conditional: Vec<&str> = findings
        .iter()
        .filter(|f| f["rule"] == "header-conditional")
        .map(|f| f["pointer"].as_str().expect("pointer"))
        .collect();
    // ETag and Last-Modified ("On GET or HEAD, …") for the GET's 200 only.
    assert_eq!(conditional.len(), 2, "{findings:?}");
    assert!(conditional.iter().all(|p| p.contains("/get/")), "{conditional:?}");
}

#[test]
fn json_and_sarif_escape_what_could_act_on_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rtl.yaml");
    let api = "openapi: 3.0.0\ninfo: {title: t, version: \"1\"}\npaths:\n  \"/u\\u202e\\u200b\\x85\\x7f\":\n    get:\n      responses:\n        \"999\": {description: x}\n";
    std::fs::write(&path, api).expect("write");
    for format in ["json", "sarif"] {
        // The harness fails the run if any stream carries such a character raw.
        let out = Test::new()
            .args(["lint", "--format", format, path.to_str().expect("utf-8")])
            .any_status()
            .run();
        // Escaped before JSON: a consumer that prints the decoded string shows `\u{202e}`.
        assert!(out.stdout.contains("\\\\u{202e}"), "{format}: {}", out.stdout);
    }
}

#[test]
fn a_settings_file_that_is_not_a_regular_file_is_refused_at_once() {
    let file = data("rules/header-must-fail.yaml");
    for config in ["/dev/zero", env!("CARGO_MANIFEST_DIR")] {
        let message = one_line_error(&["lint", "--config", config, &file], 2);
        assert!(
            message.contains("not a regular file") || message.contains("directory"),
            "{message}"
        );
    }
}

#[test]
fn refs_outside_the_working_directory_and_the_document_are_not_read() {
    let api = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths:\n  /a:\n    get:\n      responses:\n        \"200\": {$ref: \"/etc/passwd#/x\"}\n        \"404\": {$ref: \"../../../../../../etc/hostname#/y\"}\n";
    let dir = temp_dir_with(&[("specs/api.yaml", api)]);
    let (_, findings, _) = {
        let (code, stdout, stderr) = lint_in(dir.path(), &["--format", "json", "specs/api.yaml"]);
        let findings: Vec<Value> = serde_json::from_str(&stdout).expect("json");
        (code, findings, stderr)
    };
    let outside: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "ref-unresolved").collect();
    assert_eq!(outside.len(), 2, "{findings:?}");
    assert!(
        outside
            .iter()
            .all(|f| f["message"].as_str().is_some_and(|m| m.contains("outside"))),
        "{outside:?}"
    );
    // Nothing of those files is quoted.
    assert!(
        !serde_json::to_string(&findings).expect("json").contains("root:"),
        "{findings:?}"
    );
}

#[test]
fn a_303_without_location_is_a_warning_because_the_knowledge_base_marks_it_essential() {
    let (_, findings, _) = lint_json(&[&data("rules/header-should-fail.yaml")]);
    let see_other = findings
        .iter()
        .find(|f| f["code"] == 303)
        .unwrap_or_else(|| panic!("303 reported: {findings:?}"));
    assert_eq!(
        (see_other["rule"].as_str(), see_other["severity"].as_str()),
        (Some("header-should"), Some("warning"))
    );
    assert!(
        see_other["message"]
            .as_str()
            .is_some_and(|m| m.contains("advice") && m.contains("points nowhere")),
        "{see_other}"
    );
}

/// A 416 asks for Content-Range only where a range request can be: on GET (RFC 9110 §14.2).
#[test]
fn content_range_on_416_only_for_get() {
    let codes = |name: &str| -> Vec<u64> {
        let (_, findings, _) = lint_json(&[&data(&format!("rules/header-should-{name}.yaml"))]);
        findings
            .iter()
            .filter(|f| f["rule"] == "header-should")
            .filter_map(|f| f["code"].as_u64())
            .collect()
    };
    assert!(codes("fail").contains(&416), "a GET's 416 without Content-Range");
    assert!(!codes("pass").contains(&416), "a PUT's 416 is no range answer");
}

/// A shared response described for the code it was written for ("Internal Server Error" for
/// `default`) and reused under a 404: the mismatch is reported where it is reused.
#[test]
fn a_description_mismatch_is_reported_at_the_reuse() {
    let dir = temp_dir_with(&[(
        "api.yaml",
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n        default: {$ref: '#/components/responses/ServerError'}\n  /b:\n    put:\n      responses:\n        '204': {description: done}\n        '404': {$ref: '#/components/responses/ServerError'}\ncomponents:\n  responses:\n    ServerError: {description: Internal Server Error}\n",
    )]);
    let path = dir.path().join("api.yaml");
    let (_, findings, _) = lint_json(&[path.to_str().expect("utf-8")]);
    let found: Vec<&str> = findings
        .iter()
        .filter(|f| f["rule"] == "description-mismatch")
        .map(|f| f["pointer"].as_str().expect("pointer"))
        .collect();
    assert_eq!(found, ["/paths/~1b/put/responses/404"], "{findings:?}");
}

/// Swagger 2.0's `schema: {type: 'null'}` on a 204 is a generator's "no content", not content;
/// any other schema there is.
#[test]
fn a_null_schema_on_a_204_is_no_content() {
    let doc = |schema: &str| {
        format!(
            "swagger: '2.0'\ninfo: {{title: t, version: '1'}}\nproduces: [application/json]\npaths:\n  /c/{{id}}:\n    delete:\n      parameters: [{{name: id, in: path, required: true, type: string}}]\n      responses:\n        '204':\n          description: deleted\n          schema: {{type: {schema}}}\n"
        )
    };
    let dir = temp_dir_with(&[("null.yaml", &doc("'null'")), ("object.yaml", &doc("object"))]);
    let rules = |name: &str| -> Vec<String> {
        let path = dir.path().join(name);
        let (_, findings, _) = lint_json(&[path.to_str().expect("utf-8")]);
        findings
            .iter()
            .map(|f| f["rule"].as_str().expect("rule").to_string())
            .collect()
    };
    assert!(!rules("null.yaml").contains(&"content-forbidden".to_string()));
    assert!(rules("object.yaml").contains(&"content-forbidden".to_string()));
}
