//! What options offer at a TAB besides codes: stack ids (`--stacks`), question ids (`tree
//! --from`), lint's rule ids (`--explain`, `--disable`, `--severity RULE=LEVEL`), and file names
//! that are safe to hand to a shell. Every list is read from where the values are defined: the
//! embedded knowledge base, the review rule table (`review::rules`), and the levels `--fail-on`
//! accepts.

use std::ffi::OsStr;

use clap::{Arg, Command, ValueHint};
use clap_complete::engine::{
    ArgValueCandidates, ArgValueCompleter, CompletionCandidate, PathCompleter, ValueCompleter,
};
use statusgen_kb::text::hostile;

/// Adds the completers to every argument of `command` and its subcommands that takes one of
/// these values. `command` is built, so that global options are copied into each subcommand.
pub fn add(command: Command) -> Command {
    let levels = levels(&command);
    with_values(command, &levels)
}

fn with_values(command: Command, levels: &[String]) -> Command {
    let command = command.mut_args(|arg| value(arg, levels));
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| with_values(sub, levels))
    })
}

/// The completer one argument gets, by its id (and, for paths, its value hint).
fn value(arg: Arg, levels: &[String]) -> Arg {
    match arg.get_id().as_str() {
        "stacks" => arg.add(ArgValueCandidates::new(stacks)),
        "from" => arg.add(ArgValueCandidates::new(questions)),
        "explain" | "disable" => arg.add(ArgValueCandidates::new(rules)),
        "severity" => {
            let levels = levels.to_vec();
            arg.add(ArgValueCompleter::new(move |current: &OsStr| {
                severities(current, &levels)
            }))
        }
        _ if takes_path(&arg) => arg.add(ArgValueCompleter::new(safe_paths)),
        _ => arg,
    }
}

fn takes_path(arg: &Arg) -> bool {
    arg.get_num_args().is_none_or(|n| n.takes_values())
        && matches!(
            arg.get_value_hint(),
            ValueHint::AnyPath | ValueHint::FilePath | ValueHint::DirPath
        )
}

/// `python`, `go`, …: the stacks of the embedded knowledge base.
fn stacks() -> Vec<CompletionCandidate> {
    let kb = &crate::kb::EMBEDDED;
    let candidate = |s: &statusgen_kb::model::Stack| {
        CompletionCandidate::new(&*s.id).help(Some(super::sanitize(&format!("{} ({})", s.name, s.library)).into()))
    };
    kb.stacks.iter().map(candidate).collect()
}

/// The ids of the decision tree's questions, with their labels.
fn questions() -> Vec<CompletionCandidate> {
    let kb = &crate::kb::EMBEDDED;
    let candidate = |q: &statusgen_kb::model::Question| {
        let label = super::sanitize(&statusgen_kb::tree::label(q));
        CompletionCandidate::new(&*q.id).help(Some(label.into()))
    };
    kb.questions.iter().map(candidate).collect()
}

/// Lint's rule ids, from its rule table.
fn rules() -> Vec<CompletionCandidate> {
    let ids = crate::review::rules::ids();
    ids.split(", ").map(CompletionCandidate::new).collect()
}

/// `RULE=` for each rule until a `=` is typed, then `RULE=LEVEL` for each level.
fn severities(current: &OsStr, levels: &[String]) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let values: Vec<String> = match current.split_once('=') {
        None => rules()
            .iter()
            .map(|r| format!("{}=", r.get_value().to_string_lossy()))
            .collect(),
        Some((rule, _)) => levels.iter().map(|level| format!("{rule}={level}")).collect(),
    };
    values
        .into_iter()
        .filter(|v| v.starts_with(&*current))
        .map(CompletionCandidate::new)
        .collect()
}

/// The levels `--severity` accepts: those of `lint --fail-on`, and `off`.
fn levels(command: &Command) -> Vec<String> {
    let fail_on = command
        .find_subcommand("lint")
        .and_then(|lint| lint.get_arguments().find(|a| a.get_id() == "fail_on"));
    let mut levels: Vec<String> = fail_on
        .map(|a| {
            a.get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect()
        })
        .unwrap_or_default();
    levels.push("off".into());
    levels
}

/// File names as clap_complete finds them, without those a shell or terminal would act on: a
/// newline splits one candidate into two in zsh, and ESC, BEL or a bidi override would reach the
/// terminal raw. Names that are not UTF-8 are left out too.
fn safe_paths(current: &OsStr) -> Vec<CompletionCandidate> {
    let mut candidates = PathCompleter::any().complete(current);
    candidates.retain(|c| safe(c.get_value()));
    candidates
}

/// Whether a candidate can be shown and inserted as it is.
pub fn safe(value: &OsStr) -> bool {
    value.to_str().is_some_and(|v| !v.chars().any(hostile))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_are_not_safe() {
        for name in ["a\u{1b}[31m", "bell\u{7}", "evil\u{202e}txt.yaml", "two\nlines"] {
            assert!(!safe(OsStr::new(name)), "{name:?}");
        }
        assert!(safe(OsStr::new("api v2/openapi.yaml")));
        use std::os::unix::ffi::OsStrExt;
        assert!(!safe(OsStr::from_bytes(b"caf\xe9.yaml")));
    }

    #[test]
    fn severity_offers_rules_then_levels() {
        let levels = levels(&{
            let mut c = crate::cli::command();
            c.build();
            c
        });
        assert_eq!(levels, ["info", "warning", "error", "off"]);
        let first = rules()[0].get_value().to_string_lossy().into_owned();
        let all = severities(OsStr::new(""), &levels);
        assert_eq!(all.len(), rules().len());
        assert_eq!(all[0].get_value().to_string_lossy(), format!("{first}="));
        let chosen = severities(OsStr::new(&format!("{first}=w")), &levels);
        let chosen: Vec<_> = chosen
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect();
        assert_eq!(chosen, [format!("{first}=warning")]);
    }
}
