//! `statusgen lint FILE…`: reviews the status codes of OpenAPI descriptions against the
//! knowledge base.
//!
//! Each file is read and parsed once (`json.rs`, `yaml.rs` into `tree.rs`), walked once
//! (`walk.rs`, following `$ref`s into other files through `source.rs`), checked
//! (`check_codes.rs`, `check_ops.rs`, `check_doc.rs`), then placed and written (`report.rs`,
//! `emit.rs`). Files are linted in parallel, one worker per core.

mod args;
mod budget;
mod check_codes;
mod check_doc;
mod check_ops;
mod config;
mod create;
mod ctx;
mod dupes;
mod emit;
mod facts;
mod json;
mod lines;
mod memo;
mod progress;
#[cfg(test)]
mod props;
mod report;
mod rules;
mod source;
mod text;
mod tree;
mod trust;
mod walk;
mod yaml;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use args::Args;
use args::LintFormat;
use config::Settings;
use facts::Kb;
use report::Located;
use source::{Doc, Docs};
use walk::Ctx;

use crate::error::{self, Error};
use crate::exit::Exit;

/// Progress on stderr from this many files on (and only on a terminal).
const PROGRESS_FROM: usize = 20;

pub fn run(kb: &Kb, args: Args, out: &mut dyn Write) -> Result<Exit, Error> {
    if let Some(id) = &args.explain {
        let rule = config::rule(id).map_err(Error::Usage)?;
        out.write_all(rules::explain(rule).as_bytes())?;
        return Ok(Exit::Success);
    }
    let settings = config::settings(&args).map_err(Error::Usage)?;
    if let Some(dir) = &args.ref_root
        && !dir.is_dir()
    {
        let shown = dir.display().to_string();
        return Err(Error::Usage(format!(
            "--ref-root {}: not a folder",
            text::shown(&shown)
        )));
    }
    let results = lint_all(kb, &args.files, &settings, args.ref_root.as_deref());
    let mut found = Vec::new();
    let mut failed = 0;
    for (path, result) in args.files.iter().zip(results) {
        match result {
            Ok(list) => found.extend(list),
            Err(message) => {
                failed += 1;
                error::report(&format!("{}: {message}", text::shown(&display_name(path))));
            }
        }
    }
    match args.format {
        LintFormat::Text => report::text(out, &found, args.files.len() - failed, failed)?,
        LintFormat::Json => emit::json(out, &found)?,
        LintFormat::Sarif => emit::sarif(out, &found)?,
        LintFormat::Github => emit::github(out, &found)?,
    }
    Ok(if failed > 0 {
        Exit::Usage
    } else if found.iter().any(|f| f.finding.severity >= settings.fail_on) {
        Exit::Findings
    } else {
        Exit::Success
    })
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

type Outcome = Result<Vec<Located>, String>;

/// Lints every file, in parallel; results in the order given.
fn lint_all(kb: &Kb, files: &[PathBuf], settings: &Settings, ref_root: Option<&Path>) -> Vec<Outcome> {
    let slots: Mutex<Vec<Option<Outcome>>> = Mutex::new(files.iter().map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let budget = budget::Budget::new(files);
    let progress =
        (files.len() >= PROGRESS_FROM && std::io::stderr().is_terminal()).then(|| progress::Progress::new(files.len()));
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len())
        .max(1);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let work = || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    let share = budget.take(path);
                    let mut outcome = lint_file(kb, path, settings, ref_root);
                    drop(share);
                    if let Ok(found) = &outcome
                        && !budget.keep(found.len())
                    {
                        outcome = Err(format!("more than {} findings in this run; stopped", ctx::MAX_FINDINGS));
                    }
                    slots.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(outcome);
                    if let Some(bar) = &progress {
                        bar.inc();
                    }
                }
            };
            // A deep description recurses (bounded); give workers room.
            let spawned = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn_scoped(scope, work);
            if spawned.is_err() {
                work();
            }
        }
    });
    if let Some(bar) = progress {
        bar.finish();
    }
    let slots = slots.into_inner().unwrap_or_else(|e| e.into_inner());
    slots
        .into_iter()
        .map(|s| s.unwrap_or_else(|| Err("not linted".into())))
        .collect()
}

/// Reads, walks and checks one root document and the files it references.
fn lint_file(kb: &Kb, path: &Path, settings: &Settings, ref_root: Option<&Path>) -> Outcome {
    let name = display_name(path);
    let text = source::read(path)?;
    let tree = source::parse(&name, text)?;
    let version = source::version(&tree)?;
    let dir = match path.parent() {
        Some(p) if path != Path::new("-") && !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let docs = Docs::new(Doc::new(name, dir, tree), ref_root);
    let wanted = |rule: &str| settings.levels.get(rule).copied().flatten().is_some();
    let mut ctx = Ctx::new(&docs, version, &wanted);
    let mut whole = check_doc::Whole::new(settings.validation);
    walk::operations(&mut ctx, &mut |ctx, op| {
        check_codes::check(ctx, kb, op);
        check_ops::check(ctx, op);
        if op.first {
            whole.op(ctx, op);
        }
    });
    whole.finish(&mut ctx);
    dupes::check(&mut ctx);
    if ctx.overflow {
        return Err(format!(
            "more than {} findings; stopped (fix the most frequent rule or turn it off with --severity RULE=off)",
            ctx::MAX_FINDINGS
        ));
    }
    let mut findings = ctx.findings;
    findings.retain_mut(|f| match settings.levels.get(f.rule).copied().flatten() {
        Some(severity) => {
            f.severity = severity;
            true
        }
        None => false,
    });
    findings.sort_by(|a, b| (a.site.doc, a.site.pos, a.rule).cmp(&(b.site.doc, b.site.pos, b.rule)));
    Ok(findings.into_iter().map(|f| report::locate(&docs, f)).collect())
}
