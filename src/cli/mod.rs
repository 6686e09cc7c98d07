//! The command line, and nothing else: clap definitions with help from doc comments. The
//! value types (`Format`, `ColorWhen`, `TreeFormat`) belong to the modules they describe.
//!
//! The root is built by hand so that a run builds only what it uses: when the first word is a
//! command, the root holds only that command, which owns the global options; and a command's
//! arguments are added when it runs (clap's `defer`). Help, completions and the man page get
//! every command. The options themselves are in `args.rs`; `reorder.rs` lets them come first.

mod args;
mod reorder;
#[cfg(test)]
mod tests;

use std::ffi::OsString;

use clap::{Args, FromArgMatches};

pub use args::*;

const ABOUT: &str = "Which HTTP status code should this endpoint return? Cards, search and a decision tree";
const LONG_ABOUT: &str = "Which HTTP status code should this endpoint return? Cards, search and a decision tree.

`statusgen CODE…` is short for `statusgen lookup CODE…`; `statusgen 401 vs 403` compares.";

/// How a command's arguments are added, given where the global options are.
type Arguments = fn(Globals) -> fn(clap::Command) -> clap::Command;

/// The commands in `--help` order: name, line in `--help`, arguments.
const COMMANDS: [(&str, &str, Arguments); 12] = [
    (
        "lookup",
        "Show the card for codes, classes or names: meaning, when to use, headers, example",
        arguments::<Lookup>,
    ),
    (
        "compare",
        "Compare codes side by side: when to use each, the question that tells them apart, headers, \
         retry and cache",
        arguments::<Compare>,
    ),
    (
        "search",
        "Search names, aliases and explanations (typo tolerant), best match first",
        arguments::<Search>,
    ),
    ("list", "List codes by class, one line each", arguments::<List>),
    (
        "categories",
        "The five classes of status codes, with their meaning and counts",
        arguments::<Output>,
    ),
    (
        "decide",
        "Answer yes/no questions about your endpoint and get the status code to return",
        arguments::<Decide>,
    ),
    (
        "quiz",
        "Practise: situations to answer with a code, feedback at once, and what you missed comes back sooner",
        arguments::<Quiz>,
    ),
    (
        "tree",
        "Print the decision tree as an outline, or as a diagram",
        arguments::<Tree>,
    ),
    (
        "completions",
        "Print the completion script for a shell",
        arguments::<Completions>,
    ),
    ("man", "Print the man page (roff)", arguments::<NoArgs>),
    (
        "lint",
        "Review the status codes of OpenAPI descriptions (3.x, Swagger 2.0) against the knowledge base",
        arguments::<crate::lint::Args>,
    ),
    (
        "check",
        "Review real HTTP exchanges (HAR files, curl transcripts, a live URL) against the RFCs and an OpenAPI description",
        arguments::<crate::check::Args>,
    ),
];

/// The names of the commands, in `--help` order.
pub fn names() -> impl Iterator<Item = &'static str> {
    COMMANDS.iter().map(|(name, ..)| *name)
}

/// `A`'s arguments, with the global options after them when they are the command's own.
fn arguments<A: Args>(globals: Globals) -> fn(clap::Command) -> clap::Command {
    match globals {
        Globals::Root => A::augment_args,
        Globals::Own => |command| Global::augment_args(A::augment_args(command)),
    }
}

/// A parsed command line.
#[derive(Debug)]
pub struct Cli {
    pub global: Global,
    pub command: Command,
    /// For `statusgen lsit`: the command the first word may be a typo for. Only used when the
    /// words name no status code (`statusgen bad request` is 400, not a typo for `man`).
    pub command_typo: Option<String>,
}

/// The command to run. Its arguments are added only when it runs (clap's `defer`): building every
/// command's arguments was most of the start-up cost of a `lookup`.
#[derive(Debug)]
pub enum Command {
    Lookup(Lookup),
    Compare(Compare),
    Search(Search),
    List(List),
    Categories(Output),
    Decide(Decide),
    Quiz(Quiz),
    Tree(Tree),
    Completions(Completions),
    Man,
    Lint(crate::lint::Args),
    Check(crate::check::Args),
    /// `statusgen 422`: anything that is not a command is looked up.
    Shortcut(Vec<String>),
}

/// The command `name` (or an alias) with its line in `--help`; its arguments are built when it runs.
fn subcommand(name: &str, globals: Globals) -> Option<clap::Command> {
    let name = if name == "show" { "lookup" } else { name };
    let (name, about, arguments) = COMMANDS.iter().find(|(n, ..)| *n == name)?;
    let command = clap::Command::new(*name).about(*about).defer(arguments(globals));
    Some(if *name == "lookup" {
        command.visible_alias("show")
    } else {
        command
    })
}

/// Where the global options are defined: on the root, from where clap copies them into every
/// command (`global = true`), or only on the one command that runs. The second is for a command
/// line that starts with the command, so that nothing is copied.
#[derive(Clone, Copy)]
enum Globals {
    Root,
    Own,
}

