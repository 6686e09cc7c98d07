//! Where the decision tree tells two codes apart: the question at which the paths to their
//! outcomes part, with the code each answer leads to. The quiz shows it after a wrong pick, beside
//! the hand-written pairs of `compare`.

use crate::model::{Kb, Question};
use crate::tree::{Node, Tree};

/// The question that separates two codes, and which answer leads to which.
pub struct Apart<'a> {
    pub question: &'a Question,
    /// The code the answer "yes" leads to (one of the two), then the one for "no".
    pub yes: u16,
    pub no: u16,
}

/// Every outcome's path from the root: the questions and answers on the way, and its code.
pub fn paths(kb: &Kb) -> Vec<(Vec<(usize, bool)>, u16)> {
    let tree = Tree::new(kb);
    let mut found = Vec::new();
    let mut stack: Vec<(usize, Vec<(usize, bool)>)> = if kb.questions.is_empty() {
        Vec::new()
    } else {
        vec![(0, Vec::new())]
    };
    while let Some((q, path)) = stack.pop() {
        // The tree is validated acyclic; the depth bound only guards a user's odd file.
        if path.len() > kb.questions.len() {
            continue;
        }
        for yes in [true, false] {
            let mut next = path.clone();
            next.push((q, yes));
            match tree.next(tree.question(q), yes) {
                Some(Node::Question(n)) => stack.push((n, next)),
                Some(Node::Outcome(o)) => found.push((next, tree.outcome(o).code)),
                None => {}
            }
        }
    }
    found
}

/// The question where the paths to `a` and `b` part, taking the two outcomes that share the
/// longest start (the closest pair); `None` when the tree does not reach both.
pub fn apart(kb: &Kb, a: u16, b: u16) -> Option<Apart<'_>> {
    let paths = paths(kb);
    let mut best: Option<(usize, usize, bool)> = None;
    for (pa, _) in paths.iter().filter(|(_, c)| *c == a) {
        for (pb, _) in paths.iter().filter(|(_, c)| *c == b) {
            let common = pa.iter().zip(pb).take_while(|(x, y)| x == y).count();
            let (Some(&(q, a_yes)), Some(_)) = (pa.get(common), pb.get(common)) else {
                continue;
            };
            if best.is_none_or(|(most, ..)| common > most) {
                best = Some((common, q, a_yes));
            }
        }
    }
    let (_, q, a_yes) = best?;
    let (yes, no) = if a_yes { (a, b) } else { (b, a) };
    Some(Apart {
        question: &kb.questions[q],
        yes,
        no,
    })
}

/// The codes of the outcomes nearest to `code`'s in the tree: across the last questions of its
/// paths, nearest first (the codes a newcomer is likely to confuse with it).
pub fn neighbours(kb: &Kb, code: u16) -> Vec<u16> {
    let paths = paths(kb);
    let mut near: Vec<(usize, u16)> = Vec::new();
    for (pa, _) in paths.iter().filter(|(_, c)| *c == code) {
        for (pb, other) in paths.iter().filter(|(_, c)| *c != code) {
            let common = pa.iter().zip(pb).take_while(|(x, y)| x == y).count();
            near.push((pa.len() - common + pb.len() - common, *other));
        }
    }
    near.sort();
    let mut codes: Vec<u16> = Vec::new();
    for (_, c) in near {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    codes
}
