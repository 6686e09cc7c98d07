//! `statusgen completions SHELL` and `statusgen man`: scripts and the page, generated from the
//! clap definition. Completion candidates come from the embedded knowledge base; neither command
//! opens a user's file.

use std::collections::BTreeMap;
use std::io::Write;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_complete::Shell;
use statusgen_kb::model::{Kb, Status};

use crate::error::Error;
use crate::exit::Exit;

/// Every known code number with its names ("420" → "Enhance Your Calm (Twitter (API v1)); …").
fn candidates(kb: &Kb) -> BTreeMap<u16, String> {
    let mut names: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for code in kb.codes.iter() {
        let name = match (&code.vendor, code.status) {
            (Some(vendor), Status::Unofficial) => format!("{} ({vendor})", code.name),
            _ => code.name.to_string(),
        };
        let names = names.entry(code.code).or_default();
        // The registry's name first, then the vendors'.
        if code.status == Status::Unofficial {
            names.push(name)
        } else {
            names.insert(0, name)
        }
    }
    names
        .into_iter()
        .map(|(code, names)| (code, sanitize(&names.join("; "))))
        .collect()
}

/// The clap command, with the knowledge base's codes as completion candidates of `lookup`.
fn command(kb: &Kb) -> clap::Command {
    let values: Vec<PossibleValue> = candidates(kb)
        .into_iter()
        .map(|(code, help)| PossibleValue::new(code.to_string()).help(help))
        .collect();
    crate::cli::command().mut_subcommand("lookup", |lookup| {
        lookup.mut_arg("codes", |arg| arg.value_parser(PossibleValuesParser::new(values)))
    })
}

/// Keeps completion descriptions to plain printable text, whatever the data holds.
fn sanitize(text: &str) -> String {
    let unsafe_in_scripts = |c: char| c.is_control() || matches!(c, '\'' | '"' | '`' | '$' | '\\' | '[' | ']' | ':');
    text.chars()
        .map(|c| if unsafe_in_scripts(c) { ' ' } else { c })
        .collect()
}

/// Prints the completion script for one shell.
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<Exit, Error> {
    out.write_all(&script(&crate::kb::EMBEDDED, shell))?;
    Ok(Exit::Success)
}

/// Prints the man page.
pub fn man(out: &mut dyn Write) -> Result<Exit, Error> {
    out.write_all(&page()?)?;
    Ok(Exit::Success)
}

/// The completion script for one shell.
fn script(kb: &Kb, shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(kb), "statusgen", &mut script);
    if shell == Shell::Fish {
        // clap_complete's fish script completes no positional values; add the codes for `lookup`.
        script.extend_from_slice(b"\n# Status codes for `statusgen lookup` (from the knowledge base).\n");
        for (code, help) in candidates(kb) {
            let condition = "__fish_statusgen_using_subcommand lookup show";
            script.extend(format!("complete -c statusgen -n \"{condition}\" -f -a \"{code}\" -d '{help}'\n").bytes());
        }
    }
    script
}

/// The man page (roff): one page with every command's synopsis and options, since the
/// commands have no pages of their own.
fn page() -> std::io::Result<Vec<u8>> {
    use clap_mangen::Man;
    let cli = crate::cli::command();
    let man = Man::new(cli.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("statusgen {}", sub.get_name());
        let sub = Man::new(sub.clone().bin_name(&name));
        page.extend_from_slice(format!(".SS \"{name}\"\n").as_bytes());
        for render in [
            Man::render_description_section,
            Man::render_synopsis_section,
            Man::render_options_section,
        ] {
            let mut part = Vec::new();
            render(&sub, &mut part)?;
            // Each part comes with roff's preamble and its own .SH heading; inside a command's
            // subsection, keep only the body.
            let part = String::from_utf8_lossy(&part);
            let body = part
                .lines()
                .filter(|l| !l.starts_with(".SH") && !l.starts_with(".ie ") && !l.starts_with(".el "));
            body.for_each(|line| page.extend_from_slice(format!("{line}\n").as_bytes()));
            page.extend_from_slice(b".PP\n");
        }
    }
    man.render_extra_section(&mut page)?;
    man.render_version_section(&mut page)?;
    Ok(page)
}
