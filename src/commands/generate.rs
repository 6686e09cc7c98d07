//! `statusgen completions SHELL` and `statusgen man`: generated from the clap definition.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Error;
use crate::kb::model::{Kb, Status};

/// The clap command, with the knowledge base's codes as completion candidates of `lookup`.
pub fn command(kb: &Kb) -> clap::Command {
    let mut names: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for code in kb.sorted() {
        let name = match (&code.vendor, code.status) {
            (Some(vendor), Status::Unofficial) => format!("{} ({vendor})", code.name),
            _ => code.name.to_string(),
        };
        names.entry(code.code).or_default().push(name);
    }
    let values: Vec<PossibleValue> = names
        .into_iter()
        .map(|(code, names)| PossibleValue::new(code.to_string()).help(sanitize(&names.join("; "))))
        .collect();
    Cli::command().mut_subcommand("lookup", |lookup| {
        lookup.mut_arg("codes", |arg| {
            arg.value_parser(PossibleValuesParser::new(values))
        })
    })
}

/// Keeps completion descriptions to plain printable text, whatever the data file holds.
fn sanitize(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .map(|c| {
            if matches!(c, '\'' | '"' | '`' | '$' | '\\' | '[' | ']' | ':') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

pub fn completions(kb: &Kb, shell: Shell, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command(kb), "statusgen", &mut buffer);
    out.write_all(&buffer)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buffer)?;
    out.write_all(&buffer)?;
    Ok(ExitCode::SUCCESS)
}