/// The root without its commands: name, version, about, and the global options if they are its.
fn root(globals: Globals) -> clap::Command {
    let root = clap::Command::new("statusgen")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ABOUT)
        .long_about(LONG_ABOUT)
        .args_override_self(true)
        .arg_required_else_help(true)
        .subcommand_required(true)
        .allow_external_subcommands(true)
        .external_subcommand_value_parser(clap::value_parser!(String));
    match globals {
        Globals::Root => Global::augment_args(root),
        Globals::Own => root,
    }
}

/// The whole command line, every command in it, and the exit codes after the help.
pub fn command() -> clap::Command {
    root(Globals::Root)
        .subcommands(names().filter_map(|name| subcommand(name, Globals::Root)))
        .after_help(crate::exit::help())
}

/// What parsing `argv` needs: the root with only the command its first word names, or with only
/// `lookup` for a shortcut (`statusgen 422`). Options first, `help` or no word: everything.
fn command_for(argv: &[OsString]) -> clap::Command {
    match argv.get(1).and_then(|word| word.to_str()) {
        Some(word) if !word.starts_with('-') && word != "help" => {
            let command = subcommand(word, Globals::Own).or_else(|| subcommand("lookup", Globals::Own));
            root(Globals::Own).subcommands(command)
        }
        _ => command(),
    }
}

impl Command {
    /// The command clap matched, `name` with its `matches`.
    fn from_matches(name: String, sub: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        Ok(match name.as_str() {
            "lookup" => Self::Lookup(Lookup::from_arg_matches_mut(sub)?),
            "compare" => Self::Compare(Compare::from_arg_matches_mut(sub)?),
            "search" => Self::Search(Search::from_arg_matches_mut(sub)?),
            "list" => Self::List(List::from_arg_matches_mut(sub)?),
            "categories" => Self::Categories(Output::from_arg_matches_mut(sub)?),
            "decide" => Self::Decide(Decide::from_arg_matches_mut(sub)?),
            "quiz" => Self::Quiz(Quiz::from_arg_matches_mut(sub)?),
            "tree" => Self::Tree(Tree::from_arg_matches_mut(sub)?),
            "completions" => Self::Completions(Completions::from_arg_matches_mut(sub)?),
            "man" => Self::Man,
            "lint" => Self::Lint(crate::lint::Args::from_arg_matches_mut(sub)?),
            "check" => Self::Check(crate::check::Args::from_arg_matches_mut(sub)?),
            _ => return Err(clap::Error::new(clap::error::ErrorKind::InvalidSubcommand)),
        })
    }
}

impl Cli {
    /// Parses the command line, turning `statusgen 422 …` into `statusgen lookup 422 …`.
    pub fn parse_args() -> Result<Cli, clap::Error> {
        let argv: Vec<OsString> = std::env::args_os().collect();
        // Never dropped: freeing clap's parts costs more than they are worth to a process that
        // ends soon after.
        let mut command = std::mem::ManuallyDrop::new(command_for(&argv));
        let argv = reorder::reorder(&command, argv);
        let cli = Cli::from_matches(&mut command, &argv)?;
        let Command::Shortcut(args) = &cli.command else {
            return Ok(cli);
        };
        // Parse again with `lookup` where the shortcut began, so options before and after the
        // code count in the order given; before a `--`, so the words after it stay words (and
        // are not taken for a mistyped command).
        let mut at = argv.len() - args.len();
        let mut typo = args.first().and_then(|first| similar_command(first));
        if at > 1 && argv[at - 1] == "--" {
            at -= 1;
            typo = None;
        }
        let mut argv = argv;
        argv.insert(at, "lookup".into());
        let mut cli = Cli::from_matches(&mut command, &argv)?;
        cli.command_typo = typo;
        Ok(cli)
    }

    fn from_matches(command: &mut clap::Command, argv: &[OsString]) -> Result<Cli, clap::Error> {
        let mut matches = command.try_get_matches_from_mut(argv)?;
        let Some((name, mut sub)) = matches.remove_subcommand() else {
            return Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand).format(command));
        };
        // After `--` every word is external, a command's name too. A shortcut is parsed again
        // as `lookup`, so its options do not matter yet.
        if sub.contains_id("") {
            let rest = sub.remove_many::<String>("").into_iter().flatten();
            return Ok(Cli {
                global: Global::default(),
                command: Command::Shortcut(std::iter::once(name).chain(rest).collect()),
                command_typo: None,
            });
        }
        // The command's matches hold the global options, whether clap copied them there from
        // the root or they were the command's own.
        let global = Global::from_arg_matches_mut(&mut sub).map_err(|e| e.format(command))?;
        let command = Command::from_matches(name, &mut sub).map_err(|e| e.format(command))?;
        Ok(Cli {
            global,
            command,
            command_typo: None,
        })
    }
}

/// `lsit` → `list`: the command (or `help`) closest to a word that is a typo for one, not a
/// search term.
fn similar_command(word: &str) -> Option<String> {
    let word = word.to_lowercase();
    if word.len() < 3 {
        return None;
    }
    // Two edits turn any short word into another ("git" → "lint"): one for four letters or
    // fewer, so `git merge conflict` is a phrase and `lsit` still a typo.
    let allowed = if word.chars().count() <= 4 { 1 } else { 2 };
    let distance = |name: &&str| strsim::damerau_levenshtein(&word, name);
    let names = names().chain(["help"]).filter(|name| distance(name) <= allowed);
    names.min_by_key(distance).map(String::from)
}
