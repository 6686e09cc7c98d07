//! `statusgen quiz` without a terminal: replies one per line, JSON, seeds, topics, progress.

mod common;

use std::path::Path;

use common::Test;

/// `quiz ARGS` with `input` on stdin and progress under `state`: (exit, stdout, stderr).
fn quiz(state: &Path, args: &[&str], input: &str) -> (i32, String, String) {
    let out = Test::new()
        .arg("quiz")
        .args(args)
        .env("XDG_STATE_HOME", state)
        .stdin(input)
        .any_status()
        .run();
    (out.status, out.stdout, out.stderr)
}

fn json(state: &Path, args: &[&str], input: &str) -> serde_json::Value {
    let mut with = args.to_vec();
    with.extend(["--format", "json"]);
    let (exit, out, err) = quiz(state, &with, input);
    assert_eq!(exit, 0, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn ids(result: &serde_json::Value) -> Vec<String> {
    let questions = result["questions"].as_array().expect("questions");
    questions
        .iter()
        .map(|q| q["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn json_has_exactly_the_documented_shape() {
    let state = tempfile::tempdir().expect("tempdir");
    let result = json(state.path(), &["--seed", "3", "--count", "3"], "404\ns\n");
    let keys: Vec<&String> = result.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["questions", "score"]);
    let questions = result["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 2, "the input ended after two replies: {result}");
    let fields: Vec<&String> = questions[0].as_object().expect("object").keys().collect();
    let mut expected = ["id", "situation", "answer", "accepted", "given", "correct", "reason"];
    expected.sort();
    let mut fields: Vec<&str> = fields.iter().map(|s| s.as_str()).collect();
    fields.sort();
    assert_eq!(fields, expected);
    assert_eq!(questions[0]["given"], 404);
    assert_eq!(questions[1]["given"], serde_json::Value::Null);
    assert_eq!(questions[1]["correct"], false);
    let right = questions.iter().filter(|q| q["correct"] == true).count();
    assert_eq!(result["score"]["right"], right);
    assert_eq!(result["score"]["total"], 2);
}

#[test]
fn the_right_code_or_an_accepted_one_is_correct() {
    let state = tempfile::tempdir().expect("tempdir");
    let first = json(state.path(), &["--seed", "11", "--count", "1"], "s\n");
    let answer = first["questions"][0]["answer"].as_u64().expect("answer").to_string();
    let again = json(state.path(), &["--seed", "11", "--count", "1"], &format!("{answer}\n"));
    assert_eq!(ids(&again), ids(&first), "the same seed asks the same question");
    assert_eq!(again["questions"][0]["correct"], true);
    assert_eq!(again["score"]["right"], 1);
}

#[test]
fn a_seed_topics_and_count_choose_the_questions() {
    let state = tempfile::tempdir().expect("tempdir");
    let input = "s\n".repeat(8);
    let args = [
        "--seed",
        "42",
        "--count",
        "5",
        "--topic",
        "auth",
        "--topic",
        "redirects",
    ];
    let one = json(state.path(), &args, &input);
    let two = json(state.path(), &args, &input);
    assert_eq!(ids(&one), ids(&two), "progress does not change what a seed asks");
    assert_eq!(ids(&one).len(), 5);
    for question in one["questions"].as_array().expect("questions") {
        let code = question["answer"].as_u64().expect("code");
        assert!(matches!(code, 300..=308 | 401 | 402 | 403 | 407 | 511), "{question}");
    }
    let other = json(state.path(), &["--seed", "43", "--count", "5"], &input);
    assert_ne!(ids(&one), ids(&other));
}

#[test]
fn text_gives_feedback_with_the_question_that_tells_codes_apart() {
    let state = tempfile::tempdir().expect("tempdir");
    let first = json(state.path(), &["--seed", "5", "--count", "1"], "s\n");
    let answer = first["questions"][0]["answer"].as_u64().expect("answer");
    let wrong = if answer == 200 { "500" } else { "200" };
    let (exit, text, _) = quiz(state.path(), &["--seed", "5", "--count", "1"], &format!("{wrong}\n"));
    assert_eq!(exit, 0);
    assert!(text.contains(&format!("✗ Not {wrong} ")), "{text}");
    assert!(text.contains("Tell them apart:"), "{text}");
    assert!(text.contains("Score: 0/1"), "{text}");
    assert!(text.contains("Again: statusgen quiz --seed 5 --count 1"), "{text}");
}

#[test]
fn choices_are_four_codes_and_a_number_picks_one() {
    let state = tempfile::tempdir().expect("tempdir");
    let result = json(
        state.path(),
        &["--seed", "9", "--count", "4", "--choices"],
        "1\n2\n3\n4\n",
    );
    for question in result["questions"].as_array().expect("questions") {
        assert!(
            question["given"].as_u64().is_some_and(|c| (100..=599).contains(&c)),
            "{question}"
        );
    }
}

#[test]
fn bad_replies_are_one_clear_line() {
    let state = tempfile::tempdir().expect("tempdir");
    let (exit, _, stderr) = quiz(state.path(), &["--seed", "1"], "perhaps\n");
    assert_eq!(exit, 2);
    assert!(
        stderr.starts_with("error: line 1 of standard input is 'perhaps'"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let (exit, _, stderr) = quiz(state.path(), &["--topic", "gossip"], "");
    assert_eq!(exit, 2, "{stderr}");
    let (exit, _, _) = quiz(state.path(), &["--count", "0"], "");
    assert_eq!(exit, 2);
}

#[test]
fn missed_situations_come_back_first_with_review() {
    let state = tempfile::tempdir().expect("tempdir");
    let missed = json(state.path(), &["--seed", "21", "--count", "2"], "100\n100\n");
    let missed_ids = ids(&missed);
    let wrong: Vec<&String> = missed_ids
        .iter()
        .zip(missed["questions"].as_array().expect("questions"))
        .filter(|(_, q)| q["correct"] == false)
        .map(|(id, _)| id)
        .collect();
    assert!(!wrong.is_empty(), "100 is rarely right: {missed}");
    let review = json(state.path(), &["--review", "--count", "3"], &"s\n".repeat(3));
    let first: Vec<String> = ids(&review).into_iter().take(wrong.len()).collect();
    for id in wrong {
        assert!(first.contains(id), "{id} is not asked first: {first:?}");
    }
    let stats = json(state.path(), &["--stats"], "");
    assert_eq!(stats["quizzes"], 2);
    let wrong_total: u64 = stats["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .map(|t| t["wrong"].as_u64().unwrap_or(0))
        .sum();
    assert!(wrong_total >= 1, "{stats}");
}

#[test]
fn progress_is_written_atomically_and_damage_is_a_warning() {
    let state = tempfile::tempdir().expect("tempdir");
    let dir = state.path().join("statusgen");
    json(state.path(), &["--seed", "2", "--count", "2"], "404\n404\n");
    let file = dir.join("quiz.json");
    let progress: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("progress")).expect("json");
    assert_eq!(progress["quizzes"], 1);
    let leftovers: Vec<_> = std::fs::read_dir(&dir).expect("dir").filter_map(|e| e.ok()).collect();
    assert_eq!(leftovers.len(), 1, "only quiz.json remains: {leftovers:?}");
    std::fs::write(&file, "{not json").expect("write");
    let (exit, out, stderr) = quiz(
        state.path(),
        &["--seed", "2", "--count", "1", "--format", "json"],
        "404\n",
    );
    assert_eq!(exit, 0, "{stderr}");
    assert!(out.contains("\"score\""), "{out}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("warning: quiz progress in ") && stderr.contains("cannot be read"),
        "{stderr}"
    );
    assert!(dir.join("quiz.json.damaged").exists(), "the damaged file is kept");
    let fresh: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("rewritten")).expect("json");
    assert_eq!(fresh["quizzes"], 1);
}

#[test]
fn unwritable_progress_is_a_warning_and_the_quiz_goes_on() {
    let state = tempfile::tempdir().expect("tempdir");
    // A file where the folder should be: nothing can be written under it.
    std::fs::write(state.path().join("statusgen"), "").expect("write");
    let (exit, out, stderr) = quiz(
        state.path(),
        &["--seed", "4", "--count", "2", "--format", "json"],
        "404\n404\n",
    );
    assert_eq!(exit, 0, "{stderr}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out).expect("json")["score"]["total"],
        2
    );
    assert_eq!(stderr.lines().count(), 1, "said once: {stderr}");
    assert!(stderr.starts_with("warning: cannot save quiz progress to "), "{stderr}");
}

#[test]
fn the_guides_practice_question_is_in_the_bank() {
    let bank = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/situations.toml")).expect("bank");
    let found = bank
        .split("[[situation]]")
        .find(|s| s.contains("update another user's profile"));
    let entry = found.expect("the practice question");
    assert!(entry.contains("code = 403"), "{entry}");
}
