//! The audit's kinds of mistake, each checked against a file of primary-source facts in
//! tests/data/reference/ (see its README.md): a rule given a keyword the RFC does not use, a
//! library's constant list that drifted from the library, and an example exchange whose JSON
//! body does not parse.

mod common;

use std::collections::BTreeSet;

use common::{json, reference};
use serde_json::Value;

fn all_codes() -> Vec<Value> {
    json(["list", "--unofficial", "--format", "json"])
        .as_array()
        .expect("an array")
        .clone()
}

/// "cannot contain content", "ought to", "indicates": no BCP 14 keyword, so the level is advice.
#[test]
fn rules_the_rfc_states_without_a_keyword_are_advice() {
    let codes = all_codes();
    let rows = reference("rfc-no-keyword.csv");
    assert!(rows.len() >= 10);
    for row in &rows {
        let (number, field, section) = (&row[0], &row[1], &row[2]);
        let code = codes
            .iter()
            .find(|c| c["code"].as_u64() == number.parse().ok() && c["status"] != "unofficial")
            .unwrap_or_else(|| panic!("{number} is missing"));
        let rules: Vec<&Value> = code["headers"]
            .as_array()
            .into_iter()
            .chain(code["rules"].as_array())
            .flatten()
            .filter(|r| {
                r["field"] == field
                    && r["section"]
                        .as_str()
                        .is_some_and(|s| s.split([',', ';']).any(|part| part.trim().ends_with(section)))
            })
            .collect();
        assert!(
            !rules.is_empty(),
            "{number} has no {field} rule citing {section} (tests/data/reference/rfc-no-keyword.csv)"
        );
        for rule in rules {
            assert_eq!(
                rule["level"], "advice",
                "{number} {field} ({section}): the RFC says {:?}, with no keyword; \
                 data/codes-*.toml gives {}",
                &row[3], rule["level"]
            );
        }
    }
}

#[derive(serde::Deserialize)]
struct Constants {
    constant: Vec<Constant>,
}

#[derive(serde::Deserialize)]
struct Constant {
    stack: String,
    name: String,
    removed: Option<String>,
}

/// USE_PROXY was shown as current after Spring 7.0 removed it, and 7.0's MISDIRECTED_REQUEST was
/// missing: the current names must be exactly the library's.
#[test]
fn spring_constants_are_those_of_spring_7() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/constants.toml");
    let data: Constants = toml::from_str(&std::fs::read_to_string(path).expect("constants")).expect("valid");
    let current: BTreeSet<String> = data
        .constant
        .iter()
        .filter(|c| c.stack == "java" && c.removed.is_none())
        .map(|c| c.name.trim_start_matches("HttpStatus.").to_string())
        .collect();
    let library: BTreeSet<String> = reference("spring-httpstatus-7.0.csv")
        .iter()
        .map(|row| row[1].to_string())
        .collect();
    let missing: Vec<_> = library.difference(&current).collect();
    let stale: Vec<_> = current.difference(&library).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "data/constants.toml (stack java) against tests/data/reference/spring-httpstatus-7.0.csv: \
         missing {missing:?}; not in Spring 7.0 (add removed = \"…\") {stale:?}"
    );
}

/// The JSON bodies of an example's responses: the lines after a JSON response's headers, up to
/// the next message or narration line.
fn json_bodies(example: &str) -> Vec<String> {
    let starts_message = |line: &str| {
        line.starts_with("HTTP/")
            || line.split(' ').nth(2).is_some_and(|v| v.starts_with("HTTP/"))
            || line.starts_with('<')
    };
    let mut bodies = Vec::new();
    let mut lines = example.lines().peekable();
    while let Some(line) = lines.next() {
        // Responses only: a request body may be broken on purpose (the 400 example).
        if !line.starts_with("HTTP/") {
            continue;
        }
        let mut is_json = false;
        for header in lines.by_ref() {
            if header.is_empty() {
                break;
            }
            let lower = header.to_ascii_lowercase();
            is_json |= lower.starts_with("content-type:") && lower.contains("json");
        }
        let mut body = Vec::new();
        while let Some(next) = lines.peek() {
            if starts_message(next) {
                break;
            }
            body.push(*next);
            lines.next();
        }
        let body = body.join("\n");
        if is_json && !body.trim().is_empty() {
            bodies.push(body);
        }
    }
    bodies
}

/// An example is code: a reader copies it, so its responses' JSON must parse.
#[test]
fn example_json_bodies_parse() {
    let tree = json(["tree", "--format", "json"]);
    let outcomes = tree["outcomes"].as_array().expect("outcomes").iter();
    let examples = all_codes()
        .into_iter()
        .map(|c| (c["code"].to_string(), c["example"].as_str().map(String::from)))
        .chain(outcomes.map(|o| (o["id"].to_string(), o["example"].as_str().map(String::from))));
    let mut parsed = 0;
    for (owner, example) in examples {
        for body in json_bodies(example.as_deref().unwrap_or("")) {
            let result: Result<Value, _> = serde_json::from_str(&body);
            assert!(
                result.is_ok(),
                "{owner}: the example's JSON does not parse: {result:?}\n{body}"
            );
            parsed += 1;
        }
    }
    assert!(parsed >= 40, "only {parsed} JSON bodies found");
}

/// Comments in data/*.toml that name a file of the repository (`kb/src/model.rs`,
/// `tests/data/reference/…`, `docs/…`) name one that exists.
#[test]
fn paths_in_data_comments_exist() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut named = 0;
    for entry in std::fs::read_dir(format!("{root}/data")).expect("data/") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        for line in text.lines().filter(|l| l.trim_start().starts_with('#')) {
            for word in line.split(|c: char| c.is_whitespace() || "()`,;".contains(c)) {
                let word = word.trim_end_matches(['.', ':']);
                let is_path = word.contains('/')
                    && !word.contains("://")
                    && [".rs", ".csv", ".md", ".toml", ".svg"]
                        .iter()
                        .any(|e| word.ends_with(e));
                if is_path {
                    named += 1;
                    assert!(
                        std::path::Path::new(root).join(word).exists(),
                        "{}: the comment names {word}, which does not exist",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(named >= 3, "{named} paths named");
}
