//! `statusgen quiz`: practise with the situations of the knowledge base.
//!
//! At a terminal (standard input and standard error) the questions are asked one by one with
//! feedback at once; otherwise replies are read one per line from standard input and the result
//! is printed at the end (`--format json` for tools). Progress is kept either way.

use std::io::{IsTerminal, Write};

use statusgen_kb::model::{Kb, Topic};

use crate::cli::Quiz;
use crate::emit::emit;
use crate::error::Error;
use crate::exit::Exit;
use crate::quiz::state::Store;
use crate::quiz::{Plan, lines::Scripted, play, select, term::Terminal};
use crate::render::quiz::{Result as QuizResult, Stats};

/// `quiz --help`: keys, scripted use and where progress is kept.
pub fn run(kb: &Kb, args: &Quiz, out: &mut dyn Write) -> Result<Exit, Error> {
    let format = args.output.format;
    let mut store = Store::open();
    warn(&mut store);
    if args.stats {
        emit(out, format, &Stats::new(kb, &store.progress))?;
        return Ok(Exit::Success);
    }
    if kb.situations.is_empty() {
        return Err(Error::NotFound("this knowledge base has no situations to ask".into()));
    }
    let seed = args.seed.unwrap_or_else(clock_seed);
    let plan = Plan {
        topics: &args.topic,
        count: usize::from(args.count),
        seed,
        fixed: args.seed.is_some(),
        review: args.review,
        choices: args.choices,
    };
    let questions = select(kb, &plan, &store);
    store.start();
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let answered = if terminal {
        play(kb, questions, &mut Terminal::new(), &mut store)?
    } else {
        play(kb, questions, &mut Scripted::new(std::io::stdin().lock()), &mut store)?
    };
    warn(&mut store);
    let replay = replay(args, seed);
    let result = QuizResult::new(kb, &answered, !terminal, replay);
    emit(out, format, &result)?;
    Ok(Exit::Success)
}

/// The command that asks the same questions again.
fn replay(args: &Quiz, seed: u64) -> String {
    let mut words = vec![format!("statusgen quiz --seed {seed} --count {}", args.count)];
    words.extend(args.topic.iter().map(|t: &Topic| format!("--topic {}", t.name())));
    if args.choices {
        words.push("--choices".into());
    }
    words.join(" ")
}

fn clock_seed() -> u64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    now.map_or(0, |d| d.as_nanos() as u64 ^ u64::from(std::process::id()))
}

/// Each warning once, on standard error.
fn warn(store: &mut Store) {
    let mut stderr = std::io::stderr().lock();
    for message in store.take_warnings() {
        let _ = writeln!(stderr, "warning: {message}");
    }
}
