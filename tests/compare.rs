//! `statusgen compare` and `statusgen A vs B`: one screen, with the question that tells codes apart.

mod common;

use common::{json, one_line_error, run};

#[test]
fn two_codes_fit_one_screen_at_100_columns() {
    let pairs = [
        ["401", "403"],
        ["400", "422"],
        ["404", "410"],
        ["409", "412"],
        ["502", "504"],
        ["429", "503"],
    ];
    for [a, b] in pairs {
        let text = common::Test::new()
            .env("COLUMNS", "100")
            .args(["compare", a, b])
            .run()
            .stdout;
        assert!(
            text.lines().count() <= 45,
            "{a} vs {b}: {} lines\n{text}",
            text.lines().count()
        );
        assert!(text.contains("Tell them apart"), "{a} vs {b}: {text}");
        assert!(text.contains("retry helps") && text.contains("cacheable"), "{text}");
        assert_eq!(text.matches("Where guides disagree").count(), 1, "{text}");
    }
}

#[test]
fn vs_is_compare() {
    let (code, vs, _) = run(&["401", "vs", "403"]);
    let (_, compare, _) = run(&["compare", "401", "403"]);
    assert_eq!(code, 0);
    assert_eq!(vs, compare);
    assert!(vs.starts_with("401 Unauthorized"), "401 first, not 502: {vs}");
    assert!(vs.contains("WWW-Authenticate"), "the header that differs: {vs}");
}

#[test]
fn three_codes_and_json() {
    let view = json(["compare", "302", "303", "307", "--format", "json"]);
    let codes: Vec<u64> = view["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|c| c["code"].as_u64().expect("code"))
        .collect();
    assert_eq!(codes, [302, 303, 307]);
    assert_eq!(view["pairs"][0]["codes"], serde_json::json!([302, 303, 307]));
    assert!(view["pairs"][0]["question"].as_str().expect("question").ends_with('?'));
    let headers = json(["compare", "401", "403", "-f", "json"])["headers"].clone();
    assert_eq!(headers[0]["field"], "WWW-Authenticate");
    assert_eq!(headers[0]["levels"], serde_json::json!(["MUST", null]));
}

#[test]
fn bad_comparisons_are_one_line_errors() {
    one_line_error(&["compare", "401", "401"], 2);
    one_line_error(&["compare", "401", "4xx"], 2);
    one_line_error(&["compare", "401", "1000"], 2);
    one_line_error(&["compare", "401", "foo"], 1);
}

#[test]
fn every_pair_in_the_data_compares() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/pairs.toml")).expect("pairs");
    let data: toml::Table = toml::from_str(&text).expect("toml");
    let pairs = data["pair"].as_array().expect("[[pair]]");
    assert!(pairs.len() >= 10);
    for pair in pairs {
        let codes: Vec<String> = pair["codes"]
            .as_array()
            .expect("codes")
            .iter()
            .map(|c| c.as_integer().expect("number").to_string())
            .collect();
        let mut args = vec!["compare".to_string()];
        args.extend(codes.clone());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, 0, "{codes:?}: {stderr}");
        let flat = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(pair["question"].as_str().expect("question")),
            "{codes:?}: {stdout}"
        );
    }
}

/// The pairs issue 16 found without a way to tell them apart (408/504 has had a hand-written pair
/// since, for `statusgen timeout`: see the test below).
const UNPAIRED: [[u16; 2]; 8] = [
    [500, 503],
    [502, 503],
    [409, 422],
    [201, 202],
    [301, 302],
    [307, 308],
    [405, 501],
    [406, 415],
];

#[test]
fn a_hand_written_pair_tells_408_from_504() {
    let view = json(["compare", "408", "504", "-f", "json"]);
    assert_eq!(view["pairs"][0]["codes"], serde_json::json!([408, 504]), "{view}");
}

