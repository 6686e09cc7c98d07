//! `statusgen decide`: walk the decision tree and print the recommended status with the why.
//!
//! Keys are read when standard input and standard error (where the questions go) are both
//! terminals; otherwise answers are read as lines from standard input. `--answers` replays; when
//! the answers run out, the next question is printed (exit 3), for tools that ask it themselves.

use std::io::{IsTerminal, Write};

use statusgen_kb::model::Kb;

use crate::decide::{self, Scripted, Walk, lines, prompt, signals};
use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::decision::{Decision, PendingView};

/// `answers` replays `--answers`; without it, the questions are asked.
pub fn run(kb: &Kb, answers: Option<&[String]>, format: Format, out: &mut dyn Write) -> Result<Exit, Error> {
    let walked = match answers {
        Some(tokens) => replay(kb, tokens)?,
        None if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() => {
            decide::walk(kb, &mut prompt::Keys::new()?)?
        }
        None => decide::walk(kb, &mut lines::stdin_lines())?,
    };
    let exit = match walked {
        Walk::Done(verdict) => {
            let code = kb
                .official(verdict.outcome.code)
                .ok_or_else(|| Error::Data(format!("outcome '{}' names an unknown code", verdict.outcome.id)))?;
            emit(out, format, &Decision::new(&verdict, code))?;
            Exit::Success
        }
        Walk::Pending(pending) => {
            emit(out, format, &PendingView::new(&pending))?;
            Exit::Pending
        }
    };
    // A signal caught after the last question ends the run once the result is out.
    match signals::received() {
        Some(n) => Err(Error::Signal(n)),
        None => Ok(exit),
    }
}

/// `--answers y,n`; `--answers ''` is no answers yet.
fn replay<'a>(kb: &'a Kb, tokens: &[String]) -> Result<Walk<'a>, Error> {
    let tokens = if tokens.len() == 1 && tokens[0].trim().is_empty() {
        &[]
    } else {
        tokens
    };
    let mut scripted = Scripted::new(tokens)?;
    let walked = decide::walk(kb, &mut scripted)?;
    if let Walk::Done(verdict) = &walked
        && scripted.left_over() > 0
    {
        let extra = match scripted.left_over() {
            1 => "1 more was".to_string(),
            n => format!("{n} more were"),
        };
        return Err(Error::Usage(format!(
            "the answers reached {} after {} answers, but {extra} given; replay with --answers {}",
            verdict.outcome.code,
            verdict.path.len(),
            verdict.replay()
        )));
    }
    Ok(walked)
}
