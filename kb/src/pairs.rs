//! Codes people confuse (`[[pair]]` in data/pairs.toml): checks, and the pair for a comparison.

use crate::model::{Kb, Pair};

/// The pairs that tell apart some of `codes`: those naming only compared codes, with the ones
/// naming the most first.
pub fn for_codes<'a>(kb: &'a Kb, codes: &[u16]) -> Vec<&'a Pair> {
    let mut pairs: Vec<&Pair> = kb
        .pairs
        .iter()
        .filter(|p| p.codes.iter().all(|c| codes.contains(c)))
        .collect();
    pairs.sort_by_key(|p| std::cmp::Reverse(p.codes.len()));
    pairs
}

/// The pair a query names as a whole (`timeout` names 408 and 504 alike), if any.
pub fn named_by<'a>(kb: &'a Kb, query: &str) -> Option<&'a Pair> {
    let query = crate::search::normalise(query);
    kb.pairs
        .iter()
        .find(|p| p.words.iter().any(|w| crate::search::normalise(w) == query))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Pair;

    fn kb_with(codes: &[u16]) -> Kb {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/codes-4xx.toml"))
            .expect("data/codes-4xx.toml");
        let (mut kb, _) = crate::load::parse("codes-4xx.toml", &text).expect("parses");
        kb.pairs = vec![Pair {
            codes: codes.to_vec().into(),
            question: "q".into(),
            answer: "a".into(),
            words: Default::default(),
        }]
        .into();
        kb
    }

    #[test]
    fn a_pair_must_name_known_distinct_codes() {
        let check = |kb: &Kb| crate::validate::pairs(kb).map_err(|p| p.to_string());
        assert!(check(&kb_with(&[401, 403])).is_ok());
        assert!(check(&kb_with(&[401, 499])).unwrap_err().contains("499"));
        assert!(check(&kb_with(&[401])).is_err());
        assert!(check(&kb_with(&[401, 401])).is_err());
    }

    #[test]
    fn pairs_are_found_for_the_compared_codes() {
        let kb = kb_with(&[401, 403]);
        assert_eq!(for_codes(&kb, &[403, 401]).len(), 1);
        assert!(for_codes(&kb, &[401, 404]).is_empty());
    }
}
