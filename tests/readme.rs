//! The README's install story, run as written: each completion and man-page line is executed
//! with a temporary HOME, and each shell then finds statusgen's completions where it looks.
//! (The README's `console` examples are checked by tests/golden.rs.)

mod common;

use std::path::{Path, PathBuf};

/// The README's install lines: shell commands that run `statusgen completions` or `statusgen man`.
fn install_lines() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let lines: Vec<String> = readme
        .lines()
        .filter(|l| l.starts_with("mkdir -p ") || l.starts_with("man1="))
        .filter(|l| l.contains("statusgen completions ") || l.contains("statusgen man >"))
        .map(|l| l.split("   #").next().unwrap_or(l).trim().to_string())
        .collect();
    assert_eq!(lines.len(), 5, "bash, zsh, fish, elvish and man lines: {lines:?}");
    lines
}

/// Runs an install line or a check with HOME in a temporary folder and statusgen on the PATH:
/// the copy `cargo install` would have put in ~/.cargo/bin when there is one (see `install`),
/// else the one under test.
fn sh(home: &Path, script: &str) -> String {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_statusgen"))
        .parent()
        .expect("dir")
        .to_path_buf();
    let path = format!(
        "{}:{}:{}",
        home.join(".cargo/bin").display(),
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    common::shell_output("sh", script, &[("HOME", home.as_os_str()), ("PATH", path.as_ref())])
}

/// Copies the binary under test into `bin`, as `cargo install` does; returns `bin`.
fn install(bin: &Path) -> PathBuf {
    std::fs::create_dir_all(bin).expect("mkdir");
    std::fs::copy(env!("CARGO_BIN_EXE_statusgen"), bin.join("statusgen")).expect("copy");
    bin.to_path_buf()
}

/// Whether `man` is here to ask; a skip is reported, and is a failure under CI.
fn man_installed() -> bool {
    let found = std::process::Command::new("man").arg("-w").arg("man").output();
    if found.is_ok_and(|o| o.status.success()) {
        return true;
    }
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "man is not installed; .ci/run installs it"
    );
    // Written past the test harness's capture, so that a skip shows in `cargo test`.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        "SKIPPED: man is not installed, so `man -w statusgen` was not tested\n".as_bytes(),
    );
    false
}

#[test]
fn the_install_lines_put_working_files_where_each_shell_looks() {
    let home = tempfile::tempdir().expect("tempdir");
    install(&home.path().join(".cargo/bin"));
    for line in install_lines() {
        sh(home.path(), &line);
    }
    for file in [
        ".local/share/bash-completion/completions/statusgen",
        ".zfunc/_statusgen",
        ".config/fish/completions/statusgen.fish",
        ".config/elvish/lib/statusgen.elv",
        ".cargo/share/man/man1/statusgen.1",
    ] {
        let path = home.path().join(file);
        assert!(
            std::fs::metadata(&path).is_ok_and(|m| m.len() > 100),
            "{} missing or empty",
            path.display()
        );
    }
    let bash = sh(
        home.path(),
        "bash -c 'source ~/.local/share/bash-completion/completions/statusgen; COMP_WORDS=(statusgen lookup 42); COMP_CWORD=2; _clap_complete_statusgen statusgen 42 lookup; echo ${COMPREPLY[*]}'",
    );
    assert!(bash.contains("422"), "{bash}");
    if common::shell_installed("fish") {
        // fish autoloads ~/.config/fish/completions/statusgen.fish by itself.
        let fish = sh(home.path(), "fish -c 'complete -C \"statusgen lookup 42\"'");
        assert!(fish.contains("422\tUnprocessable Content"), "{fish}");
    }
    if common::shell_installed("zsh") {
        let zsh = sh(
            home.path(),
            "zsh -f -c 'fpath=(~/.zfunc $fpath); autoload -Uz compinit; compinit -u; print -r -- $_comps[statusgen]'",
        );
        assert_eq!(zsh.trim(), "_statusgen");
    }
    // The zsh line adds compinit to ~/.zshrc once, however often it runs.
    let zsh_line = install_lines()
        .into_iter()
        .find(|l| l.contains("completions zsh"))
        .expect("zsh line");
    sh(home.path(), &zsh_line);
    let zshrc = std::fs::read_to_string(home.path().join(".zshrc")).expect(".zshrc");
    assert_eq!(zshrc.matches("compinit").count(), 2, "autoload and run, once: {zshrc}");
}

#[test]
fn man_finds_the_page_after_the_readme_line_without_manpath() {
    if !man_installed() {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    install(&home.path().join(".cargo/bin"));
    sh(home.path(), &man_line());
    // cargo install puts statusgen in ~/.cargo/bin, which is on the user's PATH.
    let page = sh(home.path(), "unset MANPATH; man -w statusgen");
    assert!(page.trim().ends_with("man1/statusgen.1"), "{page}");
    assert!(page.starts_with(home.path().to_str().expect("utf-8")), "{page}");
}

fn man_line() -> String {
    let lines = install_lines();
    lines
        .into_iter()
        .find(|l| l.contains("statusgen man"))
        .expect("man line")
}

/// `CARGO_HOME=DIR cargo install` and `cargo install --root DIR` put statusgen in DIR/bin; the
/// README's line writes the page to DIR/share/man/man1, where `man` finds it.
#[test]
fn the_man_line_follows_cargo_home_and_install_root() {
    let man = man_installed();
    for prefix in ["cargo-home", "install root with a space"] {
        let home = tempfile::tempdir().expect("tempdir");
        let prefix = home.path().join(prefix);
        let bin = install(&prefix.join("bin"));
        let path = format!("PATH='{}':\"$PATH\"", bin.display());
        sh(home.path(), &format!("{path}; {}", man_line()));
        let page = prefix.join("share/man/man1/statusgen.1");
        assert!(
            std::fs::metadata(&page).is_ok_and(|m| m.len() > 100),
            "{} missing or empty",
            page.display()
        );
        assert!(!home.path().join(".cargo").exists(), "nothing goes to ~/.cargo");
        if man {
            let found = sh(home.path(), &format!("unset MANPATH; {path} man -w statusgen"));
            assert_eq!(found.trim(), page.display().to_string());
        }
    }
}

/// The README's figures about the tree are the tree's: its number of questions and of tested
/// situations.
#[test]
fn the_readme_counts_what_the_tree_has() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let tree = common::json(["tree", "--format", "json"]);
    let questions = tree["questions"].as_array().expect("questions").len();
    assert!(
        readme.contains(&format!("Its {questions} questions")),
        "README: update the number of questions to {questions}"
    );
    let scenarios = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/situations.toml"))
        .expect("situations")
        .matches("[[situation]]")
        .count();
    assert!(
        readme.contains(&format!("against {scenarios} real-world situations")),
        "README: update the number of situations to {scenarios}"
    );
    let codes = common::json(["list", "--unofficial", "--format", "json"]);
    let codes = codes.as_array().expect("codes");
    let official = codes.iter().filter(|c| c["status"] != "unofficial").count();
    let unofficial = codes.len() - official;
    let claim = format!("It knows all {official} entries of the IANA registry and {unofficial} unofficial codes");
    assert!(readme.contains(&claim), "README: {claim}");
}
