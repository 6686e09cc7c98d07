//! `statusgen lint FILE…`: reviews the status codes of OpenAPI descriptions against the
//! knowledge base.
//!
//! Each file is read and parsed once (`json.rs`, `yaml.rs` into `tree.rs`), walked once
//! (`walk.rs`, following `$ref`s into other files through `source.rs`), checked
//! (`check_codes.rs`, `check_ops.rs`, `check_doc.rs`), placed (`locate.rs`) and handed to the
//! review layer (`crate::review`) to be written. Files are linted in parallel, one worker per
//! core, as long as the files in progress fit the memory budget (`budget.rs`).

mod args;
mod budget;
mod check_codes;
mod check_doc;
mod check_ops;
mod check_words;
mod create;
mod ctx;
pub mod described;
mod dupes;
mod envelope;
mod facts;
mod ignore;
mod json;
mod lines;
mod locate;
#[cfg(test)]
mod props;
mod source;
mod tree;
mod trust;
mod walk;
mod yaml;

use crate::review::{config, progress, rules, text};

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::review::report::Located;
pub use args::Args;
use config::Settings;
use facts::Kb;
use source::{Doc, Docs};
use walk::Ctx;

use crate::error::{self, Error};
use crate::exit::Exit;

/// Progress on stderr from this many files on (and only on a terminal).
const PROGRESS_FROM: usize = 20;

pub fn run(kb: &Kb, args: Args, out: &mut dyn Write) -> Result<Exit, Error> {
    if let Some(exit) = crate::review::answer_about_rules(out, &args.review, rules::Scope::Description)? {
        return Ok(exit);
    }
    let settings = config::settings(&args.review, rules::Scope::Description).map_err(Error::Usage)?;
    if let Some(dir) = &args.ref_root
        && !dir.is_dir()
    {
        let shown = dir.display().to_string();
        return Err(Error::Usage(format!(
            "--ref-root {}: not a folder",
            text::shown(&shown)
        )));
    }
    if let Some(target) = &args.review.write_baseline {
        crate::review::baseline::check_target(target, &args.files).map_err(Error::Usage)?;
    }
    // Each file's findings are written as soon as it and those before it are done.
    let mut report = crate::review::Report::start(out, &args.review, &settings)?;
    let mut failed = 0;
    let mut unwritten = None;
    lint_all(
        kb,
        &args.files,
        &settings,
        args.ref_root.as_deref(),
        &mut |i, result| match result {
            Ok(list) if unwritten.is_none() => unwritten = report.file(list).err(),
            Ok(_) => {}
            Err(message) => {
                failed += 1;
                let path = display_name(&args.files[i]);
                error::report(&format!("{}: {message}", text::shown(&path)));
            }
        },
    );
    if let Some(e) = unwritten {
        return Err(e);
    }
    report.end(args.files.len(), failed)
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

type Outcome = Result<Vec<Located>, String>;

/// About the bytes `found` holds until it is written.
fn held(found: &[Located]) -> u64 {
    let text = |f: &Located| f.file.len() + f.excerpt.len() + f.finding.message.len() + f.finding.site.pointer.len();
    found
        .iter()
        .map(|f| (std::mem::size_of::<Located>() + text(f)) as u64)
        .sum()
}

/// Lints every file, in parallel; `each` gets the results in the order given, each as soon
/// as it and those before it are done.
fn lint_all(
    kb: &Kb,
    files: &[PathBuf],
    settings: &Settings,
    ref_root: Option<&Path>,
    each: &mut dyn FnMut(usize, Outcome),
) {
    let words = check_words::Words::new(kb);
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
            let (next, budget, progress, words) = (&next, &budget, &progress, &words);
            let work = move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    // Held until the findings are written: they count in the budget too.
                    let mut share = budget.take(i, path);
                    let outcome = lint_file(kb, words, path, settings, ref_root);
                    share.shrink(outcome.as_ref().map_or(0, |found| held(found)));
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
                each(i, lint_file(kb, &words, path, settings, ref_root));
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
fn lint_file(
    kb: &Kb,
    words: &check_words::Words,
    path: &Path,
    settings: &Settings,
    ref_root: Option<&Path>,
) -> Outcome {
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
    let collections = create::collections(walk::path_keys(&mut ctx).iter().map(String::as_str));
    let mut whole = check_doc::Whole::new(settings.validation);
    // Operations with an `x-statusgen-ignore` (few), to take out what they turn off at the end.
    let mut ignoring = Vec::new();
    walk::operations(&mut ctx, &collections, &mut |ctx, op| {
        check_codes::check(ctx, kb, op);
        check_words::check(ctx, kb, words, op);
        check_ops::check(ctx, op, &collections);
        if op.first {
            whole.op(ctx, op);
        }
        if ignore::has_any(op) {
            ignoring.push(op.clone());
        }
    });
    if let Some(problem) = ctx.problems.first() {
        return Err(problem.clone());
    }
    whole.finish(&mut ctx);
    dupes::check(&mut ctx);
    if ctx.overflow {
        return Err(format!(
            "more than {} findings; stopped (fix the most frequent rule or turn it off with --severity RULE=off)",
            ctx::MAX_FINDINGS
        ));
    }
    let mut findings = ctx.findings;
    // Made once, met through many operations: said once, with how many (as `repeats` says it).
    for (f, &uses) in findings.iter_mut().zip(&ctx.uses) {
        if uses > 1 {
            let uses = uses as usize;
            f.message.push_str(&format!(
                " (shared: reported once for the {uses} operations that use it)"
            ));
        }
    }
    let all = 0..findings.len();
    ignore::apply_by_place(&mut findings, all, &ignoring);
    findings.retain_mut(|f| match settings.levels.get(f.rule).copied().flatten() {
        Some(severity) => {
            f.severity = severity;
            true
        }
        None => false,
    });
    let mut findings = crate::review::repeats::merge(findings);
    findings.sort_by(|a, b| (a.site.doc, a.site.pos, a.rule).cmp(&(b.site.doc, b.site.pos, b.rule)));
    Ok(findings.into_iter().map(|f| locate::locate(&docs, f)).collect())
}
