//! What a player is told after a reply: right or wrong, the code and the reason, and for a wrong
//! pick the question that tells the two codes apart (the pair `compare` shows, else the decision
//! tree's question where their paths part).

use statusgen_kb::model::{Kb, Situation};
use statusgen_kb::pairs::for_codes;
use statusgen_kb::parting::parting;
use statusgen_kb::situation::decisive;
use statusgen_kb::tree::Tree;

use super::Answered;

/// The lines to show (unwrapped): a verdict, then notes.
pub fn lines(kb: &Kb, answered: &Answered) -> Vec<String> {
    let situation = answered.situation;
    let right = kb.title(situation.code);
    let mut lines = Vec::new();
    match answered.given {
        Some(given) if answered.correct && given == situation.code => {
            lines.push(format!("✓ Right: {right}. {}", situation.reason));
        }
        Some(given) if answered.correct => {
            let why = situation
                .accepted
                .iter()
                .find(|a| a.code == given)
                .map_or("", |a| &a.why);
            lines.push(format!("✓ {} is accepted: {why}", kb.title(given)));
            lines.push(format!("The expected answer: {right}. {}", situation.reason));
        }
        Some(given) => {
            lines.push(format!(
                "✗ Not {}: the answer is {right}. {}",
                kb.title(given),
                situation.reason
            ));
            lines.extend(apart_lines(kb, given, situation.code));
        }
        None => lines.push(format!("– Skipped: the answer is {right}. {}", situation.reason)),
    }
    let others: Vec<String> = situation
        .accepted
        .iter()
        .filter(|a| Some(a.code) != answered.given)
        .map(|a| format!("{} ({})", a.code, a.why.trim_end_matches('.')))
        .collect();
    if !others.is_empty() {
        lines.push(format!("Also accepted: {}.", others.join("; ")));
    }
    lines
}

/// How to tell `given` from `right`: the pair's question and answer, else the tree's question.
fn apart_lines(kb: &Kb, given: u16, right: u16) -> Vec<String> {
    if let Some(pair) = for_codes(kb, &[given, right]).first() {
        return vec![format!("Tell them apart: {} {}", pair.question, pair.answer)];
    }
    match parting(kb, given, right) {
        Some(split) => vec![format!(
            "Tell them apart: {} Yes: {}. No: {}.",
            split.question.text,
            kb.title(split.yes.code),
            kb.title(split.no.code)
        )],
        None => Vec::new(),
    }
}

/// `?`: the topic and the question of the decision tree that settles this situation.
pub fn hint(kb: &Kb, situation: &Situation) -> String {
    let tree = Tree::new(kb);
    match decisive(&tree, situation) {
        Some(question) => format!("Topic: {}. Ask yourself: {}", situation.topic.name(), question.text),
        None => format!("Topic: {}.", situation.topic.name()),
    }
}

/// "403 Forbidden" per choice, numbered from 1.
pub fn choice_lines(kb: &Kb, choices: &[u16]) -> Vec<String> {
    choices
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}) {}", i + 1, kb.title(*c)))
        .collect()
}
