//! The command line: clap's own checks, and the cut-down root against the whole one.

use super::*;

#[test]
fn verify_cli() {
    command().debug_assert();
}

fn parsed(mut command: clap::Command, argv: &[&str]) -> String {
    let argv: Vec<OsString> = argv.iter().map(OsString::from).collect();
    match Cli::from_matches(&mut command, &argv) {
        Ok(cli) => format!("{cli:?}"),
        Err(err) => format!("{:?}: {}", err.kind(), err.render()),
    }
}

/// The root cut down to the command that runs parses every line as the whole one does, and
/// gives the same help and errors.
#[test]
fn the_cut_down_root_parses_as_the_whole_one() {
    let lines: &[&[&str]] = &[
        &["lookup", "422"],
        &["show", "-s", "404", "--color", "never", "--stacks", "python,go"],
        &["lookup", "--bogus"],
        &["lookup"],
        &["compare", "401", "403", "-f", "json", "--no-pager"],
        &["compare", "401"],
        &["search", "too", "many", "--unofficial"],
        &["list", "4xx", "--data", "kb.toml"],
        &["list", "9xx"],
        &["categories", "-f", "json"],
        &["decide", "--answers", "y,n"],
        &["tree", "-f", "mermaid", "--from", "start"],
        &["completions", "bash"],
        &["completions", "nosuch"],
        &["man"],
        &["lint", "api.yaml", "--format", "sarif"],
        &["422", "--color", "always"],
        &["bad", "request"],
        &["lsit"],
        &["lookup", "--help"],
        &["lint", "-h"],
        &["decide", "--help"],
        &["categories", "--help"],
        &["man", "--help"],
    ];
    for line in lines {
        let argv: Vec<&str> = std::iter::once("statusgen").chain(line.iter().copied()).collect();
        let os: Vec<OsString> = argv.iter().map(OsString::from).collect();
        assert_eq!(parsed(command_for(&os), &argv), parsed(command(), &argv), "{line:?}");
    }
}

/// Every command in `--help` order is built, and a word that names none is a shortcut.
#[test]
fn every_name_is_a_command() {
    let names: Vec<String> = command().get_subcommands().map(|c| c.get_name().to_string()).collect();
    assert_eq!(names, super::names().collect::<Vec<_>>());
    assert_eq!(
        subcommand("show", Globals::Own)
            .map(|c| c.get_name().to_string())
            .as_deref(),
        Some("lookup")
    );
    assert!(subcommand("422", Globals::Own).is_none());
    for name in super::names() {
        root(Globals::Own)
            .subcommands(subcommand(name, Globals::Own))
            .debug_assert();
    }
}
