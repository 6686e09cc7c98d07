//! What a run found, counted: per rule and severity, the files, what the baseline hid and what
//! `--fail-on` decided. Ends the text report, and is GitHub's job summary in Markdown.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::report::Located;
use super::rules::{self, Severity};
use crate::exit::Exit;
use crate::style;

/// The counts of a run.
pub struct Tally {
    /// Files linted, and files that could not be read.
    pub files: usize,
    pub unread: usize,
    /// Findings the baseline accepted (or that `--write-baseline` wrote).
    pub accepted: usize,
    pub wrote_baseline: bool,
    pub fail_on: Severity,
    pub exit: Exit,
}

impl Tally {
    /// (rule, severity) → findings, most first.
    fn per_rule(found: &[Located]) -> Vec<(&'static str, Severity, usize)> {
        let mut counts: BTreeMap<(&'static str, Severity), usize> = BTreeMap::new();
        for f in found {
            *counts.entry((f.finding.rule, f.finding.severity)).or_default() += 1;
        }
        let mut list: Vec<_> = counts.into_iter().map(|((r, s), n)| (r, s, n)).collect();
        list.sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then(a.0.cmp(b.0)));
        list
    }

    fn totals(found: &[Located]) -> [usize; 3] {
        let count = |s: Severity| found.iter().filter(|f| f.finding.severity == s).count();
        [count(Severity::Error), count(Severity::Warning), count(Severity::Info)]
    }

    fn files_line(&self) -> String {
        let mut files = plural(self.files + self.unread, "file");
        if self.unread > 0 {
            files.push_str(&format!(" ({} could not be read)", plural(self.unread, "file")));
        }
        files
    }

    /// "--fail-on error: 2 findings at or above it, exit 1".
    pub fn decision(&self, found: &[Located]) -> String {
        let at = found.iter().filter(|f| f.finding.severity >= self.fail_on).count();
        let why = if self.unread > 0 {
            "a file could not be read".to_string()
        } else if at == 0 {
            "nothing at or above it".to_string()
        } else {
            format!("{} at or above it", plural(at, "finding"))
        };
        let mut line = format!("--fail-on {}: {why}, exit {}", self.fail_on.name(), self.exit.code());
        if self.wrote_baseline {
            line.push_str(&format!(
                " ({} written to the baseline)",
                plural(self.accepted, "finding")
            ));
        } else if self.accepted > 0 {
            line.push_str(&format!(
                " ({} in the baseline not shown)",
                plural(self.accepted, "finding")
            ));
        }
        line
    }
}

/// The end of the text report.
pub fn text(out: &mut dyn Write, found: &[Located], tally: &Tally) -> io::Result<()> {
    if found.is_empty() {
        writeln!(out, "{} in {}", style::good("no findings"), tally.files_line())?;
        if tally.accepted > 0 || tally.unread > 0 {
            writeln!(out, "{}", tally.decision(found))?;
        }
        return Ok(());
    }
    let [errors, warnings, infos] = Tally::totals(found);
    let errors = match plural(errors, "error") {
        e if errors > 0 => style::bad_bold(e),
        e => style::plain(e),
    };
    let warnings = match plural(warnings, "warning") {
        w if warnings > 0 => style::warn_bold(w),
        w => style::plain(w),
    };
    writeln!(out, "{errors}, {warnings}, {infos} info in {}", tally.files_line())?;
    let per_rule = Tally::per_rule(found);
    let width = per_rule.iter().map(|(r, ..)| r.len()).max().unwrap_or(0);
    for (rule, severity, n) in per_rule {
        writeln!(out, "  {rule:<width$}  {:<7}  {n}", severity.name())?;
    }
    writeln!(out, "{}", tally.decision(found))
}

/// GitHub's job summary: counts per rule, the decision, and the findings as preformatted text.
pub fn markdown(found: &[Located], tally: &Tally, hidden: usize) -> String {
    let [errors, warnings, infos] = Tally::totals(found);
    let mut md = format!(
        "### statusgen lint\n\n{}, {}, {infos} info in {}. {}\n\n",
        plural(errors, "error"),
        plural(warnings, "warning"),
        tally.files_line(),
        tally.decision(found)
    );
    if !found.is_empty() {
        md.push_str("| rule | severity | findings |\n|---|---|---|\n");
        for (rule, severity, n) in Tally::per_rule(found) {
            let link = rules::help_uri(rule);
            md.push_str(&format!("| [{rule}]({link}) | {} | {n} |\n", severity.name()));
        }
    }
    if hidden > 0 {
        md.push_str(&format!(
            "\nGitHub shows at most {} annotations of each level per step; the other {} are only below and in the log.\n",
            super::emit::GITHUB_LIMIT,
            plural(hidden, "finding")
        ));
    }
    const LISTED: usize = 1000;
    if !found.is_empty() {
        md.push_str("\n<details><summary>Findings</summary>\n\n<pre>\n");
        for f in found.iter().take(LISTED) {
            let line = format!(
                "{}:{}:{}: {}[{}]: {}",
                f.file,
                f.line,
                f.column,
                f.finding.severity.name(),
                f.finding.rule,
                f.finding.message
            );
            md.push_str(&html(&line));
            md.push('\n');
        }
        if found.len() > LISTED {
            md.push_str(&format!("… and {} more\n", found.len() - LISTED));
        }
        md.push_str("</pre>\n</details>\n");
    }
    md
}

/// Text inside `<pre>`: markup characters as entities, so a message cannot add HTML or links.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}
