//! `statusgen completions SHELL` and `statusgen man`: print what build.rs generated (see
//! `src/generate.rs`) from the clap definition and the embedded knowledge base.

use std::io::Write;
use std::process::ExitCode;

use clap_complete::Shell;

use crate::error::Error;

macro_rules! generated {
    ($file:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $file)).as_slice()
    };
}

pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let script = match shell {
        Shell::Bash => generated!("statusgen.bash"),
        Shell::Zsh => generated!("_statusgen"),
        Shell::Fish => generated!("statusgen.fish"),
        Shell::PowerShell => generated!("_statusgen.ps1"),
        Shell::Elvish => generated!("statusgen.elv"),
        other => return Err(Error::Usage(format!("no completions for {other}"))),
    };
    out.write_all(script)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(out: &mut dyn Write) -> Result<ExitCode, Error> {
    out.write_all(generated!("statusgen.1"))?;
    Ok(ExitCode::SUCCESS)
}
