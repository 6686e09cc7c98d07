//! Completion in the real shells: the committed scripts only register a hook, and at each TAB
//! the shell asks the binary (`COMPLETE=SHELL statusgen -- WORDS…`). A shell that is not
//! installed is reported as SKIPPED on stderr, and fails the test under CI=true.

mod common;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

fn script(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions").join(file)
}

/// PATH with the statusgen under test first, as the hook runs `statusgen` from PATH.
fn path() -> OsString {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_statusgen"));
    let dir = bin.parent().expect("bin dir").to_path_buf();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir).chain(std::env::split_paths(&rest))).expect("PATH")
}

fn run_in(shell: &str, script: &str) -> String {
    // A user's knowledge base must not matter to completion.
    let env = [
        ("PATH", path()),
        ("STATUSGEN_DATA", OsString::from("/nonexistent/kb.toml")),
    ];
    let env: Vec<(&str, &std::ffi::OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
    common::shell_output(shell, script, &env)
}

#[test]
fn bash_completes_codes_names_commands_and_values() {
    if !common::shell_installed("bash") {
        return;
    }
    let script = format!(
        r#"source '{}'
complete_line() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${{#COMP_LINE}}
  COMPREPLY=(); _clap_complete_statusgen statusgen "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; echo "${{COMPREPLY[*]}}"; }}
complete_line statusgen 42
complete_line statusgen lookup 42
complete_line statusgen lookup tea
complete_line statusgen compare 401 40
complete_line statusgen lis
complete_line statusgen --color ''"#,
        script("statusgen.bash").display()
    );
    let out = run_in("bash", &script);
    let lines: Vec<&str> = out.lines().collect();
    let codes = "420 421 422 423 424 425 426 428 429";
    assert_eq!(lines[0], codes, "{out}");
    assert_eq!(lines[1], codes, "{out}");
    assert_eq!(lines[2], "teapot", "{out}");
    assert!(lines[3].starts_with("400 401 402 403 404"), "{out}");
    assert_eq!(lines[4], "list", "{out}");
    assert_eq!(lines[5].split(' ').collect::<Vec<_>>().len(), 3, "{out}");
}

#[test]
fn fish_completes_codes_and_names_with_descriptions() {
    if !common::shell_installed("fish") {
        return;
    }
    let script = format!(
        "source '{}'; complete -C 'statusgen 42'; echo ---; complete -C 'statusgen lookup unauth'; echo ---; complete -C 'statusgen li'",
        script("statusgen.fish").display()
    );
    let out = run_in("fish", &script);
    let parts: Vec<&str> = out.split("---\n").collect();
    assert!(parts[0].contains("422\tUnprocessable Content"), "{out}");
    assert!(parts[0].contains("429\tToo Many Requests"), "{out}");
    assert_eq!(parts[0].lines().count(), 9, "420-429 minus 427: {out}");
    assert!(parts[1].contains("unauthorized\t401 Unauthorized"), "{out}");
    assert!(parts[1].contains("unauthenticated\t401 Unauthorized"), "{out}");
    assert!(parts[2].starts_with("list\t"), "{out}");
}

#[test]
fn elvish_completes_codes() {
    if !common::shell_installed("elvish") {
        return;
    }
    // `edit:` exists only in an interactive elvish: bind the same closure to a variable instead.
    let hook = std::fs::read_to_string(script("statusgen.elv")).expect("script");
    let hook = hook.replace("set edit:completion:arg-completer[statusgen] =", "var complete =");
    assert!(hook.contains("var complete ="), "{hook}");
    let script = format!("{hook}\n$complete statusgen 42 | each {{|c| echo $c }}");
    let out = run_in("elvish", &script);
    assert!(out.contains("422") && out.contains("429"), "{out}");
}

#[test]
fn powershell_completes_codes() {
    if !common::shell_installed("pwsh") {
        return;
    }
    let script = format!(
        ". '{}'; (TabExpansion2 -inputScript 'statusgen 42' -cursorColumn 12).CompletionMatches | % CompletionText",
        script("_statusgen.ps1").display()
    );
    let out = run_in("pwsh", &script);
    assert!(out.contains("422") && out.contains("429"), "{out}");
}

#[cfg(unix)]
#[test]
fn zsh_completes_codes_and_names_in_a_real_terminal() {
    use expectrl::{Expect, Regex, Session};
    if !common::shell_installed("zsh") {
        return;
    }
    let mut command = Command::new("zsh");
    command
        .args(["-f", "-i"])
        .env("TERM", "xterm")
        .env("PS1", "%% ")
        .env("PATH", path());
    let mut zsh = Session::spawn(command).expect("zsh starts");
    zsh.set_expect_timeout(Some(Duration::from_secs(20)));
    // As the README says: from $fpath, after compinit.
    let dir = script("").display().to_string();
    let setup = format!(
        "fpath=('{dir}' $fpath); autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' list-prompt ''; echo READY\n"
    );
    zsh.send(setup).expect("send");
    zsh.expect("READY").expect("zsh set up");
    zsh.send("statusgen 42\t").expect("send");
    let listing = zsh.expect(Regex("Too Many Requests")).expect("zsh lists the 42x codes");
    let listing = String::from_utf8_lossy(listing.before()).into_owned();
    assert!(
        listing.contains("422") && listing.contains("Unprocessable"),
        "{listing}"
    );
    zsh.send("\x03").expect("send");
    std::thread::sleep(Duration::from_millis(300));
    zsh.send("statusgen lookup teap\t").expect("send");
    std::thread::sleep(Duration::from_millis(500));
    // Ctrl-A, "echo ", Ctrl-E: print the completed line instead of running it.
    zsh.send("\x01echo \x05; echo DONE-$((1+1))\n").expect("send");
    let line = zsh.expect("DONE-2").expect("completed");
    let line = String::from_utf8_lossy(line.before()).into_owned();
    assert!(line.contains("statusgen lookup teapot"), "{line:?}");
    zsh.send("exit\n").expect("send");
}

#[test]
fn bash_completes_the_quiz_and_its_topics() {
    if !common::shell_installed("bash") {
        return;
    }
    let script = format!(
        r#"source '{}'
complete_line() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${{#COMP_LINE}}
  COMPREPLY=(); _clap_complete_statusgen statusgen "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; echo "${{COMPREPLY[*]}}"; }}
complete_line statusgen qui
complete_line statusgen quiz --topic ''
complete_line statusgen quiz --topic ser"#,
        script("statusgen.bash").display()
    );
    let out = run_in("bash", &script);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "quiz", "{out}");
    assert_eq!(lines[1].split(' ').count(), 17, "{out}");
    assert!(lines[1].contains("server-errors") && lines[1].contains("auth"), "{out}");
    assert_eq!(lines[2], "server-errors", "{out}");
}

/// What the hook gets back for `statusgen WORDS…` at a TAB, as fish asks for it (one candidate a
/// line, `value\thelp`), in `dir`. Nothing but the tabs and newlines that separate them may be a
/// control or invisible character.
fn candidates(dir: Option<&std::path::Path>, words: &[&str]) -> Vec<String> {
    let mut test = common::Test::new()
        .env("COMPLETE", "fish")
        .args(["--", "statusgen"])
        .args(words)
        .raw_output_ok();
    if let Some(dir) = dir {
        test = test.current_dir(dir);
    }
    let out = test.status(0).run().stdout;
    for part in out.lines().flat_map(|l| l.split('\t')) {
        assert_eq!(common::raw_hostile(part), None, "{words:?}: {part:?} in {out:?}");
    }
    out.lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[cfg(unix)]
#[test]
fn file_names_that_would_act_on_a_terminal_are_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hostile = [
        "esc\u{1b}[31m.yaml",
        "bell\u{7}.yaml",
        "evil\u{202e}lmay.json",
        "two\nlines.yaml",
    ];
    for name in hostile.iter().chain(&["api.yaml"]) {
        std::fs::write(dir.path().join(name), "openapi: 3.1.0\n").expect("write");
    }
    std::fs::create_dir(dir.path().join("specs\u{1b}]0;title\u{7}")).expect("mkdir");
    std::fs::create_dir(dir.path().join("specs")).expect("mkdir");
    // The run itself fails if a raw control or invisible character reaches stdout.
    for words in [&["lint", ""][..], &["--data", ""], &["lint", "--config", ""]] {
        let offered = candidates(Some(dir.path()), words);
        assert!(offered.contains(&"api.yaml".to_string()), "{words:?}: {offered:?}");
        assert!(offered.contains(&"specs/".to_string()), "{words:?}: {offered:?}");
        for name in hostile {
            let shown = name.split(['\u{1b}', '\u{7}', '\u{202e}', '\n']).next().unwrap_or(name);
            assert!(
                !offered.iter().any(|o| o.starts_with(shown)),
                "{name:?} offered: {offered:?}"
            );
        }
    }
}

#[test]
fn an_unknown_shell_in_complete_is_one_clean_error() {
    let out = common::Test::new()
        .env("COMPLETE", "\u{202e}hsz")
        .args(["--", "statusgen", ""])
        .status(2)
        .one_line_error()
        .stderr_has("\\u{202e}hsz")
        .stderr_has("zsh")
        .run();
    assert!(!out.stderr.contains('\u{202e}'), "{:?}", out.stderr);
    // A path to a shell still names it.
    assert!(candidates(None, &["lis"]).contains(&"list".to_string()));
    let by_path = common::Test::new()
        .env("COMPLETE", "/usr/bin/fish")
        .args(["--", "statusgen", "lis"])
        .raw_output_ok();
    assert!(by_path.status(0).run().stdout.starts_with("list\t"));
}

#[test]
fn lint_tree_and_stack_options_complete_their_values() {
    // The rule ids as lint itself lists them for an unknown rule.
    let listed = common::Test::new()
        .args(["lint", "--explain", "nope"])
        .status(2)
        .run()
        .stderr;
    let listed = listed.split("rules: ").nth(1).expect("the rules are listed").trim_end();
    let rules: Vec<String> = listed.trim_end_matches(')').split(", ").map(String::from).collect();
    assert!(rules.len() > 10, "{rules:?}");
    assert_eq!(candidates(None, &["lint", "--explain", ""]), rules);
    assert_eq!(candidates(None, &["lint", "--disable", ""]), rules);
    let last = &rules[rules.len() - 1];
    assert_eq!(
        candidates(None, &["lint", "--disable", &format!("{},{}", rules[0], &last[..3])]),
        rules
            .iter()
            .filter(|r| r.starts_with(&last[..3]))
            .map(|r| format!("{},{r}", rules[0]))
            .collect::<Vec<_>>()
    );
    let severity = candidates(None, &["lint", "--severity", ""]);
    assert_eq!(severity, rules.iter().map(|r| format!("{r}=")).collect::<Vec<_>>());
    let levels = candidates(None, &["lint", "--severity", &format!("{}=", rules[0])]);
    let levels: Vec<&str> = levels.iter().map(|l| l.rsplit('=').next().unwrap_or("")).collect();
    assert_eq!(levels, ["info", "warning", "error", "off"]);

    let tree = common::json(["tree", "--format", "json"]);
    let ids: Vec<String> = tree["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| q["id"].as_str().expect("id").to_string())
        .collect();
    let mut from = candidates(None, &["tree", "--from", ""]);
    from.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(from, expected);

    let stacks = candidates(None, &["404", "--stacks", ""]);
    assert!(
        stacks.contains(&"python".to_string()) && stacks.contains(&"go".to_string()),
        "{stacks:?}"
    );
    let message = common::Test::new()
        .args(["404", "--stacks", "nope"])
        .status(2)
        .run()
        .stderr;
    for stack in &stacks {
        assert!(message.contains(stack.as_str()), "{stack} is not a stack: {message}");
    }
}
