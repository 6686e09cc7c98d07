//! The one way tests run the binary, in the spirit of just's tests/test.rs:
//!
//! ```ignore
//! Test::new().data(kb).args(["lookup", "404"]).status(1).stderr_has("404").one_line_error().run();
//! ```
//!
//! The environment is fixed (no NO_COLOR, CLICOLOR_FORCE, STATUSGEN_DATA or STATUSGEN_STACKS from
//! the caller, COLUMNS=80, `--color=never` unless the test asks for colour), stdin is empty unless
//! given, every run has a timeout, and every run is checked for what must never happen: a panic, a
//! signal, a hang, an undocumented exit code, or a raw control/invisible character on any stream.
#![allow(dead_code)]

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The exit codes src/exit.rs documents.
pub const DOCUMENTED_EXITS: &[i32] = &[0, 1, 2, 3, 129, 130, 143];

/// Where the binary's stdout goes.
#[derive(Debug, Clone)]
enum Stdout {
    Capture,
    /// `>&-`: file descriptor 1 closed.
    Closed,
    /// `>FILE`, e.g. /dev/full.
    File(PathBuf),
    /// `| head -c N`: a reader that takes N bytes (0: none) and closes the pipe.
    ReaderTakes(usize),
}

#[derive(Debug, Clone)]
pub struct Test {
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Option<Vec<u8>>,
    data: Option<Vec<u8>>,
    color_flag: bool,
    stdout_to: Stdout,
    timeout: Duration,
    status: Option<i32>,
    stdout: Option<String>,
    stdout_has: Vec<String>,
    stdout_lacks: Vec<String>,
    stderr_has: Vec<String>,
    stderr: Option<String>,
    one_line_error: bool,
    raw_ok: bool,
    current_dir: Option<PathBuf>,
    stdin_from: Option<PathBuf>,
}

/// What a run printed, for further asserts.
#[derive(Debug)]
pub struct Output {
    pub status: i32,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
    /// The file `.data(..)` wrote, as passed to `--data`.
    pub data: Option<String>,
    pub elapsed: Duration,
    _dir: Option<tempfile::TempDir>,
}

impl Output {
    /// The stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("invalid JSON ({e}): {}", self.stdout))
    }
}

impl Default for Test {
    fn default() -> Self {
        Self::new()
    }
}

impl Test {
    pub fn new() -> Self {
        Test {
            args: Vec::new(),
            env: vec![("COLUMNS".into(), "80".into())],
            stdin: None,
            data: None,
            color_flag: true,
            stdout_to: Stdout::Capture,
            timeout: Duration::from_secs(30),
            status: Some(0),
            stdout: None,
            stdout_has: Vec::new(),
            stdout_lacks: Vec::new(),
            stderr_has: Vec::new(),
            stderr: None,
            one_line_error: false,
            raw_ok: false,
            current_dir: None,
            stdin_from: None,
        }
    }

    /// Standard input opened from this path (a directory, a device), instead of bytes.
    pub fn stdin_from(mut self, path: impl Into<PathBuf>) -> Self {
        self.stdin_from = Some(path.into());
        self
    }

    /// Runs in this directory instead of the test's.
    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.current_dir = Some(dir.into());
        self
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> Self {
        self.args.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.env.push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    pub fn stdin(mut self, input: impl AsRef<[u8]>) -> Self {
        self.stdin = Some(input.as_ref().to_vec());
        self
    }

    /// Writes `text` to a temporary kb.toml and passes `--data` with it before the arguments.
    pub fn data(mut self, text: impl AsRef<[u8]>) -> Self {
        self.data = Some(text.as_ref().to_vec());
        self
    }

    /// Leaves colour to the test's flags and environment (no `--color=never`).
    pub fn default_color(mut self) -> Self {
        self.color_flag = false;
        self
    }

    pub fn stdout_closed(mut self) -> Self {
        self.stdout_to = Stdout::Closed;
        self
    }

    pub fn stdout_to(mut self, path: impl Into<PathBuf>) -> Self {
        self.stdout_to = Stdout::File(path.into());
        self
    }

    /// Stdout is a pipe whose reader takes `bytes` bytes and goes away.
    pub fn reader_takes(mut self, bytes: usize) -> Self {
        self.stdout_to = Stdout::ReaderTakes(bytes);
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The expected exit code (0 unless told).
    pub fn status(mut self, code: i32) -> Self {
        self.status = Some(code);
        self
    }

    /// Any documented exit code will do.
    pub fn any_status(mut self) -> Self {
        self.status = None;
        self
    }

    pub fn stdout(mut self, expected: impl Into<String>) -> Self {
        self.stdout = Some(expected.into());
        self
    }

    pub fn stdout_has(mut self, needle: impl Into<String>) -> Self {
        self.stdout_has.push(needle.into());
        self
    }

    pub fn stdout_lacks(mut self, needle: impl Into<String>) -> Self {
        self.stdout_lacks.push(needle.into());
        self
    }

    pub fn stderr(mut self, expected: impl Into<String>) -> Self {
        self.stderr = Some(expected.into());
        self
    }

    pub fn stderr_has(mut self, needle: impl Into<String>) -> Self {
        self.stderr_has.push(needle.into());
        self
    }

    /// Stderr is exactly one `error:` line.
    pub fn one_line_error(mut self) -> Self {
        self.one_line_error = true;
        self
    }

    /// The output may hold raw control characters (none of statusgen's should; for scripts).
    pub fn raw_output_ok(mut self) -> Self {
        self.raw_ok = true;
        self
    }

    fn command(&self, data: Option<&str>) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_statusgen"));
        for key in [
            "NO_COLOR",
            "CLICOLOR_FORCE",
            "STATUSGEN_DATA",
            "STATUSGEN_STACKS",
            "TERM",
        ] {
            cmd.env_remove(key);
        }
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        if let Some(dir) = &self.current_dir {
            cmd.current_dir(dir);
        }
        if self.color_flag {
            cmd.arg("--color=never");
        }
        if let Some(path) = data {
            cmd.args(["--data", path]);
        }
        cmd.args(&self.args);
        cmd.stdin(match (&self.stdin, &self.stdin_from) {
            (Some(_), _) => Stdio::piped(),
            (None, Some(path)) => std::fs::File::open(path).expect("open stdin").into(),
            (None, None) => Stdio::null(),
        });
        cmd.stderr(Stdio::piped());
        match &self.stdout_to {
            Stdout::Capture | Stdout::ReaderTakes(_) => cmd.stdout(Stdio::piped()),
            Stdout::File(path) => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .expect("open stdout file");
                cmd.stdout(file)
            }
            Stdout::Closed => close_stdout(&mut cmd),
        };
        cmd
    }

