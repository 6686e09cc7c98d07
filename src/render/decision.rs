//! The result of `decide`: the recommended code, the answers that led there, and why.

use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::model::{Code, Rule, Text};

use super::{bullets, example, para, rules, section};
use crate::decide::Verdict;
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
    #[serde(skip)]
    card: &'a Code,
}

#[derive(Serialize)]
pub struct Step<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub answer: &'static str,
}

impl<'a> Decision<'a> {
    pub fn new(verdict: &Verdict<'a>, code: &'a Code) -> Self {
        let path = verdict.path.iter().map(|s| Step {
            id: &s.question.id,
            question: &s.question.text,
            answer: if s.yes { "yes" } else { "no" },
        });
        Decision {
            code: code.code,
            name: &code.name,
            outcome: &verdict.outcome.id,
            why: &verdict.outcome.why,
            alternatives: &verdict.outcome.alternatives,
            headers: &code.headers,
            path: path.collect(),
            answers: verdict.replay(),
            card: code,
        }
    }
}

impl View for Decision<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let arrow = style::dim("→");
        writeln!(out, "{arrow} {} {}", style::code(self.code), style::name(self.name))?;
        writeln!(out)?;
        para(out, &self.card.summary, "", "")?;
        section(out, "Your answers")?;
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
        para(out, self.why, "  ", "  ")?;
        rules(out, "Send these headers", self.headers)?;
        if let Some(text) = &self.card.example {
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
        writeln!(out, "{}   statusgen lookup {}", style::dim("More:"), self.code)
    }
}
