//! The card for one code, in full or short, and its JSON form.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use statusgen_kb::class_label;
use statusgen_kb::model::{Code, Kb, Level};

use super::{bullets, example, para, retry, rules, section, width, wrap};
use crate::emit::View;
use crate::style;
use crate::wrap::wrap_each;

/// A code with what its card shows beside it.
#[derive(Serialize)]
pub struct Card<'a> {
    /// `4xx`.
    pub class: String,
    #[serde(flatten)]
    pub code: &'a Code,
    /// Library constants, in the stacks' order.
    pub constants: Vec<Named<'a>>,
    /// `4xx Client Error`.
    #[serde(skip)]
    class_title: String,
    /// "422 Unprocessable Content" for every code the card refers to.
    #[serde(skip)]
    titles: BTreeMap<u16, String>,
    /// Text: the essentials only (`--short`).
    #[serde(skip)]
    short: bool,
}

/// A library constant with the stack it belongs to.
#[derive(Serialize)]
pub struct Named<'a> {
    pub stack: &'a str,
    pub library: &'a str,
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'a str>,
    #[serde(skip)]
    stack_name: &'a str,
}

impl<'a> Card<'a> {
    /// The card for `code`; `stacks` limits the constants shown (ids; `None` = all).
    pub fn new(kb: &'a Kb, code: &'a Code, stacks: Option<&[String]>, short: bool) -> Self {
        let class_title = kb.class_of(code.code).map_or_else(
            || "outside the valid range 100-599".into(),
            |c| format!("{} {}", c.class, c.name),
        );
        let instead = code.avoid_when.iter().flat_map(|a| a.instead.iter());
        let titles = code.related.iter().chain(instead).map(|c| (*c, kb.title(*c))).collect();
        let wanted = |id: &str| stacks.is_none_or(|s| s.iter().any(|w| w == id));
        let constants = kb
            .constants_of(code)
            .into_iter()
            .filter(|(stack, _)| wanted(&stack.id))
            .map(|(stack, c)| Named {
                stack: &stack.id,
                library: &stack.library,
                name: &c.name,
                since: c.since.as_deref(),
                removed: c.removed.as_deref(),
                note: c.note.as_deref(),
                stack_name: &stack.name,
            })
            .collect();
        Card {
            class: class_label(code.code),
            code,
            constants,
            class_title,
            titles,
            short,
        }
    }

    fn title(&self, code: u16) -> &str {
        self.titles.get(&code).map_or("", String::as_str)
    }

    fn heading(&self, out: &mut dyn Write) -> io::Result<()> {
        let code = self.code;
        writeln!(out, "{} {}", style::code(code.code), style::name(&*code.name))?;
        let mut facts = vec![self.class_title.clone(), style::status(code.status).to_string()];
        if let Some(vendor) = &code.vendor {
            facts.push(format!("used by {vendor}"));
        }
        writeln!(out, "{}", style::dim(facts.join(" · ")))?;
        if !code.aliases.is_empty() {
            writeln!(out, "{} {}", style::dim("also known as"), code.aliases.join(", "))?;
        }
        Ok(())
    }

    /// "the body is not JSON → 400 Bad Request" for each situation the code is wrong for.
    fn avoid(&self) -> Vec<String> {
        let with_arrow = |when: &str, instead: &[u16]| {
            if instead.is_empty() {
                return when.to_string();
            }
            let titles: Vec<&str> = instead.iter().map(|c| self.title(*c)).collect();
            format!("{when} → {}", titles.join(" or "))
        };
        self.code
            .avoid_when
            .iter()
            .map(|a| with_arrow(&a.when, &a.instead))
            .collect()
    }

    fn facts(&self, out: &mut dyn Write) -> io::Result<()> {
        let code = self.code;
        section(out, "Facts")?;
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let facts = [
            format!("content allowed: {}", yes_no(code.body_allowed)),
            format!("heuristically cacheable: {}", yes_no(code.cacheable)),
            format!("retry helps: {}", retry(code.retry)),
        ];
        let line = format!("  {}", facts.join("   "));
        if line.chars().count() <= width() {
            return writeln!(out, "{line}");
        }
        facts.iter().try_for_each(|fact| para(out, fact, "  ", "    "))
    }

