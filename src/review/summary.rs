//! What a run found, counted: per rule and severity, the files, what the baseline hid and what
//! `--fail-on` decided. Ends the text report, and is GitHub's job summary in Markdown.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::report::Located;
use super::rules::{self, Severity};
use crate::exit::Exit;
use crate::style;

/// GitHub's job summary lists this many findings.
pub const LISTED: usize = 1000;

/// The counts of a run, made a finding at a time.
pub struct Tally {
    /// Files linted, and files that could not be read.
    pub files: usize,
    pub unread: usize,
    /// Findings the baseline accepted (or that `--write-baseline` wrote).
    pub accepted: usize,
    pub wrote_baseline: bool,
    pub fail_on: Severity,
    pub exit: Exit,
    /// (rule, severity) → findings reported; per severity (error, warning, info); at or above
    /// `fail_on`.
    rules: BTreeMap<(&'static str, Severity), usize>,
    totals: [usize; 3],
    failing: usize,
}

impl Tally {
    pub fn new(fail_on: Severity, wrote_baseline: bool) -> Tally {
        Tally {
            files: 0,
            unread: 0,
            accepted: 0,
            wrote_baseline,
            fail_on,
            exit: Exit::Success,
            rules: BTreeMap::new(),
            totals: [0; 3],
            failing: 0,
        }
    }

    /// One more finding reported.
    pub fn count(&mut self, f: &Located) {
        let severity = f.finding.severity;
        *self.rules.entry((f.finding.rule, severity)).or_default() += 1;
        self.totals[slot(severity)] += 1;
        self.failing += usize::from(severity >= self.fail_on);
    }

    /// Findings at or above `--fail-on`.
    pub fn failing(&self) -> usize {
        self.failing
    }

    fn found(&self) -> usize {
        self.totals.iter().sum()
    }

    /// (rule, severity) → findings, most first.
    fn per_rule(&self) -> Vec<(&'static str, Severity, usize)> {
        let mut list: Vec<_> = self.rules.iter().map(|(&(r, s), &n)| (r, s, n)).collect();
        list.sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then(a.0.cmp(b.0)));
        list
    }

    fn files_line(&self) -> String {
        let mut files = plural(self.files + self.unread, "file");
        if self.unread > 0 {
            files.push_str(&format!(" ({} could not be read)", plural(self.unread, "file")));
        }
        files
    }

    /// "--fail-on error: 2 findings at or above it, exit 1".
    pub fn decision(&self) -> String {
        let why = if self.unread > 0 {
            "a file could not be read".to_string()
        } else if self.failing == 0 {
            "nothing at or above it".to_string()
        } else {
            format!("{} at or above it", plural(self.failing, "finding"))
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

/// 0 for errors, 1 for warnings, 2 for infos.
fn slot(severity: Severity) -> usize {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The end of the text report.
pub fn text(out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
    if tally.found() == 0 {
        writeln!(out, "{} in {}", style::good("no findings"), tally.files_line())?;
        if tally.accepted > 0 || tally.unread > 0 {
            writeln!(out, "{}", tally.decision())?;
        }
        return Ok(());
    }
    let [errors, warnings, infos] = tally.totals;
    let errors = match plural(errors, "error") {
        e if errors > 0 => style::bad_bold(e),
        e => style::plain(e),
    };
    let warnings = match plural(warnings, "warning") {
        w if warnings > 0 => style::warn_bold(w),
        w => style::plain(w),
    };
    writeln!(out, "{errors}, {warnings}, {infos} info in {}", tally.files_line())?;
    let per_rule = tally.per_rule();
    let width = per_rule.iter().map(|(r, ..)| r.len()).max().unwrap_or(0);
    for (rule, severity, n) in per_rule {
        writeln!(out, "  {rule:<width$}  {:<7}  {n}", severity.name())?;
    }
    writeln!(out, "{}", tally.decision())
}

/// A finding as the job summary lists it (the first `LISTED` of a run).
pub fn listed(f: &Located) -> String {
    html(&format!(
        "{}:{}:{}: {}[{}]: {}",
        f.file,
        f.line,
        f.column,
        f.finding.severity.name(),
        f.finding.rule,
        f.finding.message
    ))
}

/// GitHub's job summary: counts per rule, the decision, and the first findings (`listed`) as
/// preformatted text.
pub fn markdown(tally: &Tally, listed: &[String], hidden: usize) -> String {
    let [errors, warnings, infos] = tally.totals;
    let found = tally.found();
    let mut md = format!(
        "### statusgen lint\n\n{}, {}, {infos} info in {}. {}\n\n",
        plural(errors, "error"),
        plural(warnings, "warning"),
        tally.files_line(),
        tally.decision()
    );
    if found > 0 {
        md.push_str("| rule | severity | findings |\n|---|---|---|\n");
        for (rule, severity, n) in tally.per_rule() {
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
    if found > 0 {
        md.push_str("\n<details><summary>Findings</summary>\n\n<pre>\n");
        for line in listed {
            md.push_str(line);
            md.push('\n');
        }
        if found > listed.len() {
            md.push_str(&format!("… and {} more\n", found - listed.len()));
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
