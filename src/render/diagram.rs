//! The decision tree drawn: an indented outline for the terminal, and mermaid or dot diagrams
//! that share one walk and differ only in syntax.

use std::collections::HashSet;
use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::model::{Kb, Outcome, Question};
use statusgen_kb::tree::{Node, Tree};

use crate::emit::View;
use crate::style;

/// The outline nests one level per question; deeper trees are refused rather than printed
/// with quadratic indentation.
pub const MAX_DEPTH: usize = 200;

/// The tree as data (JSON) and as an outline (text).
#[derive(Serialize)]
pub struct TreeView<'a> {
    pub root: &'a str,
    pub questions: Vec<&'a Question>,
    pub outcomes: Vec<&'a Outcome>,
    #[serde(skip)]
    pub kb: &'a Kb,
}

impl View for TreeView<'_> {
    /// An indented outline; a subtree reached a second time is named, not repeated. Made whole
    /// before any of it is written: a tree too deep for an outline is refused with nothing on
    /// stdout (a buffered stdout would otherwise flush hundreds of kilobytes of it first).
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut outline = Vec::new();
        self.outline(&mut outline)?;
        out.write_all(&outline)
    }
}

impl TreeView<'_> {
    fn outline(&self, out: &mut dyn Write) -> io::Result<()> {
        let tree = Tree::new(self.kb);
        let mut seen = HashSet::new();
        // (question, the answer that led here, depth), depth-first, "yes" before "no".
        let Some(Node::Question(root)) = tree.get(self.root) else {
            return Ok(());
        };
        let mut stack = vec![(root, String::new(), 0usize)];
        while let Some((q, label, depth)) = stack.pop() {
            if depth > MAX_DEPTH {
                let message = format!(
                    "the tree is more than {MAX_DEPTH} questions deep, too deep for an outline; use `statusgen tree --format json`"
                );
                return Err(io::Error::new(io::ErrorKind::InvalidData, message));
            }
            let question = tree.question(q);
            let indent = "  ".repeat(depth);
            let id = style::dim(format!("[{}]", question.id));
            outline_line(out, &indent, &format!("{label}{} {id}", question.text))?;
            if !seen.insert(q) {
                continue;
            }
            let mut children = Vec::new();
            for (yes, answer) in [(true, "yes:"), (false, "no:")] {
                let label = format!("{} ", style::dim(answer));
                match tree.next(question, yes) {
                    Some(Node::Question(next)) if !seen.contains(&next) => children.push((next, label)),
                    Some(Node::Question(next)) => {
                        let again = style::dim(format!("[{}]", tree.question(next).id));
                        outline_line(
                            out,
                            &format!("{indent}  "),
                            &format!("{label}{} {again}", style::dim("see")),
                        )?;
                    }
                    Some(Node::Outcome(o)) => {
                        let outcome = tree.outcome(o);
                        let name = self.kb.official(outcome.code).map_or("", |c| &c.name);
                        let mut line = format!("{label}→ {} {}", style::code(outcome.code), style::name(name));
                        if let Some(which) = &outcome.label {
                            line.push_str(&format!(" {}", style::dim(format!("({which})"))));
                        }
                        outline_line(out, &format!("{indent}  "), &line)?;
                    }
                    None => {}
                }
            }
            for (next, label) in children.into_iter().rev() {
                stack.push((next, label, depth + 1));
            }
        }
        Ok(())
    }
}

/// One entry of the outline, wrapped to the width with continuation lines indented under it.
fn outline_line(out: &mut dyn Write, indent: &str, text: &str) -> io::Result<()> {
    for part in super::wrap(text, super::width(), indent, &format!("{indent}    ")) {
        writeln!(out, "{part}")?;
    }
    Ok(())
}

/// `tree --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum TreeFormat {
    /// Indented outline for the terminal
    #[default]
    #[value(alias = "text")]
    Outline,
    /// Mermaid flowchart
    Mermaid,
    /// Graphviz dot
    Dot,
    Json,
}

