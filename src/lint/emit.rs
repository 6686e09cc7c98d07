//! Machine-readable outputs: JSON, SARIF 2.1.0 and GitHub workflow annotations.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::report::{Located, card};
use super::rules::{RULES, Severity};
use super::text::{github_data, github_property, shown, uri};

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

/// One finding of the JSON array (`stream.rs` writes the array a file at a time).
pub fn json_item(f: &Located) -> impl Serialize + '_ {
    JsonFinding {
        rule: f.finding.rule,
        severity: f.finding.severity,
        file: &f.file,
        line: f.line,
        column: f.column,
        pointer: &f.finding.site.pointer,
        code: f.finding.code,
        message: &f.finding.message,
    }
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF log around `results` (`stream.rs` writes the results a file at a time).
pub fn sarif_log(results: Value) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc },
                "help": { "text": format!("statusgen lint --explain {}", r.id) },
                "defaultConfiguration": { "level": sarif_level(r.severity), "enabled": !r.strict },
            })
        })
        .collect();
    json!({
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
    })
}

pub fn sarif_result(f: &Located) -> Value {
    let index = RULES.iter().position(|r| r.id == f.finding.rule).unwrap_or(0);
    let mut message = f.finding.message.clone();
    if let Some(code) = card(&f.finding) {
        message.push_str(&format!(" (see: statusgen lookup {code})"));
    }
    json!({
        "ruleId": f.finding.rule,
        "ruleIndex": index,
        "level": sarif_level(f.finding.severity),
        "message": { "text": message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&f.file) },
                "region": { "startLine": f.line, "startColumn": f.column },
            },
            "logicalLocations": [{ "fullyQualifiedName": f.finding.site.pointer, "kind": "member" }],
        }],
    })
}

pub fn github(out: &mut dyn Write, found: &[Located]) -> io::Result<()> {
    for f in found {
        let command = match f.finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = f.finding.message.clone();
        if let Some(code) = card(&f.finding) {
            message.push_str(&format!(" (see: statusgen lookup {code})"));
        }
        writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            github_property(&shown(&f.file)),
            f.line,
            f.column,
            github_property(&format!("statusgen {}", f.finding.rule)),
            github_data(&message)
        )?;
    }
    Ok(())
}
