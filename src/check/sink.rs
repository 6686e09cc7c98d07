//! Where the rules put what they find: a finding placed at its exchange, with the header or
//! body excerpt that shows it, filtered and graded by the settings.

use super::exchange::{Exchange, shown_header};
use crate::review::config::Settings;
use crate::review::report::{self, Located};
use crate::review::rules::{Finding, Severity, Site};

/// What a finding points at in its exchange.
pub enum At<'a> {
    Status,
    /// A header, by index in `Exchange::headers`.
    Header(usize),
    /// The header section, for a header that is missing.
    Headers,
    /// The content, with the excerpt that shows the problem.
    Body(&'a str),
}

pub struct Sink<'a> {
    pub file: String,
    pub settings: &'a Settings,
    pub found: Vec<Located>,
}

impl Sink<'_> {
    pub fn report(&mut self, rule: &'static str, code: Option<u16>, x: &Exchange, at: At, message: String) {
        let Some(severity) = self.settings.levels.get(rule).copied().flatten() else {
            return;
        };
        self.push(rule, severity, code, x, at, message);
    }

    fn push(
        &mut self,
        rule: &'static str,
        severity: Severity,
        code: Option<u16>,
        x: &Exchange,
        at: At,
        message: String,
    ) {
        let (pointer, excerpt, line) = match at {
            At::Status => (
                x.pointer_status(),
                statusgen_kb::text::quote(&x.status_line, 100),
                x.line,
            ),
            At::Header(i) => {
                let h = &x.headers[i];
                (x.pointer_header(i), shown_header(&h.name, &h.value), h.line)
            }
            At::Headers => (
                x.pointer_headers(),
                statusgen_kb::text::quote(&x.status_line, 100),
                x.line,
            ),
            At::Body(text) => (x.pointer_body(), statusgen_kb::text::quote(text, 100), 0),
        };
        let width = excerpt.chars().count();
        self.found.push(Located {
            finding: Finding {
                rule,
                severity,
                code,
                site: Site {
                    doc: 0,
                    pos: 0,
                    pointer,
                },
                message,
            },
            file: self.file.clone(),
            line,
            column: usize::from(line > 0),
            excerpt,
            caret: (0, width.clamp(1, 100)),
            exchange: Some(report::Exchange {
                entry: x.entry,
                method: x.method.clone(),
                method_assumed: x.method_assumed,
                url: x.url.clone(),
                status: x.status,
            }),
        });
    }
}
