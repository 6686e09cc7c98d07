//! `success-error-envelope`: reported only when the document itself shows a failure answered
//! with a 2xx. A schema alone rarely shows it (a delete's `{success: true}`, a connection test's
//! outcome, a job's or an execution's own `error` and `result`, a stream's in-band `error` frame
//! are all sound), so the evidence is a 2xx described as "Error", or, on an operation that
//! declares no error response at all and is no test, an example `{success: false, error: …}` or
//! the classic envelope schema `{success, data, error}`.

use super::source::Version;
use super::tree::Kind;
use super::walk::{At, Ctx, Key, Op};

/// Members that hold the payload of an envelope.
const DATA: [&str; 4] = ["data", "result", "results", "payload"];
const ERROR: [&str; 2] = ["error", "errors"];
const FLAG: [&str; 2] = ["success", "ok"];

pub fn check(ctx: &mut Ctx, op: &Op) {
    // 202 (a job's state) and 207/208 (per-member status) legitimately describe failures.
    let declares_errors = op.has_class(4) || op.has_class(5) || op.has_default();
    for resp in op.responses.iter() {
        let Key::Code(code @ 200..=299) = resp.status else {
            continue;
        };
        let Some(target) = resp.target.as_ref().filter(|_| !matches!(code, 202 | 207 | 208)) else {
            continue;
        };
        // Beside declared error codes, or for a test whose outcome may be "failed", a `success`
        // flag or an `error` member describes the thing, not the request.
        let evidence = failure_description(ctx, target).or_else(|| {
            if declares_errors || outcome_of_a_test(op) || streaming(ctx, target) {
                return None;
            }
            let example = examples(ctx, target).iter().find_map(|e| failure_example(ctx, e));
            example.or_else(|| schemas(ctx, target).iter().find_map(|s| envelope_schema(ctx, s)))
        });
        if let Some(why) = evidence {
            let message = format!("{code} carries failures: {why}; answer failures with a 4xx or 5xx code");
            ctx.report("success-error-envelope", Some(code), resp.site.clone(), message);
        }
    }
}

/// grpc-gateway's stream results (`result` and `error` frames after the 200 is sent).
fn streaming(ctx: &mut Ctx, resp: &At) -> bool {
    let said = |text: Option<String>| text.is_some_and(|t| t.to_ascii_lowercase().contains("stream"));
    said(ctx.str(resp, "description")) || schemas(ctx, resp).iter().any(|s| said(ctx.str(s, "title")))
}

fn failure_description(ctx: &Ctx, resp: &At) -> Option<String> {
    let doc = ctx.docs.get(resp.doc);
    let description = doc.tree.get_str(resp.node, "description")?.trim();
    let plain = description.trim_end_matches(['.', '!']);
    ["error", "failure", "failed", "fail", "error response"]
        .iter()
        .any(|w| plain.eq_ignore_ascii_case(w))
        .then(|| format!("its description is \"{description}\""))
}

/// An example object that says it failed: `success: false` or `ok: false`, with an error or a
/// message saying why.
fn failure_example(ctx: &Ctx, example: &At) -> Option<String> {
    let doc = ctx.docs.get(example.doc);
    let tree = &doc.tree;
    let flag = FLAG.into_iter().find(|flag| {
        tree.get(example.node, flag)
            .is_some_and(|v| matches!(tree.node(v).kind, Kind::Bool(false)))
    })?;
    let why = ERROR.into_iter().chain(["message"]).find(|e| {
        tree.get(example.node, e).is_some_and(|v| match tree.node(v).kind {
            Kind::Null | Kind::Bool(false) => false,
            Kind::Str(s) => !tree.text(s).is_empty(),
            Kind::Array { .. } => !tree.items(v).is_empty(),
            Kind::Object { .. } => !tree.members(v).is_empty(),
            _ => true,
        })
    })?;
    Some(format!(
        "its example has `{flag}: false` and `{why}`, and the operation declares no 4xx, 5xx or default response"
    ))
}

