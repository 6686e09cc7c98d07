//! `statusgen quiz`: situations of the knowledge base to answer with a code, with feedback, and
//! progress that brings missed ones back sooner (Leitner boxes, `state.rs`).
//!
//! Which situations (`select`), the four choices (`choices.rs`), and one run through them
//! (`play`) through a `Player`: the terminal (`term.rs`) or lines from standard input
//! (`lines.rs`). The feedback text is the same for both (`feedback.rs`).

pub mod choices;
pub mod feedback;
pub mod lines;
pub mod state;
pub mod term;

use statusgen_kb::model::{Kb, Situation, Topic};

use crate::error::Error;
use state::Store;

/// The quiz's keys and replies, in `quiz --help`.
pub const HELP: &str = "At a terminal: type a code (or, with --choices, a choice's number) and Enter;
  ?  a hint (the topic and the question that settles it)   s  skip   q  end with the score
Without a terminal, replies are read one per line from standard input (a code, a number, s or q);
--format json prints the questions (id, situation, answer, accepted, given, correct, reason) and the score.
Progress: $XDG_STATE_HOME/statusgen/quiz.json (default ~/.local/state/statusgen/). What you miss
comes back at every quiz, what you know ever more rarely (Leitner boxes).";

/// A small seeded generator (SplitMix64): the same seed gives the same quiz on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// What to ask.
pub struct Plan<'a> {
    pub topics: &'a [Topic],
    pub count: usize,
    pub seed: u64,
    /// The same seed asks the same questions whatever the progress (a seed was given).
    pub fixed: bool,
    /// Missed situations first.
    pub review: bool,
    pub choices: bool,
}

/// One question: a situation, and the codes to pick from (empty when answers are typed).
pub struct Asked<'a> {
    pub situation: &'a Situation,
    pub choices: Vec<u16>,
}

/// What the player did with a question.
pub enum Reply {
    Code(u16),
    Skip,
    Quit,
}

/// An answered (or skipped) question.
pub struct Answered<'a> {
    pub situation: &'a Situation,
    pub given: Option<u16>,
    pub correct: bool,
}

/// Asks questions and shows what came of each answer.
pub trait Player {
    /// The reply to question `number` (from 1) of `total`.
    fn ask(&mut self, kb: &Kb, asked: &Asked, number: usize, total: usize) -> Result<Reply, Error>;
    /// Right after the reply.
    fn tell(&mut self, kb: &Kb, answered: &Answered, choices: &[u16]) -> Result<(), Error>;
}

/// The situations to ask, in order: `count` of those in the topics. Without a fixed seed, those
/// the progress says are due come first (missed ones are due every time, known ones less and less
/// often); `review` puts the missed ones before everything.
pub fn select<'a>(kb: &'a Kb, plan: &Plan, store: &Store) -> Vec<Asked<'a>> {
    let mut rng = Rng::new(plan.seed);
    let mut pool: Vec<&Situation> = kb
        .situations
        .iter()
        .filter(|s| plan.topics.is_empty() || plan.topics.contains(&s.topic))
        .collect();
    rng.shuffle(&mut pool);
    if plan.review {
        pool.sort_by_key(|s| !store.missed(&s.id));
    }
    if !plan.fixed {
        pool.sort_by_key(|s| (plan.review && !store.missed(&s.id), !store.due(&s.id)));
    }
    pool.truncate(plan.count);
    pool.into_iter()
        .map(|situation| Asked {
            situation,
            choices: if plan.choices {
                choices::choices(kb, situation, &mut rng)
            } else {
                Vec::new()
            },
        })
        .collect()
}

/// Asks each question in turn, recording each answer as it is given; `q` ends early.
pub fn play<'a>(
    kb: &'a Kb,
    questions: Vec<Asked<'a>>,
    player: &mut dyn Player,
    store: &mut Store,
) -> Result<Vec<Answered<'a>>, Error> {
    let total = questions.len();
    let mut answered = Vec::with_capacity(total);
    for (i, asked) in questions.iter().enumerate() {
        let given = match player.ask(kb, asked, i + 1, total)? {
            Reply::Quit => break,
            Reply::Skip => None,
            Reply::Code(code) => Some(code),
        };
        let correct = given.is_some_and(|c| asked.situation.accepts(c));
        let result = Answered {
            situation: asked.situation,
            given,
            correct,
        };
        store.record(&asked.situation.id, given.map(|_| correct));
        player.tell(kb, &result, &asked.choices)?;
        answered.push(result);
    }
    Ok(answered)
}
