//! Shell completion through the binary: the scripts `statusgen completions SHELL` prints only
//! register a hook (clap_complete's dynamic engine), and at each TAB the shell runs
//! `COMPLETE=SHELL statusgen -- WORDS…`, which answers from the embedded knowledge base. So
//! every shell completes commands, options, codes and names, and what it offers always matches
//! the installed binary. Neither the hook nor the scripts open a user's knowledge base.

mod values;

use std::ffi::OsStr;
use std::io::Write;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate, SubcommandCandidates};
use clap_complete::env::Shells;
use statusgen_kb::model::{Code, Kb, Status};

/// The variable that turns a run into a completion request.
const VAR: &str = "COMPLETE";

const ZSH_AUTOLOAD: &str =
    "if [[ \"${funcstack[1]}\" = \"_statusgen\" ]]; then\n    _clap_dynamic_completer_statusgen \"$@\"\nfi\n";

/// Answers a completion request and exits, when the shell's hook made one; else returns.
pub fn complete() {
    // Checked here first: clap_complete reads the arguments and the working directory before
    // it looks at the variable, which every ordinary start would pay for.
    let Some(shell) = std::env::var_os(VAR) else {
        return;
    };
    if !shell.is_empty() && shell != "0" && !known_shell(&shell) {
        // clap_complete would echo the value as it is, bidi overrides and all.
        let message = format!(
            "{VAR}='{}' names no shell; expected one of {}",
            statusgen_kb::text::quote(&shell.to_string_lossy(), 30),
            Shells::builtins().names().collect::<Vec<_>>().join(", ")
        );
        crate::error::report(&message);
        std::process::exit(crate::exit::Exit::Usage.code().into());
    }
    clap_complete::CompleteEnv::with_factory(command).var(VAR).complete();
}

/// Whether `COMPLETE` names a shell clap_complete answers for (a name or a path such as /bin/zsh).
fn known_shell(value: &OsStr) -> bool {
    let path = std::path::Path::new(value);
    let name = path.file_stem().unwrap_or(value).to_string_lossy();
    Shells::builtins().completer(&name).is_some()
}

/// The registration script for a shell, as `COMPLETE=SHELL statusgen` prints it.
pub fn registration(shell: clap_complete::Shell, out: &mut dyn Write) -> std::io::Result<()> {
    let name = shell.to_string();
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(&name) else {
        return Err(std::io::Error::other(format!("no completion support for {name}")));
    };
    completer.write_registration(VAR, "statusgen", "statusgen", "statusgen", out)?;
    if shell == clap_complete::Shell::Zsh {
        // Autoloaded from $fpath as `_statusgen`, the file's body runs at the first TAB: complete
        // that TAB too, not only the later ones.
        out.write_all(ZSH_AUTOLOAD.as_bytes())?;
    }
    Ok(())
}

/// The clap command with the knowledge base's codes and names as candidates: for `lookup`,
/// `compare` and the `statusgen CODE` shortcut.
fn command() -> clap::Command {
    let values = || ArgValueCompleter::new(values);
    let mut command = crate::cli::command();
    command.build(); // adds the commands' arguments, which `cli` defers
    let command = command
        .add(SubcommandCandidates::new(shortcut))
        .mut_subcommand("lookup", |c| c.mut_arg("codes", |a| a.add(values())))
        .mut_subcommand("compare", |c| c.mut_arg("codes", |a| a.add(values())));
    values::add(command)
}

/// What `statusgen <TAB>` offers besides commands: codes and the registry's names.
fn shortcut() -> Vec<CompletionCandidate> {
    let kb = &crate::kb::EMBEDDED;
    let mut candidates = codes(kb);
    candidates.extend(names(kb, false));
    candidates
}

/// What a code argument offers: codes, and once a letter is typed, names, aliases and keywords.
fn values(current: &OsStr) -> Vec<CompletionCandidate> {
    let kb = &crate::kb::EMBEDDED;
    let current = current.to_string_lossy().to_lowercase();
    let mut candidates = codes(kb);
    if current.starts_with(|c: char| c.is_alphabetic()) {
        candidates.extend(names(kb, true));
    }
    candidates.retain(|c| c.get_value().to_string_lossy().starts_with(&current));
    candidates
}

/// Every code number, with its names as help ("420" → "Enhance Your Calm (Twitter); …").
fn codes(kb: &Kb) -> Vec<CompletionCandidate> {
    let mut numbers: Vec<u16> = kb.codes.iter().map(|c| c.code).collect();
    numbers.sort();
    numbers.dedup();
    let title = |c: &Code| match (&c.vendor, c.status) {
        (Some(vendor), Status::Unofficial) => format!("{} ({vendor})", c.name),
        _ => c.name.to_string(),
    };
    numbers
        .into_iter()
        .map(|n| {
            let names: Vec<String> = kb.entries(n).map(title).collect();
            CompletionCandidate::new(n.to_string()).help(Some(sanitize(&names.join("; ")).into()))
        })
        .collect()
}

/// Lower-case names and aliases of registry codes (and their keywords), each with its code.
fn names(kb: &Kb, keywords: bool) -> Vec<CompletionCandidate> {
    let mut seen = std::collections::HashSet::new();
    let mut candidates = Vec::new();
    for code in kb.sorted().into_iter().filter(|c| c.is_official()) {
        let named = std::iter::once(&code.name).chain(code.aliases.iter());
        let words = named.chain(code.keywords.iter().filter(|_| keywords));
        for word in words.map(|w| w.to_lowercase()) {
            if word.starts_with(|c: char| c.is_alphabetic()) && seen.insert(word.clone()) {
                let help = sanitize(&format!("{} {}", code.code, code.name));
                candidates.push(CompletionCandidate::new(word).help(Some(help.into())));
            }
        }
    }
    candidates
}

/// Keeps completion descriptions to plain printable text, whatever the data holds.
pub fn sanitize(text: &str) -> String {
    let unsafe_in_scripts = |c: char| c.is_control() || matches!(c, '\'' | '"' | '`' | '$' | '\\' | '[' | ']' | ':');
    text.chars()
        .map(|c| if unsafe_in_scripts(c) { ' ' } else { c })
        .collect()
}
