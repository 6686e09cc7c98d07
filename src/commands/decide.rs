//! `statusgen decide`: walk the decision tree and print the recommended status with the why.

use std::io::{IsTerminal, Write};

use statusgen_kb::model::Kb;

use crate::decide::{self, Scripted, prompt};
use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::decision::Decision;

/// `answers` replays `--answers`; without it, the questions are asked.
pub fn run(kb: &Kb, answers: Option<&[String]>, format: Format, out: &mut dyn Write) -> Result<Exit, Error> {
    let verdict = match answers {
        Some(tokens) => {
            let mut scripted = Scripted::new(tokens)?;
            let verdict = decide::walk(kb, &mut scripted)?;
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
        None if std::io::stdin().is_terminal() => decide::walk(kb, &mut prompt::Keys::new())?,
        None => decide::walk(kb, &mut prompt::stdin_lines())?,
    };
    let code = kb
        .official(verdict.outcome.code)
        .ok_or_else(|| Error::Data(format!("outcome '{}' names an unknown code", verdict.outcome.id)))?;
    emit(out, format, &Decision::new(&verdict, code))?;
    Ok(Exit::Success)
}
