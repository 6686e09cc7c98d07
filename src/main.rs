//! statusgen: which HTTP status code should this endpoint return?

mod cli;
mod commands;
mod decide;
mod error;
mod kb;
mod lint;
mod render;
mod search;
mod style;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::error::Error;

fn main() -> ExitCode {
    let cli = match Cli::parse_args() {
        Ok(cli) => cli,
        Err(err) => return error::clap_exit(&err),
    };
    style::init(cli.global.color);
    match run(cli) {
        Ok(code) => code,
        Err(err) => err.exit(),
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    // One write at the end instead of one per line (stdout is line-buffered).
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = dispatch(cli, &mut out);
    // Whatever was found goes out before an error about what was not.
    let flushed = out.flush();
    let code = result?;
    flushed?;
    Ok(code)
}

fn dispatch(cli: Cli, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let kb = kb::open(cli.global.data.as_deref())?;
    match cli.command {
        Command::Lookup { codes, output } => commands::lookup::run(&kb, &codes, output.format, out),
        Command::Search {
            words,
            unofficial,
            output,
        } => commands::search::run(&kb, &words, unofficial, output.format, out),
        Command::List {
            class,
            unofficial,
            output,
        } => commands::list::run(&kb, class, unofficial, output.format, out),
        Command::Categories { output } => commands::categories::run(&kb, output.format, out),
        Command::Decide { answers, output } => decide::run(&kb, answers.as_deref(), output.format, out),
        Command::Tree { format } => commands::tree::run(&kb, format, out),
        Command::Completions { shell } => commands::generate::completions(shell, out),
        Command::Man => commands::generate::man(out),
        Command::Lint(args) => lint::run(&kb, args, out),
        // `Cli::parse_args` has already turned the shortcut into `lookup`; this is the same thing.
        Command::Shortcut(codes) => commands::lookup::run(&kb, &codes, cli::Format::Text, out),
    }
}
