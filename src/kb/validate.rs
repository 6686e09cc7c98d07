//! One validator for the embedded knowledge base (run by `build.rs`) and a user's `--data` file.
//!
//! Like `model.rs`, this file is compiled into the build script too: std and the model only.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::{Code, Kb, Status};

/// The entry a problem is about, so a loader can point at its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Document,
    Class(String),
    Code(u16),
    Node(String),
}

/// One thing wrong with a knowledge base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Place::Document => write!(f, "{}", self.message),
            Place::Class(c) => write!(f, "class {c}: {}", self.message),
            Place::Code(c) => write!(f, "code {c}: {}", self.message),
            Place::Node(id) => write!(f, "node '{id}': {}", self.message),
        }
    }
}

/// Whether the decision tree may recommend this code.
pub fn recommendable(code: &Code) -> bool {
    matches!(code.status, Status::Registered | Status::Temporary)
}

/// Checks everything; returns the first problem found, in a stable order.
pub fn validate(kb: &Kb) -> Result<(), Problem> {
    classes(kb)?;
    codes(kb)?;
    tree(kb)
}

fn problem(place: Place, message: impl Into<String>) -> Problem {
    Problem {
        place,
        message: message.into(),
    }
}

fn classes(kb: &Kb) -> Result<(), Problem> {
    let mut seen = HashSet::new();
    for class in kb.classes.iter() {
        let place = || Place::Class(class.class.to_string());
        let digit = class_digit(&class.class)
            .ok_or_else(|| problem(place(), "a class is written 1xx, 2xx, 3xx, 4xx or 5xx"))?;
        if !seen.insert(digit) {
            return Err(problem(place(), "is defined twice"));
        }
        if class.name.trim().is_empty() || class.description.trim().is_empty() {
            return Err(problem(place(), "name and description must not be empty"));
        }
    }
    if kb.classes.is_empty() {
        return Err(problem(Place::Document, "no [[class]] entries"));
    }
    Ok(())
}

/// `4xx` -> 4.
pub fn class_digit(class: &str) -> Option<u16> {
    match class.as_bytes() {
        [d @ b'1'..=b'5', b'x', b'x'] => Some(u16::from(d - b'0')),
        _ => None,
    }
}

fn codes(kb: &Kb) -> Result<(), Problem> {
    if kb.codes.is_empty() {
        return Err(problem(Place::Document, "no [[code]] entries"));
    }
    let classes: HashSet<u16> = kb.classes.iter().filter_map(|c| class_digit(&c.class)).collect();
    let official: HashSet<u16> = kb
        .codes
        .iter()
        .filter(|c| c.status != Status::Unofficial)
        .map(|c| c.code)
        .collect();
    let mut seen_official = HashSet::new();
    let mut seen_unofficial = HashSet::new();
    for code in kb.codes.iter() {
        let place = || Place::Code(code.code);
        let fail = |m: String| Err(problem(place(), m));
        if code.name.trim().is_empty() || code.summary.trim().is_empty() {
            return fail("name and summary must not be empty".into());
        }
        if code.status == Status::Unofficial {
            let Some(vendor) = code.vendor.as_deref() else {
                return fail("an unofficial code must name its vendor".into());
            };
            if !(100..=999).contains(&code.code) {
                return fail("an unofficial code must have three digits".into());
            }
            if !seen_unofficial.insert((code.code, vendor.to_lowercase())) {
                return fail(format!("is defined twice for vendor {vendor}"));
            }
        } else {
            if code.vendor.is_some() {
                return fail("only unofficial codes have a vendor".into());
            }
            if !(100..=599).contains(&code.code) {
                return fail("a registered status code lies between 100 and 599".into());
            }
            if !seen_official.insert(code.code) {
                return fail("is defined twice".into());
            }
        }
        if code.code <= 599 && !classes.contains(&(code.code / 100)) {
            return fail(format!("its class {}xx is not defined", code.code / 100));
        }
        let instead = code.avoid_when.iter().flat_map(|a| a.instead.iter());
        for other in code.related.iter().chain(instead) {
            if !official.contains(other) {
                return fail(format!("refers to {other}, which is not a registered code here"));
            }
        }
        for rule in code.headers.iter().chain(code.rules.iter()) {
            if rule.field.trim().is_empty() || rule.rule.trim().is_empty() {
                return fail("a header or rule needs a field and a rule".into());
            }
        }
    }
    Ok(())
}

