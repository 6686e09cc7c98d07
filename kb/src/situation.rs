//! Situations (`data/situations.toml`): the walk of their answers through the decision tree, and
//! their checks. A situation's answers are keyed by question id, so a new question asks only the
//! situations that reach it for one more answer.

use std::collections::HashSet;

use crate::model::{Kb, Outcome, Question, Situation};
use crate::text::blank;
use crate::tree::{Node, Tree};
use crate::validate::{Place, Problem};

/// Where a situation's answers lead, or why they lead nowhere.
pub fn walk<'a>(tree: &Tree<'a>, situation: &Situation) -> Result<&'a Outcome, String> {
    walk_to(tree, situation).map(|(outcome, _)| outcome)
}

/// The last question a situation's walk answers "yes" (else its last question): the one that
/// settles it (the quiz's hint). A "no" at the end only rules out a neighbour.
pub fn decisive<'a>(tree: &Tree<'a>, situation: &Situation) -> Option<&'a Question> {
    walk_to(tree, situation).ok().map(|(_, question)| question)
}

fn walk_to<'a>(tree: &Tree<'a>, situation: &Situation) -> Result<(&'a Outcome, &'a Question), String> {
    let mut question = tree.root().ok_or("the decision tree is empty")?;
    let mut asked: HashSet<&str> = HashSet::new();
    let mut last_yes = None;
    loop {
        let id = &*question.id;
        let yes = situation.yes.iter().any(|y| *y == *id);
        let no = situation.no.iter().any(|n| *n == *id);
        let answer = match (yes, no) {
            (true, true) => return Err(format!("answers question '{id}' both yes and no")),
            (false, false) => return Err(format!("no answer to question '{id}' (add it to `yes` or `no`)")),
            (answer, _) => answer,
        };
        asked.insert(id);
        if answer {
            last_yes = Some(question);
        }
        match tree.next(question, answer) {
            Some(Node::Question(q)) if !asked.contains(&*tree.question(q).id) => question = tree.question(q),
            Some(Node::Outcome(o)) => {
                let unused = situation
                    .yes
                    .iter()
                    .chain(situation.no.iter())
                    .find(|a| !asked.contains(&***a));
                return match unused {
                    Some(id) => Err(format!("answers question '{id}', which its walk never asks")),
                    None => Ok((tree.outcome(o), last_yes.unwrap_or(question))),
                };
            }
            _ => return Err(format!("the answer to '{id}' leads nowhere")),
        }
    }
}

/// Ids unique, codes known, accepted codes distinct, and the answers end at the code or an
/// accepted one.
pub fn check(kb: &Kb) -> Result<(), Problem> {
    let tree = Tree::new(kb);
    let mut ids = HashSet::new();
    for situation in kb.situations.iter() {
        let first = ids.insert(&*situation.id);
        let place = Place::Situation(situation.id.to_string(), usize::from(!first));
        let fail = |message: String| {
            Err(Problem {
                place: place.clone(),
                message,
            })
        };
        if !first {
            return fail("the id is used twice".into());
        }
        if blank(&situation.id) || situation.id.contains(char::is_whitespace) {
            return fail("an id must be a word such as `403-edit-another-profile`".into());
        }
        let mut codes = vec![situation.code];
        for accepted in situation.accepted.iter() {
            if codes.contains(&accepted.code) {
                return fail(format!("code {} is named twice", accepted.code));
            }
            codes.push(accepted.code);
        }
        if let Some(code) = codes.iter().find(|c| kb.official(**c).is_none()) {
            return fail(format!("names {code}, which is not a registry code here"));
        }
        let answers: Vec<&str> = situation.yes.iter().chain(situation.no.iter()).map(|a| &**a).collect();
        if let Some((i, twice)) = answers.iter().enumerate().find(|(i, a)| answers[..*i].contains(a)) {
            let side = if i < situation.yes.len() { "yes" } else { "no" };
            let both = situation.yes.iter().any(|y| **y == **twice) && situation.no.iter().any(|n| **n == **twice);
            if !both {
                return fail(format!("answers question '{twice}' twice in `{side}`"));
            }
        }
        match walk(&tree, situation) {
            Ok(outcome) if situation.accepts(outcome.code) => {}
            Ok(outcome) => {
                return fail(format!(
                    "its answers end at {} ('{}'), not at {} or an accepted code",
                    outcome.code, outcome.id, situation.code
                ));
            }
            Err(why) => return fail(why),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
