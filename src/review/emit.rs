//! Machine-readable outputs: JSON, SARIF 2.1.0 and GitHub workflow annotations.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::baseline::fingerprint;
use super::report::{Located, card};
use super::rules::{RULES, Scope, Severity, help_uri};
use super::text::{github_data, github_property, uri};

/// GitHub shows this many annotations of each level (error, warning, notice) per step.
pub const GITHUB_LIMIT: usize = 10;

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    file: &'a str,
    line: usize,
    column: usize,
    pointer: &'a str,
    code: Option<u16>,
    message: &'a str,
}

/// A `check` finding: the exchange instead of a line and column.
#[derive(Serialize)]
struct JsonExchange<'a> {
    rule: &'a str,
    severity: Severity,
    file: &'a str,
    entry: usize,
    method: &'a str,
    method_assumed: bool,
    url: &'a str,
    status: u16,
    message: &'a str,
    pointer: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

pub fn json(out: &mut dyn Write, found: &[Located]) -> io::Result<()> {
    let list: Vec<Value> = found.iter().map(json_value).collect();
    crate::emit::json(out, &list)
}

/// One finding: a `check` finding names its exchange, a `lint` finding its line and column.
fn json_value(f: &Located) -> Value {
    let value = match &f.exchange {
        Some(e) => serde_json::to_value(JsonExchange {
            rule: f.finding.rule,
            severity: f.finding.severity,
            file: &f.file,
            entry: e.entry,
            method: &e.method,
            method_assumed: e.method_assumed,
            url: &e.url,
            status: e.status,
            message: &f.finding.message,
            pointer: &f.finding.site.pointer,
            line: (f.line > 0).then_some(f.line),
        }),
        None => serde_json::to_value(JsonFinding {
            rule: f.finding.rule,
            severity: f.finding.severity,
            file: &f.file,
            line: f.line,
            column: f.column,
            pointer: &f.finding.site.pointer,
            code: f.finding.code,
            message: &f.finding.message,
        }),
    };
    value.unwrap_or(Value::Null)
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The rules a reader runs, in table order (SARIF's `ruleIndex` counts in this list).
fn listed(reader: Scope) -> impl Iterator<Item = &'static super::rules::Rule> {
    RULES.iter().filter(move |r| r.scope.covers(reader))
}

pub fn sarif(out: &mut dyn Write, found: &[Located], reader: Scope) -> io::Result<()> {
    let rules: Vec<Value> = listed(reader)
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc },
                "help": { "text": format!("statusgen {} --explain {}", if r.scope == Scope::Exchange { "check" } else { "lint" }, r.id) },
                "helpUri": help_uri(r.id),
                "defaultConfiguration": { "level": sarif_level(r.severity), "enabled": !r.strict },
                "properties": { "profiles": r.profiles() },
            })
        })
        .collect();
    let results: Vec<Value> = found.iter().map(|f| sarif_result(f, reader)).collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "statusgen",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://www.rfc-editor.org/rfc/rfc9110#name-status-codes",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    crate::emit::json(out, &log)
}

fn sarif_result(f: &Located, reader: Scope) -> Value {
    let index = listed(reader).position(|r| r.id == f.finding.rule).unwrap_or(0);
    let mut message = f.finding.message.clone();
    if let Some(code) = card(&f.finding) {
        message.push_str(&format!(" (see: statusgen lookup {code})"));
    }
    let mut physical = json!({ "artifactLocation": { "uri": uri(&f.file) } });
    if f.line > 0 {
        physical["region"] = json!({ "startLine": f.line, "startColumn": f.column.max(1) });
    }
    let mut result = json!({
        "ruleId": f.finding.rule,
        "ruleIndex": index,
        "level": sarif_level(f.finding.severity),
        "message": { "text": message },
        "partialFingerprints": { "statusgen/v1": fingerprint(f) },
        "locations": [{
            "physicalLocation": physical,
            "logicalLocations": [{ "fullyQualifiedName": f.finding.site.pointer, "kind": "member" }],
        }],
    });
    if let Some(e) = &f.exchange {
        result["properties"] = json!({
            "entry": e.entry, "method": e.method, "methodAssumed": e.method_assumed, "url": e.url, "status": e.status,
        });
    }
    result
}

/// Workflow annotations, at most `GITHUB_LIMIT` of each level (GitHub drops the rest); the
/// others are written as plain log lines after a line that says so. Returns how many were not
/// annotations.
pub fn github(out: &mut dyn Write, found: &[Located]) -> io::Result<usize> {
    let mut shown = [0usize; 3];
    let mut rest = Vec::new();
    for f in found {
        let (command, slot) = match f.finding.severity {
            Severity::Error => ("error", 0),
            Severity::Warning => ("warning", 1),
            Severity::Info => ("notice", 2),
        };
        let mut message = f.finding.message.clone();
        if let Some(code) = card(&f.finding) {
            message.push_str(&format!(" (see: statusgen lookup {code})"));
        }
        if let Some(e) = &f.exchange {
            message = format!("{}: {message}", e.shown());
        }
        if shown[slot] == GITHUB_LIMIT {
            rest.push((command, message, f));
            continue;
        }
        shown[slot] += 1;
        let at = if f.line > 0 {
            format!(",line={},col={}", f.line, f.column.max(1))
        } else {
            String::new()
        };
        writeln!(
            out,
            "::{command} file={}{at},title={}::{}",
            github_property(&f.file),
            github_property(&format!("statusgen {}", f.finding.rule)),
            github_data(&message)
        )?;
    }
    if !rest.is_empty() {
        writeln!(
            out,
            "statusgen: GitHub shows {GITHUB_LIMIT} annotations of each level per step; {} more findings follow as log lines (and in the job summary):",
            rest.len()
        )?;
        for (command, message, f) in &rest {
            // No line of a finding may start a workflow command: `::` at a line start is broken.
            let line = format!(
                "{}:{}:{}: {command}[{}]: {message}",
                f.file, f.line, f.column, f.finding.rule
            );
            writeln!(out, "{}", github_data(&line))?;
        }
    }
    Ok(rest.len())
}
