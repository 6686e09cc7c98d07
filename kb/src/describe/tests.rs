//! The matcher on the bank itself: each situation, described in its own words, with itself left
//! out, must find its code (or an accepted one) among the first results. This is what the
//! matcher was tuned on; the held-out figures (tests/situations_heldout.rs) are the real measure.

use super::*;

/// The knowledge base of `data/`, as build.rs reads it.
pub(crate) fn data() -> Kb {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("data/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("readable")))
        .collect();
    files.sort();
    crate::load::from_sources(&files).expect("valid data")
}

/// (top-1, top-3, total) over the bank, each situation left out of the bank while it is the query.
fn leave_one_out(kb: &Kb) -> (usize, usize, usize) {
    let (mut top1, mut top3) = (0, 0);
    for (i, situation) in kb.situations.iter().enumerate() {
        let mut without = kb.clone();
        without.situations.to_mut().remove(i);
        let found = describe(&without, &situation.text);
        let first: Vec<u16> = found.iter().take(3).map(|m| m.code.code).collect();
        top1 += usize::from(first.first().is_some_and(|c| situation.accepts(*c)));
        top3 += usize::from(first.iter().any(|c| situation.accepts(*c)));
    }
    (top1, top3, kb.situations.len())
}

#[test]
fn the_bank_finds_itself_with_each_situation_left_out() {
    let kb = data();
    let (top1, top3, total) = leave_one_out(&kb);
    eprintln!("leave-one-out: top-1 {top1}/{total}, top-3 {top3}/{total}");
    assert!(top1 * 100 >= total * 70, "top-1 {top1}/{total}");
    assert!(top3 * 100 >= total * 85, "top-3 {top3}/{total}");
}

#[test]
fn relaxing_drops_the_words_that_only_name_the_thing() {
    let kb = data();
    assert_eq!(relaxed(&kb, "user not found").as_deref(), Some("not found"));
    assert_eq!(relaxed(&kb, "maintenance mode").as_deref(), Some("maintenance"));
    assert_eq!(relaxed(&kb, "not found"), None);
    assert_eq!(relaxed(&kb, "the user"), None);
}

#[test]
#[ignore = "a report for tuning CLOSE_ENOUGH: cargo test -p statusgen-kb calibration -- --ignored --nocapture"]
fn calibration() {
    let kb = data();
    let mut rows: Vec<(f32, bool, bool)> = Vec::new();
    for (i, situation) in kb.situations.iter().enumerate() {
        let mut without = kb.clone();
        without.situations.to_mut().remove(i);
        // Short queries, as people type them: the first few words of each situation.
        let short: String = situation.text.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        for query in [&situation.text[..], &short] {
            if let Some(m) = describe(&without, query).first() {
                let gate = close_enough(m);
                rows.push((m.confidence, situation.accepts(m.code.code), gate));
            }
        }
    }
    for threshold in [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45] {
        let named: Vec<_> = rows.iter().filter(|r| r.0 >= threshold).collect();
        let right = named.iter().filter(|r| r.1).count();
        let gated: Vec<_> = named.iter().filter(|r| r.2).collect(); // close_enough at 0.3
        let gated_right = gated.iter().filter(|r| r.1).count();
        eprintln!(
            "{threshold}: named {}/{} right {right}; with the word rule named {} right {gated_right}",
            named.len(),
            rows.len(),
            gated.len()
        );
    }
    for nonsense in NONSENSE {
        let m = describe(&kb, nonsense);
        eprintln!("{nonsense}: {:?}", m.first().map(|m| (m.code.code, m.confidence)));
    }
}

/// Words that describe no HTTP situation: nothing may be close enough.
const NONSENSE: [&str; 8] = [
    "my cat likes fish",
    "how to center a div in css",
    "what is the weather tomorrow",
    "kubernetes helm chart values",
    "the frobnicator wibbles the snark loudly",
    "best pizza in town",
    "git rebase interactive squash",
    "captcha",
];

#[test]
fn the_logarithm_and_rounding_need_no_libm_and_are_close() {
    for x in [1.0f32, 1.5, 2.0, std::f32::consts::E, 10.0, 515.5, 1030.0] {
        assert!((ln(x) - x.ln()).abs() < 1e-5, "{x}: {} vs {}", ln(x), x.ln());
    }
    assert_eq!(round(0.456, 2), 0.46);
    assert_eq!(round(23.854, 2), 23.85);
    assert_eq!(round(0.0, 2), 0.0);
}
