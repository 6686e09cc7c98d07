//! The renderers, given views built from the embedded knowledge base, without colours.

use statusgen_kb::model::Kb;

use super::card::{Card, Cards};
use super::diagram::{Dialect, TreeView, diagram};
use super::list::{Group, Lines};
use crate::decide::{self, Scripted, Walk};
use crate::emit::View;
use crate::render::decision::Decision;

fn kb() -> &'static Kb {
    &crate::kb::EMBEDDED
}

/// The text of a view, with colours off.
fn text(view: &impl View) -> String {
    colored::control::set_override(false);
    let mut out = Vec::new();
    view.text(&mut out).expect("renders");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn a_card_has_its_sections_and_no_escape_codes() {
    let code = kb().official(422).expect("422");
    let card = text(&Cards(vec![Card::new(kb(), code, None, false)]));
    assert!(card.starts_with("422 Unprocessable Content\n"), "{card}");
    for section in ["Use it when", "Not when", "Facts", "Example", "Spec", "In code"] {
        assert!(card.contains(&format!("\n{section}\n")), "no {section}: {card}");
    }
    assert!(!card.contains('\u{1b}'));
    let stacks = ["go".to_string()];
    let only_go = text(&Card::new(kb(), code, Some(&stacks), false));
    assert!(only_go.contains("http.StatusUnprocessableEntity") && !only_go.contains("HTTPStatus."));
}

#[test]
fn a_short_card_is_a_few_lines() {
    let code = kb().official(401).expect("401");
    let card = text(&Card::new(kb(), code, None, true));
    assert!(card.lines().count() <= 8, "{card}");
    assert!(card.contains("WWW-Authenticate"), "the MUST header: {card}");
}

#[test]
fn a_list_has_one_line_per_code_under_its_heading() {
    let codes: Vec<_> = kb()
        .sorted()
        .into_iter()
        .filter(|c| c.code / 100 == 3 && c.is_official())
        .collect();
    let n = codes.len();
    let lines = Lines {
        groups: vec![Group {
            title: Some("3xx Redirection".into()),
            codes,
        }],
    };
    let at = |width: usize, terminal: bool| {
        colored::control::set_override(false);
        let mut out = Vec::new();
        lines.text_at(&mut out, width, terminal).expect("renders");
        String::from_utf8(out).expect("utf-8")
    };
    for width in [60, 80] {
        let list = at(width, true);
        let lines: Vec<&str> = list.lines().collect();
        assert_eq!(lines[0], "3xx Redirection");
        // A long summary wraps under itself; each code starts one entry.
        let entries = lines.iter().filter(|l| l.starts_with("  3")).count();
        assert_eq!(entries, n, "{list}");
        assert!(lines.iter().all(|l| l.chars().count() <= width), "{list}");
    }
    // Into a pipe: exactly one line per code, whatever the width.
    let piped = at(40, false);
    assert_eq!(piped.lines().count(), n + 1, "{piped}");
    assert!(piped.lines().skip(1).all(|l| l.starts_with("  3")), "{piped}");
}

#[test]
fn a_decision_ends_with_the_verdict() {
    let tokens: Vec<String> = "y,y,y".split(',').map(String::from).collect();
    let Ok(Walk::Done(verdict)) = decide::walk(kb(), &mut Scripted::new(&tokens).expect("answers")) else {
        panic!("y,y,y reaches an outcome");
    };
    let code = kb().official(verdict.outcome.code).expect("code");
    let shown = text(&Decision::new(&verdict, code));
    let last = shown.lines().rfind(|l| !l.trim().is_empty()).expect("a line");
    assert_eq!(last, format!("→ {} {}", code.code, code.name));
    assert!(shown.contains("Replay: statusgen decide --answers y,y,y"), "{shown}");
}

#[test]
fn mermaid_and_dot_draw_every_node_and_edge() {
    let view = TreeView {
        root: &kb().questions[0].id,
        questions: kb().questions.iter().collect(),
        outcomes: kb().outcomes.iter().collect(),
        kb: kb(),
    };
    for (dialect, first, edge) in [
        (Dialect::Mermaid, "flowchart", "-->|"),
        (Dialect::Dot, "digraph", " -> "),
    ] {
        let mut out = Vec::new();
        diagram(&mut out, &view, dialect).expect("draws");
        let drawn = String::from_utf8(out).expect("utf-8");
        assert!(drawn.starts_with(first), "{dialect:?}");
        assert_eq!(drawn.matches(edge).count(), 2 * kb().questions.len(), "{dialect:?}");
        assert!(!drawn.contains('\u{1b}'));
    }
}
