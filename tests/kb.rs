//! The embedded knowledge base against the IANA registry and the list of unofficial codes.

mod common;

use std::collections::{HashMap, HashSet};

use common::{json, reference};
use serde_json::Value;

fn all_codes() -> Vec<Value> {
    json(["list", "--unofficial", "--format", "json"])
        .as_array()
        .expect("an array")
        .clone()
}

fn official() -> HashMap<u64, Value> {
    all_codes()
        .into_iter()
        .filter(|c| c["status"] != "unofficial")
        .map(|c| (c["code"].as_u64().expect("numeric code"), c))
        .collect()
}

#[test]
fn every_iana_entry_is_present_with_exact_name_reference_and_status() {
    let codes = official();
    let registry = reference("iana-status-codes.csv");
    assert!(!registry.is_empty());
    for row in &registry {
        let number: u64 = row[0].parse().expect("numeric code");
        let code = codes.get(&number).unwrap_or_else(|| panic!("{number} is missing"));
        assert_eq!(code["name"], row[1], "{number} name");
        assert_eq!(code["reference"], row[2], "{number} reference");
        assert_eq!(code["status"], row[3], "{number} status");
    }
    let extra: Vec<&u64> = codes
        .keys()
        .filter(|n| !registry.iter().any(|row| row[0] == n.to_string()))
        .collect();
    assert!(
        extra.is_empty(),
        "data/codes-*.toml has official codes that tests/data/reference/iana-status-codes.csv lacks: \
         {extra:?}; mark them status = \"unofficial\" with a vendor, or add the registry row \
         (see tests/data/reference/README.md)"
    );
}

#[test]
fn every_unofficial_code_is_present_with_its_vendor() {
    let codes = all_codes();
    let unofficial: HashSet<(u64, String, String)> = codes
        .iter()
        .filter(|c| c["status"] == "unofficial")
        .map(|c| {
            (
                c["code"].as_u64().expect("code"),
                c["name"].as_str().expect("name").to_string(),
                c["vendor"].as_str().expect("vendor").to_string(),
            )
        })
        .collect();
    let rows = reference("unofficial-status-codes.csv");
    let mut listed = HashSet::new();
    for row in &rows {
        let key = (row[0].parse().expect("numeric"), row[1].to_string(), row[2].to_string());
        assert!(
            unofficial.contains(&key),
            "tests/data/reference/unofficial-status-codes.csv lists {key:?}, which \
             data/codes-unofficial.toml lacks (same code, name and vendor)"
        );
        listed.insert(key);
    }
    let extra: Vec<_> = unofficial.difference(&listed).collect();
    assert!(
        extra.is_empty(),
        "data/codes-unofficial.toml has {extra:?}, which tests/data/reference/unofficial-status-codes.csv \
         lacks: add the row there (see tests/data/reference/README.md) or remove the entry"
    );
}

#[test]
fn aliases_find_their_code() {
    for code in official().values() {
        for alias in code["aliases"].as_array().expect("aliases") {
            let alias = alias.as_str().expect("text");
            let found = json(["lookup", alias, "--format", "json"]);
            let numbers: Vec<&Value> = found.as_array().expect("array").iter().map(|c| &c["code"]).collect();
            assert!(
                numbers.contains(&&code["code"]),
                "alias {alias:?} finds {numbers:?}, not {}",
                code["code"]
            );
        }
    }
}

#[test]
fn registered_codes_an_api_sends_have_rich_cards() {
    for (number, code) in official() {
        if code["status"] != "registered" && code["status"] != "temporary" {
            continue;
        }
        for field in ["details", "spec_url"] {
            assert!(
                code[field].as_str().is_some_and(|s| !s.is_empty()),
                "{number} lacks {field}"
            );
        }
        assert!(
            !code["related"].as_array().expect("related").is_empty(),
            "{number} lacks related codes"
        );
        if (400..600).contains(&number) {
            assert!(
                !code["avoid_when"].as_array().expect("avoid").is_empty(),
                "{number} lacks 'not when'"
            );
        }
    }
}

#[test]
fn the_rfc_header_requirements_are_recorded() {
    let codes = official();
    let expect = [
        (401, "WWW-Authenticate", "MUST"),
        (405, "Allow", "MUST"),
        (407, "Proxy-Authenticate", "MUST"),
        (426, "Upgrade", "MUST"),
        (101, "Upgrade", "MUST"),
        (416, "Content-Range", "SHOULD"),
        (503, "Retry-After", "MAY"),
        (429, "Retry-After", "MAY"),
        (413, "Retry-After", "SHOULD"),
        (206, "Content-Range", "MUST"),
    ];
    for (number, field, level) in expect {
        let headers = codes[&number]["headers"].as_array().expect("headers");
        assert!(
            headers.iter().any(|h| h["field"] == field && h["level"] == level),
            "{number} should have {field} at {level}: {headers:?}"
        );
    }
}

/// The audit's kind of mistake: advice shown with a requirement level, or a level with no
/// source. Advice reads as advice (no BCP 14 keyword), and every rule cites its section.
#[test]
fn rule_levels_match_their_wording() {
    let keywords = ["MUST", "SHOULD", "REQUIRED", "SHALL"];
    for code in all_codes() {
        let rules = code["headers"]
            .as_array()
            .into_iter()
            .chain(code["rules"].as_array())
            .flatten();
        for rule in rules {
            let text = rule["rule"].as_str().expect("rule");
            assert!(rule["section"].as_str().is_some_and(|s| !s.trim().is_empty()), "{rule}");
            if rule["level"] == "advice" {
                assert!(
                    !keywords.iter().any(|k| text.contains(k)),
                    "{}: advice worded as a requirement: {text}",
                    code["code"]
                );
            }
        }
    }
}

/// RFC 9110 numbers its method sections: PUT is §9.3.4, DELETE §9.3.5 (the 200/204 cards once
/// cited §9.3.5 for PUT). A method named just before a §9.3.x citation must be that section's.
#[test]
fn method_sections_are_cited_right() {
    let sections = [
        ("GET", "9.3.1"),
        ("HEAD", "9.3.2"),
        ("POST", "9.3.3"),
        ("PUT", "9.3.4"),
        ("DELETE", "9.3.5"),
    ];
    let mut checked = 0;
    for code in all_codes() {
        let text = code.to_string();
        for (at, _) in text.match_indices("§9.3.") {
            let cited = &text[at + "§".len()..][..5];
            let mut start = at.saturating_sub(16);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let before = &text[start..at];
            if let Some((method, section)) = sections.iter().find(|(m, _)| before.contains(&format!("{m},"))) {
                checked += 1;
                assert_eq!(
                    cited, *section,
                    "{}: {method} cited as §{cited} in {before:?}",
                    code["code"]
                );
            }
        }
    }
    assert!(
        checked >= 2,
        "the cards name methods with their sections ({checked} found)"
    );
}