/// A node of the decision tree, by index: questions first, then outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Node {
    Question(usize),
    Outcome(usize),
}

/// Maps every node id to its node.
pub fn node_index(kb: &Kb) -> Result<HashMap<&str, Node>, Problem> {
    let mut index = HashMap::new();
    let questions = kb
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (&*q.id, Node::Question(i)));
    let outcomes = kb.outcomes.iter().enumerate().map(|(i, o)| (&*o.id, Node::Outcome(i)));
    for (id, node) in questions.chain(outcomes) {
        if id.trim().is_empty() {
            return Err(problem(Place::Node(id.into()), "an id must not be empty"));
        }
        if index.insert(id, node).is_some() {
            return Err(problem(Place::Node(id.into()), "the id is used twice"));
        }
    }
    Ok(index)
}

fn tree(kb: &Kb) -> Result<(), Problem> {
    if kb.questions.is_empty() {
        return Err(problem(
            Place::Document,
            "no [[question]] entries: the decision tree is empty",
        ));
    }
    let index = node_index(kb)?;
    for question in kb.questions.iter() {
        let place = || Place::Node(question.id.to_string());
        if question.text.trim().is_empty() || question.hint.trim().is_empty() {
            return Err(problem(place(), "a question needs text and a hint"));
        }
        for (answer, target) in [("yes", &question.yes), ("no", &question.no)] {
            if !index.contains_key(&**target) {
                return Err(problem(
                    place(),
                    format!("'{answer}' leads to '{target}', which does not exist"),
                ));
            }
        }
    }
    for outcome in kb.outcomes.iter() {
        let place = || Place::Node(outcome.id.to_string());
        let code = kb
            .codes
            .iter()
            .find(|c| c.code == outcome.code && c.status != Status::Unofficial);
        match code {
            None => {
                return Err(problem(
                    place(),
                    format!("recommends {}, which is not a registered code here", outcome.code),
                ));
            }
            Some(c) if !recommendable(c) => {
                return Err(problem(
                    place(),
                    format!(
                        "recommends {}, which is {:?} and must not be recommended",
                        c.code, c.status
                    ),
                ));
            }
            Some(_) if outcome.why.trim().is_empty() => {
                return Err(problem(place(), "an outcome must say why"));
            }
            Some(_) => {}
        }
    }
    // Depth-first walk from the root: finds cycles and marks what is reachable.
    let mut state = vec![0u8; kb.questions.len()]; // 0 new, 1 on the stack, 2 done
    let mut reached_outcomes = vec![false; kb.outcomes.len()];
    let mut stack = vec![(0usize, false)];
    while let Some((q, children_done)) = stack.pop() {
        if children_done {
            state[q] = 2;
            continue;
        }
        if state[q] != 0 {
            continue;
        }
        state[q] = 1;
        stack.push((q, true));
        let question = &kb.questions[q];
        for target in [&question.yes, &question.no] {
            match index[&**target] {
                Node::Outcome(o) => reached_outcomes[o] = true,
                Node::Question(next) if state[next] == 1 => {
                    return Err(problem(
                        Place::Node(question.id.to_string()),
                        format!("leads back to '{target}': the tree has a cycle"),
                    ));
                }
                Node::Question(next) if state[next] == 0 => stack.push((next, false)),
                Node::Question(_) => {}
            }
        }
    }
    if let Some(q) = state.iter().position(|s| *s == 0) {
        return Err(problem(
            Place::Node(kb.questions[q].id.to_string()),
            "cannot be reached from the first question",
        ));
    }
    if let Some(o) = reached_outcomes.iter().position(|r| !r) {
        return Err(problem(
            Place::Node(kb.outcomes[o].id.to_string()),
            "cannot be reached from the first question",
        ));
    }
    Ok(())
}
