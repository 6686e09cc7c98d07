//! Four codes to pick from: the right one and three that people confuse with it, from the pairs
//! `compare` knows, the outcomes next to it in the decision tree, and its card's "not when".

use statusgen_kb::model::{Kb, Situation};
use statusgen_kb::neighbours::neighbours;

use super::Rng;

/// How many codes a question offers.
pub const CHOICES: usize = 4;

/// The right code and up to three confusable ones (never an accepted code), shuffled.
pub fn choices(kb: &Kb, situation: &Situation, rng: &mut Rng) -> Vec<u16> {
    let code = situation.code;
    let paired = kb
        .pairs
        .iter()
        .filter(|p| p.codes.contains(&code))
        .flat_map(|p| p.codes.iter().copied());
    let card = kb.official(code);
    let instead = card
        .into_iter()
        .flat_map(|c| c.avoid_when.iter().flat_map(|a| a.instead.iter().copied()));
    let related = card.into_iter().flat_map(|c| c.related.iter().copied());
    let near = neighbours(kb, code);
    let mut picked = vec![code];
    let candidates = paired.chain(near.iter().copied().take(6)).chain(instead).chain(related);
    for candidate in candidates.chain(near.iter().copied()) {
        if picked.len() == CHOICES {
            break;
        }
        if !situation.accepts(candidate) && !picked.contains(&candidate) && kb.official(candidate).is_some() {
            picked.push(candidate);
        }
    }
    rng.shuffle(&mut picked);
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_gets_four_distinct_codes_with_the_right_one_and_no_accepted_one() {
        let kb = &crate::kb::EMBEDDED;
        let mut rng = Rng::new(1);
        for situation in kb.situations.iter() {
            let picked = choices(kb, situation, &mut rng);
            assert_eq!(picked.len(), CHOICES, "{}", situation.id);
            assert!(picked.contains(&situation.code), "{}", situation.id);
            let wrong: Vec<&u16> = picked.iter().filter(|c| **c != situation.code).collect();
            assert!(
                wrong.iter().all(|c| !situation.accepts(**c)),
                "{}: {picked:?}",
                situation.id
            );
            let mut distinct = picked.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), CHOICES, "{}: {picked:?}", situation.id);
        }
    }

    #[test]
    fn the_confusable_codes_come_from_the_pairs() {
        let kb = &crate::kb::EMBEDDED;
        let situation = kb
            .situations
            .iter()
            .find(|s| s.code == 401 && s.accepted.is_empty())
            .expect("a 401");
        let picked = choices(kb, situation, &mut Rng::new(7));
        assert!(picked.contains(&403), "401/403 is a pair: {picked:?}");
    }
}
