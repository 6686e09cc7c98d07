//! `statusgen WORDS…`: a phrase names the code `search` ranks first, or nothing with a hint;
//! a class lists its codes; `vs` compares; flags count before the command.

mod common;

use common::{json, one_line_error, run};

/// The first line of what `statusgen ARGS…` prints, with its exit code.
fn first_line(args: &[&str]) -> (i32, String) {
    let (code, stdout, stderr) = run(args);
    let text = if stdout.is_empty() { stderr } else { stdout };
    (code, text.lines().next().unwrap_or("").to_string())
}

#[test]
fn words_from_the_issue_name_the_right_card() {
    let cases: &[(&[&str], &str)] = &[
        (&["rate", "limit"], "429 Too Many Requests"),
        (&["token"], "401 Unauthorized"),
        (&["expired"], "401 Unauthorized"),
        (&["login"], "401 Unauthorized"),
        (&["down"], "503 Service Unavailable"),
        (&["overloaded"], "503 Service Unavailable"),
        (&["header too large"], "431 Request Header Fields Too Large"),
        (&["timed out"], "504 Gateway Timeout"),
        (&["not", "found"], "404 Not Found"),
        (&["gateway", "timeout"], "504 Gateway Timeout"),
        (&["too", "many", "requests"], "429 Too Many Requests"),
        (&["lookup", "payment", "failed"], "402 Payment Required"),
        (&["enhance", "your", "calm"], "420 Enhance Your Calm"),
    ];
    for (args, want) in cases {
        let (code, line) = first_line(args);
        assert_eq!((code, line.as_str()), (0, *want), "{args:?}");
    }
    // One phrase is one card, not a card per word.
    let (_, cards, _) = run(&["not", "found", "--format", "json"]);
    let cards: serde_json::Value = serde_json::from_str(&cards).expect("json");
    assert_eq!(cards.as_array().map(Vec::len), Some(1), "{cards}");
}

#[test]
fn unclear_words_fail_with_a_hint_not_an_unrelated_card() {
    for words in [&["foo"][..], &["captcha"], &["banana", "bread"]] {
        let stderr = one_line_error(words, 1);
        assert!(stderr.contains("statusgen search"), "{words:?}: {stderr}");
    }
    let stderr = one_line_error(&["lookup", "tea"], 1);
    assert!(stderr.contains("did you mean 418"), "{stderr}");
}

#[test]
fn a_class_lists_its_codes_one_line_each() {
    let (code, classes, _) = run(&["4xx"]);
    let (_, list, _) = run(&["list", "4xx"]);
    assert_eq!(code, 0);
    assert_eq!(classes, list);
    assert!(classes.lines().count() < 100, "{}", classes.lines().count());
    one_line_error(&["404", "4xx"], 2);
}

#[test]
fn vendor_codes_only_by_name_or_with_unofficial() {
    let (_, line) = first_line(&["lookup", "client", "closed", "request"]);
    assert!(
        line.starts_with("499 Client Closed Request"),
        "exact vendor name: {line}"
    );
    let (_, line) = first_line(&["lookup", "invalid", "token"]);
    assert!(
        line.starts_with("401 Unauthorized"),
        "a clear registry answer beats Esri's name: {line}"
    );
    let (_, line) = first_line(&["lookup", "redirect"]);
    assert!(
        line.starts_with("302 Found"),
        "a registry answer beats a vendor's name: {line}"
    );
    let hits = json(["search", "client closed request", "--unofficial", "-f", "json"]);
    assert_eq!(hits[0]["code"], 499);
}

#[test]
fn flags_count_before_the_command_or_code() {
    for args in [
        &["--format", "json", "404"][..],
        &["-f", "json", "404"],
        &["404", "-f", "json"],
        &["--format=json", "lookup", "404"],
        &["-f", "json", "--", "404"],
    ] {
        let cards = json(args);
        assert_eq!(cards[0]["code"], 404, "{args:?}");
    }
    let list = json(["-f", "json", "list", "5xx"]);
    assert!(list.as_array().expect("array").iter().all(|c| c["class"] == "5xx"));
    for args in [&["-s", "404"][..], &["-s", "--", "404"]] {
        let (_, short, _) = run(args);
        assert!(short.starts_with("404 Not Found  4xx"), "{args:?}: {short}");
    }
}

