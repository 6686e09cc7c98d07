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

pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// Only with `--profile strict` (or when named in `--severity`).
    pub strict: bool,
    /// The card to read (`statusgen lookup N`); `None`: the code concerned.
    pub card: Option<u16>,
    pub summary: &'static str,
    pub doc: &'static str,
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

/// `--list-rules`: a table, or JSON (`-f json`; SARIF and GitHub get the table too).
pub fn list(out: &mut dyn Write, format: Format) -> io::Result<()> {
    if format == Format::Json {
        let listed: Vec<Listed> = RULES
            .iter()
            .map(|r| Listed {
                id: r.id,
                severity: r.severity,
                profiles: r.profiles().split(", ").collect(),
                summary: r.summary,
                help_uri: help_uri(r.id),
            })
            .collect();
        return crate::emit::json(out, &listed);
    }
    let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    writeln!(out, "{:<width$}  {:<8} {:<20} summary", "rule", "severity", "profiles")?;
    for r in RULES {
        writeln!(
            out,
            "{:<width$}  {:<8} {:<20} {}",
            r.id,
            r.severity.name(),
            r.profiles(),
            r.summary
        )?;
    }
    Ok(())
}

pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Where each rule is documented: an anchor per rule in docs/LINT.md (SARIF `helpUri`). The
/// package's `repository` when Cargo.toml names one.
pub fn help_uri(id: &str) -> String {
    let repository = match env!("CARGO_PKG_REPOSITORY") {
        "" => "https://github.com/statusgen/statusgen",
        named => named,
    };
    format!("{}/blob/main/docs/LINT.md#{id}", repository.trim_end_matches('/'))
}

impl Rule {
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
    format!(
        "{}: {}\n\n{}\n\ndefault severity: {}\nprofiles: {}\nsee: {card}\ndocs: {}\n",
        rule.id,
        rule.summary,
        crate::wrap::wrap(rule.doc, 88, "", "").join("\n"),
        rule.severity.name(),
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