    fn constants(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.constants.is_empty() {
            return Ok(());
        }
        section(out, "In code")?;
        let pad = self
            .constants
            .iter()
            .map(|n| n.stack_name.chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        // Beside the stack's name when there is room, else under it.
        let beside = width().saturating_sub(2 + pad) >= 36;
        let indent = if beside { pad } else { 2 };
        let rest = " ".repeat(indent);
        for named in &self.constants {
            let label = style::dim(format!("{:<pad$}", named.stack_name));
            let versions = versions(named);
            let text = if versions.is_empty() {
                Cow::Borrowed(named.name)
            } else {
                Cow::Owned(format!("{} ({versions})", named.name))
            };
            if !beside {
                writeln!(out, "  {label}")?;
            }
            let mut first = beside;
            wrap_each(&text, width().saturating_sub(2 + indent), "", "  ", |line| {
                if std::mem::take(&mut first) {
                    writeln!(out, "  {label}{line}")
                } else {
                    writeln!(out, "  {rest}{line}")
                }
            })?;
        }
        Ok(())
    }
}

impl Card<'_> {
    /// About eight lines: name, class and status, summary, MUST headers, the codes to use instead.
    fn short(&self, out: &mut dyn Write) -> io::Result<()> {
        let code = self.code;
        let mut facts = vec![self.class_title.clone(), style::status(code.status).to_string()];
        facts.extend(code.vendor.iter().map(|v| format!("used by {v}")));
        writeln!(
            out,
            "{} {}  {}",
            style::code(code.code),
            style::name(&*code.name),
            style::dim(facts.join(" · "))
        )?;
        para(out, &code.summary, "  ", "  ")?;
        let must: Vec<&str> = code
            .headers
            .iter()
            .filter(|r| r.level == Level::Must)
            .map(|r| &*r.field)
            .collect();
        if !must.is_empty() {
            para(out, &format!("must send: {}", must.join(", ")), "  ", "    ")?;
        }
        let mut instead: Vec<u16> = Vec::new();
        for c in code.avoid_when.iter().flat_map(|a| a.instead.iter()) {
            if !instead.contains(c) {
                instead.push(*c);
            }
        }
        if !instead.is_empty() {
            let titles: Vec<&str> = instead.iter().map(|c| self.title(*c)).collect();
            let lines = wrap(&format!("instead: {}", titles.join(" · ")), width(), "  ", "    ");
            for line in lines.iter().take(3) {
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
    }
}

/// "since 3.13", "removed in 7.0", with the note: when a name exists.
fn versions(c: &Named) -> String {
    let mut parts = Vec::new();
    if let Some(since) = &c.since {
        parts.push(format!("since {since}"));
    }
    if let Some(removed) = &c.removed {
        parts.push(format!("removed in {removed}"));
    }
    parts.extend(c.note.iter().map(|n| n.to_string()));
    parts.join("; ")
}

impl View for Card<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        let code = self.code;
        if self.short {
            return self.short(out);
        }
        self.heading(out)?;
        writeln!(out)?;
        para(out, &code.summary, "", "")?;
        if let Some(details) = &code.details {
            writeln!(out)?;
            para(out, details, "", "")?;
        }
        bullets(out, "Use it when", &code.use_when)?;
        bullets(out, "Not when", &self.avoid())?;
        if let Some(debate) = &code.debate {
            section(out, "Where guides disagree")?;
            para(out, debate, "  ", "  ")?;
        }
        rules(out, "Headers", &code.headers)?;
        rules(out, "Rules", &code.rules)?;
        if code
            .headers
            .iter()
            .chain(code.rules.iter())
            .any(|r| r.level == Level::Advice)
        {
            for line in wrap(ADVICE, width(), "  ", "  ") {
                writeln!(out, "{}", style::dim(&line))?;
            }
        }
        self.facts(out)?;
        if let Some(text) = &code.example {
            section(out, "Example")?;
            example(out, text)?;
        }
        if !code.related.is_empty() {
            section(out, "Related")?;
            let titles: Vec<&str> = code.related.iter().map(|c| self.title(*c)).collect();
            para(out, &titles.join(" · "), "  ", "  ")?;
        }
        section(out, "Spec")?;
        let url = code.spec_url.as_deref().map(|u| format!("  {u}")).unwrap_or_default();
        writeln!(out, "  {}{url}", code.reference)?;
        self.constants(out)
    }
}

/// What the `advice` level means, under a card that uses it.
const ADVICE: &str = "advice: what the RFC recommends without a requirement keyword (\"ought to\", \"can\").";

/// Several cards, with a rule between them; JSON: an array.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Cards<'a>(pub Vec<Card<'a>>);

impl View for Cards<'_> {
    fn text(&self, out: &mut dyn Write) -> io::Result<()> {
        for (i, card) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(out, "\n{}\n", "─".repeat(width().min(60)))?;
            }
            card.text(out)?;
        }
        Ok(())
    }
}