#[test]
fn short_cards_fit_in_eight_lines() {
    for code in ["401", "404", "429", "503", "201", "308", "500"] {
        let (status, stdout, _) = run(&["lookup", "--short", code]);
        assert_eq!(status, 0);
        assert!(stdout.lines().count() <= 8, "{code}: {stdout}");
        assert!(stdout.starts_with(code), "{stdout}");
    }
    let (_, stdout, _) = run(&["-s", "401"]);
    assert!(stdout.contains("must send: WWW-Authenticate"), "{stdout}");
    assert!(stdout.contains("403 Forbidden"), "the instead pointers: {stdout}");
}

#[test]
fn piped_output_fits_columns_and_keeps_header_names_whole() {
    for columns in ["40", "60", "100"] {
        let width: usize = columns.parse().expect("number");
        // `list` and `search` print one line per code into a pipe (tests/screens.rs).
        for args in [&["412"][..], &["compare", "409", "412"], &["tree"]] {
            let stdout = common::Test::new().env("COLUMNS", columns).args(args).run().stdout;
            // The example exchange is code, never wrapped (tests/screens.rs).
            let prose = stdout.split("\nExample\n").next().unwrap_or("").to_string()
                + stdout.split("\nRelated\n").nth(1).unwrap_or("");
            // A URL is never split.
            for line in prose.lines().filter(|l| !l.contains("://")) {
                // Only a single word longer than the width may stick out.
                let fits = line.chars().count() <= width || !line.trim().contains(' ');
                assert!(fits, "{args:?} at {columns}: {line:?}");
            }
            assert!(!stdout.contains("If-Unmodified-\n"), "{stdout}");
        }
    }
}

#[test]
fn a_phrase_that_starts_like_a_command_is_still_a_phrase() {
    for (words, code) in [
        (&["bad", "request"][..], "400 Bad Request"),
        (&["see", "other"], "303 See Other"),
        (&["loop", "detected"], "508 Loop Detected"),
        (&["time", "out"], "408 Request Timeout"),
    ] {
        let (exit, stdout, stderr) = run(words);
        assert_eq!(exit, 0, "{words:?}: {stderr}");
        assert!(stdout.starts_with(code), "{words:?}: {stdout}");
    }
    // A word that names no code and is close to a command is taken for a typo of the command.
    let message = one_line_error(&["lsit"], 2);
    assert!(message.contains("did you mean `statusgen list`"), "{message}");
    let message = one_line_error(&["decdie"], 2);
    assert!(message.contains("did you mean `statusgen decide`"), "{message}");
    // A short first word two edits from a command ("git" → "lint") is the start of a phrase:
    // looked up as `statusgen -- git merge conflict` is.
    for words in [&["git", "merge", "conflict"][..], &["npm", "install", "fails"]] {
        let message = one_line_error(words, 1);
        assert!(message.contains("statusgen decide"), "{words:?}: {message}");
        assert!(!message.contains("not a command"), "{words:?}: {message}");
    }
}

#[test]
fn no_pager_is_taken_by_every_command() {
    for args in [
        &["--no-pager", "compare", "400", "422"][..],
        &["compare", "400", "422", "--no-pager"],
        &["--no-pager", "list"],
        &["list", "--no-pager", "4xx"],
        &["--no-pager", "404"],
    ] {
        let (exit, stdout, stderr) = run(args);
        assert_eq!(exit, 0, "{args:?}: {stderr}");
        assert!(!stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn stacks_match_in_any_case_and_an_unknown_one_is_echoed_as_typed() {
    let card = common::Test::new().args(["404", "--stacks", "PYTHON,Go"]).run().stdout;
    let constants = card.split("In code").nth(1).expect("constants");
    let stacks: Vec<&str> = constants.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(stacks, ["Python", "Go"], "{card}");
    common::Test::new()
        .args(["404", "--stacks", "go,PyThOnX"])
        .status(2)
        .one_line_error()
        .stderr_has("no stack 'PyThOnX'")
        .run();
}
