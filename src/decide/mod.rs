//! The decision-tree walker: pure logic, driven through the `Answerer` trait so it can be
//! tested with scripted answers; the terminal and stdin lines are two more answerers (`prompt`).

pub mod lines;
pub mod prompt;
mod scripted;
pub mod signals;

pub use scripted::{Scripted, parse_answer};

use statusgen_kb::model::{Kb, Outcome, Question};
use statusgen_kb::tree::{Node, Tree};

use crate::error::{Error, escape};

/// What the user said to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Yes,
    No,
    /// Go back one question.
    Back,
    /// No more answers (`--answers` ran out): the walk ends with the question pending.
    Stop,
}

/// Answers questions; returns `Err(Error::Interrupted)` when the user quits.
pub trait Answerer {
    /// `number` counts from 1; `can_go_back` is false at the first question.
    fn answer(&mut self, question: &Question, number: usize, can_go_back: bool) -> Result<Reply, Error>;

    /// The answers lead to `outcome` (`title` is `201 Created`): show it, take the last answer
    /// back, or leave with the recommendation already seen.
    fn confirm(&mut self, _outcome: &Outcome, _title: &str) -> Result<Confirm, Error> {
        Ok(Confirm::Show)
    }

    /// The walk was quit, or ended by a signal, after the answers `replay` (`y,n`; may be empty).
    fn quit(&mut self, _replay: &str) {}
}

/// What the user did once the recommendation was on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Show the result with the reasons.
    Show,
    /// Take the last answer back.
    Back,
    /// Quit: the recommendation was seen, so this is success; print only the verdict.
    Leave,
}

/// One answered question.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    pub question: &'a Question,
    pub yes: bool,
}

/// Where the answers led.
#[derive(Debug)]
pub struct Verdict<'a> {
    pub outcome: &'a Outcome,
    pub path: Vec<Step<'a>>,
    /// The user quit at the recommendation: print the verdict alone.
    pub brief: bool,
}

impl Verdict<'_> {
    /// `y,n,n,y`: the answers, for `--answers`.
    pub fn replay(&self) -> String {
        replay(&self.path)
    }
}

/// Where scripted answers stopped: the next question, and the answers so far.
#[derive(Debug)]
pub struct Pending<'a> {
    pub question: &'a Question,
    pub path: Vec<Step<'a>>,
}

/// How a walk ended.
#[derive(Debug)]
pub enum Walk<'a> {
    Done(Verdict<'a>),
    Pending(Pending<'a>),
}

/// `y,n,n,y`: the answers, for `--answers`.
pub fn replay(path: &[Step]) -> String {
    path.iter()
        .map(|s| if s.yes { "y" } else { "n" })
        .collect::<Vec<_>>()
        .join(",")
}

/// Walks from the first question to an outcome; tells the answerer the replay line on quitting.
pub fn walk<'a>(kb: &'a Kb, answerer: &mut dyn Answerer) -> Result<Walk<'a>, Error> {
    let mut path: Vec<Step<'a>> = Vec::new();
    let result = steps(kb, answerer, &mut path);
    if let Err(Error::Interrupted | Error::Signal(_)) = result {
        answerer.quit(&replay(&path));
    }
    result
}

