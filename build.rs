//! Validates `data/*.toml` and bakes it into Rust code (`OUT_DIR/kb.rs`), so the binary starts
//! without parsing anything: tokenising the TOML at every start would triple start-up time.
//! A broken knowledge base fails the build with the file, line and problem.

use std::{env, fs, path::Path, process::ExitCode};

use databake::Bake;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=data");
    match bake() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            println!("cargo::error={message}");
            ExitCode::FAILURE
        }
    }
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
    statusgen_kb::pairs::check(&kb).map_err(|e| format!("data/pairs.toml: {e}"))?;
    let code = format!(
        "pub static EMBEDDED: statusgen_kb::model::Kb = {};\n",
        kb.bake(&Default::default())
    );
    let out = Path::new(&env::var("OUT_DIR").map_err(|e| e.to_string())?).join("kb.rs");
    fs::write(&out, code).map_err(|e| format!("{}: {e}", out.display()))
}
