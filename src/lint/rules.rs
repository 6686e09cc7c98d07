//! The rules: ids, default severities, documentation, and the finding type they produce.

pub use super::args::Severity;

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "info" | "note" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Where a finding points: a key in one of the files.
#[derive(Debug, Clone)]
pub struct Site {
    pub doc: usize,
    pub pos: u32,
    pub pointer: String,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    /// Filled in from the configuration once all rules have run.
    pub severity: Severity,
    /// The status code concerned.
    pub code: Option<u16>,
    pub site: Site,
    pub message: String,
}

pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// Only with `--profile strict` (or when named in `--severity`).
    pub strict: bool,
    /// The card to read (`statusgen lookup N`); `None`: the code concerned.
    pub card: Option<u16>,
    pub summary: &'static str,
    pub doc: &'static str,
}

const fn rule(
    id: &'static str,
    severity: Severity,
    strict: bool,
    card: Option<u16>,
    summary: &'static str,
    doc: &'static str,
) -> Rule {
    Rule {
        id,
        severity,
        strict,
        card,
        summary,
        doc,
    }
}

use Severity::{Error as E, Info as I, Warning as W};

pub const RULES: &[Rule] = &[
    rule(
        "code-invalid",
        E,
        false,
        None,
        "a response key that is not a status code",
        "Response keys are three-digit codes 100-599, a range 1XX-5XX (OpenAPI 3 only, capital X) or `default`.",
    ),
    rule(
        "code-deprecated",
        W,
        false,
        None,
        "a deprecated, unused or obsoleted code",
        "The registry marks the code deprecated, unused or obsoleted: 305 Use Proxy is deprecated for security reasons, 306 is unused, 418 is reserved as unused (it began as an April Fools' joke), 510 Not Extended is obsoleted. Clients and intermediaries may not handle such a code as you expect: pick the current one the card points to.",
    ),
    rule(
        "code-unofficial",
        W,
        false,
        None,
        "a vendor's code, not in the registry",
        "The number is not registered; only some vendors use it (nginx 499, Cloudflare 52x), and generic clients see a bare class.",
    ),
    rule(
        "code-unassigned",
        W,
        false,
        None,
        "an unassigned number",
        "No registry entry and no known vendor use: clients treat it as x00 of its class.",
    ),
    rule(
        "header-must",
        E,
        false,
        None,
        "a header the RFC says MUST be sent is not declared",
        "From the knowledge base's `headers` (level MUST): 401 WWW-Authenticate, 405 Allow, 407 Proxy-Authenticate, 426 Upgrade, \
         206 Content-Range (unless every media type is multipart/byteranges), 101 Upgrade and Connection. For 206 and 304 the \
         headers a 200 to the same request would carry (ETag, Cache-Control, Vary, ...) are required only when this operation's \
         200 declares them. Names compare case-insensitively; a header declared through $ref counts.",
    ),
    rule(
        "header-should",
        W,
        false,
        None,
        "a header the RFC says SHOULD be sent is not declared",
        "From the knowledge base's `headers` (level SHOULD): Location on 301, 302, 307 and 308, Content-Range on 416, Link on \
         451; Accept-Patch on 415 only for PATCH operations.",
    ),
    rule(
        "header-may",
        I,
        false,
        None,
        "a header the RFC suggests (MAY, ought to) is not declared",
        "From the knowledge base's `headers` (MAY or non-normative advice): Retry-After on 429 and 503, Location on 201 and 303.",
    ),
    rule(
        "header-conditional",
        I,
        true,
        None,
        "a header the RFC asks for under a condition is not declared",
        "Rules whose text starts with a condition (\"If ...\", \"When ...\", \"On GET ...\", \"For ...\") cannot be checked \
         from a description alone (200 ETag, 413 Retry-After, 300 Location, 104 Location); reported as info under --profile strict.",
    ),
    rule(
        "content-forbidden",
        E,
        false,
        None,
        "a response that cannot have content declares content",
        "1xx, 204, 304 (and any code the knowledge base marks body_allowed = false) end with their header section.",
    ),
    rule(
        "create-without-201",
        W,
        false,
        Some(201),
        "a create operation answers 200 but neither 201 nor 202",
        "An operation whose operationId starts with `create`, or (without an operationId) a POST to a collection path, \
         answers 200 but declares neither 201 Created nor 202 Accepted.",
    ),
    rule(
        "accepted-beside-2xx",
        I,
        false,
        Some(202),
        "202 beside other 2xx codes",
        "202 says the work is queued; beside 200/201 it is often a sign the description mixes synchronous and asynchronous \
         outcomes. Info only: \"200 when done at once, 202 when queued\" is a real design.",
    ),
    rule(
        "switching-beside-2xx",
        I,
        false,
        Some(101),
        "101 beside 2xx codes",
        "101 switches protocols; beside 2xx it is usually a mistake, but HTTP/2 WebSockets (RFC 8441) answer 200, so info only.",
    ),
    rule(
        "no-success",
        W,
        false,
        Some(200),
        "an operation declares no 2xx or 3xx response",
        "Every operation needs an outcome that is not an error. A redirect-only operation is fine; an operation with a \
         `default` response is skipped (`default` may be the success).",
    ),
    rule(
        "success-error-envelope",
        W,
        false,
        Some(200),
        "a 2xx schema carries an error signal",
        "A 2xx response (not 202, 207 or 208) whose schema has a boolean `success` or `ok` property, an `errorCode`, or an \
         `error`/`errors` property beside `data`, `result`, `results` or `payload` (an envelope) reports failures inside a \
         success: use a 4xx or 5xx code. A resource's own `error` field (a build's error message) is not a signal.",
    ),
    rule(
        "coverage-401",
        I,
        true,
        Some(401),
        "a secured operation declares no 401",
        "The operation (or the document) requires security but declares no 401, 4XX or default response.",
    ),
    rule(
        "coverage-404",
        I,
        true,
        Some(404),
        "an operation with path parameters declares no 404",
        "A path parameter names a resource that may not exist; declare 404 (or 4XX/default).",
    ),
    rule(
        "coverage-400",
        I,
        true,
        Some(400),
        "an operation with a request body declares neither 400 nor 422",
        "A request body can be invalid; declare 400 or 422 (or 4XX/default).",
    ),
    rule(
        "coverage-4xx",
        I,
        true,
        Some(400),
        "an operation declares no 4xx response",
        "No 4xx code, no 4XX range: clients cannot know what errors look like.",
    ),
    rule(
        "problem-json",
        I,
        true,
        Some(400),
        "error responses are not application/problem+json",
        "RFC 9457 defines application/problem+json for error details; an error response with content of other types only.",
    ),
    rule(
        "validation-mixed",
        I,
        false,
        Some(422),
        "both 400 and 422 are used for validation failures",
        "Pick one code for invalid input across the document. `--validation 400|422` states the team's convention; then each \
         use of the other code is reported.",
    ),
    rule(
        "prefer-303-307",
        I,
        false,
        Some(302),
        "302 is ambiguous",
        "Clients may turn a POST into GET when following 302: say 303 See Other (go GET this) or 307 Temporary Redirect (repeat the request).",
    ),
    rule(
        "ref-unresolved",
        E,
        false,
        None,
        "a $ref points at nothing",
        "The `$ref` target is missing: no such file, no such pointer, or a file that cannot be read.",
    ),
    rule(
        "ref-cycle",
        E,
        false,
        None,
        "a $ref chain loops",
        "A `$ref` leads, through other `$ref`s, back to itself.",
    ),
    rule(
        "duplicate-key",
        E,
        false,
        None,
        "a key written twice in one object",
        "The same key appears twice in one object. YAML 1.2 forbids it and JSON leaves the outcome to \
         the reader: most JSON parsers keep the last value, statusgen and many YAML readers the first, \
         so the server, the documentation and this lint may each see a different API. It is an error \
         rather than a refusal so that the rest of the document is still reviewed (as the first value).",
    ),
];

pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// `statusgen lint --explain RULE`.
pub fn explain(rule: &Rule) -> String {
    let card = match rule.card {
        Some(code) => format!("statusgen lookup {code}"),
        None => "statusgen lookup CODE (the code concerned)".into(),
    };
    let profile = if rule.strict { "strict" } else { "recommended, strict" };
    format!(
        "{}: {}\n\n{}\n\ndefault severity: {}\nprofiles: {profile}\nsee: {card}\n",
        rule.id,
        rule.summary,
        crate::wrap::wrap(rule.doc, 88, "", "").join("\n"),
        rule.severity.name()
    )
}

/// The rule ids, for error messages.
pub fn ids() -> String {
    RULES.iter().map(|r| r.id).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_explained() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(RULES[..i].iter().all(|r| r.id != rule.id), "{} twice", rule.id);
            assert!(explain(rule).contains("see: statusgen lookup"));
        }
        assert_eq!(find("header-must").map(|r| r.severity), Some(Severity::Error));
    }
}
