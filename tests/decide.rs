//! `statusgen decide` without a terminal: `--answers`, answers on stdin, and their errors.

mod common;

use common::{Test, all_no_path, json, one_line_error, run};

/// `decide` with these bytes on standard input: `(exit code, stdout, stderr)`.
fn decide_with_stdin(args: &[&str], input: impl AsRef<[u8]>) -> (i32, String, String) {
    let out = Test::new().arg("decide").args(args).stdin(input).any_status().run();
    (out.status, out.stdout, out.stderr)
}

fn no_answers(n: usize) -> String {
    vec!["n"; n].join(",")
}

#[test]
fn replayed_answers_print_the_card_with_the_reasoning() {
    let (questions, code) = all_no_path();
    let answers = no_answers(questions.len());
    let (exit, card, _) = run(&["decide", "--answers", &answers]);
    assert_eq!(exit, 0);
    let last = card.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
    assert!(last.starts_with(&format!("→ {code} ")), "the verdict is last: {card}");
    for section in ["Your answers", "Why", "Replay:"] {
        assert!(card.contains(section), "no {section} in {card}");
    }
    assert!(
        card.contains(&format!("statusgen decide --answers {answers}")),
        "{card}"
    );
    let first_words: String = questions[0].split(' ').take(4).collect::<Vec<_>>().join(" ");
    assert!(card.contains(&first_words), "the questions are listed: {card}");
}

#[test]
fn json_has_code_name_and_path() {
    let (questions, code) = all_no_path();
    let result = json(["decide", "--answers", &no_answers(questions.len()), "--format", "json"]);
    assert_eq!(result["code"], code);
    assert!(result["name"].as_str().is_some_and(|n| !n.is_empty()));
    let path = result["path"].as_array().expect("path");
    assert_eq!(path.len(), questions.len());
    assert_eq!(path[0]["question"], questions[0].as_str());
    assert_eq!(path[0]["answer"], "no");
    assert!(path[0]["id"].as_str().is_some());
}

#[test]
fn answers_on_stdin_are_read_as_lines() {
    let (questions, code) = all_no_path();
    let mut lines = vec!["no"; questions.len()].join("\n");
    lines.insert_str(0, "\n  N  \n"); // blank lines are skipped, case and spaces ignored
    let mut lines: Vec<&str> = lines.lines().collect();
    lines.pop();
    let (_, stdout, stderr) = decide_with_stdin(&["--format", "json"], lines.join("\n"));
    let result: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(result["code"], code, "{stderr}");
}

#[test]
fn running_out_of_answers_prints_the_pending_question() {
    let (questions, _) = all_no_path();
    let (exit, text, stderr) = run(&["decide", "--answers", "n"]);
    assert_eq!(exit, 3, "{stderr}");
    assert!(text.contains(&questions[1][..30]), "{text}");
    assert!(text.contains("--answers n,y"), "{text}");
    let tree = json(["tree", "--format", "json"]);
    let (exit, out, _) = run(&["decide", "--answers", "n", "--format", "json"]);
    assert_eq!(exit, 3);
    let pending: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(pending["pending"]["text"], questions[1].as_str());
    assert!(pending["pending"]["hint"].as_str().is_some_and(|h| !h.is_empty()));
    assert!(
        !text.contains(pending["pending"]["id"].as_str().expect("id")),
        "no ids in text: {text}"
    );
    assert_eq!(pending["answers"], "n");
    assert_eq!(pending["path"][0]["answer"], "no");
    let (exit, out, _) = run(&["decide", "--answers", "", "--format", "json"]);
    assert_eq!(exit, 3);
    let first: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(first["pending"]["id"], tree["root"]);
    assert_eq!(first["answers"], "");
    // Lines on standard input that end early are like --answers running out.
    let (exit, text, stderr) = decide_with_stdin(&[], "n\n");
    assert_eq!(exit, 3, "{stderr}");
    assert!(
        text.contains(&questions[1][..30]) && text.contains("--answers n,y"),
        "{text}"
    );
}

#[test]
fn bad_standard_input_is_one_clear_line() {
    let (exit, _, stderr) = decide_with_stdin(&[], vec![b'y'; 100_000]);
    assert_eq!(exit, 2);
    assert!(
        stderr.starts_with("error: line 1 of standard input is longer than 1024 bytes"),
        "{stderr}"
    );
    assert!(stderr.len() < 200 && stderr.lines().count() == 1, "{stderr}");
    let (_, _, stderr) = decide_with_stdin(&[], b"n\n\xff\n");
    assert_eq!(stderr, "error: line 2 of standard input is not UTF-8\n");
    let output = Test::new()
        .arg("decide")
        .stdin_from(env!("CARGO_MANIFEST_DIR"))
        .status(2)
        .run();
    let stderr = output.stderr;
    assert!(stderr.starts_with("error: standard input is a directory"), "{stderr}");
}

#[test]
fn no_terminal_and_no_answers_prints_the_first_question_at_once() {
    let started = std::time::Instant::now();
    let tree = json(["tree", "--format", "json"]);
    let output = Test::new().args(["decide", "--format", "json"]).status(3).run();
    assert_eq!(output.json()["pending"]["id"], tree["root"]);
    assert!(started.elapsed().as_secs() < 5, "it waited");
}

#[test]
fn bad_and_surplus_answers_are_clear_errors() {
    let message = one_line_error(&["decide", "--answers", "y,maybe"], 2);
    assert!(message.contains("'maybe'"), "{message}");
    let message = one_line_error(&["decide", "--answers", "y,,n"], 2);
    assert!(message.contains("answer 2"), "{message}");
    let (questions, _) = all_no_path();
    let message = one_line_error(&["decide", "--answers", &no_answers(questions.len() + 2)], 2);
    assert!(message.contains("2 more were given"), "{message}");
    let (exit, _, stderr) = decide_with_stdin(&[], "perhaps\n");
    assert_eq!(exit, 2);
    assert!(stderr.contains("line 1 of standard input is 'perhaps'"), "{stderr}");
}

