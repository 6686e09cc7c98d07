//! The exit codes are documented once (src/exit.rs): `--help` prints that table, and the README's
//! table must say the same.

mod common;

/// `(code, meaning)` rows of the "Exit codes:" block of `--help`.
fn from_help() -> Vec<(String, String)> {
    let help = common::Test::new().arg("--help").run().stdout;
    let block = help
        .split("Exit codes:\n")
        .nth(1)
        .expect("an Exit codes block in --help");
    block
        .lines()
        .take_while(|l| l.starts_with("  "))
        .map(|l| {
            let (code, meaning) = l.trim().split_once(' ').expect("code and meaning");
            (code.to_string(), meaning.trim().to_string())
        })
        .collect()
}

/// `(code, meaning)` rows of the README's table under "### Exit codes".
fn from_readme() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let section = readme.split("### Exit codes").nth(1).expect("an Exit codes section");
    section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| code"))
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_string(), cells[1].replace('`', ""))
        })
        .collect()
}

#[test]
fn the_readme_documents_the_exit_codes_of_help() {
    let help = from_help();
    assert!(help.iter().any(|(c, _)| c == "0") && help.len() >= 4, "{help:?}");
    let readme: Vec<(String, String)> = from_readme();
    let help: Vec<(String, String)> = help.into_iter().map(|(c, m)| (c, m.replace('`', ""))).collect();
    assert_eq!(readme, help, "README's exit-code table differs from `statusgen --help`");
}
