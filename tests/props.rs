//! Property tests: generated argument vectors and mutated knowledge-base files never make
//! statusgen panic; every failure is one `error:` line with a documented exit code.

mod common;

use std::time::Duration;

use common::Test;
use proptest::prelude::*;

const TOKENS: &[&str] = &[
    "lookup",
    "show",
    "search",
    "list",
    "categories",
    "decide",
    "tree",
    "completions",
    "man",
    "help",
    "--format",
    "json",
    "text",
    "mermaid",
    "dot",
    "outline",
    "--color",
    "always",
    "never",
    "auto",
    "--answers",
    "y,n,y",
    "n",
    "--unofficial",
    "--data",
    "/nonexistent",
    "4xx",
    "5xx",
    "9xx",
    "422",
    "418",
    "499",
    "999",
    "0",
    "-1",
    "600",
    "99999999999999999999",
    "teapot",
    "too many",
    "",
    " ",
    "--",
    "-",
    "bash",
    "zsh",
    "fish",
    "elvish",
    "powershell",
    "--help",
    "--version",
    "ünïcödé",
    "\u{1b}[2J",
    "%s%n",
    "💥",
];

/// Runs statusgen under the harness (no panic, no hang, documented exit, nothing raw on any
/// stream); a failure must be one `error:` line. Without a terminal nothing may exit 130.
fn check(test: Test) -> common::Output {
    let output = test.any_status().timeout(Duration::from_secs(20)).run();
    // 3: `decide --answers` ran out and printed the pending question.
    assert!([0, 1, 2, 3].contains(&output.status), "{output:?}");
    if [1, 2].contains(&output.status) {
        common::assert_one_line_error(&output.stderr, &format!("{output:?}"));
    }
    assert!(!output.stdout.contains("panicked"), "{output:?}");
    output
}

fn argument() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(String::from),
        1 => "\\PC{0,12}",
        1 => (0u32..100_000).prop_map(|n| n.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_arguments(args in proptest::collection::vec(argument(), 0..6)) {
        check(Test::new().args(&args));
    }
}

