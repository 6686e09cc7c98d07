//! How `compare` tells codes apart beyond the hand-written pairs: the decision tree's question
//! where their paths part (with where each answer leads), and the cards' "not when … → X" lines
//! that name another compared code.

use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::model::{Code, Kb, Pair};
use statusgen_kb::parting::{self, Step};
use statusgen_kb::tree::label;

use super::{para, section};

/// The question of the decision tree that tells two codes apart.
#[derive(Serialize)]
pub struct TreeApart<'a> {
    /// The two codes, in the order they were compared.
    pub codes: [u16; 2],
    /// The question's id (`statusgen tree --from ID`).
    pub id: &'a str,
    pub question: &'a str,
    pub yes: Lead<'a>,
    pub no: Lead<'a>,
}

/// Where one answer leads: a code, after the answers that follow it on the way.
#[derive(Serialize)]
pub struct Lead<'a> {
    pub code: u16,
    /// The outcome's id in the tree.
    pub outcome: &'a str,
    pub then: Vec<Then<'a>>,
    #[serde(skip)]
    title: String,
}

/// A later answer on the way to the code.
#[derive(Serialize)]
pub struct Then<'a> {
    pub id: &'a str,
    pub label: String,
    pub answer: &'static str,
}

/// A card's "not when" line that points to another compared code.
#[derive(Serialize)]
pub struct NotWhen<'a> {
    pub code: u16,
    pub when: &'a str,
    pub instead: &'a [u16],
    #[serde(skip)]
    titles: Vec<String>,
}

/// The tree's parting for every two of `codes` that no hand-written pair tells apart.
pub fn tree<'a>(kb: &'a Kb, codes: &[u16], pairs: &[&Pair]) -> Vec<TreeApart<'a>> {
    let handwritten = |a: u16, b: u16| pairs.iter().any(|p| p.codes.contains(&a) && p.codes.contains(&b));
    let paths = parting::paths(kb);
    let mut found = Vec::new();
    for (i, &a) in codes.iter().enumerate() {
        for &b in &codes[i + 1..] {
            if handwritten(a, b) {
                continue;
            }
            let Some(p) = parting::parting_in(&paths, a, b) else {
                continue;
            };
            let lead = |side: &parting::Side<'a>| Lead {
                code: side.code,
                outcome: side.outcome,
                then: side.then.iter().map(then).collect(),
                title: kb.title(side.code),
            };
            found.push(TreeApart {
                codes: [a, b],
                id: &p.question.id,
                question: &p.question.text,
                yes: lead(&p.yes),
                no: lead(&p.no),
            });
        }
    }
    found
}

fn then<'a>(step: &Step<'a>) -> Then<'a> {
    Then {
        id: &step.question.id,
        label: label(step.question),
        answer: if step.yes { "yes" } else { "no" },
    }
}

/// The "not when" lines of each compared code that send the reader to another compared code.
pub fn not_when<'a>(kb: &Kb, codes: &[&'a Code]) -> Vec<NotWhen<'a>> {
    let mut lines = Vec::new();
    for card in codes {
        let others = |c: &u16| *c != card.code && codes.iter().any(|o| o.code == *c);
        for avoid in card.avoid_when.iter().filter(|a| a.instead.iter().any(others)) {
            lines.push(NotWhen {
                code: card.code,
                when: &avoid.when,
                instead: &avoid.instead,
                titles: avoid.instead.iter().map(|c| kb.title(*c)).collect(),
            });
        }
    }
    lines
}

/// `yes → 409 Conflict, then: Conditional request? yes (2 more answered no)`: the later "yes"
/// answers by name, the "no" answers (mostly "not this special case") counted. JSON has them all.
fn lead_line(answer: &str, lead: &Lead) -> String {
    let mut line = format!("{answer} → {}", lead.title);
    let yes: Vec<String> = lead
        .then
        .iter()
        .filter(|t| t.answer == "yes")
        .map(|t| format!("{} yes", t.label))
        .collect();
    let no = lead.then.len() - yes.len();
    let no = match (no, yes.is_empty()) {
        (0, _) => String::new(),
        (1, true) => format!("{} no", lead.then[0].label),
        (n, true) => format!("{n} more questions answered no"),
        (n, false) => format!(" ({n} more answered no)"),
    };
    if !yes.is_empty() || !no.is_empty() {
        line.push_str(&format!(", then: {}{no}", yes.join(" · ")));
    }
    line
}

/// "Where the decision tree parts them", then "The cards say".
pub fn text(out: &mut dyn Write, tree: &[TreeApart], not_when: &[NotWhen]) -> io::Result<()> {
    for apart in tree {
        let [a, b] = apart.codes;
        section(out, &format!("Tell {a} and {b} apart (the decision tree)"))?;
        para(out, apart.question, "  ", "  ")?;
        for (answer, lead) in [("yes", &apart.yes), ("no", &apart.no)] {
            para(out, &lead_line(answer, lead), "    ", "          ")?;
        }
    }
    if !not_when.is_empty() {
        section(out, "Not when (from the cards)")?;
        for line in not_when {
            let text = format!("{} {} → {}", line.code, line.when, line.titles.join(" or "));
            para(out, &text, "  ", "      ")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_parts_codes_no_pair_covers() {
        let kb = &crate::kb::EMBEDDED;
        let none: Vec<&Pair> = Vec::new();
        let found = tree(kb, &[500, 503], &none);
        assert_eq!(found.len(), 1);
        let apart = &found[0];
        assert!(apart.question.contains('?'), "{}", apart.question);
        let mut leads = [apart.yes.code, apart.no.code];
        leads.sort();
        assert_eq!(leads, [500, 503]);
        // A hand-written pair keeps precedence.
        let pairs = statusgen_kb::pairs::for_codes(kb, &[502, 504]);
        assert!(!pairs.is_empty());
        assert!(tree(kb, &[502, 504], &pairs).is_empty());
    }
}