fn steps<'a>(kb: &'a Kb, answerer: &mut dyn Answerer, path: &mut Vec<Step<'a>>) -> Result<Walk<'a>, Error> {
    let tree = Tree::new(kb);
    let mut current = tree
        .root()
        .ok_or_else(|| Error::Data("the knowledge base has no decision tree".into()))?;
    loop {
        let yes = match answerer.answer(current, path.len() + 1, !path.is_empty())? {
            Reply::Back => {
                if let Some(step) = path.pop() {
                    current = step.question;
                }
                continue;
            }
            Reply::Stop => {
                let path = std::mem::take(path);
                return Ok(Walk::Pending(Pending {
                    question: current,
                    path,
                }));
            }
            reply => reply == Reply::Yes,
        };
        path.push(Step { question: current, yes });
        match tree.next(current, yes) {
            Some(Node::Question(q)) => current = tree.question(q),
            Some(Node::Outcome(o)) => {
                let outcome = tree.outcome(o);
                let confirmed = answerer.confirm(outcome, &kb.title(outcome.code))?;
                if confirmed == Confirm::Back {
                    if let Some(step) = path.pop() {
                        current = step.question;
                    }
                    continue;
                }
                let path = std::mem::take(path);
                let brief = confirmed == Confirm::Leave;
                return Ok(Walk::Done(Verdict { outcome, path, brief }));
            }
            // A validated knowledge base has no dangling answers.
            None => return Err(Error::Data(format!("node '{}' leads nowhere", escape(&current.id)))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scripted(answers: &str) -> Scripted {
        let tokens: Vec<String> = answers.split(',').map(String::from).collect();
        Scripted::new(&tokens).expect("valid answers")
    }

    #[test]
    fn every_path_ends_at_a_valid_outcome() {
        let kb = &crate::kb::EMBEDDED;
        let mut pending = vec![String::new()];
        let mut leaves = 0;
        while let Some(prefix) = pending.pop() {
            for next in ["y", "n"] {
                let answers = if prefix.is_empty() {
                    next.to_string()
                } else {
                    format!("{prefix},{next}")
                };
                match walk(kb, &mut scripted(&answers)) {
                    Ok(Walk::Done(verdict)) => {
                        leaves += 1;
                        assert_eq!(verdict.replay(), answers);
                        let code = kb
                            .official(verdict.outcome.code)
                            .expect("outcome code is in the knowledge base");
                        assert!(code.recommendable(), "{answers} recommends {}", code.code);
                    }
                    Ok(Walk::Pending(stopped)) => {
                        assert_eq!(replay(&stopped.path), answers);
                        assert!(answers.len() < 200, "path too long: {answers}");
                        pending.push(answers);
                    }
                    Err(other) => panic!("{answers}: {other:?}"),
                }
            }
        }
        assert!(
            leaves >= kb.outcomes.len(),
            "{leaves} leaves for {} outcomes",
            kb.outcomes.len()
        );
    }

    fn done(walked: Result<Walk<'_>, Error>) -> Verdict<'_> {
        match walked {
            Ok(Walk::Done(verdict)) => verdict,
            other => panic!("no outcome: {other:?}"),
        }
    }

    /// Replies in turn; refuses the first `undo` recommendations.
    struct Script(Vec<Reply>, Vec<String>, usize);
    impl Answerer for Script {
        fn answer(&mut self, q: &Question, _: usize, _: bool) -> Result<Reply, Error> {
            self.1.push(q.id.to_string());
            Ok(self.0.remove(0))
        }
        fn confirm(&mut self, _: &Outcome, _: &str) -> Result<Confirm, Error> {
            self.2 = self.2.saturating_sub(1);
            Ok(if self.2 == 0 { Confirm::Show } else { Confirm::Back })
        }
    }

    #[test]
    fn back_returns_to_the_previous_question() {
        let kb = &crate::kb::EMBEDDED;
        let direct = done(walk(kb, &mut scripted(&vec!["n"; 60].join(","))));
        let mut replies = vec![Reply::Yes, Reply::Back];
        replies.extend(std::iter::repeat_n(Reply::No, direct.path.len()));
        let mut script = Script(replies, Vec::new(), 0);
        let verdict = done(walk(kb, &mut script));
        assert_eq!(verdict.outcome.id, direct.outcome.id);
        assert_eq!(verdict.replay(), direct.replay());
        assert_eq!(
            script.1[0], script.1[2],
            "after 'back' the first question is asked again"
        );
    }

    #[test]
    fn refusing_the_recommendation_asks_the_last_question_again() {
        let kb = &crate::kb::EMBEDDED;
        let direct = done(walk(kb, &mut scripted(&vec!["n"; 60].join(","))));
        let n = direct.path.len();
        // All "no"; the first recommendation is refused, so the last question is answered twice.
        let replies = vec![Reply::No; n + 1];
        let mut script = Script(replies, Vec::new(), 2);
        let verdict = done(walk(kb, &mut script));
        assert_eq!(verdict.replay(), direct.replay());
        assert_eq!(script.1[n - 1], script.1[n], "the last question is asked again");
    }

    #[test]
    fn running_out_names_the_pending_question() {
        let kb = &crate::kb::EMBEDDED;
        let Ok(Walk::Pending(pending)) = walk(kb, &mut Scripted::new(&[]).expect("empty is fine")) else {
            panic!("no answers reached an outcome")
        };
        assert_eq!(pending.question.id, kb.questions[0].id);
        assert!(pending.path.is_empty());
    }
}
