//! Real-world situations (data/situations.toml) with the honest answers a newcomer gives: the tree
//! must end at the code an expert would choose (or an accepted one). Also: every code the tree may recommend is reachable, and the common
//! ones are quick to reach.

mod common;

use std::collections::{BTreeSet, HashMap, VecDeque};

use common::{Test, json, reference};
use serde::Deserialize;

#[derive(Deserialize)]
struct Situations {
    situation: Vec<Situation>,
}

#[derive(Deserialize)]
struct Situation {
    id: String,
    code: u64,
    #[serde(default)]
    accepted: Vec<Accepted>,
    yes: Vec<String>,
    no: Vec<String>,
}

#[derive(Deserialize)]
struct Accepted {
    code: u64,
}

/// The bank of situations, data/situations.toml: the same file the knowledge base bakes in.
fn situations() -> Vec<Situation> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/situations.toml"))
        .expect("data/situations.toml");
    toml::from_str::<Situations>(&text).expect("valid situations").situation
}

/// `y,n,…` for `decide --answers`: the situation's answers (keyed by question id) in the order the
/// tree asks them.
fn replay(tree: &Tree, situation: &Situation) -> String {
    let Tree(root, questions, outcomes) = tree;
    let (mut node, mut answers) = (root.clone(), Vec::new());
    while !outcomes.contains_key(&node) && answers.len() <= questions.len() {
        let yes = situation.yes.contains(&node);
        if !yes && !situation.no.contains(&node) {
            break; // decide stops at the question with no answer: reported below
        }
        answers.push(if yes { "y" } else { "n" });
        let (on_yes, on_no) = &questions[&node];
        node = if yes { on_yes.clone() } else { on_no.clone() };
    }
    answers.join(",")
}

#[test]
fn each_situation_ends_at_its_code_through_decide() {
    let situations = situations();
    assert!(situations.len() >= 500, "the bank has {} situations", situations.len());
    let tree = tree();
    let mut wrong = Vec::new();
    for s in &situations {
        let answers = replay(&tree, s);
        let output = Test::new()
            .args(["decide", "--answers", &answers, "--format", "json"])
            .any_status()
            .run();
        let (code, stderr) = (output.status, &output.stderr);
        let got = serde_json::from_str::<serde_json::Value>(&output.stdout)
            .ok()
            .and_then(|v| v["code"].as_u64());
        let accepted = got.is_some_and(|g| g == s.code || s.accepted.iter().any(|a| a.code == g));
        if code != 0 || !accepted {
            wrong.push(format!(
                "{} [{answers}] expected {}, got {got:?} {stderr}",
                s.id, s.code
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} situations went wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_bank_covers_every_code_the_tree_reaches() {
    let Tree(_, _, outcomes) = tree();
    let covered: BTreeSet<u64> = situations().iter().map(|s| s.code).collect();
    let missing: Vec<&u64> = outcomes.values().filter(|c| !covered.contains(c)).collect();
    assert!(
        missing.is_empty(),
        "no situation in data/situations.toml for {missing:?}"
    );
}

/// The tree as JSON: the root, question id → (yes, no), outcome id → code.
struct Tree(String, HashMap<String, (String, String)>, HashMap<String, u64>);

fn tree() -> Tree {
    let tree = json(["tree", "--format", "json"]);
    let questions = tree["questions"].as_array().expect("questions").iter().map(|q| {
        let id = q["id"].as_str().expect("id").to_string();
        (
            id,
            (
                q["yes"].as_str().expect("yes").to_string(),
                q["no"].as_str().expect("no").to_string(),
            ),
        )
    });
    let outcomes = tree["outcomes"].as_array().expect("outcomes").iter().map(|o| {
        (
            o["id"].as_str().expect("id").to_string(),
            o["code"].as_u64().expect("code"),
        )
    });
    Tree(
        tree["root"].as_str().expect("root").to_string(),
        questions.collect(),
        outcomes.collect(),
    )
}

/// The fewest questions to each code, breadth first from the root.
fn depths() -> HashMap<u64, usize> {
    let Tree(root, questions, outcomes) = tree();
    let mut best = HashMap::new();
    let mut queue = VecDeque::from([(root, 0)]);
    let mut seen = BTreeSet::new();
    while let Some((id, depth)) = queue.pop_front() {
        if let Some(code) = outcomes.get(&id) {
            best.entry(*code).or_insert(depth);
            continue;
        }
        if !seen.insert(id.clone()) {
            continue;
        }
        let (yes, no) = &questions[&id];
        queue.push_back((yes.clone(), depth + 1));
        queue.push_back((no.clone(), depth + 1));
    }
    best
}

#[test]
fn every_registered_or_temporary_code_is_reachable_and_no_other() {
    let reachable: BTreeSet<u64> = depths().keys().copied().collect();
    let expected: BTreeSet<u64> = reference("iana-status-codes.csv")
        .iter()
        .filter(|row| &row[3] == "registered" || &row[3] == "temporary")
        .map(|row| row[0].parse().expect("numeric"))
        .collect();
    assert!(!expected.is_empty(), "the registry has codes a tree may recommend");
    assert_eq!(reachable, expected);
}

#[test]
fn common_codes_come_quickly() {
    let depths = depths();
    let common = [
        200, 201, 202, 204, 301, 304, 400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504,
    ];
    let mut found: Vec<usize> = common.iter().map(|c| depths[c]).collect();
    found.sort();
    assert!(
        found[found.len() / 2 - 1] <= 6 && found[found.len() / 2] <= 6,
        "median over 6: {found:?}"
    );
    assert!(
        found.iter().all(|d| *d <= 9),
        "a common code needs over 9 questions: {found:?}"
    );
}