#[test]
fn the_415_result_sets_conditional_headers_apart_and_explains_levels_once() {
    // Client's fault, packaging, format not accepted, the sent body's format.
    let (exit, card, _) = run(&["decide", "--answers", "y,n,n,y,n,y,y"]);
    assert_eq!(exit, 0);
    let last = card.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
    assert!(last.starts_with("→ 415 "), "{card}");
    assert!(
        !card.contains("Send these headers"),
        "nothing is required for every 415: {card}"
    );
    let cases = card
        .split("Headers for some cases")
        .nth(1)
        .expect("conditional headers");
    assert!(
        cases.contains("Accept-Patch") && cases.contains("For a PATCH"),
        "{card}"
    );
    assert_eq!(card.matches("Levels:").count(), 1, "{card}");
    let why = card.split("Why").nth(1).expect("why");
    assert!(
        why.contains("• Format of the sent body? yes"),
        "reasons along the path: {card}"
    );
}

#[test]
fn a_json_batch_gets_a_json_example_and_webdav_the_xml_one() {
    let tree = json(["tree", "--format", "json"]);
    let outcome = |id: &str| {
        tree["outcomes"]
            .as_array()
            .expect("outcomes")
            .iter()
            .any(|o| o["id"] == id)
    };
    assert!(outcome("batch-multi-status-207") && outcome("multi-status-207"));
    let batch = "n,n,n,n,n,n,y,n,n,y,n,n,n";
    let webdav = "n,n,n,n,n,n,y,n,n,y,n,n,y";
    let result = |answers: &str| json(["decide", "--answers", answers, "--format", "json"]);
    let (batch, webdav) = (result(batch), result(webdav));
    assert_eq!(
        (batch["code"].as_u64(), webdav["code"].as_u64()),
        (Some(207), Some(207))
    );
    assert_eq!(batch["outcome"], "batch-multi-status-207");
    let example = |v: &serde_json::Value| v["example"].as_str().unwrap_or("").to_string();
    assert!(example(&batch).contains("application/json") && !example(&batch).contains("<multistatus"));
    assert!(example(&webdav).contains("<multistatus"), "{}", example(&webdav));
}

/// A label stands for its question, so "label? yes" must not name the code that "no" leads to
/// ("Method not allowed? yes" once stood for 501, while 405 Method Not Allowed was the "no").
#[test]
fn no_label_names_the_code_its_no_answer_gives() {
    let tree = json(["tree", "--format", "json"]);
    let codes = json(["list", "--format", "json"]);
    let name_of = |code: &serde_json::Value| {
        codes
            .as_array()
            .expect("codes")
            .iter()
            .find(|c| c["code"] == *code)
            .and_then(|c| c["name"].as_str())
            .unwrap_or("")
            .to_lowercase()
    };
    let outcomes = tree["outcomes"].as_array().expect("outcomes");
    let mut checked = 0;
    for question in tree["questions"].as_array().expect("questions") {
        let Some(no) = outcomes.iter().find(|o| o["id"] == question["no"]) else {
            continue;
        };
        let label = question["label"].as_str().expect("every question has a label");
        let words = label.trim_end_matches('?').to_lowercase();
        let name = name_of(&no["code"]);
        checked += 1;
        assert!(
            !name.contains(&words) && !words.contains(&name),
            "'{label} yes' names {} {name}, which is the 'no' answer",
            no["code"]
        );
    }
    assert!(checked >= 20, "{checked} questions end in an outcome on 'no'");
}

#[test]
fn why_shows_the_answers_that_decided_no_included() {
    let (exit, card, _) = run(&["decide", "--answers", "y,n,y,n,y"]);
    assert_eq!(exit, 0);
    let why = card.split("Why").nth(1).expect("why").split("So:").next().expect("so");
    for line in [
        "• Client's fault? yes",
        "• Nothing at this URL? no",
        "• Method unknown to the server? yes",
    ] {
        assert!(why.contains(line), "{line} missing: {why}");
    }
    assert!(!why.contains("not allowed"), "{why}");
    // A no that only ruled out one code on the way is left out; the last ones pick the code.
    let result = json(["decide", "--answers", "y,n,n,n,n,n,y,y,n,n", "--format", "json"]);
    assert_eq!(result["code"], 412);
    let decided: Vec<(&str, &str)> = result["path"]
        .as_array()
        .expect("path")
        .iter()
        .filter(|s| s["decided"] == true)
        .map(|s| (s["id"].as_str().expect("id"), s["answer"].as_str().expect("answer")))
        .collect();
    assert_eq!(
        decided,
        [
            ("client-side", "yes"),
            ("malformed", "no"),
            ("state-clash", "yes"),
            ("condition-headers", "yes"),
            ("webdav-locked", "no"),
            ("condition-missing", "no")
        ]
    );
}

#[test]
fn answers_may_be_written_without_commas() {
    let with = json(["decide", "--answers", "y,n,y,n,y", "--format", "json"]);
    for together in ["yny,ny", "ynyny", "YNYNY", "y n y n y"] {
        let without = json(["decide", "--answers", together, "--format", "json"]);
        assert_eq!(without["code"], with["code"], "{together}");
        assert_eq!(without["answers"], "y,n,y,n,y", "{together}");
    }
    let message = one_line_error(&["decide", "--answers", "ynq"], 2);
    assert!(message.contains("'ynq'") && message.contains("yny"), "{message}");
}
