//! `success-error-envelope`: reported only when the document itself shows a failure answered
//! with a 2xx. A schema alone cannot show it (a delete's `{success: true}`, a connection test's
//! outcome, a job's own `errorCode`, a stream's in-band `error` frame are all sound), so the
//! evidence is an example that is a failure, a description that says "error", or an envelope
//! with an `error`/`errors` member on an operation that declares no error response at all.

use super::source::Version;
use super::tree::Kind;
use super::walk::{At, Ctx, Key, Op};

/// Members that hold the payload of an envelope.
const DATA: [&str; 4] = ["data", "result", "results", "payload"];
const ERROR: [&str; 2] = ["error", "errors"];

pub fn check(ctx: &mut Ctx, op: &Op) {
    // 202 (a job's state) and 207/208 (per-member status) legitimately describe failures.
    let declares_errors = op.has_class(4) || op.has_class(5) || op.has_default();
    for resp in &op.responses {
        let Key::Code(code @ 200..=299) = resp.status else {
            continue;
        };
        let Some(target) = resp.target.as_ref().filter(|_| !matches!(code, 202 | 207 | 208)) else {
            continue;
        };
        if streaming(ctx, target) {
            continue;
        }
        let evidence = failure_description(ctx, target)
            .or_else(|| examples(ctx, target).iter().find_map(|e| failure_example(ctx, e)))
            .or_else(|| {
                if declares_errors {
                    return None;
                }
                schemas(ctx, target).iter().find_map(|s| envelope_schema(ctx, s))
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
    let description = ctx.str(resp, "description")?;
    let plain = description.trim().trim_end_matches(['.', '!']).to_ascii_lowercase();
    matches!(
        plain.as_str(),
        "error" | "failure" | "failed" | "fail" | "error response"
    )
    .then(|| format!("its description is \"{}\"", description.trim()))
}

/// An example object that says it failed: `success: false`, `ok: false`, or a non-empty
/// `error`/`errors` beside the data.
fn failure_example(ctx: &Ctx, example: &At) -> Option<String> {
    let doc = ctx.docs.get(example.doc);
    let tree = &doc.tree;
    for flag in ["success", "ok"] {
        if let Some(v) = tree.get(example.node, flag)
            && matches!(tree.node(v).kind, Kind::Bool(false))
        {
            return Some(format!("its example has `{flag}: false`"));
        }
    }
    let wrapped = DATA.iter().any(|d| tree.get(example.node, d).is_some());
    let error = ERROR.into_iter().find(|e| {
        tree.get(example.node, e).is_some_and(|v| match tree.node(v).kind {
            Kind::Null | Kind::Bool(false) => false,
            Kind::Str(s) => !tree.text(s).is_empty(),
            Kind::Array { .. } => !tree.items(v).is_empty(),
            Kind::Object { .. } => !tree.members(v).is_empty(),
            _ => true,
        })
    });
    error
        .filter(|_| wrapped)
        .map(|e| format!("its example has an `{e}` beside the data"))
}

/// `error`/`errors` beside the data, on an operation that declares no error response.
fn envelope_schema(ctx: &mut Ctx, schema: &At) -> Option<String> {
    let mut props = Vec::new();
    properties(ctx, schema, 0, &mut props);
    let has = |name: &str| props.iter().any(|p| p == name);
    let error = ERROR.into_iter().find(|e| has(e))?;
    DATA.iter().any(|d| has(d)).then(|| {
        format!("its schema has `{error}` beside the data, and the operation declares no 4xx, 5xx or default response")
    })
}

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

/// The top-level property names of a schema, `allOf` parts included.
fn properties(ctx: &mut Ctx, schema: &At, depth: usize, out: &mut Vec<String>) {
    if depth > 4 {
        return;
    }
    if let Some(props) = ctx.child(schema, "properties") {
        out.extend(ctx.entries(&props).into_iter().map(|(name, ..)| name));
    }
    let parts = ctx.child(schema, "allOf").map(|a| ctx.items(&a)).unwrap_or_default();
    for part in parts {
        if let Some(part) = ctx.deref(part) {
            properties(ctx, &part, depth + 1, out);
        }
    }
}
