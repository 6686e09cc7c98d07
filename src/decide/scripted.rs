//! Scripted answers: `--answers y,n,n`, or the letters written together (`ynn`).

use statusgen_kb::model::Question;

use super::{Answerer, Reply};
use crate::error::{Error, quote};

/// Parses `y`, `yes`, `n`, `no` (any case).
pub fn parse_answer(token: &str) -> Option<bool> {
    match token.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" => Some(false),
        _ => None,
    }
}

/// The answers one `--answers` item holds: `y`, `no`, or letters written together (`yny`, `n y`).
fn answers_in(token: &str) -> Option<Vec<bool>> {
    let words: Vec<&str> = token.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut answers = Vec::new();
    for word in words {
        match parse_answer(word) {
            Some(answer) => answers.push(answer),
            None => {
                for letter in word.chars() {
                    answers.push(parse_answer(letter.encode_utf8(&mut [0; 4]))?);
                }
            }
        }
    }
    Some(answers)
}

/// Answers from a list, such as `--answers y,n,n` or `--answers ynn`.
pub struct Scripted {
    answers: std::vec::IntoIter<bool>,
}

impl Scripted {
    /// Fails on the first item that is not y/yes/n/no or a run of y and n letters.
    pub fn new(tokens: &[String]) -> Result<Self, Error> {
        let mut answers = Vec::with_capacity(tokens.len());
        for (i, token) in tokens.iter().enumerate() {
            let more = answers_in(token).ok_or_else(|| {
                Error::Usage(format!(
                    "answer {} is '{}'; answers are y, yes, n or no, separated by commas (or written together: yny)",
                    i + 1,
                    quote(token, 40)
                ))
            })?;
            answers.extend(more);
        }
        Ok(Scripted {
            answers: answers.into_iter(),
        })
    }

    /// Answers not used (given after the walk reached an outcome).
    pub fn left_over(&self) -> usize {
        self.answers.len()
    }
}

impl Answerer for Scripted {
    fn answer(&mut self, _: &Question, _: usize, _: bool) -> Result<Reply, Error> {
        match self.answers.next() {
            Some(true) => Ok(Reply::Yes),
            Some(false) => Ok(Reply::No),
            None => Ok(Reply::Stop),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::{Walk, walk};

    #[test]
    fn bad_tokens_are_named() {
        let Err(Error::Usage(message)) = Scripted::new(&["y".into(), "maybe".into()]) else {
            panic!("accepted 'maybe'")
        };
        assert!(message.contains("answer 2 is 'maybe'"), "{message}");
        let Err(Error::Usage(message)) = Scripted::new(&["yn".into(), "yes".into(), "ynx".into()]) else {
            panic!("accepted 'ynx'")
        };
        assert!(message.contains("answer 3 is 'ynx'"), "{message}");
    }

    #[test]
    fn letters_written_together_are_answers_one_by_one() {
        let kb = &crate::kb::EMBEDDED;
        for together in [vec!["yny", "ny"], vec!["y n y", "no", "Y"], vec!["YnY", "n,y"]] {
            let tokens: Vec<String> = together.iter().flat_map(|t| t.split(',')).map(String::from).collect();
            let verdict = match walk(kb, &mut Scripted::new(&tokens).expect("valid")) {
                Ok(Walk::Done(verdict)) => verdict,
                other => panic!("no outcome: {other:?}"),
            };
            assert_eq!(verdict.replay(), "y,n,y,n,y", "{together:?}");
        }
    }
}
