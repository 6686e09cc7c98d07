//! The options of each command, as clap derives them. No doc comments on the structs: clap
//! would take them for the command's line in `--help`, which `cli::subcommand` gives.

use std::path::PathBuf;

use crate::emit::Format;
use crate::render::diagram::TreeFormat;
use crate::style::ColorWhen;

// Options every command takes. Their places in help are fixed (`display_order`), so that a
// command lists them the same whether clap copied them from the root or they are its own.
#[derive(Debug, Default, clap::Args)]
pub struct Global {
    /// When to use colors
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true, display_order = 0)]
    pub color: ColorWhen,

    /// Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]
    // Read by `kb::open`, not clap's `env`, so that an empty STATUSGEN_DATA means "not set".
    #[arg(long, value_name = "PATH", global = true, display_order = 1)]
    pub data: Option<PathBuf>,

    /// Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]
    #[arg(long, value_name = "IDS", value_delimiter = ',', global = true, display_order = 2)]
    pub stacks: Option<Vec<String>>,

    /// Print long output (cards, comparisons) straight to the terminal instead of through $PAGER (else less)
    #[arg(long, global = true, display_order = 3)]
    pub no_pager: bool,
}

// `--format text|json`.
#[derive(Debug, clap::Args)]
pub struct Output {
    /// Output format
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct Lookup {
    /// Codes (422), a class (4xx), or words: consecutive words are one phrase (too many requests)
    #[arg(required = true, value_name = "CODE")]
    pub codes: Vec<String>,
    /// Let words name vendors' unofficial codes too, not only by their exact names
    #[arg(long)]
    pub unofficial: bool,
    /// The essentials only: name, class, summary, required headers, what to use instead
    #[arg(short, long)]
    pub short: bool,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, clap::Args)]
pub struct Compare {
    /// Two or more codes or names, e.g. `401 403` or `400 422 409`
    #[arg(required = true, num_args = 2.., value_name = "CODE")]
    pub codes: Vec<String>,
    /// Let names name vendors' unofficial codes too
    #[arg(long)]
    pub unofficial: bool,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, clap::Args)]
pub struct Search {
    /// Words to look for
    #[arg(required = true, value_name = "WORDS")]
    pub words: Vec<String>,
    /// Include unofficial (vendor) codes
    #[arg(long)]
    pub unofficial: bool,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, clap::Args)]
pub struct List {
    /// Only this class (4xx or 4XX)
    #[arg(value_parser = class_parser(), value_name = "CLASS", ignore_case = true)]
    pub class: Option<u16>,
    /// Include unofficial (vendor) codes
    #[arg(long)]
    pub unofficial: bool,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, clap::Args)]
#[command(after_help = crate::decide::prompt::HELP)]
pub struct Decide {
    /// Replay answers without prompting, e.g. `y,n,n,y` or `ynny`
    #[arg(long, value_name = "ANSWERS", value_delimiter = ',', num_args = 0..)]
    pub answers: Option<Vec<String>>,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, clap::Args)]
#[command(after_help = crate::quiz::HELP)]
pub struct Quiz {
    /// How many questions
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10, allow_negative_numbers = true,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub count: u16,
    /// Ask the questions this seed picks: the same seed asks the same questions, whatever your progress
    #[arg(long, value_name = "S", allow_negative_numbers = true)]
    pub seed: Option<u64>,
    /// Only situations of this topic (repeat for several)
    #[arg(long, value_name = "TOPIC", value_parser = topic_parser())]
    pub topic: Vec<statusgen_kb::model::Topic>,
    /// Pick one of four codes (the right one and three that are often confused with it) instead of typing one
    #[arg(long)]
    pub choices: bool,
    /// Ask the situations you missed last time first
    #[arg(long)]
    pub review: bool,
    /// Show your accuracy by topic, and ask nothing
    #[arg(long, conflicts_with_all = ["count", "seed", "topic", "choices", "review"])]
    pub stats: bool,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, clap::Args)]
pub struct Tree {
    /// Output format
    #[arg(short = 'f', long, value_enum, default_value_t = TreeFormat::Outline)]
    pub format: TreeFormat,
    /// Only the branch below this question (an id from `statusgen tree`)
    #[arg(long, value_name = "NODE")]
    pub from: Option<String>,
}

#[derive(clap::Args)]
pub struct NoArgs {}

#[derive(Debug, clap::Args)]
pub struct Completions {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `4xx` → 4, for `list CLASS`; the values are listed in help and completions.
fn class_parser() -> impl clap::builder::TypedValueParser<Value = u16> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(["1xx", "2xx", "3xx", "4xx", "5xx"])
        .map(|class| statusgen_kb::class_digit(&class).unwrap_or_default())
}

/// A topic of the situations, by name; the names are listed in help and completions.
fn topic_parser() -> impl clap::builder::TypedValueParser<Value = statusgen_kb::model::Topic> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    use statusgen_kb::model::Topic;
    PossibleValuesParser::new(Topic::NAMES).map(|name| Topic::from_name(&name).unwrap_or(Topic::Auth))
}
