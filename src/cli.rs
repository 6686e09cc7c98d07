//! The command line, and nothing else: clap definitions with help from doc comments. The
//! value types (`Format`, `ColorWhen`, `TreeFormat`) belong to the modules they describe.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::emit::Format;
use crate::render::diagram::TreeFormat;
use crate::style::ColorWhen;

/// Which HTTP status code should this endpoint return? Cards, search and a decision tree.
///
/// `statusgen CODE…` is short for `statusgen lookup CODE…`; `statusgen 401 vs 403` compares.
#[derive(Debug, Parser)]
#[command(
    name = "statusgen",
    version,
    args_override_self = true,
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,

    /// For `statusgen lsit`: the command the first word may be a typo for. Only used when the
    /// words name no status code (`statusgen bad request` is 400, not a typo for `man`).
    #[arg(skip)]
    pub command_typo: Option<String>,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// When to use colors
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    /// Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]
    // Read by `kb::open`, not clap's `env`, so that an empty STATUSGEN_DATA means "not set".
    #[arg(long, value_name = "PATH", global = true)]
    pub data: Option<PathBuf>,

    /// Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]
    #[arg(long, value_name = "IDS", value_delimiter = ',', global = true)]
    pub stacks: Option<Vec<String>>,

    /// Print long output (cards, comparisons) straight to the terminal instead of through $PAGER (less -R)
    #[arg(long, global = true)]
    pub no_pager: bool,
}

/// `--format text|json`.
#[derive(Debug, Args)]
pub struct Output {
    /// Output format
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the card for codes, classes or names: meaning, when to use, headers, example
    #[command(visible_alias = "show")]
    Lookup {
        /// Codes (422), a class (4xx), or words: consecutive words are one phrase (too many requests)
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,
        /// Let words name vendors' unofficial codes too, not only by their exact names
        #[arg(long)]
        unofficial: bool,
        /// The essentials only: name, class, summary, required headers, what to use instead
        #[arg(short, long)]
        short: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache
    Compare {
        /// Two or more codes or names, e.g. `401 403` or `400 422 409`
        #[arg(required = true, num_args = 2.., value_name = "CODE")]
        codes: Vec<String>,
        /// Let names name vendors' unofficial codes too
        #[arg(long)]
        unofficial: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Search names, aliases and explanations (typo tolerant), best match first
    Search {
        /// Words to look for
        #[arg(required = true, value_name = "WORDS")]
        words: Vec<String>,
        /// Include unofficial (vendor) codes
        #[arg(long)]
        unofficial: bool,
        #[command(flatten)]
        output: Output,
    },
    /// List codes by class, one line each
    List {
        /// Only this class
        #[arg(value_parser = class_parser(), value_name = "CLASS")]
        class: Option<u16>,
        /// Include unofficial (vendor) codes
        #[arg(long)]
        unofficial: bool,
        #[command(flatten)]
        output: Output,
    },
    /// The five classes of status codes, with their meaning and counts
    Categories {
        #[command(flatten)]
        output: Output,
    },
    /// Answer yes/no questions about your endpoint and get the status code to return
    #[command(after_help = crate::decide::prompt::HELP)]
    Decide {
        /// Replay answers without prompting, e.g. `y,n,n,y`
        #[arg(long, value_name = "ANSWERS", value_delimiter = ',', num_args = 0..)]
        answers: Option<Vec<String>>,
        #[command(flatten)]
        output: Output,
    },
    /// Print the decision tree as an outline, or as a diagram
    Tree {
        /// Output format
        #[arg(short = 'f', long, value_enum, default_value_t = TreeFormat::Outline)]
        format: TreeFormat,
        /// Only the branch below this question (an id from `statusgen tree`)
        #[arg(long, value_name = "NODE")]
        from: Option<String>,
    },
    /// Print the completion script for a shell
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
    /// Review the status codes of OpenAPI descriptions (3.x, Swagger 2.0) against the knowledge base
    Lint(crate::lint::Args),
    /// `statusgen 422`: anything that is not a command is looked up.
    #[command(external_subcommand)]
    Shortcut(Vec<String>),
}

/// `4xx` → 4, for `list CLASS`; the values are listed in help and completions.
fn class_parser() -> impl clap::builder::TypedValueParser<Value = u16> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(["1xx", "2xx", "3xx", "4xx", "5xx"])
        .map(|class| statusgen_kb::class_digit(&class).unwrap_or_default())
}

/// The clap command, with the exit codes after the help.
pub fn command() -> clap::Command {
    Cli::command().after_help(crate::exit::help())
}

impl Cli {
    /// Parses the command line, turning `statusgen 422 …` into `statusgen lookup 422 …`.
    pub fn parse_args() -> Result<Cli, clap::Error> {
        // One clap command for everything below: building it is most of clap's start-up cost.
        // It is never dropped: freeing its hundreds of parts costs more than the rest of a
        // `lookup` but one (about 80,000 instructions), and the process ends soon after.
        let mut command = std::mem::ManuallyDrop::new(command());
        let argv = crate::cli_args::reorder(&command, std::env::args_os().collect());
        let matches = command.try_get_matches_from_mut(&argv)?;
        let cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
        let Command::Shortcut(args) = &cli.command else {
            return Ok(cli);
        };
        let typo = args.first().and_then(|first| similar_command(&command, first));
        // Parse again with `lookup` where the shortcut began, so options before and after the
        // code count in the order given.
        let at = argv.len() - args.len();
        let mut argv = argv;
        argv.insert(at, "lookup".into());
        let matches = command.try_get_matches_from_mut(argv)?;
        let mut cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
        cli.command_typo = typo;
        Ok(cli)
    }
}

/// `lsit` → `list`: a word that is a typo for a command, not a search term.
fn similar_command(command: &clap::Command, word: &str) -> Option<String> {
    let word = word.to_lowercase();
    let mut names = command.get_subcommands().map(|c| c.get_name());
    names
        .find(|name| word.len() >= 3 && strsim::damerau_levenshtein(&word, name) <= 2)
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        command().debug_assert();
    }
}
