//! Validates `data/*.toml` and bakes it into Rust code, so the binary starts without parsing
//! anything (see STYLE.md: tokenising the TOML at every start would triple start-up time).
//! A broken knowledge base fails the build with the file, line and problem. Also writes the
//! completion scripts and the man page (see `src/generate.rs`).

#[path = "src/cli.rs"]
#[allow(dead_code)]
mod cli;
#[path = "src/generate.rs"]
mod generate;
#[path = "src/kb/index.rs"]
#[allow(dead_code)]
mod index;
#[path = "src/lint/args.rs"]
#[allow(dead_code)]
mod lint;
#[path = "src/kb/load.rs"]
#[allow(dead_code)]
mod load;
#[path = "src/kb/model.rs"]
#[allow(dead_code)]
pub mod model;
#[path = "src/kb/pooled.rs"]
#[allow(dead_code)]
mod pooled;
#[path = "src/kb/validate.rs"]
#[allow(dead_code)]
mod validate;

// The modules name the knowledge base as it is in the binary; here nothing is baked yet.
mod kb {
    pub use super::model;
    pub static TEXT: &str = "";
}

// Here every list is owned: the pools are empty.
macro_rules! no_pool {
    ($($t:ty),*) => { $(impl model::Pooled for $t { fn pool() -> &'static [Self] { &[] } })* };
}
no_pool!(
    u16,
    model::Text,
    model::Avoid,
    model::Rule,
    model::Class,
    model::Code,
    model::Question,
    model::Outcome
);

use std::{env, fs, path::Path, process::ExitCode};

use databake::Bake;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=data");
    for file in [
        "src/cli.rs",
        "src/generate.rs",
        "src/lint/args.rs",
        "src/kb/index.rs",
        "src/kb/load.rs",
        "src/kb/model.rs",
        "src/kb/pooled.rs",
        "src/kb/validate.rs",
    ] {
        println!("cargo::rerun-if-changed={file}");
    }
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
    let mut sources = Vec::new();
    for path in &paths {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        sources.push((path.display().to_string(), text));
    }
    let mut kb = model::Kb::default();
    for (name, text) in &sources {
        let part = load::parse(name, text)?;
        kb.classes.to_mut().extend_from_slice(&part.classes);
        kb.codes.to_mut().extend_from_slice(&part.codes);
        kb.questions.to_mut().extend_from_slice(&part.questions);
        kb.outcomes.to_mut().extend_from_slice(&part.outcomes);
    }
    validate::validate(&kb).map_err(|problem| {
        let named: Vec<_> = sources.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        load::describe(&named, &problem)
    })?;
    let out_dir = env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let write = |name: &str, bytes: &[u8]| {
        let path = Path::new(&out_dir).join(name);
        fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    write("kb.rs", baked(&kb).as_bytes())?;
    for (shell, file) in generate::SHELLS {
        write(file, &generate::completions(&kb, shell))?;
    }
    write("statusgen.1", &generate::man().map_err(|e| e.to_string())?)
}

/// The knowledge base as Rust: `EMBEDDED`, the one string `TEXT`, and an array per element type.
fn baked(kb: &model::Kb) -> String {
    let embedded = kb.bake(&Default::default());
    let bakery = pooled::take_bakery();
    let mut code = format!("pub static TEXT: &str = {:?};\n", bakery.text);
    for (i, (path, items)) in bakery.pools.iter().enumerate() {
        let items: Vec<String> = items.iter().map(ToString::to_string).collect();
        code.push_str(&format!(
            "static POOL_{i}: [{path}; {}] = [{}];\n\
             impl crate::kb::model::Pooled for {path} {{ fn pool() -> &'static [Self] {{ &POOL_{i} }} }}\n",
            items.len(),
            items.join(", ")
        ));
    }
    code.push_str(&format!("pub static EMBEDDED: crate::kb::model::Kb = {embedded};\n"));
    code
}
