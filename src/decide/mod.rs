//! `statusgen decide`: walk the decision tree and print the recommended status with the why.

mod prompt;
pub mod walk;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use serde::Serialize;

use crate::cli::Format;
use crate::error::Error;
use crate::kb::model::{Code, Kb, Rule};
use crate::render;
use crate::style::{self, clean};
use walk::{Scripted, Verdict};

pub fn run(kb: &Kb, answers: Option<&[String]>, format: Format, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let verdict = match answers {
        Some(tokens) => {
            let mut scripted = Scripted::new(tokens)?;
            let verdict = walk::walk(kb, &mut scripted)?;
            if scripted.left_over() > 0 {
                return Err(Error::Usage(format!(
                    "the answers reached {} after {} answers, but {} more were given; replay with --answers {}",
                    verdict.outcome.code,
                    verdict.path.len(),
                    scripted.left_over(),
                    verdict.replay()
                )));
            }
            verdict
        }
        None if std::io::stdin().is_terminal() => walk::walk(kb, &mut prompt::Keys::new())?,
        None => walk::walk(kb, &mut prompt::stdin_lines())?,
    };
    let code = kb
        .official(verdict.outcome.code)
        .ok_or_else(|| Error::Data(format!("outcome '{}' names an unknown code", verdict.outcome.id)))?;
    match format {
        Format::Json => render::json(out, &Json::new(&verdict, code))?,
        Format::Text => card(out, &verdict, code)?,
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct Json<'a> {
    code: u16,
    name: &'a str,
    outcome: &'a str,
    why: &'a str,
    alternatives: &'a [crate::kb::model::Text],
    headers: &'a [Rule],
    path: Vec<JsonStep<'a>>,
    answers: String,
}

#[derive(Serialize)]
struct JsonStep<'a> {
    id: &'a str,
    question: &'a str,
    answer: &'static str,
}

impl<'a> Json<'a> {
    fn new(verdict: &'a Verdict<'a>, code: &'a Code) -> Self {
        let path = verdict
            .path
            .iter()
            .map(|s| JsonStep {
                id: &s.question.id,
                question: &s.question.text,
                answer: if s.yes { "yes" } else { "no" },
            })
            .collect();
        Json {
            code: code.code,
            name: &code.name,
            outcome: &verdict.outcome.id,
            why: &verdict.outcome.why,
            alternatives: &verdict.outcome.alternatives,
            headers: &code.headers,
            path,
            answers: verdict.replay(),
        }
    }
}

fn card(out: &mut dyn Write, verdict: &Verdict, code: &Code) -> std::io::Result<()> {
    writeln!(
        out,
        "{} {} {}",
        style::dim("→"),
        style::code(code.code),
        style::name(&clean(&code.name))
    )?;
    writeln!(out)?;
    render::para(out, &code.summary, "", "")?;
    render::section(out, "Your answers")?;
    for (i, step) in verdict.path.iter().enumerate() {
        let answer = if step.yes { style::good("yes") } else { style::bad("no") };
        let number = format!("{:>4}. ", i + 1);
        render::para_then(out, &step.question.text, &format!("  {answer}"), &number, "      ")?;
    }
    render::section(out, "Why")?;
    render::para(out, &verdict.outcome.why, "  ", "  ")?;
    render::rules(out, "Send these headers", &code.headers)?;
    if let Some(example) = &code.example {
        render::section(out, "Example")?;
        render::example_lines(out, example)?;
    }
    if !verdict.outcome.alternatives.is_empty() {
        render::section(out, "Alternatives")?;
        for alternative in verdict.outcome.alternatives.iter() {
            render::para(out, alternative, "  • ", "    ")?;
        }
    }
    writeln!(
        out,
        "\n{} statusgen decide --answers {}",
        style::dim("Replay:"),
        verdict.replay()
    )?;
    writeln!(out, "{}   statusgen lookup {}", style::dim("More:"), code.code)
}
