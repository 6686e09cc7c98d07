//! Baselines: the findings a team accepts for now (`--write-baseline FILE`), so that a later run
//! (`--baseline FILE`) reports only new ones. Findings are keyed by a fingerprint of rule, file,
//! JSON pointer and code, never by line: an unrelated edit above a finding does not revive it.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::report::Located;

/// The format's version, written in every baseline.
const VERSION: u32 = 1;
/// A baseline lists findings of descriptions; a file far larger is not one.
const MAX_BYTES: u64 = 64 << 20;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "statusgen-baseline")]
    version: u32,
    findings: Vec<Entry>,
}

/// One accepted finding; only the fingerprint is compared, the rest is for readers.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    rule: String,
    file: String,
    pointer: String,
    code: Option<u16>,
    message: String,
}

/// The fingerprints of a baseline file.
#[derive(Debug, Default)]
pub struct Baseline {
    known: HashSet<String>,
}

impl Baseline {
    pub fn contains(&self, finding: &Located) -> bool {
        self.known.contains(&fingerprint(finding))
    }
}

/// Reads a baseline; a rule it names that does not exist is an error, as in every setting.
pub fn read(path: &Path) -> Result<Baseline, String> {
    let shown = super::text::shown(&path.display().to_string()).into_owned();
    let text = super::input::read_setting(path, MAX_BYTES).map_err(|e| format!("baseline {shown}: {e}"))?;
    let file: File = serde_json::from_str(&text).map_err(|e| format!("baseline {shown}: {e}"))?;
    if file.version != VERSION {
        return Err(format!(
            "baseline {shown}: version {} is not {VERSION}; write it again with --write-baseline",
            file.version
        ));
    }
    let mut known = HashSet::new();
    for entry in file.findings {
        super::config::rule(&entry.rule).map_err(|e| format!("baseline {shown}: {e}"))?;
        known.insert(entry.fingerprint);
    }
    Ok(Baseline { known })
}

/// Refuses a `--write-baseline` target before any work: one of the documents being linted (it
/// would be overwritten), or something that is not a regular file (opening a FIFO to write waits
/// for a reader forever; a device is no baseline).
pub fn check_target(path: &Path, inputs: &[std::path::PathBuf]) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let shown = super::text::shown(&path.display().to_string()).into_owned();
    let Ok(target) = std::fs::metadata(path) else {
        return Ok(());
    };
    if target.is_dir() {
        return Err(format!("cannot write baseline {shown}: it is a directory"));
    }
    if !target.is_file() {
        return Err(format!("cannot write baseline {shown}: not a regular file"));
    }
    let same = |input: &std::path::PathBuf| {
        std::fs::metadata(input).is_ok_and(|m| m.dev() == target.dev() && m.ino() == target.ino())
    };
    if inputs.iter().any(same) {
        return Err(format!(
            "cannot write baseline {shown}: it is one of the documents to lint; name another file"
        ));
    }
    Ok(())
}

/// Writes every finding as accepted.
pub fn write(path: &Path, found: &[Located]) -> std::io::Result<()> {
    let findings = found
        .iter()
        .map(|f| Entry {
            fingerprint: fingerprint(f),
            rule: f.finding.rule.into(),
            file: f.file.clone(),
            pointer: f.finding.site.pointer.clone(),
            code: f.finding.code,
            message: f.finding.message.clone(),
        })
        .collect();
    let file = File {
        version: VERSION,
        findings,
    };
    let mut out = std::io::BufWriter::new(super::output::create(path, false)?);
    crate::emit::json(&mut out, &file)?;
    out.flush()
}

/// Rule, file (without a leading `./`), JSON pointer and code, hashed (64-bit FNV-1a, hex): the
/// same in SARIF's `partialFingerprints` and in baselines.
pub fn fingerprint(f: &Located) -> String {
    let file = f.file.trim_start_matches("./");
    let code = f.finding.code.map(|c| c.to_string()).unwrap_or_default();
    // An exchange is known by its request, not by its place in the file (entries move between
    // recordings): method and URL, and the pointer below the entry.
    let pointer = f.finding.site.pointer.as_str();
    let request;
    let parts: Vec<&str> = match &f.exchange {
        Some(e) => {
            let skip = if pointer.starts_with("/log/entries/") { 3 } else { 2 };
            let below = pointer.match_indices('/').nth(skip).map_or("", |(i, _)| &pointer[i..]);
            request = format!("{} {}", e.method, e.url);
            vec![f.finding.rule, file, &request, below, &code]
        }
        None => vec![f.finding.rule, file, pointer, &code],
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::super::rules::{Finding, Severity, Site};
    use super::*;

    fn at(file: &str, line: usize, pointer: &str) -> Located {
        Located {
            finding: Finding {
                rule: "header-must",
                severity: Severity::Warning,
                code: Some(401),
                site: Site {
                    doc: 0,
                    pos: line as u32,
                    pointer: pointer.into(),
                },
                message: format!("line {line}"),
            },
            file: file.into(),
            line,
            column: 9,
            excerpt: String::new(),
            caret: (0, 1),
            exchange: None,
        }
    }

    #[test]
    fn fingerprints_ignore_lines_and_messages_but_not_places() {
        let a = fingerprint(&at("api.yaml", 8, "/paths/~1x/get/responses/401"));
        assert_eq!(a, fingerprint(&at("./api.yaml", 80, "/paths/~1x/get/responses/401")));
        assert_ne!(a, fingerprint(&at("api.yaml", 8, "/paths/~1y/get/responses/401")));
        assert_ne!(a, fingerprint(&at("other.yaml", 8, "/paths/~1x/get/responses/401")));
        assert_eq!(a.len(), 16);
    }
}
