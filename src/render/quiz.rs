//! The quiz's result (every question with the reply, and the score) and its `--stats`.

use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::model::{Kb, Topic};

use crate::emit::View;
use crate::quiz::state::Progress;
use crate::quiz::{Answered, feedback};
use crate::style;

/// `{"questions": [...], "score": {"right", "total"}}`.
#[derive(Serialize)]
pub struct Result<'a> {
    pub questions: Vec<Question<'a>>,
    pub score: Score,
    /// Text: each question with its feedback (no terminal showed it as it went).
    #[serde(skip)]
    pub told: Vec<Vec<String>>,
    /// Text: `statusgen quiz --seed N …` to ask the same again.
    #[serde(skip)]
    pub replay: String,
}

#[derive(Serialize)]
pub struct Question<'a> {
    pub id: &'a str,
    pub situation: &'a str,
    pub answer: u16,
    pub accepted: Vec<u16>,
    pub given: Option<u16>,
    pub correct: bool,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct Score {
    pub right: usize,
    pub total: usize,
}

impl<'a> Result<'a> {
    /// `tell`: include each question's feedback in the text (scripted runs).
    pub fn new(kb: &Kb, answered: &[Answered<'a>], tell: bool, replay: String) -> Self {
        let questions = answered
            .iter()
            .map(|a| Question {
                id: &a.situation.id,
                situation: &a.situation.text,
                answer: a.situation.code,
                accepted: a.situation.accepted.iter().map(|x| x.code).collect(),
                given: a.given,
                correct: a.correct,
                reason: &a.situation.reason,
            })
            .collect();
        let told = match tell {
            true => answered.iter().map(|a| feedback::lines(kb, a)).collect(),
            false => Vec::new(),
        };
        Result {
            questions,
            score: Score {
                right: answered.iter().filter(|a| a.correct).count(),
                total: answered.len(),
            },
            told,
            replay,
        }
    }
}

impl View for Result<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let width = super::width();
        for (i, (question, told)) in self.questions.iter().zip(&self.told).enumerate() {
            writeln!(
                out,
                "{}",
                style::heading(format!("Question {} of {}", i + 1, self.questions.len()))
            )?;
            crate::quiz::lines::write_wrapped(out, &[question.situation.to_string()], "  ", width)?;
            let given = question.given.map_or("skipped".to_string(), |g| g.to_string());
            writeln!(out, "  Your answer: {given}")?;
            crate::quiz::lines::write_wrapped(out, told, "  ", width)?;
            writeln!(out)?;
        }
        let skipped = self.questions.iter().filter(|q| q.given.is_none()).count();
        let skipped = match skipped {
            0 => String::new(),
            n => format!(" ({n} skipped)"),
        };
        writeln!(out, "Score: {}/{}{skipped}", self.score.right, self.score.total)?;
        if !self.replay.is_empty() {
            writeln!(out, "{}", style::dim(format!("Again: {}", self.replay)))?;
        }
        Ok(())
    }
}

/// Accuracy by topic, from the progress file.
#[derive(Serialize)]
pub struct Stats {
    pub quizzes: u64,
    pub topics: Vec<TopicStats>,
    /// Situations missed the last time they were asked (`quiz --review` asks them first).
    pub to_review: usize,
}

#[derive(Serialize)]
pub struct TopicStats {
    pub topic: &'static str,
    /// Situations of the topic in the bank, and how many were ever asked.
    pub situations: usize,
    pub asked: usize,
    pub right: u32,
    pub wrong: u32,
    /// right / (right + wrong), `null` before any answer.
    pub accuracy: Option<f64>,
}

impl Stats {
    pub fn new(kb: &Kb, progress: &Progress) -> Self {
        let topics = Topic::ALL
            .into_iter()
            .map(|topic| {
                let of_topic = kb.situations.iter().filter(|s| s.topic == topic);
                let items: Vec<_> = of_topic
                    .clone()
                    .filter_map(|s| progress.situations.get(&*s.id))
                    .collect();
                let right = items.iter().map(|i| i.right).sum::<u32>();
                let wrong = items.iter().map(|i| i.wrong).sum::<u32>();
                let answered = f64::from(right + wrong);
                TopicStats {
                    topic: topic.name(),
                    situations: of_topic.count(),
                    asked: items.len(),
                    right,
                    wrong,
                    // Rounded by hand: f64::round would load libm at every start.
                    accuracy: (answered > 0.0)
                        .then(|| ((f64::from(right) / answered * 1000.0 + 0.5) as i64) as f64 / 1000.0),
                }
            })
            .collect();
        let to_review = kb
            .situations
            .iter()
            .filter_map(|s| progress.situations.get(&*s.id))
            .filter(|i| i.level == 1 && i.asked > 0)
            .count();
        Stats {
            quizzes: progress.quizzes,
            topics,
            to_review,
        }
    }
}

impl View for Stats {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", style::heading(format!("{} quizzes taken", self.quizzes)))?;
        writeln!(
            out,
            "  {:<14} {:>7} {:>6} {:>6} {:>9}",
            "topic", "asked", "right", "wrong", "accuracy"
        )?;
        for t in &self.topics {
            let asked = format!("{}/{}", t.asked, t.situations);
            let accuracy = t.accuracy.map_or("–".to_string(), |a| format!("{:.0} %", a * 100.0));
            writeln!(
                out,
                "  {:<14} {asked:>7} {:>6} {:>6} {accuracy:>9}",
                t.topic, t.right, t.wrong
            )?;
        }
        writeln!(
            out,
            "Missed last time: {} (statusgen quiz --review asks them first)",
            self.to_review
        )
    }
}
