//! The committed completion scripts, loaded into the real shells: what does TAB offer?
//! A shell that is not installed is skipped here, but not in CI (`CI=true`), which installs them.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

fn completions() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions")
}

#[test]
fn bash_completes_codes_commands_and_values() {
    if !common::shell_installed("bash") {
        return;
    }
    let script = format!(
        r#"source '{}/statusgen.bash'
complete_line() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${{#COMP_LINE}}
  COMPREPLY=(); _statusgen statusgen "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; echo "${{COMPREPLY[*]}}"; }}
complete_line statusgen lookup 42
complete_line statusgen lis
complete_line statusgen --color ''"#,
        completions().display()
    );
    let out = common::shell_output("bash", &script, &[]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        ["420 421 422 423 424 425 426 428 429", "list", "auto always never"],
        "{out}"
    );
}

#[test]
fn fish_completes_codes_with_names() {
    if !common::shell_installed("fish") {
        return;
    }
    let script = format!(
        "source '{}/statusgen.fish'; complete -C 'statusgen lookup 42'; echo ---; complete -C 'statusgen lis'; echo ---; complete -C 'statusgen --color='",
        completions().display()
    );
    let out = common::shell_output("fish", &script, &[]);
    let parts: Vec<&str> = out.split("---\n").collect();
    assert!(
        parts[0].contains("422\tUnprocessable Content") && parts[0].contains("429\tToo Many Requests"),
        "{out}"
    );
    assert_eq!(parts[0].lines().count(), 9, "420-429 minus 427: {out}");
    assert!(parts[1].starts_with("list\t"), "{out}");
    let colors: Vec<&str> = parts[2].lines().map(|l| l.split('\t').next().unwrap_or("")).collect();
    assert_eq!(colors, ["--color=always", "--color=auto", "--color=never"], "{out}");
}

#[cfg(unix)]
#[test]
fn zsh_completes_codes_with_names_in_a_real_terminal() {
    use expectrl::{Expect, Regex, Session};
    if !common::shell_installed("zsh") {
        return;
    }
    let mut command = Command::new("zsh");
    command.args(["-f", "-i"]).env("TERM", "xterm").env("PS1", "%% ");
    let mut zsh = Session::spawn(command).expect("zsh starts");
    zsh.set_expect_timeout(Some(Duration::from_secs(20)));
    let setup = format!(
        "fpath=('{}' $fpath); autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' list-prompt ''; echo READY\n",
        completions().display()
    );
    zsh.send(setup).expect("send");
    zsh.expect("READY").expect("zsh set up");
    zsh.send("statusgen lookup 42\t").expect("send");
    let listing = zsh.expect(Regex("Too Many Requests")).expect("zsh lists the 42x codes");
    let listing = String::from_utf8_lossy(listing.before()).into_owned();
    assert!(
        listing.contains("422") && listing.contains("Unprocessable Content"),
        "{listing}"
    );
    // Ctrl-C drops the line; the arithmetic makes the marker appear only in zsh's answer, not the echo.
    macro_rules! sync {
        ($marker:literal) => {
            zsh.send("\x03").expect("send");
            std::thread::sleep(Duration::from_millis(300)); // zsh drops typed-ahead input on Ctrl-C
            zsh.send(concat!("echo ", $marker, "-$((40+2))\n")).expect("send");
            zsh.expect(concat!($marker, "-42")).expect("zsh answers");
        };
    }
    sync!("ONE");
    zsh.send("statusgen --color \t").expect("send");
    zsh.expect(Regex("always")).expect("zsh offers the colors");
    sync!("TWO");
    zsh.send("statusgen lis\t").expect("send");
    std::thread::sleep(Duration::from_millis(300));
    zsh.send("\x05; echo DONE-$((1+1))\n").expect("send");
    let line = zsh.expect("DONE-2").expect("completed");
    let line = String::from_utf8_lossy(line.before()).into_owned();
    assert!(line.contains("statusgen list"), "{line:?}");
    zsh.send("exit\n").expect("send");
}
