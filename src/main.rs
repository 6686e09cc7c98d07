//! statusgen: which HTTP status code should this endpoint return?

mod check;
mod cli;
mod commands;
mod complete;
mod decide;
mod emit;
mod error;
mod exit;
mod kb;
mod lint;
mod pipe;
mod quiz;
mod render;
mod review;
mod style;
mod wrap;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::error::Error;
use crate::exit::Exit;

fn main() -> ExitCode {
    // A TAB in a shell runs `COMPLETE=SHELL statusgen -- WORDS…`: answer it and exit.
    complete::complete();
    // Before anything opens a file that could take descriptor 1's place.
    if let Err(err) = error::stdout_open() {
        let (exit, message) = err.exit();
        error::report(&message.unwrap_or_default());
        return exit.into();
    }
    let cli = match Cli::parse_args() {
        Ok(cli) => cli,
        Err(err) => return error::clap_exit(&err).into(),
    };
    style::init(cli.global.color);
    let (exit, message) = match run(cli) {
        Ok(exit) => (exit, None),
        Err(err) => err.exit(),
    };
    if let Some(message) = message {
        error::report(&message);
    }
    exit.into()
}

/// Runs the command with stdout buffered; whatever was found goes out before an error about what
/// was not. A closed pipe drops the rest of the output quietly, and the command still ends with
/// the exit code its results decide (`pipe.rs`).
fn run(cli: Cli) -> Result<Exit, Error> {
    let mut out = io::BufWriter::new(pipe::Reader::new(io::stdout().lock()));
    let result = dispatch(cli, &mut out);
    let flushed = out.flush().map_err(Error::from);
    match (result, flushed) {
        (Err(err), _) if !err.is_broken_pipe() => Err(err),
        (_, Err(err)) if !err.is_broken_pipe() => Err(err),
        (Ok(exit), _) => Ok(exit),
        // A pager that went away: nothing more to say, and nothing failed.
        (Err(_), _) => Ok(Exit::Success),
    }
}

fn dispatch(cli: Cli, out: &mut dyn Write) -> Result<Exit, Error> {
    // These print what the binary holds and never read a knowledge base.
    match cli.command {
        Command::Completions(args) => return commands::generate::completions(args.shell, out),
        Command::Man => return commands::generate::man(out),
        _ => {}
    }
    let kb = kb::open(cli.global.data.as_deref())?;
    let stacks = kb::stacks(&kb, cli.global.stacks)?;
    let no_pager = cli.global.no_pager;
    let lookup = |codes: &[String], unofficial, short, format, out: &mut dyn Write| {
        let options = commands::lookup::Options {
            format,
            stacks: stacks.as_deref(),
            unofficial,
            short,
            no_pager,
            command_typo: cli.command_typo.as_deref(),
        };
        commands::lookup::run(&kb, codes, &options, out)
    };
    match cli.command {
        Command::Lookup(args) => lookup(&args.codes, args.unofficial, args.short, args.output.format, out),
        // parse_args turns a shortcut into `lookup`; this is the same with every default.
        Command::Shortcut(codes) => lookup(&codes, false, false, emit::Format::Text, out),
        Command::Compare(args) => {
            commands::compare::run(&kb, &args.codes, args.unofficial, args.output.format, no_pager, out)
        }
        Command::Search(args) => commands::search::run(&kb, &args.words, args.unofficial, args.output.format, out),
        Command::List(args) => commands::list::run(&kb, args.class, args.unofficial, args.output.format, out),
        Command::Categories(output) => commands::categories::run(&kb, output.format, out),
        Command::Decide(args) => commands::decide::run(&kb, args.answers.as_deref(), args.output.format, out),
        Command::Quiz(args) => commands::quiz::run(&kb, &args, out),
        Command::Tree(args) => commands::tree::run(&kb, args.format, args.from.as_deref(), out),
        Command::Completions(_) | Command::Man => unreachable!("handled above"),
        Command::Lint(args) => lint::run(&kb, args, out),
        Command::Check(args) => check::run(&kb, args, out),
    }
}
