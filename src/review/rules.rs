//! The rules: ids, default severities, documentation, and the finding type they produce.

pub use super::args::Severity;

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "info" | "note" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Where a finding points: a key in one of the files.
#[derive(Debug, Clone)]
pub struct Site {
    pub doc: usize,
    pub pos: u32,
    pub pointer: String,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    /// Filled in from the configuration once all rules have run.
    pub severity: Severity,
    /// The status code concerned.
    pub code: Option<u16>,
    pub site: Site,
    pub message: String,
}

/// What a rule reviews: an OpenAPI description (`lint`), an HTTP exchange (`check`), or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Description,
    Exchange,
    Both,
}

impl Scope {
    /// Whether a rule of this scope runs in a reader of `reader`'s scope.
    pub fn covers(self, reader: Scope) -> bool {
        self == Scope::Both || self == reader
    }

    pub fn name(self) -> &'static str {
        match self {
            Scope::Description => "descriptions (lint)",
            Scope::Exchange => "exchanges (check)",
            Scope::Both => "descriptions (lint) and exchanges (check)",
        }
    }
}

pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// Only with `--profile strict` (or when named in `--severity`).
    pub strict: bool,
    /// The card to read (`statusgen lookup N`); `None`: the code concerned.
    pub card: Option<u16>,
    pub summary: &'static str,
    pub doc: &'static str,
    pub scope: Scope,
    /// For a rule of both scopes: what it means in an exchange (shown by `--explain`).
    pub in_exchange: &'static str,
    /// For a rule of both scopes, its default severity in an exchange when it differs: a header a
    /// description does not declare may still be sent, one a response lacks is missing.
    pub in_exchange_severity: Option<Severity>,
}

pub use super::catalog::RULES;

use std::io::{self, Write};

use serde::Serialize;

use super::args::Format;

#[derive(Serialize)]
struct Listed {
    id: &'static str,
    severity: Severity,
    profiles: Vec<&'static str>,
    summary: &'static str,
    help_uri: String,
}

/// `--list-rules`: the rules of a reader (`lint`: descriptions, `check`: exchanges), as a table
/// or JSON (`-f json`; SARIF and GitHub get the table too).
pub fn list(out: &mut dyn Write, format: Format, reader: Scope) -> io::Result<()> {
    let rules: Vec<&Rule> = RULES.iter().filter(|r| r.scope.covers(reader)).collect();
    if format == Format::Json {
        let listed: Vec<Listed> = rules
            .iter()
            .map(|r| Listed {
                id: r.id,
                severity: r.severity_in(reader),
                profiles: r.profiles().split(", ").collect(),
                summary: r.summary,
                help_uri: help_uri(r.id),
            })
            .collect();
        return crate::emit::json(out, &listed);
    }
    let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
    writeln!(out, "{:<width$}  {:<8} {:<20} summary", "rule", "severity", "profiles")?;
    for r in rules {
        writeln!(
            out,
            "{:<width$}  {:<8} {:<20} {}",
            r.id,
            r.severity_in(reader).name(),
            r.profiles(),
            r.summary
        )?;
    }
    Ok(())
}

pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Where each rule is documented: an anchor per rule in docs/LINT.md, or docs/CHECK.md for the
/// rules of exchanges only (SARIF `helpUri`). The
/// package's `repository` when Cargo.toml names one.
pub fn help_uri(id: &str) -> String {
    let repository = match env!("CARGO_PKG_REPOSITORY") {
        "" => "https://github.com/statusgen/statusgen",
        named => named,
    };
    // Rules of exchanges only are documented with `check`.
    let page = match find(id).map(|r| r.scope) {
        Some(Scope::Exchange) => "CHECK",
        _ => "LINT",
    };
    format!("{}/blob/main/docs/{page}.md#{id}", repository.trim_end_matches('/'))
}

impl Rule {
    /// The default severity in a reader of this scope.
    pub fn severity_in(&self, reader: Scope) -> Severity {
        match (reader, self.in_exchange_severity) {
            (Scope::Exchange, Some(severity)) => severity,
            _ => self.severity,
        }
    }

    /// The profiles that run the rule by default.
    pub fn profiles(&self) -> &'static str {
        if self.strict { "strict" } else { "recommended, strict" }
    }
}

/// `statusgen lint --explain RULE`.
pub fn explain(rule: &Rule) -> String {
    let card = match rule.card {
        Some(code) => format!("statusgen lookup {code}"),
        None => "statusgen lookup CODE (the code concerned)".into(),
    };
    let mut doc = crate::wrap::wrap(rule.doc, 88, "", "").join("\n");
    if !rule.in_exchange.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&crate::wrap::wrap(rule.in_exchange, 88, "", "").join("\n"));
    }
    let severity = match rule.in_exchange_severity {
        Some(other) if other != rule.severity => format!("{} ({} in an exchange)", rule.severity.name(), other.name()),
        _ => rule.severity.name().to_string(),
    };
    format!(
        "{}: {}\n\n{doc}\n\napplies to: {}\ndefault severity: {severity}\nprofiles: {}\nsee: {card}\ndocs: {}\n",
        rule.id,
        rule.summary,
        rule.scope.name(),
        rule.profiles(),
        help_uri(rule.id)
    )
}

/// The rule ids, for error messages.
pub fn ids() -> String {
    RULES.iter().map(|r| r.id).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_explained() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(RULES[..i].iter().all(|r| r.id != rule.id), "{} twice", rule.id);
            assert!(explain(rule).contains("see: statusgen lookup"));
        }
        assert_eq!(find("header-must").map(|r| r.severity), Some(Severity::Warning));
        assert_eq!(find("content-forbidden").map(|r| r.severity), Some(Severity::Error));
        assert!(help_uri("ref-cycle").ends_with("docs/LINT.md#ref-cycle"));
    }
}
