//! Each command and each error path, through the built binary.

mod common;

use common::{assert_one_line_error, json, run, statusgen};

#[test]
fn help_documents_the_exit_codes() {
    let (code, stdout, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Exit codes:") && stdout.contains("130"), "{stdout}");
}

#[test]
fn the_shortcut_and_lookup_print_the_same_card() {
    let (code, card, _) = run(&["422"]);
    assert_eq!(code, 0);
    assert_eq!(card, run(&["lookup", "422"]).1);
    assert!(card.starts_with("422 Unprocessable Content"), "{card}");
    for section in [
        "Use it when",
        "Not when",
        "Where guides disagree",
        "Example",
        "Related",
        "Spec",
        "In code",
    ] {
        assert!(card.contains(section), "card lacks {section}");
    }
    assert!(card.contains("Unprocessable Entity"), "former name shown");
}

#[test]
fn lookup_takes_numbers_classes_and_names() {
    let codes = |args: &[&str]| -> Vec<u64> {
        json(args)
            .as_array()
            .expect("array")
            .iter()
            .map(|c| c["code"].as_u64().expect("code"))
            .collect()
    };
    assert_eq!(codes(&["lookup", "teapot", "--format", "json"]), [418]);
    assert_eq!(codes(&["lookup", "too many", "--format", "json"]), [429]);
    assert_eq!(codes(&["lookup", "Payload Too Large", "--format", "json"]), [413]);
    let class = codes(&["lookup", "3xx", "--format", "json"]);
    assert!(
        class.contains(&301) && class.contains(&308) && class.iter().all(|c| (300..400).contains(c)),
        "{class:?}"
    );
    assert_eq!(codes(&["lookup", "404", "410", "--format", "json"]), [404, 410]);
}

#[test]
fn one_number_with_several_meanings_shows_them_all() {
    for (number, count) in [(499, 2), (420, 2), (451, 2)] {
        let found = json(&["lookup", &number.to_string(), "--format", "json"]);
        assert_eq!(found.as_array().expect("array").len(), count, "{number}: {found}");
    }
    let found = json(&["lookup", "451", "--format", "json"]);
    assert_eq!(found[0]["status"], "registered", "the registry's meaning comes first");
    assert_eq!(found[1]["status"], "unofficial");
}

#[test]
fn json_has_the_documented_fields() {
    for args in [
        &["lookup", "401", "--format", "json"][..],
        &["list", "--format", "json"],
    ] {
        for code in json(args).as_array().expect("array") {
            for field in ["code", "name", "class", "summary", "status", "reference", "headers"] {
                assert!(!code[field].is_null(), "{args:?}: {field} missing in {code}");
            }
        }
    }
    let categories = json(&["categories", "--format", "json"]);
    assert_eq!(categories.as_array().expect("array").len(), 5);
    for c in categories.as_array().expect("array") {
        for field in ["class", "name", "description", "count"] {
            assert!(!c[field].is_null(), "{field} missing in {c}");
        }
    }
    assert_eq!(categories[3]["class"], "4xx");
    assert_eq!(categories[3]["count"], 29);
}

#[test]
fn list_filters_by_class_and_hides_unofficial_codes_unless_asked() {
    let (_, plain, _) = run(&["list", "4xx"]);
    assert!(
        plain.contains("404") && !plain.contains("200") && !plain.contains("nginx"),
        "{plain}"
    );
    let (_, all, _) = run(&["list", "4xx", "--unofficial"]);
    assert!(all.contains("499") && all.contains("nginx"), "{all}");
    assert_eq!(json(&["list", "--format", "json"]).as_array().expect("array").len(), 64);
}

#[test]
fn search_ranks_and_tolerates_typos() {
    let first = |words: &[&str]| {
        let mut args = vec!["search"];
        args.extend(words);
        args.extend(["--format", "json"]);
        json(&args)[0]["code"].as_u64().expect("code")
    };
    assert_eq!(first(&["too", "many"]), 429);
    assert_eq!(first(&["rate", "limit"]), 429);
    assert_eq!(first(&["gatway", "timeout"]), 504);
    assert_eq!(first(&["unprocesable"]), 422);
    assert_eq!(first(&["teapot"]), 418);
    // Everyday phrasing: function words are ignored and word forms meet ("failed", "logged").
    assert_eq!(first(&["not", "logged", "in"]), 401);
    assert_eq!(first(&["status", "code", "for", "duplicate", "email"]), 409);
    assert_eq!(first(&["redirected", "permanently"]), 301);
    assert_eq!(first(&["processing"]), 102);
    let validation = json(&["search", "validation", "--format", "json"]);
    let top: Vec<&serde_json::Value> = validation
        .as_array()
        .expect("array")
        .iter()
        .take(2)
        .map(|c| &c["code"])
        .collect();
    assert!(
        top.contains(&&serde_json::json!(422)) && top.contains(&&serde_json::json!(400)),
        "{top:?}"
    );
    let (code, _, _) = run(&["search", "xyzzyplugh"]);
    assert_eq!(code, 1);
}

#[test]
fn unknown_and_invalid_codes_are_one_line_errors() {
    let unknown = assert_one_line_error(&["lookup", "427"], 1);
    assert!(
        unknown.contains("426") && unknown.contains("428") && unknown.contains("statusgen list"),
        "{unknown}"
    );
    for invalid in ["600", "99", "1000", "99999999999999999999999"] {
        let message = assert_one_line_error(&["lookup", invalid], 2);
        assert!(
            message.contains("not a") && message.contains("status code"),
            "{message}"
        );
    }
    assert_one_line_error(&["lookup", ""], 2);
    assert_one_line_error(&["lookup", "xyzzyplugh"], 1);
    assert_one_line_error(&["lsit"], 2);
    assert_one_line_error(&["list", "7xx"], 2);
    assert_one_line_error(&["--color", "sometimes", "list"], 2);
    assert_one_line_error(&["lookup", "404", "--format", "yaml"], 2);
    assert_one_line_error(&[], 2);
}

#[test]
fn codes_outside_the_range_but_seen_in_the_wild_are_explained() {
    let (code, card, _) = run(&["999"]);
    assert_eq!(code, 0);
    assert!(
        card.contains("LinkedIn") && card.contains("outside the valid range"),
        "{card}"
    );
}

#[cfg(unix)]
#[test]
fn invalid_utf8_arguments_are_a_clear_error() {
    use std::os::unix::ffi::OsStrExt;
    let output = statusgen()
        .arg("lookup")
        .arg(std::ffi::OsStr::from_bytes(b"\xff\xfe"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: ") && stderr.lines().count() == 1 && stderr.contains("UTF-8"),
        "{stderr}"
    );
}

#[test]
fn colors_follow_the_flag_and_the_environment() {
    let has_escape = |cmd: &mut assert_cmd::Command| cmd.output().expect("runs").stdout.contains(&0x1b);
    let base = || {
        let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_statusgen"));
        cmd.env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .args(["lookup", "404"]);
        cmd
    };
    assert!(!has_escape(&mut base()), "no escapes in a pipe");
    assert!(has_escape(base().arg("--color=always")));
    assert!(has_escape(base().env("CLICOLOR_FORCE", "1")));
    assert!(!has_escape(base().env("CLICOLOR_FORCE", "1").arg("--color=never")));
    assert!(!has_escape(base().env("NO_COLOR", "1")));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    for args in [
        &["list", "--unofficial"][..],
        &["lookup", "4xx"],
        &["tree"],
        &["completions", "zsh"],
        &["man"],
        &["search", "error"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_statusgen"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        drop(child.stdout.take()); // the reader goes away before anything is written
        let output = child.wait_with_output().expect("exits");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn text_from_a_data_file_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hostile.toml");
    let kb = common::minimal_kb();
    let hostile = kb.replace(
        "The request is malformed.",
        "Bad \\u001b]0;pwned\\u0007 \\u001b[2J \\u202e reversed",
    );
    assert_ne!(hostile, kb, "fixture text replaced");
    std::fs::write(&path, &hostile).expect("write");
    let line = hostile.lines().position(|l| l.contains("pwned")).expect("line") + 1;
    let output = statusgen()
        .args([
            "--data",
            path.to_str().expect("utf-8"),
            "lookup",
            "400",
            "--color",
            "always",
        ])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty());
    // Refused where it is written, and nothing raw reaches the terminal.
    assert!(stderr.contains(&format!("hostile.toml:{line}:")), "{stderr}");
    assert!(stderr.contains("U+001B"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') || stderr.starts_with("\u{1b}["),
        "{stderr:?}"
    );
    assert!(!stderr.contains('\u{7}') && !stderr.contains('\u{202e}'), "{stderr:?}");
}
