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

/// Every known code number with its names ("420" → "Enhance Your Calm (Twitter API v1); …").
fn candidates(kb: &Kb) -> BTreeMap<u16, String> {
    let mut names: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for code in kb.sorted() {
        let name = match (&code.vendor, code.status) {
            (Some(vendor), Status::Unofficial) => format!("{} ({vendor})", code.name),
            _ => code.name.to_string(),
        };
        names.entry(code.code).or_default().push(name);
    }
    names
        .into_iter()
        .map(|(code, names)| (code, sanitize(&names.join("; "))))
        .collect()
}

/// The clap command, with the knowledge base's codes as completion candidates of `lookup`.
pub fn command(kb: &Kb) -> clap::Command {
    let values: Vec<PossibleValue> = candidates(kb)
        .into_iter()
        .map(|(code, help)| PossibleValue::new(code.to_string()).help(help))
        .collect();
    Cli::command().mut_subcommand("lookup", |lookup| {
        lookup.mut_arg("codes", |arg| arg.value_parser(PossibleValuesParser::new(values)))
    })
}

/// Keeps completion descriptions to plain printable text, whatever the data file holds.
fn sanitize(text: &str) -> String {
    let unsafe_in_scripts = |c: char| c.is_control() || matches!(c, '\'' | '"' | '`' | '$' | '\\' | '[' | ']' | ':');
    text.chars()
        .map(|c| if unsafe_in_scripts(c) { ' ' } else { c })
        .collect()
}

/// clap_complete's fish script completes no positional values; add the codes for `lookup`.
fn fish_codes(kb: &Kb, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "\n# Status codes for `statusgen lookup` (from the knowledge base)."
    )?;
    for (code, help) in candidates(kb) {
        let condition = "__fish_statusgen_using_subcommand lookup show";
        writeln!(
            out,
            "complete -c statusgen -n \"{condition}\" -f -a \"{code}\" -d '{help}'"
        )?;
    }
    Ok(())
}

pub fn completions(kb: &Kb, shell: Shell, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command(kb), "statusgen", &mut buffer);
    if shell == Shell::Fish {
        fish_codes(kb, &mut buffer)?;
    }
    out.write_all(&buffer)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buffer)?;
    out.write_all(&buffer)?;
    Ok(ExitCode::SUCCESS)
}
