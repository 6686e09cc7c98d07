//! One validator for the embedded knowledge base (run by `build.rs`) and a user's `--data` file.
//! Every check is linear in the size of the knowledge base.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::model::{Code, Kb};
use crate::text::blank;
use crate::tree::{Node, Tree};

/// The entry a problem is about, so a loader can point at its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Document,
    Class(String),
    /// A code, and which of its definitions (0 = the first) the problem is at.
    Code(u16, usize),
    Node(String, usize),
    Constant(usize),
    Pair(usize),
    /// A situation by id, and which of its definitions.
    Situation(String, usize),
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
            Place::Document | Place::Constant(_) => write!(f, "{}", self.message),
            Place::Pair(i) => write!(f, "pair {}: {}", i + 1, self.message),
            Place::Class(c) => write!(f, "class {c}: {}", self.message),
            Place::Code(c, _) => write!(f, "code {c}: {}", self.message),
            Place::Node(id, _) => write!(f, "node '{id}': {}", self.message),
            Place::Situation(id, _) => write!(f, "situation '{id}': {}", self.message),
        }
    }
}

type Checked = Result<(), Problem>;

fn problem(place: Place, message: impl Into<String>) -> Problem {
    Problem {
        place,
        message: message.into(),
    }
}

/// Checks everything; returns the first problem found, in a stable order.
pub fn validate(kb: &Kb) -> Checked {
    classes(kb)?;
    codes(kb)?;
    constants(kb)?;
    pairs(kb)?;
    tree(kb)?;
    words::check(kb)?;
    crate::situation::check(kb)
}

fn classes(kb: &Kb) -> Checked {
    let mut seen = HashSet::new();
    for class in kb.classes.iter() {
        let place = || Place::Class(class.class.to_string());
        let digit = class
            .digit()
            .ok_or_else(|| problem(place(), "a class is written 1xx, 2xx, 3xx, 4xx or 5xx"))?;
        if !seen.insert(digit) {
            return Err(problem(place(), "is defined twice"));
        }
        if blank(&class.name) || blank(&class.description) {
            return Err(problem(place(), "name and description must not be empty"));
        }
    }
    if kb.classes.is_empty() {
        return Err(problem(Place::Document, "no [[class]] entries"));
    }
    Ok(())
}

fn codes(kb: &Kb) -> Checked {
    if kb.codes.is_empty() {
        return Err(problem(Place::Document, "no [[code]] entries"));
    }
    let classes: HashSet<u16> = kb.classes.iter().filter_map(|c| c.digit()).collect();
    let official: HashSet<u16> = kb.codes.iter().filter(|c| c.is_official()).map(|c| c.code).collect();
    let mut seen = HashMap::new();
    for code in kb.codes.iter() {
        let nth = seen.entry(code.code).and_modify(|n| *n += 1).or_insert(0usize);
        let fail = |m: String| Err(problem(Place::Code(code.code, *nth), m));
        if let Some(message) = entry(code, &classes, &official) {
            return fail(message);
        }
    }
    duplicates(kb)
}

/// A code defined twice for the registry, or twice for one vendor, reported at the second.
fn duplicates(kb: &Kb) -> Checked {
    let mut seen = HashSet::new();
    let mut nth: HashMap<u16, usize> = HashMap::new();
    for code in kb.codes.iter() {
        let n = nth.entry(code.code).and_modify(|n| *n += 1).or_insert(0);
        let vendor = code.vendor.as_deref().map(str::to_lowercase);
        if !seen.insert((code.code, code.is_official(), vendor)) {
            let message = match &code.vendor {
                Some(vendor) if !code.is_official() => format!("is defined twice for vendor {vendor}"),
                _ => "is defined twice".into(),
            };
            return Err(problem(Place::Code(code.code, *n), message));
        }
    }
    Ok(())
}

/// What is wrong with one code entry, if anything.
fn entry(code: &Code, classes: &HashSet<u16>, official: &HashSet<u16>) -> Option<String> {
    if blank(&code.name) || blank(&code.summary) || blank(&code.reference) {
        return Some("name, summary and reference must not be empty".into());
    }
    match (&code.vendor, code.is_official()) {
        (None, false) => return Some("an unofficial code must name its vendor".into()),
        (Some(v), false) if blank(v) => return Some("the vendor must not be empty".into()),
        (Some(_), true) => return Some("only unofficial codes have a vendor".into()),
        _ => {}
    }
    if code.is_official() && !(100..=599).contains(&code.code) {
        return Some("a registered status code lies between 100 and 599".into());
    }
    if !(100..=999).contains(&code.code) {
        return Some("a status code has three digits".into());
    }
    if code.code <= 599 && !classes.contains(&(code.code / 100)) {
        return Some(format!("its class {}xx is not defined", code.code / 100));
    }
    let instead = code.avoid_when.iter().flat_map(|a| a.instead.iter());
    if let Some(other) = code.related.iter().chain(instead).find(|c| !official.contains(c)) {
        return Some(format!("refers to {other}, which is not a registered code here"));
    }
    let items = code
        .aliases
        .iter()
        .chain(code.keywords.iter())
        .chain(code.use_when.iter());
    let avoid = code.avoid_when.iter().map(|a| &a.when);
    if items.chain(avoid).any(|t| blank(t)) {
        return Some("a list item (alias, keyword, use_when, avoid_when) must not be empty".into());
    }
    let rules = code.headers.iter().chain(code.rules.iter());
    if rules
        .into_iter()
        .any(|r| blank(&r.field) || blank(&r.rule) || blank(&r.section))
    {
        return Some("a header or rule needs a field, a rule and a section".into());
    }
    None
}

