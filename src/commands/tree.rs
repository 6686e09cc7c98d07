//! `statusgen tree`: the decision tree as an outline, a mermaid or dot diagram, or JSON.

use std::io::Write;

use statusgen_kb::model::Kb;

use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::diagram::{Dialect, TreeView, diagram};

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

pub fn run(kb: &Kb, format: TreeFormat, out: &mut dyn Write) -> Result<Exit, Error> {
    let view = TreeView {
        root: kb.questions.first().map_or("", |q| &*q.id),
        questions: &kb.questions,
        outcomes: &kb.outcomes,
        kb,
    };
    match format {
        TreeFormat::Outline => emit(out, Format::Text, &view)?,
        TreeFormat::Json => emit(out, Format::Json, &view)?,
        TreeFormat::Mermaid => diagram(out, kb, Dialect::Mermaid)?,
        TreeFormat::Dot => diagram(out, kb, Dialect::Dot)?,
    }
    Ok(Exit::Success)
}
