//! The one way tests run the binary: fixed environment, no colors unless a test asks.
#![allow(dead_code)]

use assert_cmd::Command;

pub fn statusgen() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_statusgen"));
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("STATUSGEN_DATA")
        .env("COLUMNS", "80")
        .arg("--color=never");
    cmd
}

/// Runs statusgen and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let output = statusgen().args(args).output().expect("statusgen runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Runs statusgen with `--format json` output parsed.
pub fn json(args: &[&str]) -> serde_json::Value {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "{args:?} failed: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?} printed invalid JSON ({e}): {stdout}"))
}

/// Asserts a failure is one `error:` line on stderr with the given exit code.
pub fn assert_one_line_error(args: &[&str], exit: i32) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, exit, "{args:?}: stdout={stdout} stderr={stderr}");
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{args:?}: not one line: {stderr:?}");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr:?}");
    stderr
}

/// The data rows of a reference CSV in tests/data/reference/.
pub fn reference(name: &str) -> Vec<csv::StringRecord> {
    let path = format!("{}/tests/data/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    reader.records().map(|r| r.expect("valid CSV row")).collect()
}

/// Question texts of the all-"no" path through the decision tree, and the code it ends at.
pub fn all_no_path() -> (Vec<String>, u64) {
    let tree = json(&["tree", "--format", "json"]);
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

/// Whether `shell` is installed. Outside CI a missing shell skips the test that needs it; CI
/// (`CI=true`) installs zsh and fish, so there a missing shell is a failure.
pub fn shell_installed(shell: &str) -> bool {
    let found = std::process::Command::new(shell)
        .arg("-c")
        .arg("exit 0")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{shell} is not installed; .ci/run installs it"
        );
        eprintln!("skipping: {shell} is not installed");
    }
    found
}

/// The small knowledge base of the same schema in tests/data/minimal.toml.
pub fn minimal_kb() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/minimal.toml")).expect("fixture")
}

/// Runs `script` with `shell -c` and the extra environment; asserts success, returns stdout.
pub fn shell_output(shell: &str, script: &str, env: &[(&str, &std::ffi::OsStr)]) -> String {
    let mut command = std::process::Command::new(shell);
    command.arg("-c").arg(script).envs(env.iter().copied());
    let output = command.output().expect("the shell runs");
    assert!(
        output.status.success(),
        "{shell} -c {script:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
