//! The decision tree as a graph: nodes by id, edges by answer.

use std::collections::HashMap;

use crate::model::{Kb, Outcome, Question};

/// A node of the decision tree, by index into `questions` or `outcomes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Node {
    Question(usize),
    Outcome(usize),
}

/// The tree with its ids resolved. Built from a validated knowledge base, so every id resolves.
pub struct Tree<'a> {
    pub kb: &'a Kb,
    index: HashMap<&'a str, Node>,
}

impl<'a> Tree<'a> {
    /// Maps every node id to its node; the first definition of an id wins.
    pub fn new(kb: &'a Kb) -> Self {
        let mut index = HashMap::with_capacity(kb.questions.len() + kb.outcomes.len());
        let questions = kb
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (&*q.id, Node::Question(i)));
        let outcomes = kb.outcomes.iter().enumerate().map(|(i, o)| (&*o.id, Node::Outcome(i)));
        for (id, node) in questions.chain(outcomes) {
            index.entry(id).or_insert(node);
        }
        Tree { kb, index }
    }

    /// The node an id names.
    pub fn get(&self, id: &str) -> Option<Node> {
        self.index.get(id).copied()
    }

    pub fn question(&self, q: usize) -> &'a Question {
        &self.kb.questions[q]
    }

    pub fn outcome(&self, o: usize) -> &'a Outcome {
        &self.kb.outcomes[o]
    }

    /// The first question, if there is one.
    pub fn root(&self) -> Option<&'a Question> {
        self.kb.questions.first()
    }

    /// Where an answer to a question leads.
    pub fn next(&self, question: &Question, yes: bool) -> Option<Node> {
        self.get(if yes { &question.yes } else { &question.no })
    }
}

/// A question's short label: its `label`, or the first words of its text.
pub fn label(question: &Question) -> String {
    if let Some(label) = &question.label {
        return label.to_string();
    }
    const WORDS: usize = 7;
    let text = question.text.trim_end_matches('?');
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        return text.to_string();
    }
    let mut short = words[..WORDS].join(" ");
    short = short.trim_end_matches([',', ':', ';']).to_string();
    short.push('…');
    short
}
