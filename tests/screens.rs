//! What the screens keep whole: example exchanges are code (never wrapped, so a copied JSON body
//! parses), and `list` and `search` print one line per code into a pipe.

mod common;

use common::{Test, json};

/// The JSON bodies of an exchange: a message starts with a request or status line, its headers
/// end at the first blank line, and its body runs to the next message.
fn json_bodies(exchange: &str) -> Vec<String> {
    let starts = |l: &str| {
        l.starts_with("HTTP/") || {
            let words: Vec<&str> = l.split(' ').collect();
            words.len() == 3 && words[0].chars().all(|c| c.is_ascii_uppercase()) && words[2].starts_with("HTTP/")
        }
    };
    let mut bodies = Vec::new();
    let (mut body, mut in_body) = (String::new(), false);
    for line in exchange.lines().chain(["HTTP/end"]) {
        if starts(line) {
            let text = body.trim();
            if text.starts_with('{') || text.starts_with('[') {
                bodies.push(text.to_string());
            }
            (body, in_body) = (String::new(), false);
        } else if in_body {
            body.push_str(line);
            body.push('\n');
        } else if line.trim().is_empty() {
            in_body = true;
        }
    }
    bodies
}

/// The lines of a card's Example section, without the card's two-space indent.
fn example_section(card: &str) -> String {
    let mut lines = Vec::new();
    let mut inside = false;
    for line in card.lines() {
        if line == "Example" {
            inside = true;
        } else if inside && !line.is_empty() && !line.starts_with(' ') {
            break; // the next section's heading
        } else if inside {
            lines.push(line.strip_prefix("  ").unwrap_or(line));
        }
    }
    lines.join("\n")
}

#[test]
fn every_examples_json_body_parses_when_copied_from_a_narrow_card() {
    let codes = json(["list", "--unofficial", "-f", "json"]);
    let mut checked = 0;
    for code in codes.as_array().expect("codes") {
        let Some(example) = code["example"].as_str() else {
            continue;
        };
        let number = code["code"].to_string();
        let expected = json_bodies(example);
        for columns in ["40", "60"] {
            let card = Test::new()
                .env("COLUMNS", columns)
                .args(["lookup", &number])
                .run()
                .stdout;
            let shown = json_bodies(&example_section(&card));
            assert_eq!(shown.len(), expected.len(), "{number} at {columns}:\n{card}");
            for (body, original) in shown.iter().zip(&expected) {
                assert_eq!(body, original, "{number} at {columns}: the body as written");
                // A body the data breaks on purpose (400's truncated request) stays broken.
                let Ok(data) = serde_json::from_str::<serde_json::Value>(original) else {
                    continue;
                };
                let parsed: serde_json::Value =
                    serde_json::from_str(body).unwrap_or_else(|e| panic!("{number} at {columns}: {e}\n{body}"));
                assert_eq!(parsed, data, "{number} at {columns}");
                checked += 1;
            }
        }
        // The example's lines are the data's lines, indented, whatever the width.
        let card = Test::new().env("COLUMNS", "40").args(["lookup", &number]).run().stdout;
        assert_eq!(example_section(&card).trim_end(), example.trim_end(), "{number}");
    }
    eprintln!("{checked} JSON bodies parse as copied from cards at 40 and 60 columns");
    assert!(checked >= 20, "only {checked} JSON bodies found");
}

#[test]
fn list_and_search_print_one_line_per_code_into_a_pipe() {
    for columns in ["40", "60", "100"] {
        let list = Test::new().env("COLUMNS", columns).args(["list"]).run().stdout;
        let gateway: Vec<&str> = list.lines().filter(|l| l.contains("gateway")).collect();
        // `statusgen list | grep gateway` finds the codes whose summary says so.
        for code in ["502", "504"] {
            assert!(
                gateway.iter().any(|l| l.starts_with(&format!("  {code}  "))),
                "{code}: {gateway:?}"
            );
        }
        let codes = json(["list", "-f", "json"]).as_array().expect("codes").len();
        let entries = list.lines().filter(|l| l.starts_with("  ")).count();
        assert_eq!(entries, codes, "one line per code at {columns}:\n{list}");
        let search = Test::new()
            .env("COLUMNS", columns)
            .args(["search", "gateway"])
            .run()
            .stdout;
        let found = json(["search", "gateway", "-f", "json"])
            .as_array()
            .expect("codes")
            .len();
        assert_eq!(search.lines().count(), found, "{search}");
    }
}

#[test]
fn list_takes_a_class_in_capitals_as_the_shortcut_does() {
    let upper = Test::new().args(["list", "4XX"]).status(0).run().stdout;
    assert_eq!(upper, Test::new().args(["list", "4xx"]).run().stdout);
    assert_eq!(upper, Test::new().args(["4XX"]).run().stdout);
    Test::new().args(["list", "6XX"]).status(2).one_line_error().run();
}
