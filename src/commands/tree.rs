//! `statusgen tree`: the decision tree as an outline, a mermaid or dot diagram, or JSON.

use std::collections::HashSet;
use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use crate::cli::TreeFormat;
use crate::error::Error;
use crate::kb::model::{Kb, Outcome, Question};
use crate::kb::validate::{Node, node_index};
use crate::render;
use crate::style::{self, clean};

pub fn run(kb: &Kb, format: TreeFormat, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let tree = Tree::new(kb)?;
    match format {
        TreeFormat::Outline => tree.outline(out, 0, "", 0, &mut HashSet::new())?,
        TreeFormat::Mermaid => tree.mermaid(out)?,
        TreeFormat::Dot => tree.dot(out)?,
        TreeFormat::Json => {
            #[derive(Serialize)]
            struct Json<'a> {
                root: &'a str,
                questions: &'a [Question],
                outcomes: &'a [Outcome],
            }
            let root = kb.questions.first().map_or("", |q| &*q.id);
            render::json(
                out,
                &Json {
                    root,
                    questions: &kb.questions,
                    outcomes: &kb.outcomes,
                },
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

struct Tree<'a> {
    kb: &'a Kb,
    index: std::collections::HashMap<&'a str, Node>,
}

impl<'a> Tree<'a> {
    fn new(kb: &'a Kb) -> Result<Self, Error> {
        let index = node_index(kb).map_err(|p| Error::Data(p.to_string()))?;
        Ok(Tree { kb, index })
    }

    fn node(&self, id: &str) -> Node {
        self.index[id]
    }

    fn outcome_label(&self, outcome: &Outcome) -> String {
        self.kb.title(outcome.code)
    }

    /// An indented outline; a subtree reached a second time is named, not repeated.
    fn outline(
        &self,
        out: &mut dyn Write,
        q: usize,
        label: &str,
        depth: usize,
        seen: &mut HashSet<usize>,
    ) -> io::Result<()> {
        let question = &self.kb.questions[q];
        let indent = "  ".repeat(depth);
        let id = style::dim(&format!("[{}]", clean(&question.id)));
        writeln!(out, "{indent}{label}{} {id}", clean(&question.text))?;
        if !seen.insert(q) {
            return Ok(());
        }
        for (answer, target) in [("yes", &question.yes), ("no", &question.no)] {
            let label = format!("{} ", style::dim(&format!("{answer}:")));
            match self.node(target) {
                Node::Question(next) if seen.contains(&next) => {
                    let again = &self.kb.questions[next];
                    writeln!(
                        out,
                        "{indent}  {label}{} {}",
                        style::dim("see"),
                        style::dim(&format!("[{}]", clean(&again.id)))
                    )?;
                }
                Node::Question(next) => self.outline(out, next, &label, depth + 1, seen)?,
                Node::Outcome(o) => {
                    let outcome = &self.kb.outcomes[o];
                    writeln!(
                        out,
                        "{indent}  {label}→ {} {}",
                        style::code(outcome.code),
                        style::name(&clean(self.kb.official(outcome.code).map_or("", |c| &c.name)))
                    )?;
                }
            }
        }
        Ok(())
    }

    fn edges(&self) -> impl Iterator<Item = (&'a Question, &'static str, &'a str)> {
        self.kb
            .questions
            .iter()
            .flat_map(|q| [(q, "yes", &*q.yes), (q, "no", &*q.no)])
    }

    fn mermaid(&self, out: &mut dyn Write) -> io::Result<()> {
        let quote = |s: &str| clean(s).replace('"', "#quot;");
        writeln!(out, "flowchart TD")?;
        for q in self.kb.questions.iter() {
            writeln!(out, "    {}{{\"{}\"}}", mermaid_id(&q.id), quote(&q.text))?;
        }
        for o in self.kb.outcomes.iter() {
            writeln!(
                out,
                "    {}([\"{}\"])",
                mermaid_id(&o.id),
                quote(&self.outcome_label(o))
            )?;
        }
        for (q, answer, target) in self.edges() {
            writeln!(out, "    {} -->|{answer}| {}", mermaid_id(&q.id), mermaid_id(target))?;
        }
        Ok(())
    }

    fn dot(&self, out: &mut dyn Write) -> io::Result<()> {
        let quote = |s: &str| clean(s).replace('\\', "\\\\").replace('"', "\\\"");
        writeln!(out, "digraph statusgen {{\n    node [fontname=\"sans-serif\"];")?;
        for q in self.kb.questions.iter() {
            writeln!(
                out,
                "    \"{}\" [shape=diamond, label=\"{}\"];",
                quote(&q.id),
                quote(&q.text)
            )?;
        }
        for o in self.kb.outcomes.iter() {
            writeln!(
                out,
                "    \"{}\" [shape=box, style=rounded, label=\"{}\"];",
                quote(&o.id),
                quote(&self.outcome_label(o))
            )?;
        }
        for (q, answer, target) in self.edges() {
            writeln!(
                out,
                "    \"{}\" -> \"{}\" [label=\"{answer}\"];",
                quote(&q.id),
                quote(target)
            )?;
        }
        writeln!(out, "}}")
    }
}

/// Mermaid ids are letters, digits and underscores; anything else is hex-escaped.
fn mermaid_id(id: &str) -> String {
    let mut safe = String::from("n_");
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            safe.push(c);
        } else {
            safe.push_str(&format!("_{:x}_", u32::from(c)));
        }
    }
    safe
}