/// The classic envelope `{success, data, error}`: a `success`/`ok` flag, the data and an
/// `error`/`errors` member, on an operation that declares no error response.
fn envelope_schema(ctx: &mut Ctx, schema: &At) -> Option<String> {
    let mut props = Vec::new();
    properties(ctx, schema, 0, &mut std::collections::HashSet::new(), &mut props);
    let has = |name: &str| props.iter().any(|p| p == name);
    let flag = FLAG.into_iter().find(|f| has(f))?;
    let error = ERROR.into_iter().find(|e| has(e))?;
    let data = DATA.into_iter().find(|d| has(d))?;
    Some(format!(
        "its schema is an envelope (`{flag}`, `{data}`, `{error}`), and the operation declares no 4xx, 5xx or default response"
    ))
}

/// A test, check or probe, or a job, task or execution: its outcome may be "failed" in a 200
/// (an LDAP connection test, an async job's errors).
fn outcome_of_a_test(op: &Op) -> bool {
    let named = [op.id.as_deref(), op.summary.as_deref(), Some(op.path.as_str())];
    named.into_iter().flatten().any(|name| {
        let words = super::create::words(name);
        words.iter().any(|w| OUTCOMES.contains(&w.as_str()))
    })
}

const OUTCOMES: [&str; 19] = [
    "test",
    "tests",
    "check",
    "checks",
    "verify",
    "validate",
    "validation",
    "ping",
    "probe",
    "health",
    "diagnose",
    "job",
    "jobs",
    "task",
    "tasks",
    "execution",
    "executions",
    "run",
    "runs",
];

/// The examples of a response: OpenAPI 3 `content.*.example` and `content.*.examples.*.value`,
/// Swagger 2.0 `examples.*`.
fn examples(ctx: &mut Ctx, resp: &At) -> Vec<At> {
    let mut out = Vec::new();
    if ctx.version == Version::Swagger2 {
        if let Some(examples) = ctx.child(resp, "examples") {
            out.extend(ctx.entries(&examples).into_iter().map(|(_, _, v)| v));
        }
        return out;
    }
    let Some(content) = ctx.child(resp, "content") else {
        return out;
    };
    for (_, _, media) in ctx.entries(&content) {
        out.extend(ctx.child_deref(&media, "example"));
        if let Some(named) = ctx.child(&media, "examples") {
            for (_, _, example) in ctx.entries(&named) {
                out.extend(ctx.deref(example).and_then(|e| ctx.child_deref(&e, "value")));
            }
        }
    }
    out
}

/// The schemas of a response: each media type's (OpenAPI 3) or the one (Swagger 2.0).
fn schemas(ctx: &mut Ctx, resp: &At) -> Vec<At> {
    if ctx.version == Version::Swagger2 {
        return ctx.child_deref(resp, "schema").into_iter().collect();
    }
    let Some(content) = ctx.child(resp, "content") else {
        return Vec::new();
    };
    let media = ctx.entries(&content);
    media
        .into_iter()
        .filter_map(|(_, _, m)| ctx.child_deref(&m, "schema"))
        .collect()
}

/// The top-level property names of a schema, `allOf` parts included; each part is read once
/// however often it is listed (an `allOf` of aliases fans out exponentially otherwise).
fn properties(
    ctx: &mut Ctx,
    schema: &At,
    depth: usize,
    seen: &mut std::collections::HashSet<(usize, super::tree::NodeId)>,
    out: &mut Vec<String>,
) {
    if depth > 4 || !seen.insert((schema.doc, schema.node)) {
        return;
    }
    if let Some(props) = ctx.child(schema, "properties") {
        out.extend(ctx.entries(&props).into_iter().map(|(name, ..)| name));
    }
    let parts = ctx.child(schema, "allOf").map(|a| ctx.items(&a)).unwrap_or_default();
    for part in parts {
        if let Some(part) = ctx.deref(part) {
            properties(ctx, &part, depth + 1, seen, out);
        }
    }
}
