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
    /// Quit at the recommendation: the text is the verdict alone.
    #[serde(skip)]
    pub brief: bool,
}

#[derive(Serialize)]
pub struct Step<'a> {
    pub id: &'a str,
    pub question: &'a str,
    /// A few words: the question's label.
    pub label: String,
    pub answer: &'static str,
    /// Shown under "Why": the answer chose a branch rather than only ruling one out.
    pub decided: bool,
}

/// Which answers decided: every yes (it took a branch), the no just before a yes (it sent the
/// walk to that branch: "nothing at this URL? no" before "method unknown? yes"), and every no
/// after the last yes (they picked the outcome among the branch's codes). A no followed by
/// another no only ruled out a code on the way.
fn decided(path: &[crate::decide::Step]) -> Vec<bool> {
    let last_yes = path.iter().rposition(|s| s.yes);
    (0..path.len())
        .map(|i| path[i].yes || path.get(i + 1).is_some_and(|s| s.yes) || last_yes.is_none_or(|y| i > y))
        .collect()
}

fn steps<'a>(path: &[crate::decide::Step<'a>]) -> Vec<Step<'a>> {
    path.iter()
        .zip(decided(path))
        .map(|(s, decided)| Step {
            id: &s.question.id,
            question: &s.question.text,
            label: statusgen_kb::tree::label(s.question),
            answer: if s.yes { "yes" } else { "no" },
            decided,
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
            brief: verdict.brief,
        }
    }
}

impl View for Decision<'_> {
    /// Answers and why first, the verdict last, so it stays on screen.
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.brief {
            return self.verdict(out);
        }
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
        for step in self.path.iter().filter(|s| s.decided) {
            para(out, &format!("{} {}", step.label, step.answer), "  • ", "    ")?;
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
        writeln!(out)?;
        self.verdict(out)
    }
}

impl Decision<'_> {
    /// The replay line, where to read more, and the verdict, last.
    fn verdict(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "{} statusgen decide --answers {}",
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
