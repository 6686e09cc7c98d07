//! The codes next to a code in the decision tree: those whose paths part from its paths latest
//! (the quiz's wrong choices, beside the pairs).

use crate::model::Kb;
use crate::parting::paths;

/// The codes of the other outcomes, nearest to `code`'s first: by how many answers the two paths
/// do not share.
pub fn neighbours(kb: &Kb, code: u16) -> Vec<u16> {
    let paths = paths(kb);
    let mut near: Vec<(usize, u16)> = Vec::new();
    for (pa, ..) in paths.iter().filter(|(_, c, _)| *c == code) {
        for (pb, other, _) in paths.iter().filter(|(_, c, _)| *c != code) {
            let common = pa
                .iter()
                .zip(pb)
                .take_while(|(x, y)| std::ptr::eq(x.question, y.question) && x.yes == y.yes)
                .count();
            near.push((pa.len() - common + pb.len() - common, *other));
        }
    }
    near.sort();
    let mut codes: Vec<u16> = Vec::new();
    for (_, c) in near {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    codes
}
