//! statusgen: which HTTP status code should this endpoint return?

extern crate alloc; // the baked knowledge base names `alloc::borrow::Cow`

mod cli;
mod commands;
mod decide;
mod error;
mod kb;
mod render;
mod search;
mod style;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::error::Error;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
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
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let code = dispatch(cli, &mut out)?;
    out.flush()?;
    Ok(code)
}

fn dispatch(cli: Cli, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let kb = kb::open(cli.global.data.as_deref())?;
    if cli.command.is_some() && !cli.codes.is_empty() {
        let shown = crate::style::clean(&cli.codes[0]).into_owned();
        return Err(Error::Usage(format!(
            "'{shown}' before the command; put codes after it, e.g. `statusgen lookup {shown}`"
        )));
    }
    match cli.command {
        None if cli.codes.is_empty() => Err(Error::Usage(
            "no code given; try `statusgen 422`, `statusgen decide` or `statusgen --help`".into(),
        )),
        None => {
            commands::lookup::mistyped_command(&cli.codes[0])?;
            commands::lookup::run(&kb, &cli.codes, cli.output.format, out)
        }
        Some(Command::Lookup { codes, output }) => {
            commands::lookup::run(&kb, &codes, output.format, out)
        }
        Some(Command::Search {
            words,
            unofficial,
            output,
        }) => commands::search::run(&kb, &words, unofficial, output.format, out),
        Some(Command::List {
            class,
            unofficial,
            output,
        }) => commands::list::run(&kb, class, unofficial, output.format, out),
        Some(Command::Categories { output }) => commands::categories::run(&kb, output.format, out),
        Some(Command::Decide { answers, output }) => {
            decide::run(&kb, answers.as_deref(), output.format, out)
        }
        Some(Command::Tree { format }) => commands::tree::run(&kb, format, out),
        Some(Command::Completions { shell }) => commands::generate::completions(&kb, shell, out),
        Some(Command::Man) => commands::generate::man(out),
    }
}
