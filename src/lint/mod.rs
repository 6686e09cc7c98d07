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
mod stream;
mod text;
mod tree;
mod trust;
mod walk;
mod yaml;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub use args::Args;
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
    // Each file's findings are written as soon as the files before it are: a run holds the
    // findings of the files in progress, not of every file (`stream.rs`).
    let mut stream = stream::Stream::begin(out, args.format)?;
    let (mut failed, mut written) = (0, Ok(()));
    lint_all(
        kb,
        &args.files,
        &settings,
        args.ref_root.as_deref(),
        &mut |i, result| match result {
            Ok(found) => {
                if written.is_ok() {
                    written = stream.file(&found);
                }
            }
            Err(message) => {
                failed += 1;
                let path = display_name(&args.files[i]);
                error::report(&format!("{}: {message}", text::shown(&path)));
            }
        },
    );
    written?;
    let worst = stream.end(args.files.len() - failed, failed)?;
    Ok(if failed > 0 {
        Exit::Usage
    } else if worst.is_some_and(|s| s >= settings.fail_on) {
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

/// Lints every file, in parallel; `each` gets the results in the order given, each as soon
/// as it and those before it are done.
fn lint_all(
    kb: &Kb,
    files: &[PathBuf],
    settings: &Settings,
    ref_root: Option<&Path>,
    each: &mut dyn FnMut(usize, Outcome),
) {
    let next = AtomicUsize::new(0);
    let budget = budget::Budget::new(files);
    let progress =
        (files.len() >= PROGRESS_FROM && std::io::stderr().is_terminal()).then(|| progress::Progress::new(files.len()));
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len())
        .max(1);
    let (done, results) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let mut spawned = 0;
        for _ in 0..workers {
            let done = done.clone();
            let (next, budget, progress) = (&next, &budget, &progress);
            let work = move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    // Held until the findings are written: they count in the budget too.
                    let share = budget.take(i, path);
                    let outcome = lint_file(kb, path, settings, ref_root);
                    if let Some(bar) = progress {
                        bar.inc();
                    }
                    if done.send((i, outcome, share)).is_err() {
                        break;
                    }
                }
            };
            // A deep description recurses (bounded); give workers room.
            let worker = std::thread::Builder::new().stack_size(64 << 20);
            spawned += usize::from(worker.spawn_scoped(scope, work).is_ok());
        }
        drop(done);
        if spawned == 0 {
            // No thread to be had: one file after the other, here.
            for (i, path) in files.iter().enumerate() {
                each(i, lint_file(kb, path, settings, ref_root));
            }
            return;
        }
        // In order: a result that comes early waits for those before it.
        let mut waiting = std::collections::BTreeMap::new();
        let mut wanted = 0;
        for (i, outcome, share) in results.iter() {
            waiting.insert(i, (outcome, share));
            while let Some((outcome, share)) = waiting.remove(&wanted) {
                each(wanted, outcome);
                drop(share);
                wanted += 1;
            }
        }
    });
    if let Some(bar) = progress {
        bar.finish();
    }
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
