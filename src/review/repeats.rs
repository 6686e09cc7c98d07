//! One report per cause: the same finding at the same place (a shared response, parameter or
//! schema met through many operations) is kept once, saying how many operations reach it.

use std::collections::HashMap;

use super::rules::Finding;

/// Keeps the first of each (rule, place, code, message), in order; repeats are counted in the
/// message of the one kept.
pub fn merge(findings: Vec<Finding>) -> Vec<Finding> {
    let mut count = vec![0usize; findings.len()];
    {
        let mut first: HashMap<(&str, usize, u32, Option<u16>, &str), usize> = HashMap::new();
        for (i, f) in findings.iter().enumerate() {
            let key = (f.rule, f.site.doc, f.site.pos, f.code, f.message.as_str());
            count[*first.entry(key).or_insert(i)] += 1;
        }
    }
    findings
        .into_iter()
        .zip(count)
        .filter(|(_, n)| *n > 0)
        .map(|(mut f, n)| {
            if n > 1 {
                f.message
                    .push_str(&format!(" (shared: reported once for the {n} operations that use it)"));
            }
            f
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::rules::{Severity, Site};
    use super::*;

    #[test]
    fn repeats_are_merged_and_counted() {
        let at = |pos: u32, message: &str| Finding {
            rule: "header-must",
            severity: Severity::Warning,
            code: Some(401),
            site: Site {
                doc: 0,
                pos,
                pointer: String::new(),
            },
            message: message.into(),
        };
        let merged = merge(vec![at(5, "m"), at(9, "m"), at(5, "m"), at(5, "other"), at(5, "m")]);
        let messages: Vec<&str> = merged.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "m (shared: reported once for the 3 operations that use it)",
                "m",
                "other"
            ]
        );
    }
}
