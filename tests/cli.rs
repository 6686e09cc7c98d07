//! Each command and each error path, through the built binary.

mod common;

use common::{Test, json, reference};

#[test]
fn help_documents_the_exit_codes() {
    Test::new()
        .arg("--help")
        .stdout_has("Exit codes:")
        .stdout_has("130")
        .run();
}

#[test]
fn the_shortcut_and_lookup_print_the_same_card() {
    let card = Test::new().arg("422").run().stdout;
    Test::new().args(["lookup", "422"]).stdout(card.as_str()).run();
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
        let found = json(["lookup", &number.to_string(), "--format", "json"]);
        assert_eq!(found.as_array().expect("array").len(), count, "{number}: {found}");
    }
    let found = json(["lookup", "451", "--format", "json"]);
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
    let categories = json(["categories", "--format", "json"]);
    assert_eq!(categories.as_array().expect("array").len(), 5);
    for c in categories.as_array().expect("array") {
        for field in ["class", "name", "description", "count"] {
            assert!(!c[field].is_null(), "{field} missing in {c}");
        }
    }
    assert_eq!(categories[3]["class"], "4xx");
    let fours = reference("iana-status-codes.csv")
        .iter()
        .filter(|row| row[0].starts_with('4'))
        .count();
    assert_eq!(categories[3]["count"], fours, "the registry's 4xx codes");
}

#[test]
fn list_filters_by_class_and_hides_unofficial_codes_unless_asked() {
    Test::new()
        .args(["list", "4xx"])
        .stdout_has("404")
        .stdout_lacks("200")
        .stdout_lacks("nginx")
        .run();
    Test::new()
        .args(["list", "4xx", "--unofficial"])
        .stdout_has("499")
        .stdout_has("nginx")
        .run();
    let registry = reference("iana-status-codes.csv").len();
    assert_eq!(
        json(["list", "--format", "json"]).as_array().expect("array").len(),
        registry
    );
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
    let validation = json(["search", "validation", "--format", "json"]);
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
    Test::new()
        .args(["search", "xyzzyplugh"])
        .status(1)
        .one_line_error()
        .run();
}

#[test]
fn unknown_and_invalid_codes_are_one_line_errors() {
    let error = |args: &[&str], exit| Test::new().args(args).status(exit).one_line_error();
    error(&["lookup", "427"], 1)
        .stderr_has("426")
        .stderr_has("428")
        .stderr_has("statusgen list")
        .run();
    for invalid in ["600", "99", "1000", "99999999999999999999999"] {
        error(&["lookup", invalid], 2)
            .stderr_has("not a")
            .stderr_has("status code")
            .run();
    }
    error(&["lookup", ""], 2).run();
    error(&["lookup", "xyzzyplugh"], 1).run();
    error(&["lsit"], 2).run();
    error(&["list", "7xx"], 2).run();
    error(&["--color", "sometimes", "list"], 2).run();
    error(&["lookup", "404", "--format", "yaml"], 2).run();
    error(&[], 2).run();
}

#[test]
fn codes_outside_the_range_but_seen_in_the_wild_are_explained() {
    Test::new()
        .arg("999")
        .stdout_has("LinkedIn")
        .stdout_has("outside the valid range")
        .run();
}

#[cfg(unix)]
#[test]
fn invalid_utf8_arguments_are_a_clear_error() {
    use std::os::unix::ffi::OsStrExt;
    Test::new()
        .arg("lookup")
        .arg(std::ffi::OsStr::from_bytes(b"\xff\xfe"))
        .status(2)
        .one_line_error()
        .stderr_has("UTF-8")
        .run();
}

#[test]
fn colors_follow_the_flag_and_the_environment() {
    let colored = |env: &[(&str, &str)], flags: &[&str]| {
        let mut test = Test::new().default_color().args(flags).args(["lookup", "404"]);
        for (key, value) in env {
            test = test.env(key, value);
        }
        test.run().stdout_bytes.contains(&0x1b)
    };
    assert!(!colored(&[], &[]), "no escapes in a pipe");
    assert!(colored(&[], &["--color=always"]));
    assert!(colored(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(!colored(&[("CLICOLOR_FORCE", "1")], &["--color=never"]));
    assert!(!colored(&[("NO_COLOR", "1")], &[]));
    // NO_COLOR wins over CLICOLOR_FORCE, as `--help` promises; only the flag beats NO_COLOR.
    assert!(!colored(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], &[]));
    assert!(colored(
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
        &["--color=always"]
    ));
}

#[test]
fn the_last_color_flag_wins() {
    let colored = |args: &[&str]| {
        let test = Test::new().default_color().env("NO_COLOR", "1").args(args);
        test.run().stdout_bytes.contains(&0x1b)
    };
    assert!(!colored(&["--color", "always", "404", "--color", "auto"]));
    assert!(colored(&["--color", "never", "404", "--color", "always"]));
    assert!(!colored(&["--color", "always", "lookup", "404", "--color", "never"]));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    for args in [
        &["list", "--unofficial"][..],
        &["lookup", "4xx"],
        &["tree"],
        &["completions", "zsh"],
        &["man"],
        &["search", "error"],
        &["--help"],
    ] {
        // The reader goes away before anything is written.
        let output = Test::new().args(args).reader_takes(0).raw_output_ok().stderr("").run();
        assert!(output.stdout.is_empty());
    }
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_keeps_an_earlier_errors_exit_code() {
    // `statusgen lookup 404 298 | head -c 10`: 298 is unknown, reported, and the exit code kept.
    for take in [0, 10] {
        let output = Test::new()
            .args(["lookup", "404", "298"])
            .reader_takes(take)
            .status(1)
            .one_line_error()
            .stderr_has("298")
            .run();
        assert_eq!(output.stdout.len(), take);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_an_error() {
    for args in [&["--help"][..], &["lookup", "404"], &["--version"], &["tree"], &["man"]] {
        Test::new()
            .args(args)
            .stdout_to("/dev/full")
            .status(2)
            .one_line_error()
            .stderr_has("no space left")
            .run();
    }
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_is_an_error() {
    for args in [&["--help"][..], &["lookup", "404"], &["list"], &["--version"]] {
        Test::new()
            .args(args)
            .stdout_closed()
            .status(2)
            .one_line_error()
            .stderr_has("standard output is closed")
            .run();
    }
}

#[test]
fn text_from_a_data_file_cannot_drive_the_terminal() {
    let kb = common::minimal_kb();
    let hostile = kb.replace(
        "The request is malformed.",
        "Bad \\u001b]0;pwned\\u0007 \\u001b[2J \\u202e reversed",
    );
    assert_ne!(hostile, kb, "fixture text replaced");
    let line = hostile.lines().position(|l| l.contains("pwned")).expect("line") + 1;
    // Refused where it is written, and nothing raw reaches the terminal (the harness checks).
    let output = Test::new()
        .data(&hostile)
        .args(["lookup", "400", "--color", "always"])
        .status(2)
        .one_line_error()
        .stderr_has("U+001B")
        .stdout("")
        .run();
    let path = output.data.expect("the file");
    assert!(output.stderr.contains(&format!("{path}:{line}:")), "{}", output.stderr);
}
