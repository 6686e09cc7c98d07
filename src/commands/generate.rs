//! `statusgen completions SHELL` and `statusgen man`: the completion hook (see `complete.rs`)
//! and the page, generated from the clap definition; neither command opens a user's file.

use std::io::Write;

use clap_complete::Shell;

use crate::error::Error;
use crate::exit::Exit;

/// Prints the completion script for one shell: a hook that asks the binary at each TAB.
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<Exit, Error> {
    crate::complete::registration(shell, out)?;
    Ok(Exit::Success)
}

/// Prints the man page.
pub fn man(out: &mut dyn Write) -> Result<Exit, Error> {
    out.write_all(&page()?)?;
    Ok(Exit::Success)
}

/// The man page (roff): one page with every command's synopsis and options, since the
/// commands have no pages of their own.
fn page() -> std::io::Result<Vec<u8>> {
    use clap_mangen::Man;
    let cli = crate::cli::command();
    let man = Man::new(cli.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("statusgen {}", sub.get_name());
        let sub = Man::new(sub.clone().bin_name(&name));
        page.extend_from_slice(format!(".SS \"{name}\"\n").as_bytes());
        for render in [
            Man::render_description_section,
            Man::render_synopsis_section,
            Man::render_options_section,
        ] {
            let mut part = Vec::new();
            render(&sub, &mut part)?;
            // Each part comes with roff's preamble and its own .SH heading; inside a command's
            // subsection, keep only the body.
            let part = String::from_utf8_lossy(&part);
            let body = part
                .lines()
                .filter(|l| !l.starts_with(".SH") && !l.starts_with(".ie ") && !l.starts_with(".el "));
            body.for_each(|line| page.extend_from_slice(format!("{line}\n").as_bytes()));
            page.extend_from_slice(b".PP\n");
        }
    }
    man.render_extra_section(&mut page)?;
    man.render_version_section(&mut page)?;
    Ok(page)
}
