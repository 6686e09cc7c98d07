//! Text renderings of knowledge-base values: cards, one-line entries, wrapped paragraphs.
//! JSON renderings serialize the same values (see `CodeView`).

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::kb::class_label;
use crate::kb::model::{Code, Kb, Retry, Rule, Status};
use crate::style::{self, clean};

/// Width to wrap prose at: the terminal's (at most 100), or 80 in a pipe so output is stable.
pub fn width() -> usize {
    static WIDTH: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *WIDTH.get_or_init(|| {
        let terminal = io::stdout().is_terminal();
        if terminal {
            usize::from(dialoguer::console::Term::stdout().size().1).clamp(40, 100)
        } else {
            80
        }
    })
}

/// Writes `text` wrapped, each line starting with `first` then `rest` as indent.
pub fn para(out: &mut dyn Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
    para_then(out, text, "", first, rest)
}

/// Like `para`, with our own (styled, so not cleaned) `tail` after the data text.
pub fn para_then(out: &mut dyn Write, text: &str, tail: &str, first: &str, rest: &str) -> io::Result<()> {
    let text = format!("{}{tail}", clean(text).trim());
    let options = textwrap::Options::new(width())
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation); // never split Retry-After
    for line in textwrap::wrap(&text, options) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A code as JSON: its fields plus the class it belongs to.
#[derive(Serialize)]
pub struct CodeView<'a> {
    pub class: String,
    #[serde(flatten)]
    pub code: &'a Code,
}

impl<'a> CodeView<'a> {
    pub fn new(code: &'a Code) -> Self {
        CodeView {
            class: class_label(code.code),
            code,
        }
    }
}

/// Prints a JSON value followed by a newline.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// `422  Unprocessable Content  The request is well-formed but …` on one line.
pub fn line(out: &mut dyn Write, code: &Code) -> io::Result<()> {
    let mut name = clean(&code.name).into_owned();
    if let Some(vendor) = &code.vendor {
        name = format!("{name} ({})", clean(vendor));
    }
    let summary = clean(&code.summary);
    let padded = format!("{name:<32}");
    let marker = match code.status {
        Status::Registered => String::new(),
        status => format!(" [{}]", style::status_name(status)),
    };
    writeln!(
        out,
        "  {}  {}{} {}",
        style::code(code.code),
        style::name(&padded),
        style::warn(&marker),
        style::dim(&summary)
    )
}

/// The full card for one code.
pub fn card(out: &mut dyn Write, kb: &Kb, code: &Code) -> io::Result<()> {
    let class = kb
        .class_of(code.code)
        .map(|c| format!("{} {}", c.class, clean(&c.name)));
    let class = class.unwrap_or_else(|| "outside the valid range 100-599".into());
    writeln!(out, "{} {}", style::code(code.code), style::name(&clean(&code.name)))?;
    let mut facts = vec![class, style::status(code.status).to_string()];
    if let Some(vendor) = &code.vendor {
        facts.push(format!("used by {}", clean(vendor)));
    }
    writeln!(out, "{}", style::dim(&facts.join(" · ")))?;
    if !code.aliases.is_empty() {
        let aliases: Vec<_> = code.aliases.iter().map(|a| clean(a)).collect();
        writeln!(out, "{} {}", style::dim("also known as"), aliases.join(", "))?;
    }
    writeln!(out)?;
    para(out, &code.summary, "", "")?;
    if let Some(details) = &code.details {
        writeln!(out)?;
        para(out, details, "", "")?;
    }
    list(
        out,
        "Use it when",
        code.use_when.iter().map(|w| (w.to_string(), String::new())),
    )?;
    let avoid = code.avoid_when.iter().map(|a| {
        let instead: Vec<String> = a.instead.iter().map(|c| kb.title(*c)).collect();
        let arrow = if instead.is_empty() {
            String::new()
        } else {
            format!(" → {}", instead.join(" or "))
        };
        (a.when.to_string(), arrow)
    });
    list(out, "Not when", avoid)?;
    if let Some(debate) = &code.debate {
        section(out, "Where guides disagree")?;
        para(out, debate, "  ", "  ")?;
    }
    rules(out, "Headers", &code.headers)?;
    rules(out, "Rules", &code.rules)?;
    section(out, "Facts")?;
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    writeln!(
        out,
        "  content allowed: {}   heuristically cacheable: {}   retry helps: {}",
        yes_no(code.body_allowed),
        yes_no(code.cacheable),
        retry(code.retry)
    )?;
    if let Some(example) = &code.example {
        section(out, "Example")?;
        example_lines(out, example)?;
    }
    if !code.related.is_empty() {
        section(out, "Related")?;
        let titles: Vec<String> = code.related.iter().map(|c| kb.title(*c)).collect();
        para(out, &titles.join(" · "), "  ", "  ")?;
    }
    section(out, "Spec")?;
    let url = code
        .spec_url
        .as_deref()
        .map(|u| format!("  {}", clean(u)))
        .unwrap_or_default();
    writeln!(out, "  {}{url}", clean(&code.reference))?;
    if let Some(c) = &code.constants {
        let langs = [
            ("Rust (http)", &c.rust),
            ("Python", &c.python),
            ("Go", &c.go),
            ("Java (Spring)", &c.java),
            (".NET", &c.dotnet),
        ];
        let known: Vec<_> = langs
            .iter()
            .filter_map(|(lang, v)| v.as_ref().map(|v| (*lang, v)))
            .collect();
        if !known.is_empty() {
            section(out, "In code")?;
            for (lang, constant) in known {
                writeln!(out, "  {}{}", style::dim(&format!("{lang:<15}")), clean(constant))?;
            }
        }
    }
    Ok(())
}

/// An example exchange, indented, with the status line stressed.
pub fn example_lines(out: &mut dyn Write, example: &str) -> io::Result<()> {
    for line in clean(example).trim_end().lines().map(str::trim_end) {
        match line {
            "" => writeln!(out)?,
            l if l.starts_with("HTTP/") => writeln!(out, "  {}", style::name(l))?,
            l => writeln!(out, "  {}", style::dim(l))?,
        }
    }
    Ok(())
}

pub fn section(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", style::heading(title))
}

fn list(out: &mut dyn Write, title: &str, items: impl Iterator<Item = (String, String)>) -> io::Result<()> {
    let mut items = items.peekable();
    if items.peek().is_none() {
        return Ok(());
    }
    section(out, title)?;
    for (text, tail) in items {
        para(out, &format!("{text}{tail}"), "  • ", "    ")?;
    }
    Ok(())
}

pub fn rules(out: &mut dyn Write, title: &str, rules: &[Rule]) -> io::Result<()> {
    if rules.is_empty() {
        return Ok(());
    }
    section(out, title)?;
    for rule in rules {
        writeln!(
            out,
            "  {} {}  {}",
            style::level(rule.level),
            style::name(&clean(&rule.field)),
            style::dim(&format!("({})", clean(&rule.section)))
        )?;
        para(out, &rule.rule, "             ", "             ")?;
    }
    Ok(())
}

/// Plain words for a retry hint.
pub fn retry(retry: Retry) -> &'static str {
    match retry {
        Retry::NotApplicable => "n/a",
        Retry::No => "no",
        Retry::AfterChange => "after changing the request",
        Retry::Later => "later",
    }
}
