//! The command line, and nothing else: clap definitions with help from doc comments.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0    found / done
  1    nothing found (unknown code, no search results)
  2    usage error or bad knowledge-base file
  130  interrupted (Ctrl-C, Esc or q in `decide`)";

/// Which HTTP status code should this endpoint return? Cards, search and a decision tree.
///
/// `statusgen CODE…` is short for `statusgen lookup CODE…`.
#[derive(Debug, Parser)]
#[command(name = "statusgen", version, after_help = EXIT_CODES, args_override_self = true, arg_required_else_help = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
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
}

/// `--format text|json`.
#[derive(Debug, Args)]
pub struct Output {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the card for codes, classes or names: meaning, when to use, headers, example
    #[command(visible_alias = "show")]
    Lookup {
        /// A code (422), a class (4xx) or a name or keyword (teapot, "too many")
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,
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
        #[arg(value_enum)]
        class: Option<ClassArg>,
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
        #[arg(long, value_enum, default_value_t = TreeFormat::Outline)]
        format: TreeFormat,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Color when writing to a terminal and NO_COLOR is unset
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TreeFormat {
    /// Indented outline for the terminal
    #[value(alias = "text")]
    Outline,
    /// Mermaid flowchart
    Mermaid,
    /// Graphviz dot
    Dot,
    Json,
}

/// A status class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClassArg {
    #[value(name = "1xx")]
    Informational,
    #[value(name = "2xx")]
    Success,
    #[value(name = "3xx")]
    Redirection,
    #[value(name = "4xx")]
    ClientError,
    #[value(name = "5xx")]
    ServerError,
}

impl ClassArg {
    /// The first digit of the class's codes.
    pub fn digit(self) -> u16 {
        self as u16 + 1
    }
}

impl Cli {
    /// Parses the command line, turning `statusgen 422 …` into `statusgen lookup 422 …`.
    pub fn parse_args() -> Result<Cli, clap::Error> {
        // One clap command for everything below: building it is most of clap's start-up cost.
        let mut command = Cli::command();
        let matches = command.try_get_matches_from_mut(std::env::args_os())?;
        let cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
        let Command::Shortcut(args) = &cli.command else {
            return Ok(cli);
        };
        if let Some(first) = args.first()
            && let Some(name) = similar_command(&command, first)
        {
            let message = format!("'{first}' is not a command or a status code; did you mean `statusgen {name}`?");
            return Err(command.error(clap::error::ErrorKind::InvalidSubcommand, message));
        }
        let argv = ["statusgen", "lookup"]
            .into_iter()
            .map(String::from)
            .chain(args.iter().cloned());
        let matches = command.try_get_matches_from_mut(argv)?;
        let mut lookup = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
        // Options given before the code still count.
        lookup.global.data = lookup.global.data.or(cli.global.data);
        if lookup.global.color == ColorWhen::Auto {
            lookup.global.color = cli.global.color;
        }
        Ok(lookup)
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
        Cli::command().debug_assert();
    }
}