/// A way to damage a file.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..8)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (
            any::<usize>(),
            proptest::sample::select(vec![
                b"\"".to_vec(),
                b"[[".to_vec(),
                b"=".to_vec(),
                b"\n".to_vec(),
                b"]".to_vec()
            ])
        )
            .prop_map(|(at, b)| Mutation::Insert(at, b)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(mut bytes: Vec<u8>, mutation: &Mutation) -> Vec<u8> {
    let len = bytes.len().max(1);
    match mutation {
        Mutation::Delete(at, n) => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Mutation::Insert(at, insert) => {
            let at = at % len;
            bytes.splice(at..at, insert.iter().copied());
        }
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::DuplicateLine(n) | Mutation::SwapLines(n, _) => {
            let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
            let count = lines.len();
            match mutation {
                Mutation::DuplicateLine(_) => {
                    let line = lines[n % count].clone();
                    lines.insert(n % count, line);
                }
                Mutation::SwapLines(a, b) => lines.swap(a % count, b % count),
                _ => {}
            }
            bytes = lines.join(&b'\n');
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn damaged_data_files(mutations in proptest::collection::vec(mutation(), 1..4), command in 0usize..4) {
        let original = std::fs::read(format!("{}/tests/data/minimal.toml", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
        let damaged = mutations.iter().fold(original, apply);
        let commands: [&[&str]; 4] = [&["list"], &["lookup", "422"], &["decide", "--answers", "y,y"], &["tree"]];
        let output = check(Test::new().data(&damaged).args(commands[command]));
        let path = output.data.as_deref().expect("data");
        if output.status == 2 && !output.stderr.contains("answers") {
            prop_assert!(output.stderr.starts_with(&format!("error: {path}")), "the file is named: {}", output.stderr);
        }
    }
}

/// Characters that must never reach a terminal raw: C0, DEL, C1, bidi, zero-width, separators.
fn hostile_char() -> impl Strategy<Value = char> {
    let listed = [
        '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}',
        '\u{2067}', '\u{2068}', '\u{2069}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{2028}',
        '\u{2029}', '\u{7f}', '\u{1b}', '\r', '\n', '\t', '\u{0}',
    ];
    prop_oneof![
        (0u32..0x20).prop_map(|n| char::from_u32(n).expect("C0")),
        (0x80u32..0xa0).prop_map(|n| char::from_u32(n).expect("C1")),
        proptest::sample::select(listed.to_vec()),
    ]
}

const COMMANDS: &[&[&str]] = &[
    &["lookup", "400", "--stacks", "go"],
    &["400"],
    &["search", "request"],
    &["list", "--unofficial"],
    &["categories"],
    &["decide", "--answers", "y,y"],
    &["tree"],
    &["tree", "--format", "mermaid"],
    &["tree", "--format", "dot"],
    &["tree", "--format", "json"],
    &["lookup", "400", "--format", "json"],
    &["list", "--format", "json"],
    &["categories", "--format", "json"],
    &["search", "request", "--format", "json"],
    &["decide", "--answers", "y,y", "--format", "json"],
];

/// tests/data/slots.toml with `hostile` in one slot, written literally or as a TOML escape, and
/// "x" in the others; also the lines the slot is on.
fn with_hostile(slot: &str, hostile: char, escaped: bool) -> (String, Vec<usize>) {
    let template =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/slots.toml")).expect("fixture");
    let marker = format!("@{slot}@");
    let lines = template.lines().enumerate();
    let lines: Vec<usize> = lines.filter(|(_, l)| l.contains(&marker)).map(|(n, _)| n + 1).collect();
    let written = if escaped {
        format!("\\u{:04X}", u32::from(hostile))
    } else {
        hostile.to_string()
    };
    let text = template
        .replacen(&marker, &format!("a{written}b"), 1)
        .replace(&marker, &format!("a{written}b"));
    let mut out = String::new();
    let mut rest = text.as_str();
    // The other slots get plain text.
    while let Some(at) = rest.find('@') {
        let end = rest[at + 1..].find('@').map(|e| at + 1 + e).expect("closed slot");
        out.push_str(&rest[..at]);
        out.push('x');
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    (out, lines)
}

fn slot() -> impl Strategy<Value = String> {
    let template =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/slots.toml")).expect("fixture");
    let slots: Vec<String> = template
        .split('@')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '-') && *s != "slot")
        .map(String::from)
        .collect();
    proptest::sample::select(slots)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 800, failure_persistence: None, ..ProptestConfig::default() })]

    /// Hostile text in any field of a knowledge base: refused with one line at the field, and
    /// nothing raw on any stream (the harness checks both streams of every run).
    #[test]
    fn hostile_text_in_any_field(slot in slot(), hostile in hostile_char(), escaped in any::<bool>(), command in 0..COMMANDS.len()) {
        let (text, mut lines) = with_hostile(&slot, hostile, escaped);
        if !escaped && matches!(hostile, '\n' | '\r') {
            // A literal line break ends the line: the parser finds the damage on the next one.
            lines.extend(lines.clone().iter().map(|l| l + 1));
        }
        let output = check(Test::new().data(&text).args(COMMANDS[command]));
        if slot == "example" && hostile == '\n' {
            return Ok(()); // a line break is allowed in an example
        }
        prop_assert_eq!(output.status, 2, "accepted: {:?}", output);
        let path = output.data.as_deref().expect("data");
        let at = lines.iter().map(|line| format!("error: {path}:{line}:")).find(|at| output.stderr.starts_with(at));
        prop_assert!(at.is_some(), "expected {}:{:?}:…: {:?}", path, lines, output.stderr);
        let at = at.unwrap_or_default();
        let column = output.stderr[at.len()..].split(':').next().unwrap_or_default();
        prop_assert!(column.parse::<usize>().is_ok_and(|c| c > 0), "no column: {:?}", output.stderr);
    }

    /// Arguments with hostile characters are echoed escaped and never forge a second line.
    #[test]
    fn hostile_arguments(
        before in "[a-z0-9 ]{0,6}", hostile in hostile_char(), after in "[a-z: ]{0,12}",
        command in proptest::sample::select(vec!["lookup", "search", "list", "decide --answers", "tree --format", "--color", "--data", "--stacks go,", ""]),
    ) {
        prop_assume!(hostile != '\0', "an argument cannot hold NUL");
        let value = format!("{before}{hostile}{after}");
        let mut args: Vec<String> = command.split(' ').filter(|s| !s.is_empty()).map(String::from).collect();
        args.push(value);
        args.push("error: fake".into());
        check(Test::new().args(&args));
        check(Test::new().args(["lookup", &format!("foo\nerror: fake{hostile}")]).status(1));
    }
}
