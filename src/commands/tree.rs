//! `statusgen tree`: the decision tree as an outline, a mermaid or dot diagram, or JSON;
//! `--from NODE` keeps one branch.

use std::collections::HashSet;
use std::io::Write;

use statusgen_kb::model::Kb;
use statusgen_kb::tree::{Node, Tree};

use crate::emit::{Format, emit};
use crate::error::{Error, quote};
use crate::exit::Exit;
use crate::render::diagram::{Dialect, TreeFormat, TreeView, diagram};

pub fn run(kb: &Kb, format: TreeFormat, from: Option<&str>, out: &mut dyn Write) -> Result<Exit, Error> {
    let root = match from {
        Some(id) => branch_root(kb, id)?,
        None => kb.questions.first().map_or("", |q| &*q.id),
    };
    let (questions, outcomes) = reachable(kb, root);
    let view = TreeView {
        root,
        questions: kb.questions.iter().filter(|q| questions.contains(&*q.id)).collect(),
        outcomes: kb.outcomes.iter().filter(|o| outcomes.contains(&*o.id)).collect(),
        kb,
    };
    match format {
        TreeFormat::Outline => emit(out, Format::Text, &view)?,
        TreeFormat::Json => emit(out, Format::Json, &view)?,
        TreeFormat::Mermaid => diagram(out, &view, Dialect::Mermaid)?,
        TreeFormat::Dot => diagram(out, &view, Dialect::Dot)?,
    }
    Ok(Exit::Success)
}

/// The question `id` names, or an error listing the nearest ids.
fn branch_root<'a>(kb: &'a Kb, id: &str) -> Result<&'a str, Error> {
    if let Some(q) = kb.questions.iter().find(|q| *q.id == *id) {
        return Ok(&q.id);
    }
    let mut near: Vec<(usize, &str)> = kb
        .questions
        .iter()
        .map(|q| (strsim::levenshtein(id, &q.id), &*q.id))
        .collect();
    near.sort();
    let near: Vec<&str> = near.iter().take(3).map(|(_, id)| *id).collect();
    let what = if kb.outcomes.iter().any(|o| *o.id == *id) {
        "is an outcome, not a question"
    } else {
        "is not a question"
    };
    Err(Error::Usage(format!(
        "tree --from: '{}' {what}; near: {} (see `statusgen tree`)",
        quote(id, 40),
        near.join(", ")
    )))
}

/// Ids of the questions and outcomes reachable from `root`.
fn reachable<'a>(kb: &'a Kb, root: &str) -> (HashSet<&'a str>, HashSet<&'a str>) {
    let tree = Tree::new(kb);
    let (mut questions, mut outcomes) = (HashSet::new(), HashSet::new());
    let mut stack: Vec<Node> = tree.get(root).into_iter().collect();
    while let Some(node) = stack.pop() {
        match node {
            Node::Question(q) => {
                let question = tree.question(q);
                if questions.insert(&*question.id) {
                    stack.extend([true, false].iter().filter_map(|&yes| tree.next(question, yes)));
                }
            }
            Node::Outcome(o) => {
                outcomes.insert(&*tree.outcome(o).id);
            }
        }
    }
    (questions, outcomes)
}
