//! Validates `data/*.toml` and bakes it into Rust code (`OUT_DIR/kb.rs`), so the binary starts
//! without parsing anything: tokenising the TOML at every start would triple start-up time.
//! A broken knowledge base fails the build with the file, line and problem.

use std::{env, fs, path::Path, process::ExitCode};

use databake::Bake;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=data");
    // A position-dependent executable needs no relocations at start-up (about 0.1 ms for the
    // baked knowledge base's pointers); it gives up address-space layout randomisation of the
    // binary itself (see docs/BENCHMARKS.md).
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
    if env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") && env::var("HOST") == env::var("TARGET") {
        link_unwinder_statically();
    }
    order_start_up_code();
    match bake() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            println!("cargo::error={message}");
            ExitCode::FAILURE
        }
    }
}

/// Links the unwinder from `libgcc_eh.a` into the program instead of loading `libgcc_s.so.1` at
/// every start: one shared library fewer to map, relocate and search, about a tenth of a `lookup`
/// (docs/BENCHMARKS.md). Rust's standard library asks the linker for `-lgcc_s`; a linker script of
/// that name, in a folder searched before the system's, answers with the static archive. Only
/// where the C compiler has the archive; elsewhere nothing changes.
fn link_unwinder_statically() {
    let Ok(found) = std::process::Command::new("cc")
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return;
    };
    let archive = String::from_utf8_lossy(&found.stdout).trim().to_string();
    // Without the archive, cc prints the bare name back.
    if !Path::new(&archive).is_absolute() || !Path::new(&archive).is_file() {
        return;
    }
    let Some(dir) = env::var_os("OUT_DIR").map(|out| Path::new(&out).join("link")) else {
        return;
    };
    let script = dir.join("libgcc_s.so");
    if fs::create_dir_all(&dir)
        .and_then(|()| fs::write(&script, format!("INPUT({archive})\n")))
        .is_ok()
    {
        println!("cargo::rustc-link-search=native={}", dir.display());
    }
}

/// Asks the linker to put the functions a start-up runs next to each other
/// (`scripts/startup-order.txt`, written by `scripts/startup-order`), so that a `lookup` touches
/// fewer pages of code: the HTTP client and TLS of `check` would otherwise sit between them (about
/// 20 page faults, 10 % of a `lookup`; docs/BENCHMARKS.md). Only for a release build linked by
/// rust-lld, the default linker of x86_64 Linux since Rust 1.90; symbols no longer in the program
/// are skipped silently, so a stale list costs speed, never a build.
fn order_start_up_code() {
    println!("cargo::rerun-if-changed=scripts/startup-order.txt");
    let lld = env::var("TARGET").as_deref() == Ok("x86_64-unknown-linux-gnu")
        && env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_none()
        && !env::var("CARGO_ENCODED_RUSTFLAGS").is_ok_and(|f| f.contains("link"))
        && rustc_minor().is_some_and(|minor| minor >= 90);
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/startup-order.txt");
    if lld && env::var("PROFILE").as_deref() == Ok("release") && list.is_file() {
        println!(
            "cargo::rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            list.display()
        );
        println!("cargo::rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// The minor version of the compiler (`rustc 1.95.0` → 95).
fn rustc_minor() -> Option<u32> {
    let rustc = env::var_os("RUSTC")?;
    let out = std::process::Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.split_whitespace().nth(1)?.split('.').nth(1)?.parse().ok()
}

fn bake() -> Result<(), String> {
    let mut paths: Vec<_> = fs::read_dir("data")
        .map_err(|e| format!("data/: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in &paths {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((path.display().to_string(), text));
    }
    let kb = statusgen_kb::load::from_sources(&files)?;
    let code = format!(
        "pub static EMBEDDED: statusgen_kb::model::Kb = {};\n",
        kb.bake(&Default::default())
    );
    let out = Path::new(&env::var("OUT_DIR").map_err(|e| e.to_string())?).join("kb.rs");
    fs::write(&out, code).map_err(|e| format!("{}: {e}", out.display()))
}
