//! `statusgen check`: reviews real HTTP exchanges (HAR files, curl transcripts, a live URL)
//! against the knowledge base's rules, and with `--spec` against an OpenAPI description. The
//! second reader of the review engine (`crate::review`): readers (`har.rs`, `curl.rs`,
//! `live.rs`) turn input into `Exchange`s, the rules (`status.rs`, `content.rs`, `syntax.rs`,
//! `body.rs`, `spec.rs`) report through a `Sink`, and `review::finish` writes and decides.

mod args;
mod body;
mod content;
mod curl;
mod exchange;
mod har;
mod har_scan;
mod input;
mod live;
mod sink;
mod spec;
mod status;
mod syntax;

use std::io::Write;

pub use args::Args;
use exchange::Exchange;
use sink::Sink;
use statusgen_kb::model::Kb;

use crate::error::{self, Error};
use crate::exit::Exit;
use crate::review::args::Format;
use crate::review::rules::Scope;
use crate::review::{config, text};

pub fn run(kb: &Kb, args: Args, out: &mut dyn Write) -> Result<Exit, Error> {
    if let Some(exit) = crate::review::answer_about_rules(out, &args.review, Scope::Exchange)? {
        return Ok(exit);
    }
    let settings = config::settings(&args.review, Scope::Exchange).map_err(Error::Usage)?;
    let mut spec = match &args.spec {
        Some(path) => Some(
            spec::Spec::load(path)
                .map_err(|e| Error::Usage(format!("--spec {}: {e}", text::shown(&path.display().to_string()))))?,
        ),
        None => None,
    };
    let mut notes = Vec::new();
    let mut found = Vec::new();
    let (mut files, mut failed) = (0, 0);
    if let Some(url) = args.url() {
        files = 1;
        let exchanges = live::fetch(url, &args).map_err(Error::Usage)?;
        let mut sink = Sink {
            file: url.to_string(),
            settings: &settings,
            found: Vec::new(),
        };
        for x in &exchanges {
            check(kb, x, &mut sink, spec.as_mut());
        }
        found.extend(sink.found);
    } else {
        if !args.headers.is_empty() || args.content.is_some() || args.content_file.is_some() || args.follow {
            return Err(Error::Usage(
                "-H, -d, --data-binary and -L are for a URL (http:// or https://), not files".into(),
            ));
        }
        for path in &args.inputs {
            files += 1;
            let name = if path == "-" {
                "<stdin>".to_string()
            } else {
                path.clone()
            };
            let mut sink = Sink {
                file: name.clone(),
                settings: &settings,
                found: Vec::new(),
            };
            let mut assumed = 0;
            let method = args.method.as_deref();
            let result = input::read(path, method, &mut |x: Exchange| {
                assumed += usize::from(x.method_assumed);
                check(kb, &x, &mut sink, spec.as_mut());
            });
            match result {
                Ok(counts) => {
                    if assumed > 0 {
                        notes.push(format!(
                            "{}: the request is not in the transcript; method-dependent rules (HEAD, 302 after POST, \
                             405 Allow) assumed GET for {assumed} response(s): give -X METHOD",
                            text::shown(&name)
                        ));
                    }
                    if counts.1 > 0 {
                        notes.push(format!(
                            "{}: {} entries without a response (blocked or failed in the browser) were skipped",
                            text::shown(&name),
                            counts.1
                        ));
                    }
                    found.extend(sink.found);
                }
                Err(message) => {
                    failed += 1;
                    error::report(&format!("{}: {message}", text::shown(&name)));
                }
            }
        }
    }
    let coverage = spec.as_ref().map(|spec| spec.coverage(&settings, &mut found));
    if args.review.format == Format::Text {
        for note in &notes {
            writeln!(out, "note: {note}")?;
        }
        if !notes.is_empty() {
            writeln!(out)?;
        }
    }
    let exit = crate::review::finish(out, &args.review, &settings, found, files, failed)?;
    if let (Format::Text, Some((seen, declared))) = (args.review.format, coverage) {
        writeln!(out, "coverage: {seen} of {declared} declared responses seen")?;
    }
    Ok(exit)
}

/// Every rule on one exchange.
fn check(kb: &Kb, x: &Exchange, sink: &mut Sink, spec: Option<&mut spec::Spec>) {
    status::check(kb, x, sink);
    content::check(kb, x, sink);
    syntax::check(x, sink);
    body::check(x, sink);
    if let Some(spec) = spec {
        spec.check(x, sink);
    }
}
