//! Flags anywhere: a command's options given before the command or code (`statusgen --format
//! json 404`, `statusgen -s 404`) move after it, where clap expects them.

use std::ffi::OsString;

/// What an option before the command is: the root's own (`--color`, kept in place) or a
/// command's (moved), and whether it takes a value as the next word. `built` is the command with
/// every command's arguments, built the first time a root option does not match.
fn classify(command: &clap::Command, built: &mut Option<clap::Command>, option: &str) -> Option<(bool, bool)> {
    let matches = |arg: &clap::Arg| match option.strip_prefix("--") {
        Some(long) => arg.get_long() == Some(long),
        None => option.len() == 2 && option.strip_prefix('-').and_then(|s| s.chars().next()) == arg.get_short(),
    };
    let takes = |arg: &clap::Arg| arg.get_action().takes_values();
    // Help and version before a command are the root's (`statusgen -h tree` is the root's help);
    // clap adds them to every command only when it builds.
    if matches!(option, "-h" | "--help" | "-V" | "--version") {
        return Some((true, false));
    }
    if let Some(arg) = command.get_arguments().find(|a| matches(a)) {
        return Some((true, takes(arg)));
    }
    let built = built.get_or_insert_with(|| {
        let mut built = command.clone();
        built.build();
        built
    });
    let mut args = built.get_subcommands().flat_map(|c| c.get_arguments());
    args.find(|a| matches(a)).map(|arg| (false, takes(arg)))
}

/// `argv` with the commands' options that precede the first word moved just after it.
pub fn reorder(command: &clap::Command, argv: Vec<OsString>) -> Vec<OsString> {
    let (mut kept, mut moved) = (Vec::new(), Vec::new());
    let mut built = None;
    let mut at = 1;
    while let Some(arg) = argv.get(at).and_then(|a| a.to_str()) {
        if arg == "--" || arg == "-" || !arg.starts_with('-') {
            break;
        }
        let (option, inline) = match arg.split_once('=') {
            Some((option, _)) => (option, true),
            None => (arg, false),
        };
        let Some((root, takes)) = classify(command, &mut built, option) else {
            return argv; // unknown: clap says so
        };
        let end = (at + if takes && !inline { 2 } else { 1 }).min(argv.len());
        let words = argv[at..end].iter().cloned();
        if root {
            kept.extend(words)
        } else {
            moved.extend(words)
        }
        at = end;
    }
    if moved.is_empty() {
        return argv;
    }
    let mut reordered = vec![argv[0].clone()];
    reordered.extend(kept);
    if at >= argv.len() || argv[at] == "--" {
        // `statusgen -s -- 404`: the words after `--` are codes, so the options are `lookup`'s;
        // so are they with no word at all (`statusgen -s` asks for a code).
        reordered.push("lookup".into());
        reordered.extend(moved);
        reordered.extend(argv[at..].iter().cloned());
        return reordered;
    }
    reordered.push(argv[at].clone());
    reordered.extend(moved);
    reordered.extend(argv[at + 1..].iter().cloned());
    reordered
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reordered(args: &[&str]) -> Vec<String> {
        let argv = args.iter().map(OsString::from).collect();
        let out = reorder(&crate::cli::command(), argv);
        out.into_iter().map(|a| a.into_string().expect("utf-8")).collect()
    }

    #[test]
    fn command_options_move_after_the_first_word() {
        let moved = reordered(&["sg", "--format", "json", "404"]);
        assert_eq!(moved, ["sg", "404", "--format", "json"]);
        let moved = reordered(&["sg", "--color=never", "-f", "json", "-s", "list", "4xx"]);
        assert_eq!(moved, ["sg", "--color=never", "list", "-f", "json", "-s", "4xx"]);
        assert_eq!(reordered(&["sg", "--bogus", "404"]), ["sg", "--bogus", "404"]);
        assert_eq!(reordered(&["sg", "404", "-f", "json"]), ["sg", "404", "-f", "json"]);
        assert_eq!(reordered(&["sg", "-h", "tree"]), ["sg", "-h", "tree"]);
        let moved = reordered(&["sg", "-s", "--", "404"]);
        assert_eq!(moved, ["sg", "lookup", "-s", "--", "404"]);
        assert_eq!(reordered(&["sg", "-s"]), ["sg", "lookup", "-s"]);
    }
}
