//! Property tests: generated argument vectors and mutated knowledge-base files never make
//! statusgen panic; every failure is one `error:` line with a documented exit code.

mod common;

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

fn check(args: &[String], code: i32, stdout: &str, stderr: &str) {
    assert!(
        !stderr.contains("panicked") && !stdout.contains("panicked"),
        "{args:?} panicked: {stderr}"
    );
    assert!([0, 1, 2, 3].contains(&code), "{args:?} exited {code}: {stderr}");
    // 3: `decide --answers` ran out and printed the next question on stdout, no error.
    if code != 0 && code != 3 {
        // `--color always` colors the label too.
        let stderr = stderr.replace("\x1b[1;31m", "").replace("\x1b[0m", "");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    }
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
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stdout, stderr) = common::run(&args);
        check(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>(), code, &stdout, &stderr);
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
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("kb.toml");
        std::fs::write(&path, &damaged).expect("write");
        let path = path.to_str().expect("utf-8").to_string();
        let commands: [&[&str]; 4] = [&["list"], &["lookup", "422"], &["decide", "--answers", "y,y"], &["tree"]];
        let mut args = vec!["--data", &path];
        args.extend(commands[command]);
        let (code, stdout, stderr) = common::run(&args);
        check(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>(), code, &stdout, &stderr);
        if code == 2 && !stderr.contains("answers") {
            prop_assert!(stderr.starts_with(&format!("error: {path}")), "the file is named: {}", stderr);
        }
    }
}