    /// Runs the binary and checks everything asked for; returns the output.
    pub fn run(self) -> Output {
        let dir = self.data.as_ref().map(|_| tempfile::tempdir().expect("tempdir"));
        let data = dir.as_ref().map(|dir| {
            let path = dir.path().join("kb.toml");
            std::fs::write(&path, self.data.as_ref().expect("data")).expect("write the knowledge base");
            path.to_str().expect("utf-8 path").to_string()
        });
        let started = Instant::now();
        let (status, stdout_bytes, stderr) = self.spawn(data.as_deref());
        let output = Output {
            status,
            stdout: String::from_utf8_lossy(&stdout_bytes).into_owned(),
            stdout_bytes,
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            data,
            elapsed: started.elapsed(),
            _dir: dir,
        };
        self.check(&output);
        output
    }

    fn spawn(&self, data: Option<&str>) -> (i32, Vec<u8>, Vec<u8>) {
        let mut child = self.command(data).spawn().expect("statusgen starts");
        let stdin = child.stdin.take().map(|mut pipe| {
            let input = self.stdin.clone().unwrap_or_default();
            std::thread::spawn(move || drop(pipe.write_all(&input)))
        });
        let take = match self.stdout_to {
            Stdout::ReaderTakes(n) => Some(n),
            _ => None,
        };
        let stdout = child
            .stdout
            .take()
            .map(|pipe| std::thread::spawn(move || read(pipe, take)));
        let stderr = child
            .stderr
            .take()
            .map(|pipe| std::thread::spawn(move || read(pipe, None)));
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{self:?} hung: no exit after {:?}", self.timeout);
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        let join =
            |t: Option<std::thread::JoinHandle<Vec<u8>>>| t.map(|t| t.join().expect("reader")).unwrap_or_default();
        if let Some(t) = stdin {
            t.join().expect("writer");
        }
        let (out, err) = (join(stdout), join(stderr));
        let code = status
            .code()
            .unwrap_or_else(|| panic!("{:?} was killed by a signal: {status:?}", self.args));
        (code, out, err)
    }

    fn check(&self, out: &Output) {
        let what = format!(
            "{:?} (exit {})\nstdout: {}\nstderr: {}",
            self.args, out.status, out.stdout, out.stderr
        );
        assert!(!out.stderr.contains("panicked"), "panicked: {what}");
        assert!(DOCUMENTED_EXITS.contains(&out.status), "undocumented exit: {what}");
        if let Some(code) = self.status {
            assert_eq!(out.status, code, "exit code: {what}");
        }
        if !self.raw_ok {
            for (name, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                if let Some(c) = raw_hostile(text) {
                    panic!("raw U+{:04X} on {name}: {what}", u32::from(c));
                }
            }
        }
        if let Some(expected) = &self.stdout {
            assert_eq!(&out.stdout, expected, "stdout: {what}");
        }
        if let Some(expected) = &self.stderr {
            assert_eq!(&out.stderr, expected, "stderr: {what}");
        }
        for needle in &self.stdout_has {
            assert!(out.stdout.contains(needle.as_str()), "stdout lacks {needle:?}: {what}");
        }
        for needle in &self.stdout_lacks {
            assert!(!out.stdout.contains(needle.as_str()), "stdout has {needle:?}: {what}");
        }
        for needle in &self.stderr_has {
            assert!(out.stderr.contains(needle.as_str()), "stderr lacks {needle:?}: {what}");
        }
        if self.one_line_error {
            assert_one_line_error(&out.stderr, &what);
        }
    }
}

