//! `statusgen lint FILE…`: reviews the status codes of OpenAPI descriptions against the
//! knowledge base.
//!
//! Each file is read and parsed once (`json.rs`, `yaml.rs` into `tree.rs`), walked once
//! (`walk.rs`, following `$ref`s into other files through `source.rs`), checked
//! (`check_codes.rs`, `check_ops.rs`, `check_doc.rs`), then placed and written (`report.rs`,
//! `emit.rs`). Files are linted in parallel, one worker per core.

mod args;
mod check_codes;
mod check_doc;
mod check_ops;
mod check_words;
mod create;
mod ctx;
mod envelope;
mod facts;
mod ignore;
mod json;
mod locate;
mod source;
mod tree;
mod walk;
mod yaml;

use crate::review::{config, progress, rules, text};

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
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
    if let Some(id) = &args.review.explain {
        let rule = config::rule(id).map_err(Error::Usage)?;
        out.write_all(rules::explain(rule).as_bytes())?;
        return Ok(Exit::Success);
    }
    if args.review.list_rules {
        rules::list(out, args.review.format)?;
        return Ok(Exit::Success);
    }
    let settings = config::settings(&args.review).map_err(Error::Usage)?;
    if let Some(target) = &args.review.write_baseline {
        crate::review::baseline::check_target(target, &args.files).map_err(Error::Usage)?;
    }
    let results = lint_all(kb, &args.files, &settings);
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
    crate::review::finish(out, &args.review, &settings, found, args.files.len(), failed)
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
fn lint_all(kb: &Kb, files: &[PathBuf], settings: &Settings) -> Vec<Outcome> {
    let words = check_words::Words::new(kb);
    let slots: Mutex<Vec<Option<Outcome>>> = Mutex::new(files.iter().map(|_| None).collect());
    let next = AtomicUsize::new(0);
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
                    let outcome = lint_file(kb, &words, path, settings);
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
fn lint_file(kb: &Kb, words: &check_words::Words, path: &Path, settings: &Settings) -> Outcome {
    let name = display_name(path);
    let text = source::read(path)?;
    let tree = source::parse(&name, text)?;
    let version = source::version(&tree)?;
    let dir = match path.parent() {
        Some(p) if path != Path::new("-") && !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let docs = Docs::new(Doc::new(name, dir, tree));
    let mut ctx = Ctx::new(&docs, version);
    let ops = walk::operations(&mut ctx);
    if let Some(problem) = ctx.problems.first() {
        return Err(problem.clone());
    }
    let walked = ctx.findings.len();
    let collections = create::collections(walk::path_keys(&mut ctx).iter().map(String::as_str));
    for op in &ops {
        let from = ctx.findings.len();
        check_codes::check(&mut ctx, kb, op);
        check_words::check(&mut ctx, kb, words, op);
        check_ops::check(&mut ctx, op, &collections);
        ignore::apply_op(&mut ctx.findings, from, op);
    }
    let from = ctx.findings.len();
    check_doc::check(&mut ctx, &ops, settings.validation);
    let end = ctx.findings.len();
    ignore::apply_by_place(&mut ctx.findings, from..end, &ops);
    ignore::apply_by_place(&mut ctx.findings, 0..walked, &ops);
    let mut findings = ctx.findings;
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
