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