#[test]
fn the_tree_tells_apart_codes_no_pair_covers() {
    let tree = json(["tree", "--format", "json"]);
    let questions = tree["questions"].as_array().expect("questions");
    let mut told = 0;
    for [a, b] in UNPAIRED {
        let view = json(["compare", &a.to_string(), &b.to_string(), "-f", "json"]);
        let parts = view["tree"].as_array().expect("tree");
        assert_eq!(parts.len(), 1, "{a} {b}: {view}");
        let part = &parts[0];
        assert_eq!(part["codes"], serde_json::json!([a, b]));
        // The question is the tree's own, and its two answers lead to the two codes.
        let question = questions
            .iter()
            .find(|q| q["id"] == part["id"])
            .expect("a question of the tree");
        assert_eq!(question["text"], part["question"]);
        let mut leads = [part["yes"]["code"].as_u64(), part["no"]["code"].as_u64()];
        leads.sort();
        assert_eq!(leads, [Some(u64::from(a)), Some(u64::from(b))], "{part}");
        // Each lead's later answers are questions of the tree too.
        for lead in [&part["yes"], &part["no"]] {
            for then in lead["then"].as_array().expect("then") {
                assert!(questions.iter().any(|q| q["id"] == then["id"]), "{then}");
            }
        }
        // The text shows the question, and both codes with where an answer leads.
        let text = common::Test::new()
            .env("COLUMNS", "100")
            .args(["compare", &a.to_string(), &b.to_string()])
            .run()
            .stdout;
        assert!(text.lines().count() <= 45, "{a} vs {b} fits one screen: {text}");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&format!("Tell {a} and {b} apart")), "{text}");
        assert!(flat.contains(part["question"].as_str().expect("text")), "{text}");
        for code in [a, b] {
            let answer = if part["yes"]["code"] == code { "yes" } else { "no" };
            assert!(
                flat.contains(&format!("{answer} → {code} ")),
                "{answer} → {code}: {text}"
            );
        }
        told += 1;
    }
    eprintln!("issue 16's pairs told apart: {told} of {}", UNPAIRED.len());
}

#[test]
fn the_cards_not_when_lines_that_name_each_other_are_shown() {
    let view = json(["compare", "406", "415", "-f", "json"]);
    let lines = view["not_when"].as_array().expect("not_when");
    let from: Vec<u64> = lines.iter().map(|l| l["code"].as_u64().expect("code")).collect();
    assert_eq!(from, [406, 415], "{view}");
    let card = json(["406", "-f", "json"]);
    let avoid = card[0]["avoid_when"].as_array().expect("avoid_when");
    assert!(
        avoid
            .iter()
            .any(|a| a["when"] == lines[0]["when"] && a["instead"] == lines[0]["instead"])
    );
    let text = run(&["compare", "406", "415"]).1;
    assert!(text.contains("Not when (from the cards)"), "{text}");
    // Lines that point elsewhere stay on the card.
    let unrelated = avoid
        .iter()
        .find(|a| !a["instead"].as_array().expect("instead").contains(&415.into()));
    if let Some(unrelated) = unrelated {
        assert!(!lines.iter().any(|l| l["when"] == unrelated["when"]));
    }
}

#[test]
fn every_two_codes_the_tree_recommends_are_told_apart() {
    // The codes the tree recommends, from its outcomes.
    let tree = json(["tree", "--format", "json"]);
    let mut codes: Vec<u64> = tree["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .map(|o| o["code"].as_u64().expect("code"))
        .collect();
    codes.sort();
    codes.dedup();
    // One comparison of all of them: every two codes get a pair or the tree's question.
    let mut args: Vec<String> = vec!["compare".into()];
    args.extend(codes.iter().map(u64::to_string));
    args.extend(["-f".into(), "json".into()]);
    let view = json(&args);
    let (mut pairs, mut told) = (0, 0);
    for (i, &a) in codes.iter().enumerate() {
        for &b in &codes[i + 1..] {
            pairs += 1;
            let by_pair = view["pairs"].as_array().expect("pairs").iter().any(|p| {
                let codes = p["codes"].as_array().expect("codes");
                codes.contains(&a.into()) && codes.contains(&b.into())
            });
            let by_tree = view["tree"]
                .as_array()
                .expect("tree")
                .iter()
                .any(|t| t["codes"] == serde_json::json!([a, b]));
            assert!(by_pair ^ by_tree, "{a} {b}: a hand-written pair, else the tree");
            told += 1;
        }
    }
    eprintln!("{told} of {pairs} pairs of the tree's {} codes told apart", codes.len());
    assert_eq!(told, pairs);
}
