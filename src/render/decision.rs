//! The result of `decide`: the recommended code, the answers that led there, and why.

use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::model::{Code, Rule, Text};

use super::{bullets, example, para, rules, section};
use crate::decide::{Pending, Verdict, replay};
use crate::emit::View;
use crate::style;

#[derive(Serialize)]
pub struct Decision<'a> {
    pub code: u16,
    pub name: &'a str,
    pub outcome: &'a str,
    pub why: &'a str,
    pub alternatives: &'a [Text],
    pub headers: &'a [Rule],
    pub path: Vec<Step<'a>>,
    /// The replay line: `y,n,n`.
    pub answers: String,
    /// The outcome's own example exchange, else the card's.
    pub example: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Step<'a> {
    pub id: &'a str,
    pub question: &'a str,
    /// A few words: the question's label.
    pub label: String,
    pub answer: &'static str,
}

fn steps<'a>(path: &[crate::decide::Step<'a>]) -> Vec<Step<'a>> {
    path.iter()
        .map(|s| Step {
            id: &s.question.id,
            question: &s.question.text,
            label: statusgen_kb::tree::label(s.question),
            answer: if s.yes { "yes" } else { "no" },
        })
        .collect()
}

impl<'a> Decision<'a> {
    pub fn new(verdict: &Verdict<'a>, code: &'a Code) -> Self {
        Decision {
            code: code.code,
            name: &code.name,
            outcome: &verdict.outcome.id,
            why: &verdict.outcome.why,
            alternatives: &verdict.outcome.alternatives,
            headers: &code.headers,
            path: steps(&verdict.path),
            answers: verdict.replay(),
            example: verdict.outcome.example.as_deref().or(code.example.as_deref()),
        }
    }
}

impl View for Decision<'_> {
    /// Answers and why first, the verdict last, so it stays on screen.
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", style::heading("Your answers"))?;
        for (i, step) in self.path.iter().enumerate() {
            let answer = if step.answer == "yes" {
                style::good("yes")
            } else {
                style::bad("no")
            };
            let number = format!("{:>4}. ", i + 1);
            para(out, &format!("{}  {answer}", step.question), &number, "      ")?;
        }
        section(out, "Why")?;
        for step in self.path.iter().filter(|s| s.answer == "yes") {
            para(out, &format!("{} yes", step.label), "  • ", "    ")?;
        }
        para(out, &format!("So: {}", self.why), "  ", "  ")?;
        let (cases, always): (Vec<Rule>, Vec<Rule>) = self.headers.iter().cloned().partition(Rule::is_conditional);
        rules(out, "Send these headers", &always)?;
        rules(out, "Headers for some cases (each says when)", &cases)?;
        if !self.headers.is_empty() {
            para(out, LEGEND, "  ", "  ")?;
        }
        if let Some(text) = self.example {
            section(out, "Example")?;
            example(out, text)?;
        }
        bullets(out, "Alternatives", self.alternatives)?;
        writeln!(
            out,
            "\n{} statusgen decide --answers {}",
            style::dim("Replay:"),
            self.answers
        )?;
        writeln!(out, "{}   statusgen lookup {}", style::dim("More:"), self.code)?;
        let arrow = style::dim("→");
        writeln!(out, "\n{arrow} {} {}", style::code(self.code), style::name(self.name))
    }
}

/// Explains the header levels once, under the headers.
const LEGEND: &str = "Levels: MUST, SHOULD and MAY as the RFC writes them; advice is a suggestion without one.";

/// `--answers` ran out: the next question, for a tool (or a person) to answer.
#[derive(Serialize)]
pub struct PendingView<'a> {
    pub pending: PendingQuestion<'a>,
    pub path: Vec<Step<'a>>,
    /// The answers so far: `y,n`.
    pub answers: String,
}

#[derive(Serialize)]
pub struct PendingQuestion<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub hint: &'a str,
}

impl<'a> PendingView<'a> {
    pub fn new(pending: &Pending<'a>) -> Self {
        let q = pending.question;
        PendingView {
            pending: PendingQuestion {
                id: &q.id,
                text: &q.text,
                hint: &q.hint,
            },
            path: steps(&pending.path),
            answers: replay(&pending.path),
        }
    }
}

impl View for PendingView<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let number = format!("{:>2}. ", self.path.len() + 1);
        writeln!(out, "{}", style::heading("Next question"))?;
        para(out, self.pending.text, &number, "    ")?;
        para(out, self.pending.hint, "    ", "    ")?;
        let sep = if self.answers.is_empty() { "" } else { "," };
        writeln!(
            out,
            "\n{} statusgen decide --answers {}{sep}y   (or {}{sep}n)",
            style::dim("Answer:"),
            self.answers,
            self.answers
        )
    }
}
