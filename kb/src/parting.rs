//! Where the decision tree tells two codes apart: the question at which the paths to their
//! outcomes part, one answer leading toward each code (`statusgen compare` for any two codes the
//! tree recommends).

use crate::model::{Kb, Question};
use crate::tree::{Node, Tree};

/// At most this many root-to-outcome paths are followed: the embedded tree has about 70 (a
/// subtree may be reached along several paths), and a hostile `--data` tree cannot make the
/// walk blow up.
const MAX_PATHS: usize = 10_000;

/// An answer to a question on the way to an outcome.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    pub question: &'a Question,
    pub yes: bool,
}

/// One side of a parting: the code an answer leads to, and the answers after it that reach it.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    pub code: u16,
    /// The outcome's id (a code may be recommended by several outcomes).
    pub outcome: &'a str,
    /// The answers between the parting question and the outcome.
    pub then: Vec<Step<'a>>,
}

/// The question where the paths to two codes part.
#[derive(Debug, Clone)]
pub struct Parting<'a> {
    pub question: &'a Question,
    /// Where "yes" leads.
    pub yes: Side<'a>,
    /// Where "no" leads.
    pub no: Side<'a>,
}

/// Every path from the root to an outcome, with the outcome's code and id, depth first ("yes"
/// first); none when the tree has no questions.
pub fn paths(kb: &Kb) -> Vec<(Vec<Step<'_>>, u16, &str)> {
    let tree = Tree::new(kb);
    let mut found = Vec::new();
    let Some(root) = tree.root().and_then(|q| tree.get(&q.id)) else {
        return found;
    };
    let mut stack: Vec<(Node, Vec<Step>)> = vec![(root, Vec::new())];
    while let Some((node, path)) = stack.pop() {
        if found.len() >= MAX_PATHS || path.len() > kb.questions.len() {
            break; // too many paths, or a cycle that validation would have refused
        }
        match node {
            Node::Outcome(o) => {
                let outcome = tree.outcome(o);
                found.push((path, outcome.code, &*outcome.id));
            }
            Node::Question(q) => {
                let question = tree.question(q);
                for yes in [false, true] {
                    if let Some(next) = tree.next(question, yes) {
                        let mut path = path.clone();
                        path.push(Step { question, yes });
                        stack.push((next, path));
                    }
                }
            }
        }
    }
    found
}

/// Codes the tree recommends, sorted, each once.
pub fn codes(kb: &Kb) -> Vec<u16> {
    let mut codes: Vec<u16> = paths(kb).into_iter().map(|(_, code, _)| code).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// Where the tree tells `a` from `b`: of all the paths to them, the two that stay together
/// longest part at the most specific question. `None` when either code has no outcome, or
/// they are the same code.
pub fn parting(kb: &Kb, a: u16, b: u16) -> Option<Parting<'_>> {
    parting_in(&paths(kb), a, b)
}

/// `parting` over paths found once (for comparing many codes).
pub fn parting_in<'a>(paths: &[(Vec<Step<'a>>, u16, &'a str)], a: u16, b: u16) -> Option<Parting<'a>> {
    if a == b {
        return None;
    }
    let of = |code: u16| paths.iter().filter(move |(_, c, _)| *c == code);
    let mut best: Option<(usize, Parting)> = None;
    for (pa, _, oa) in of(a) {
        for (pb, _, ob) in of(b) {
            let common = pa
                .iter()
                .zip(pb)
                .take_while(|(x, y)| std::ptr::eq(x.question, y.question) && x.yes == y.yes)
                .count();
            let (Some(sa), Some(sb)) = (pa.get(common), pb.get(common)) else {
                continue; // one path is the other's prefix: cannot happen between two leaves
            };
            if best.as_ref().is_some_and(|(depth, _)| *depth >= common) {
                continue;
            }
            let side = |code: u16, path: &[Step<'a>], outcome: &'a str| Side {
                code,
                outcome,
                then: path[common + 1..].to_vec(),
            };
            let (side_a, side_b) = (side(a, pa, oa), side(b, pb, ob));
            let (yes, no) = if sa.yes { (side_a, side_b) } else { (side_b, side_a) };
            best = Some((
                common,
                Parting {
                    question: sb.question,
                    yes,
                    no,
                },
            ));
        }
    }
    best.map(|(_, parting)| parting)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb(tree: &str) -> Kb {
        let (kb, _) = crate::load::parse("tree.toml", tree).expect("parses");
        kb
    }

    const TREE: &str = r#"
[[question]]
id = "a"
text = "A?"
hint = "h"
yes = "b"
no = "c"

[[question]]
id = "b"
text = "B?"
hint = "h"
yes = "o400"
no = "d"

[[question]]
id = "c"
text = "C?"
hint = "h"
yes = "o200"
no = "d"

[[question]]
id = "d"
text = "D?"
hint = "h"
yes = "o404"
no = "o500"

[[outcome]]
id = "o200"
code = 200
why = "w"

[[outcome]]
id = "o400"
code = 400
why = "w"

[[outcome]]
id = "o404"
code = 404
why = "w"

[[outcome]]
id = "o500"
code = 500
why = "w"
"#;

    #[test]
    fn paths_part_at_the_most_specific_question() {
        let kb = kb(TREE);
        // 404 and 500 are both reached through d, from b and from c: they part at d, not a.
        let p = parting(&kb, 500, 404).expect("parts");
        assert_eq!(&*p.question.id, "d");
        assert_eq!((p.yes.code, p.no.code), (404, 500));
        assert!(p.yes.then.is_empty() && p.no.then.is_empty());
        // 400 and 200 part at the root; each side lists the answer after it.
        let p = parting(&kb, 200, 400).expect("parts");
        assert_eq!(&*p.question.id, "a");
        assert_eq!((p.yes.code, p.no.code), (400, 200));
        assert_eq!(p.yes.then.len(), 1);
        assert_eq!((&*p.yes.then[0].question.id, p.yes.then[0].yes), ("b", true));
        assert_eq!((&*p.no.then[0].question.id, p.no.then[0].yes), ("c", true));
        // 400 and 404 part at b (both under a's yes).
        assert_eq!(&*parting(&kb, 404, 400).expect("parts").question.id, "b");
        assert!(parting(&kb, 200, 200).is_none());
        assert!(parting(&kb, 200, 418).is_none());
        assert_eq!(codes(&kb), [200, 400, 404, 500]);
    }

    #[test]
    fn a_tree_without_questions_parts_nothing() {
        assert!(paths(&Kb::default()).is_empty());
        assert!(parting(&Kb::default(), 200, 404).is_none());
    }
}