/// Stderr is one `error:` line (a coloured label allowed).
pub fn assert_one_line_error(stderr: &str, what: &str) {
    let plain = strip_sgr(stderr);
    assert!(plain.starts_with("error: "), "not an error line: {what}");
    assert!(
        plain.ends_with('\n') && plain.lines().count() == 1,
        "not one line: {what}"
    );
}

fn read(mut pipe: impl Read, take: Option<usize>) -> Vec<u8> {
    let mut bytes = Vec::new();
    match take {
        Some(n) => {
            let _ = pipe.by_ref().take(n as u64).read_to_end(&mut bytes);
        }
        None => {
            let _ = pipe.read_to_end(&mut bytes);
        }
    }
    bytes
}

#[cfg(unix)]
fn close_stdout(cmd: &mut Command) -> &mut Command {
    use std::os::unix::process::CommandExt;
    unsafe extern "C" {
        fn close(fd: i32) -> i32;
    }
    // SAFETY: close(2) is async-signal-safe, as pre_exec requires.
    unsafe {
        cmd.pre_exec(|| {
            close(1);
            Ok(())
        })
    }
}

#[cfg(not(unix))]
fn close_stdout(cmd: &mut Command) -> &mut Command {
    cmd.stdout(Stdio::null())
}

/// Removes SGR colour sequences (`ESC [ … m`), the only escapes statusgen may print.
pub fn strip_sgr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        match tail.find(|c: char| !(c.is_ascii_digit() || c == ';')) {
            Some(end) if tail[end..].starts_with('m') => rest = &tail[end + 1..],
            _ => {
                out.push('\u{1b}');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `c` can act on a terminal or hide text: controls (C0 but newline, DEL, C1), bidi
/// marks, embeddings, overrides and isolates, zero-width characters, the BOM, line and paragraph
/// separators. Written independently of the binary's own list, on purpose.
pub fn is_raw_hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// The first raw hostile character in `text`, colour sequences aside.
pub fn raw_hostile(text: &str) -> Option<char> {
    strip_sgr(text).chars().find(|&c| is_raw_hostile(c))
}

/// A doc's generated rule reference (one heading per rule: SARIF's `helpUri` anchors), made from
/// `statusgen COMMAND --list-rules` and `--explain`, is current; `STATUSGEN_BLESS=1 cargo test
/// --test TEST` rewrites it. `prefer`: the paragraph of `--explain` to quote when one starts so
/// (a rule of both readers), else the first after the summary.
pub fn rule_reference_is_current(command: &str, doc: &str, test: &str, prefer: Option<&str>) {
    let start = format!("<!-- rules: generated from the rule table by tests/{test}.rs -->\n");
    const END: &str = "<!-- end of rules -->\n";
    let listed = Test::new()
        .args([command, "--list-rules", "-f", "json"])
        .status(0)
        .run()
        .json();
    let mut table = String::from("| rule | default severity | profiles | checks |\n|---|---|---|---|\n");
    let mut reference = String::new();
    for rule in listed.as_array().expect("array") {
        let id = rule["id"].as_str().expect("id");
        let profiles: Vec<&str> = rule["profiles"]
            .as_array()
            .expect("profiles")
            .iter()
            .filter_map(serde_json::Value::as_str)
            .collect();
        let severity = rule["severity"].as_str().expect("severity");
        let summary = rule["summary"].as_str().expect("summary");
        table.push_str(&format!(
            "| [{id}](#{id}) | {severity} | {} | {summary} |\n",
            profiles.join(", ")
        ));
        let explained = Test::new().args([command, "--explain", id]).status(0).run().stdout;
        let paragraphs: Vec<String> = explained.split("\n\n").map(|p| p.replace('\n', " ")).collect();
        let body = prefer
            .and_then(|prefix| paragraphs.iter().find(|p| p.starts_with(prefix)))
            .unwrap_or(&paragraphs[1]);
        reference.push_str(&format!(
            "\n### {id}\n\n{summary}: {severity} by default ({}).\n\n{body}\n",
            profiles.join(", ")
        ));
    }
    let section = format!("{start}{table}{reference}{END}");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(doc);
    let text = std::fs::read_to_string(&path).expect("the doc");
    let (Some(from), Some(to)) = (text.find(&start), text.find(END)) else {
        panic!("{doc} has no generated rules section");
    };
    let current = &text[from..to + END.len()];
    if std::env::var_os("STATUSGEN_BLESS").is_some() {
        std::fs::write(&path, text.replace(current, &section)).expect("write");
        return;
    }
    assert_eq!(current, section, "run `STATUSGEN_BLESS=1 cargo test --test {test}`");
}

mod fixtures;
pub mod server;
#[allow(unused_imports)]
pub use fixtures::*;
