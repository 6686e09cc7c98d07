//! `statusgen decide` without a terminal: `--answers`, answers on stdin, and their errors.

mod common;

use common::{Test, all_no_path, json};

fn error(args: &[&str]) -> Test {
    Test::new().args(args).status(2).one_line_error()
}

fn no_answers(n: usize) -> String {
    vec!["n"; n].join(",")
}

#[test]
fn replayed_answers_print_the_card_with_the_reasoning() {
    let (questions, code) = all_no_path();
    let answers = no_answers(questions.len());
    let card = Test::new().args(["decide", "--answers", &answers]).run().stdout;
    assert!(card.starts_with(&format!("→ {code} ")), "{card}");
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
    let result = Test::new()
        .args(["decide", "--format", "json"])
        .stdin(lines.join("\n"))
        .run()
        .json();
    assert_eq!(result["code"], code);
}

#[test]
fn running_out_of_answers_names_the_pending_question() {
    let (questions, _) = all_no_path();
    error(&["decide", "--answers", "n"])
        .stderr_has("ran out")
        .stderr_has(&questions[1])
        .run();
    error(&["decide"])
        .stdin("n\n")
        .stderr_has("standard input ended")
        .stderr_has(&questions[1])
        .run();
}

#[test]
fn no_terminal_and_no_answers_fails_at_once() {
    // The harness gives an empty stdin unless told otherwise.
    let output = error(&["decide"]).timeout(std::time::Duration::from_secs(5)).run();
    assert!(
        output.stderr.starts_with("error: standard input ended"),
        "{}",
        output.stderr
    );
}

#[test]
fn bad_and_surplus_answers_are_clear_errors() {
    error(&["decide", "--answers", "y,maybe"]).stderr_has("'maybe'").run();
    error(&["decide", "--answers", "y,,n"]).stderr_has("answer 2").run();
    let (questions, _) = all_no_path();
    error(&["decide", "--answers", &no_answers(questions.len() + 2)])
        .stderr_has("2 more were given")
        .run();
    error(&["decide"])
        .stdin("perhaps\n")
        .stderr_has("line 1 of standard input is 'perhaps'")
        .run();
}
