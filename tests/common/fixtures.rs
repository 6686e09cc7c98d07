//! Helpers on top of the harness: JSON runs, reference data, the tree's all-"no" path, shells.

use std::ffi::OsStr;
use std::io::Write;
use std::process::Command;

use super::Test;

/// Runs statusgen with the arguments; asserts success and returns the stdout as JSON.
pub fn json<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(args: I) -> serde_json::Value {
    Test::new().args(args).run().json()
}

/// The data rows of a reference CSV in tests/data/reference/.
pub fn reference(name: &str) -> Vec<csv::StringRecord> {
    let path = format!("{}/tests/data/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    reader.records().map(|r| r.expect("valid CSV row")).collect()
}

/// Question texts of the all-"no" path through the decision tree, and the code it ends at.
pub fn all_no_path() -> (Vec<String>, u64) {
    let tree = json(["tree", "--format", "json"]);
    let question = |id: &str| {
        tree["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .find(|q| q["id"] == id)
            .cloned()
    };
    let mut texts = Vec::new();
    let mut id = tree["root"].as_str().expect("root").to_string();
    while let Some(q) = question(&id) {
        texts.push(q["text"].as_str().expect("text").to_string());
        id = q["no"].as_str().expect("no").to_string();
    }
    let outcome = tree["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .find(|o| o["id"] == id.as_str())
        .expect("outcome");
    (texts, outcome["code"].as_u64().expect("code"))
}

/// Whether `shell` runs here. A missing one says SKIPPED (written past the test harness's
/// capture, so it shows in `cargo test`) and fails in CI, which installs every shell but
/// PowerShell (Debian does not package it).
pub fn shell_installed(shell: &str) -> bool {
    let found = Command::new(shell)
        .arg("-c")
        .arg("exit 0")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(!ci || shell == "pwsh", "{shell} is not installed; .ci/run installs it");
        let skipped = format!("SKIPPED: {shell} is not installed, so the test that needs it did not run\n");
        let _ = std::io::stderr().write_all(skipped.as_bytes());
    }
    found
}

/// The small knowledge base of the same schema in tests/data/minimal.toml.
pub fn minimal_kb() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/minimal.toml")).expect("fixture")
}

/// Runs `script` with `shell -c` and the extra environment; asserts success, returns stdout.
pub fn shell_output(shell: &str, script: &str, env: &[(&str, &OsStr)]) -> String {
    let mut command = Command::new(shell);
    command.arg("-c").arg(script).envs(env.iter().copied());
    let output = command.output().expect("the shell runs");
    assert!(
        output.status.success(),
        "{shell} -c {script:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `(exit code, stdout, stderr)` of a run with any exit code, for tests that look at all three.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Test::new().args(args).any_status().run();
    (out.status, out.stdout, out.stderr)
}

/// Asserts one `error:` line and the exit code; returns the line.
pub fn one_line_error(args: &[&str], exit: i32) -> String {
    Test::new().args(args).status(exit).one_line_error().run().stderr
}
