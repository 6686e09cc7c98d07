//! A card found by describing a situation: the closest situation and its reason above the card;
//! in JSON, the card with a `situation` field saying which one matched and how sure it is.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;
use statusgen_kb::describe::{Match, round};
use statusgen_kb::model::Code;

use super::card::Card;
use super::{para, width};
use crate::emit::View;
use crate::style;

/// The situation a description matched.
#[derive(Serialize)]
pub struct Matched<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub reason: &'a str,
    /// BM25 score of the situation plus the card's words (comparable within one query only).
    pub score: f32,
    /// The share of the description's words the match covers, 0 to 1.
    pub confidence: f32,
}

impl<'a> Matched<'a> {
    /// `None` for a match through the card's words alone.
    pub fn new(found: &Match<'a>) -> Option<Self> {
        let situation = found.situation?;
        Some(Matched {
            id: &situation.id,
            text: &situation.text,
            reason: &situation.reason,
            score: round(found.score, 2),
            confidence: round(found.confidence, 2),
        })
    }

    /// "Closest situation (78 % of your words): “…” → reason", wrapped.
    pub fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let share = round(self.confidence * 100.0, 0);
        let title = format!("Closest situation ({share} % of your words)");
        writeln!(out, "{}", style::heading(&title))?;
        para(out, &format!("“{}”", self.text), "  ", "   ")?;
        para(out, self.reason, "  → ", "    ")
    }
}

/// A card with the situation that led to it.
#[derive(Serialize)]
pub struct Described<'a> {
    #[serde(flatten)]
    pub card: Card<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub situation: Option<Matched<'a>>,
}

/// Several cards, some found by describing a situation; JSON: an array of cards.
#[derive(Serialize)]
#[serde(transparent)]
pub struct DescribedCards<'a>(pub Vec<Described<'a>>);

impl View for DescribedCards<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        for (i, shown) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(out, "\n{}\n", "─".repeat(width().min(60)))?;
            }
            if let Some(situation) = &shown.situation {
                situation.text(out)?;
                writeln!(out)?;
            }
            shown.card.text(out)?;
        }
        Ok(())
    }
}

/// Search results for a description: a line per code, on a terminal the closest situation under it.
#[derive(Serialize)]
#[serde(transparent)]
pub struct DescribedLines<'a>(pub Vec<Line<'a>>);

#[derive(Serialize)]
pub struct Line<'a> {
    #[serde(flatten)]
    pub entry: super::list::Entry<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub situation: Option<Matched<'a>>,
}

impl View for DescribedLines<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let codes: Vec<&Code> = self.0.iter().map(|l| l.entry.code).collect();
        let terminal = io::stdout().is_terminal();
        let layout = super::list::layout(&codes, width(), terminal);
        for line in &self.0 {
            super::list::line(out, line.entry.code, layout, width())?;
            // Into a pipe, one line per code (as `list` and `search` always do); JSON has the situation.
            if let Some(situation) = line.situation.as_ref().filter(|_| terminal) {
                let room = width().saturating_sub(10).max(20);
                let mut text: String = situation.text.chars().take(room).collect();
                if text.chars().count() < situation.text.chars().count() {
                    text.pop();
                    text.push('…');
                }
                writeln!(out, "       {}", style::dim(format!("“{text}”")))?;
            }
        }
        Ok(())
    }
}
