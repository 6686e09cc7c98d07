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
