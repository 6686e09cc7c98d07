//! The word lists of `data/words.toml`: each entry is compared with the words of a description
//! after they are split and lower-cased, so an entry that is not one lower-case word (`a b`,
//! `%%%`, `User`) would never match, and a synonyms group of fewer than two different words
//! links nothing. Both are mistakes in the file, said at load rather than ignored.

use super::{Checked, Place, problem};
use crate::index::words;
use crate::model::Kb;

pub fn check(kb: &Kb) -> Checked {
    let lists = [("filler", kb.filler.iter()), ("naming", kb.naming.iter())];
    for (name, list) in lists {
        for word in list {
            one_word(name, word)?;
        }
    }
    for (i, group) in kb.synonyms.iter().enumerate() {
        let name = format!("synonyms group {}", i + 1);
        for word in group.words.iter() {
            one_word(&name, word)?;
        }
        let mut different: Vec<&str> = group.words.iter().map(|w| &**w).collect();
        different.sort_unstable();
        different.dedup();
        if different.len() < 2 {
            return Err(problem(
                Place::Document,
                format!("{name}: a group needs two or more different words"),
            ));
        }
    }
    Ok(())
}

fn one_word(list: &str, word: &str) -> Checked {
    let mut split = words(word);
    let whole = split.next() == Some(word) && split.next().is_none();
    if whole && word.to_lowercase() == word {
        return Ok(());
    }
    Err(problem(
        Place::Document,
        format!(
            "{list}: '{}' is not one lower-case word (letters and digits), so it never matches",
            crate::text::quote(word, 40)
        ),
    ))
}
