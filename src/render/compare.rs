//! `statusgen compare 401 403` (and `statusgen 401 vs 403`): codes side by side on one screen.

use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::class_label;
use statusgen_kb::model::{Code, Kb, Level, Pair, Retry, Text};

use super::apart::{self, NotWhen, TreeApart};
use super::{para, retry, section, width};
use crate::emit::View;
use crate::style;

/// Use-when lines shown per code, so that two codes fit one screen.
const USE_WHEN: usize = 2;

#[derive(Serialize)]
pub struct Comparison<'a> {
    pub codes: Vec<Side<'a>>,
    /// How to tell (some of) them apart, from data/pairs.toml.
    pub pairs: Vec<&'a Pair>,
    /// For two codes no pair covers: the decision tree's question where their paths part.
    pub tree: Vec<TreeApart<'a>>,
    /// The cards' "not when" lines that point from one compared code to another.
    pub not_when: Vec<NotWhen<'a>>,
    /// Header fields whose level differs between the codes.
    pub headers: Vec<HeaderDiff<'a>>,
    /// Where guides disagree, once: the first code's text that names another compared code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debate: Option<Debate<'a>>,
}

#[derive(Serialize)]
pub struct Side<'a> {
    pub code: u16,
    pub name: &'a str,
    pub class: String,
    pub status: statusgen_kb::model::Status,
    pub summary: &'a str,
    pub use_when: &'a [Text],
    pub body_allowed: bool,
    pub cacheable: bool,
    pub retry: Retry,
}

#[derive(Serialize)]
pub struct HeaderDiff<'a> {
    pub field: &'a str,
    /// One level per compared code, in order; `null` where the card names no rule.
    pub levels: Vec<Option<Level>>,
}

#[derive(Serialize)]
pub struct Debate<'a> {
    pub code: u16,
    pub text: &'a str,
}

impl<'a> Comparison<'a> {
    pub fn new(kb: &'a Kb, codes: &[&'a Code]) -> Self {
        let numbers: Vec<u16> = codes.iter().map(|c| c.code).collect();
        let mut fields: Vec<&str> = Vec::new();
        for rule in codes.iter().flat_map(|c| c.headers.iter()) {
            if !fields.iter().any(|f| f.eq_ignore_ascii_case(&rule.field)) {
                fields.push(&rule.field);
            }
        }
        let level = |code: &Code, field: &str| {
            let rule = code.headers.iter().find(|r| r.field.eq_ignore_ascii_case(field));
            rule.map(|r| r.level)
        };
        let headers = fields
            .into_iter()
            .map(|field| HeaderDiff {
                field,
                levels: codes.iter().map(|c| level(c, field)).collect(),
            })
            .filter(|d| d.levels.iter().any(|l| *l != d.levels[0]))
            .collect();
        let names_other =
            |code: &Code, text: &str| numbers.iter().any(|n| *n != code.code && text.contains(&n.to_string()));
        let debates = || codes.iter().filter_map(|c| c.debate.as_deref().map(|d| (c.code, d)));
        let debate = debates()
            .find(|(n, d)| codes.iter().any(|c| c.code == *n && names_other(c, d)))
            .or_else(|| debates().next())
            .map(|(code, text)| Debate { code, text });
        let pairs = statusgen_kb::pairs::for_codes(kb, &numbers);
        Comparison {
            codes: codes.iter().map(|c| side(c)).collect(),
            tree: apart::tree(kb, &numbers, &pairs),
            not_when: apart::not_when(kb, codes),
            pairs,
            headers,
            debate,
        }
    }
}

fn side(code: &Code) -> Side<'_> {
    Side {
        code: code.code,
        name: &code.name,
        class: class_label(code.code),
        status: code.status,
        summary: &code.summary,
        use_when: &code.use_when,
        body_allowed: code.body_allowed,
        cacheable: code.cacheable,
        retry: code.retry,
    }
}

impl View for Comparison<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        for (i, side) in self.codes.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            let facts = format!("{} · {}", side.class, style::status_name(side.status));
            let fits = side.name.len() + facts.len() + 6 <= width();
            let gap = if fits { "  " } else { "\n  " };
            let (code, name) = (style::code(side.code), style::name(side.name));
            writeln!(out, "{code} {name}{gap}{}", style::dim(&facts))?;
            para(out, side.summary, "  ", "  ")?;
            for when in side.use_when.iter().take(USE_WHEN) {
                para(out, when, "  • ", "    ")?;
            }
        }
        for pair in &self.pairs {
            section(out, "Tell them apart")?;
            para(out, &pair.question, "  ", "  ")?;
            para(out, &pair.answer, "  ", "  ")?;
        }
        apart::text(out, &self.tree, &self.not_when)?;
        self.headers(out)?;
        self.facts(out)?;
        if let Some(debate) = &self.debate {
            section(out, &format!("Where guides disagree ({})", debate.code))?;
            para(out, debate.text, "  ", "  ")?;
        }
        Ok(())
    }
}

impl Comparison<'_> {
    /// A row per label with one column per code.
    /// A row per label with one column per code; where the columns do not fit, one line per
    /// label (`retry helps: 401 later · 403 no`) and no row of codes.
    fn row(&self, out: &mut dyn Write, label: &str, cells: &[String]) -> io::Result<()> {
        let column = width().saturating_sub(20) / self.codes.len().max(1);
        let longest = cells.iter().map(|c| c.chars().count()).max().unwrap_or(0);
        if longest < column {
            let mut line = format!("  {label:<18}");
            for cell in cells {
                line.push_str(&format!("{cell:<column$}"));
            }
            return writeln!(out, "{}", line.trim_end());
        }
        if label.is_empty() {
            return Ok(());
        }
        let cells: Vec<String> = self
            .codes
            .iter()
            .zip(cells)
            .map(|(s, c)| format!("{} {c}", s.code))
            .collect();
        para(out, &format!("{label}: {}", cells.join(" · ")), "  ", "    ")
    }

    fn headers(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.headers.is_empty() {
            return Ok(());
        }
        section(out, "Headers that differ")?;
        let codes: Vec<String> = self.codes.iter().map(|s| s.code.to_string()).collect();
        self.row(out, "", &codes)?;
        for diff in &self.headers {
            let cells: Vec<String> = diff
                .levels
                .iter()
                .map(|l| l.map_or_else(|| "-".to_string(), |l| style::level_name(l).to_string()))
                .collect();
            self.row(out, diff.field, &cells)?;
        }
        Ok(())
    }

    fn facts(&self, out: &mut dyn Write) -> io::Result<()> {
        section(out, "Retry and cache")?;
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        let codes: Vec<String> = self.codes.iter().map(|s| s.code.to_string()).collect();
        self.row(out, "", &codes)?;
        let retries: Vec<String> = self.codes.iter().map(|s| retry(s.retry).to_string()).collect();
        self.row(out, "retry helps", &retries)?;
        let cacheable: Vec<String> = self.codes.iter().map(|s| yes_no(s.cacheable)).collect();
        self.row(out, "cacheable", &cacheable)?;
        let content: Vec<String> = self.codes.iter().map(|s| yes_no(s.body_allowed)).collect();
        self.row(out, "content allowed", &content)
    }
}
