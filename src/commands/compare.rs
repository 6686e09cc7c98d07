//! `statusgen compare 400 422 [more]` and `statusgen 401 vs 403`: codes side by side.

use std::io::Write;

use statusgen_kb::model::{Code, Kb};
use statusgen_kb::resolve::{Found, Unresolved, resolve};

use crate::emit::Format;
use crate::error::Error;
use crate::exit::Exit;
use crate::render::compare::Comparison;

/// Compares what each query names (a code, a name or a phrase); one code per query.
pub fn run(
    kb: &Kb,
    queries: &[String],
    unofficial: bool,
    format: Format,
    no_pager: bool,
    out: &mut dyn Write,
) -> Result<Exit, Error> {
    let mut codes: Vec<&Code> = Vec::new();
    for query in queries {
        let code = match resolve(kb, query, unofficial) {
            Ok(Found::Codes(found)) => found[0],
            Ok(Found::Class(..)) => {
                return Err(Error::Usage(format!(
                    "compare codes, not classes: '{}'; try `statusgen list {0}`",
                    crate::error::quote(query, 12)
                )));
            }
            Err(Unresolved::Unknown(message)) => return Err(Error::NotFound(message)),
            Err(Unresolved::Invalid(message)) => return Err(Error::Usage(message)),
        };
        if !codes.iter().any(|c| std::ptr::eq(*c, code)) {
            codes.push(code);
        }
    }
    if codes.len() < 2 {
        return Err(Error::Usage(
            "compare needs two or more different codes, e.g. `statusgen compare 401 403`".into(),
        ));
    }
    crate::render::pager::emit_paged(out, format, &Comparison::new(kb, &codes), no_pager)?;
    Ok(Exit::Success)
}