fn constants(kb: &Kb) -> Checked {
    let stacks: HashSet<&str> = kb.stacks.iter().map(|s| &*s.id).collect();
    if let Some(stack) = kb
        .stacks
        .iter()
        .find(|s| blank(&s.id) || blank(&s.name) || blank(&s.library))
    {
        return Err(problem(
            Place::Document,
            format!("stack '{}' needs an id, a name and a library", stack.id),
        ));
    }
    let cards: HashSet<(u16, Option<&str>)> = kb.codes.iter().map(|c| (c.code, c.vendor.as_deref())).collect();
    for (i, constant) in kb.constants.iter().enumerate() {
        let fail = |m: String| Err(problem(Place::Constant(i), m));
        let name = &constant.name;
        if blank(name) {
            return fail("a constant needs a name".into());
        }
        if !stacks.contains(&*constant.stack) {
            return fail(format!("constant {name}: there is no stack '{}'", constant.stack));
        }
        if !cards.contains(&(constant.code, constant.vendor.as_deref())) {
            return fail(format!("constant {name}: there is no card for {} here", constant.code));
        }
    }
    Ok(())
}

/// Every pair names two or three distinct registry codes the knowledge base has, and says
/// something.
pub fn pairs(kb: &Kb) -> Checked {
    for (i, pair) in kb.pairs.iter().enumerate() {
        let fail = |m: String| Err(problem(Place::Pair(i), m));
        if !(2..=3).contains(&pair.codes.len()) {
            return fail("a pair names two or three codes".into());
        }
        if let Some(code) = pair.codes.iter().find(|c| kb.official(**c).is_none()) {
            return fail(format!("{code} is not a registry code in this knowledge base"));
        }
        let distinct: HashSet<&u16> = pair.codes.iter().collect();
        if distinct.len() != pair.codes.len() {
            return fail("a code appears twice".into());
        }
        if blank(&pair.question) || blank(&pair.answer) {
            return fail("the question and the answer must not be empty".into());
        }
    }
    Ok(())
}

fn tree(kb: &Kb) -> Checked {
    if kb.questions.is_empty() {
        return Err(problem(
            Place::Document,
            "no [[question]] entries: the decision tree is empty",
        ));
    }
    let tree = Tree::new(kb);
    nodes(kb, &tree)?;
    let codes: HashMap<u16, &Code> = kb
        .codes
        .iter()
        .filter(|c| c.is_official())
        .map(|c| (c.code, c))
        .collect();
    for outcome in kb.outcomes.iter() {
        let place = || Place::Node(outcome.id.to_string(), 0);
        let message = match codes.get(&outcome.code) {
            None => format!("recommends {}, which is not a registered code here", outcome.code),
            Some(c) if !c.recommendable() => {
                format!(
                    "recommends {}, which is {:?} and must not be recommended",
                    c.code, c.status
                )
            }
            Some(_) if blank(&outcome.why) => "an outcome must say why".into(),
            Some(_) if outcome.alternatives.iter().any(|a| blank(a)) => "an alternative must not be empty".into(),
            Some(_) => continue,
        };
        return Err(problem(place(), message));
    }
    reachable(kb, &tree)
}

/// Ids are unique and non-empty; every question has text, a hint and answers that lead somewhere.
fn nodes(kb: &Kb, tree: &Tree) -> Checked {
    let mut seen = HashSet::new();
    let ids = kb
        .questions
        .iter()
        .map(|q| &q.id)
        .chain(kb.outcomes.iter().map(|o| &o.id));
    for id in ids {
        if blank(id) {
            return Err(problem(Place::Node(id.to_string(), 0), "an id must not be empty"));
        }
        if !seen.insert(&**id) {
            return Err(problem(Place::Node(id.to_string(), 1), "the id is used twice"));
        }
    }
    for question in kb.questions.iter() {
        let place = || Place::Node(question.id.to_string(), 0);
        if blank(&question.text) || blank(&question.hint) {
            return Err(problem(place(), "a question needs text and a hint"));
        }
        if question.label.as_deref().is_some_and(blank) {
            return Err(problem(place(), "a label, when given, must not be blank"));
        }
        for (answer, target) in [("yes", &question.yes), ("no", &question.no)] {
            if tree.get(target).is_none() {
                return Err(problem(
                    place(),
                    format!("'{answer}' leads to '{target}', which does not exist"),
                ));
            }
        }
    }
    Ok(())
}

/// A depth-first walk from the root: finds cycles and what cannot be reached.
fn reachable(kb: &Kb, tree: &Tree) -> Checked {
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
        let question = tree.question(q);
        for yes in [true, false] {
            match tree.next(question, yes) {
                Some(Node::Outcome(o)) => reached_outcomes[o] = true,
                Some(Node::Question(next)) if state[next] == 1 => {
                    let target = tree.question(next);
                    return Err(problem(
                        Place::Node(question.id.to_string(), 0),
                        format!("leads back to '{}': the tree has a cycle", target.id),
                    ));
                }
                Some(Node::Question(next)) if state[next] == 0 => stack.push((next, false)),
                _ => {}
            }
        }
    }
    let unreached = |id: &str| {
        problem(
            Place::Node(id.to_string(), 0),
            "cannot be reached from the first question",
        )
    };
    if let Some(q) = state.iter().position(|s| *s == 0) {
        return Err(unreached(&kb.questions[q].id));
    }
    if let Some(o) = reached_outcomes.iter().position(|r| !r) {
        return Err(unreached(&kb.outcomes[o].id));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
mod words;
