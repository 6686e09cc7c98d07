//! The command line of `statusgen check`, in curl's spelling where curl has one. Its arguments
//! are built only when `check` runs, and for the completions and the man page (`cli::Command`).

use std::path::PathBuf;

use crate::review::args::Options;

// `statusgen check`; its line in `--help` is in `cli::Command`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// HAR files or curl transcripts (`-` reads stdin), or one http:// or https:// URL to request
    #[arg(value_name = "FILE|URL", required_unless_present_any = ["explain", "list_rules"])]
    pub inputs: Vec<String>,
    /// The method: of the request sent to a URL, or of a transcript that does not show it
    #[arg(short = 'X', long = "request", value_name = "METHOD")]
    pub method: Option<String>,
    /// A request header for a URL, `Name: value` (repeat)
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// Request content for a URL (the method is then POST unless -X says otherwise)
    #[arg(short = 'd', long = "data-raw", value_name = "DATA", conflicts_with = "content_file")]
    pub content: Option<String>,
    /// Request content from a file, `@FILE`
    #[arg(long = "data-binary", value_name = "@FILE")]
    pub content_file: Option<String>,
    /// Follow redirects from a URL, checking every response
    #[arg(short = 'L', long = "location")]
    pub follow: bool,
    /// Seconds a URL's request may take
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    pub timeout: f64,
    /// An OpenAPI description (3.x, Swagger 2.0) to check the exchanges against, with coverage
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    #[command(flatten)]
    pub review: Options,
}

impl Args {
    /// A URL to request rather than files to read.
    pub fn url(&self) -> Option<&str> {
        match self.inputs.as_slice() {
            [one] if one.starts_with("http://") || one.starts_with("https://") => Some(one),
            _ => None,
        }
    }
}