/// The syntax of a diagram language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Mermaid,
    Dot,
}

impl Dialect {
    fn header(self) -> &'static str {
        match self {
            Dialect::Mermaid => "flowchart TD",
            Dialect::Dot => concat!(
                "digraph statusgen {\n",
                "    rankdir=LR; ranksep=0.3; nodesep=0.15;\n",
                "    node [fontname=\"sans-serif\", fontsize=11, margin=\"0.08,0.03\"];\n",
                "    edge [fontname=\"sans-serif\", fontsize=9];"
            ),
        }
    }

    fn footer(self) -> Option<&'static str> {
        match self {
            Dialect::Mermaid => None,
            Dialect::Dot => Some("}"),
        }
    }

    /// A node id the language accepts.
    fn id(self, id: &str) -> String {
        match self {
            // Mermaid ids are letters, digits and underscores; anything else is hex-escaped.
            Dialect::Mermaid => {
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
            Dialect::Dot => format!("\"{}\"", self.quote(id)),
        }
    }

    /// A label inside double quotes.
    fn quote(self, text: &str) -> String {
        match self {
            Dialect::Mermaid => text.replace('"', "#quot;"),
            Dialect::Dot => text.replace('\\', "\\\\").replace('"', "\\\""),
        }
    }

    /// A question node: the short label shown, wrapped; the full text as a tooltip.
    fn question(self, id: &str, label: &str, text: &str) -> String {
        let lines = super::wrap(label, 22, "", "");
        let (node, tooltip) = (self.id(id), self.quote(text));
        match self {
            Dialect::Mermaid => {
                let label: Vec<String> = lines.iter().map(|l| self.quote(l)).collect();
                format!(
                    "    {node}{{\"{}\"}}\n    click {node} callback \"{tooltip}\"",
                    label.join("<br/>")
                )
            }
            Dialect::Dot => {
                let label: Vec<String> = lines.iter().map(|l| self.quote(l)).collect();
                format!(
                    "    {node} [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", label=\"{}\", tooltip=\"{tooltip}\"];",
                    label.join("\\n")
                )
            }
        }
    }

    fn outcome(self, id: &str, label: &str) -> String {
        let (id, label) = (self.id(id), self.quote(label));
        match self {
            Dialect::Mermaid => format!("    {id}([\"{label}\"])"),
            Dialect::Dot => format!("    {id} [shape=box, style=filled, fillcolor=\"#fdf1d8\", label=\"{label}\"];"),
        }
    }

    fn edge(self, from: &str, answer: &str, to: &str) -> String {
        let (from, to) = (self.id(from), self.id(to));
        match self {
            Dialect::Mermaid => format!("    {from} -->|{answer}| {to}"),
            Dialect::Dot => format!("    {from} -> {to} [label=\"{answer}\"];"),
        }
    }
}

/// Draws the view's questions and outcomes, then every edge.
pub fn diagram(out: &mut dyn Write, view: &TreeView, dialect: Dialect) -> io::Result<()> {
    let kb = view.kb;
    writeln!(out, "{}", dialect.header())?;
    for q in view.questions.iter() {
        writeln!(
            out,
            "{}",
            dialect.question(&q.id, &statusgen_kb::tree::label(q), &q.text)
        )?;
    }
    for o in view.outcomes.iter() {
        let title = match &o.label {
            Some(which) => format!("{} ({which})", kb.title(o.code)),
            None => kb.title(o.code),
        };
        writeln!(out, "{}", dialect.outcome(&o.id, &title))?;
    }
    for q in view.questions.iter() {
        for (answer, target) in [("yes", &q.yes), ("no", &q.no)] {
            writeln!(out, "{}", dialect.edge(&q.id, answer, target))?;
        }
    }
    if let Some(footer) = dialect.footer() {
        writeln!(out, "{footer}")?;
    }
    Ok(())
}
