//! Rules about an operation's set of responses: method fit, error envelopes, coverage.

use std::collections::HashSet;

use super::check_codes::{media_types, shown_list};
use super::source::Version;
use super::text::shown;
use super::tree::NodeId;
use super::walk::{At, Ctx, Key, Op};

pub fn check(ctx: &mut Ctx, op: &Op) {
    method_fit(ctx, op);
    no_success(ctx, op);
    envelope(ctx, op);
    coverage(ctx, op);
}

fn label(op: &Op) -> String {
    format!("{} {}", op.method.to_uppercase(), shown(&op.path))
}

fn method_fit(ctx: &mut Ctx, op: &Op) {
    let create = super::create::creates(op);
    if let Some(why) = create
        && !op.has(201)
        && !op.has(202)
        && let Some(ok) = op.response(200)
    {
        let message = format!(
            "{} creates ({why}) but answers 200, not 201 Created or 202 Accepted",
            label(op)
        );
        ctx.report("create-without-201", Some(200), ok.site.clone(), message);
    }
    let other_2xx: Vec<u16> = op.codes().filter(|c| c / 100 == 2 && *c != 202).collect();
    if let Some(accepted) = op.response(202)
        && !other_2xx.is_empty()
    {
        let message = format!("{} answers 202 Accepted beside {}", label(op), list(&other_2xx));
        ctx.report("accepted-beside-2xx", Some(202), accepted.site.clone(), message);
    }
    let all_2xx: Vec<u16> = op.codes().filter(|c| c / 100 == 2).collect();
    if let Some(switching) = op.response(101)
        && !all_2xx.is_empty()
    {
        let message = format!(
            "{} answers 101 Switching Protocols beside {}",
            label(op),
            list(&all_2xx)
        );
        ctx.report("switching-beside-2xx", Some(101), switching.site.clone(), message);
    }
}

fn list(codes: &[u16]) -> String {
    codes.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
}

fn no_success(ctx: &mut Ctx, op: &Op) {
    if op.has_class(2) || op.has_class(3) || op.has_default() {
        return;
    }
    let message = if op.responses.is_empty() {
        format!("{} declares no responses", label(op))
    } else {
        format!("{} declares no 2xx or 3xx response: how does it succeed?", label(op))
    };
    ctx.report("no-success", None, op.site.clone(), message);
}

/// A 2xx whose schema says "it failed". 202 (a job's state) and 207/208 (per-member status)
/// legitimately describe errors, so they are not checked.
fn envelope(ctx: &mut Ctx, op: &Op) {
    for resp in op.responses.iter() {
        let Key::Code(code @ 200..=299) = resp.status else {
            continue;
        };
        let Some(target) = resp.target.as_ref().filter(|_| !matches!(code, 202 | 207 | 208)) else {
            continue;
        };
        let signal = schemas(ctx, target).into_iter().find_map(|s| signal(ctx, &s));
        if let Some(property) = signal {
            let message = format!("{code} response schema has {property}: failures reported inside a success");
            ctx.report("success-error-envelope", Some(code), resp.site.clone(), message);
        }
    }
}

/// A property, and whether its schema is a boolean.
type Property = (String, bool);

/// `success`/`ok` booleans, `errorCode`, or `error`/`errors` beside an envelope's `data`/`result`.
/// A resource that has an `error` field of its own (a build's error message) is not a signal.
fn error_signal(props: &[Property]) -> Option<String> {
    let has = |name: &str| props.iter().any(|(n, _)| n == name);
    if let Some((name, _)) = props
        .iter()
        .find(|(n, boolean)| *boolean && (n == "success" || n == "ok"))
    {
        return Some(format!("a boolean `{}`", shown(name)));
    }
    if has("errorCode") {
        return Some("`errorCode`".into());
    }
    let wrapped = ["data", "result", "results", "payload"].iter().any(|w| has(w));
    let error = ["error", "errors"].into_iter().find(|e| has(e));
    error.filter(|_| wrapped).map(|e| format!("`{e}` beside the data"))
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

/// A schema's error signal, worked out once per schema node.
fn signal(ctx: &mut Ctx, schema: &At) -> Option<String> {
    let key = (schema.doc, schema.node);
    if let Some(known) = ctx.memo.signals.get(&key) {
        return known.clone();
    }
    let mut props = Vec::new();
    properties(ctx, schema, 0, &mut HashSet::new(), &mut props);
    let found = error_signal(&props);
    if ctx.is_shared(key.0, key.1) {
        ctx.memo.signals.insert(key, found.clone());
    }
    found
}

/// The top-level properties of a schema, `allOf` parts included; each part is read once
/// however many times it is listed (an `allOf` of aliases fans out exponentially otherwise).
fn properties(ctx: &mut Ctx, schema: &At, depth: usize, seen: &mut HashSet<(usize, NodeId)>, out: &mut Vec<Property>) {
    if depth > 4 || !seen.insert((schema.doc, schema.node)) {
        return;
    }
    if let Some(props) = ctx.child(schema, "properties") {
        for (name, _, value) in ctx.entries(&props) {
            let boolean =
                matches!(name.as_str(), "success" | "ok") && ctx.deref(value).is_some_and(|v| is_boolean(ctx, &v));
            out.push((name, boolean));
        }
    }
    let parts = ctx.child(schema, "allOf").map(|a| ctx.items(&a)).unwrap_or_default();
    for part in parts {
        if let Some(part) = ctx.deref(part) {
            properties(ctx, &part, depth + 1, seen, out);
        }
    }
}

fn is_boolean(ctx: &Ctx, schema: &At) -> bool {
    let doc = ctx.docs.get(schema.doc);
    let tree = &doc.tree;
    let Some(ty) = tree.get(schema.node, "type") else {
        return false;
    };
    tree.str(ty) == Some("boolean") || tree.items(ty).iter().any(|&t| tree.str(t) == Some("boolean"))
}

fn coverage(ctx: &mut Ctx, op: &Op) {
    let errors_covered = op
        .responses
        .iter()
        .any(|r| matches!(r.status, Key::Range(4) | Key::Default));
    let mut missing = |rule: &'static str, code: u16, message: String| {
        ctx.report(rule, Some(code), op.site.clone(), message);
    };
    if op.secured && !op.has(401) && !errors_covered {
        missing(
            "coverage-401",
            401,
            format!("{} requires security but declares no 401", label(op)),
        );
    }
    if op.path.contains('{') && !op.has(404) && !errors_covered {
        missing(
            "coverage-404",
            404,
            format!("{} has path parameters but declares no 404", label(op)),
        );
    }
    if op.body && !op.has(400) && !op.has(422) && !errors_covered {
        let message = format!("{} takes a request body but declares neither 400 nor 422", label(op));
        missing("coverage-400", 400, message);
    }
    if !op.has_class(4) {
        missing("coverage-4xx", 400, format!("{} declares no 4xx response", label(op)));
    }
    problem_json(ctx, op);
}

fn problem_json(ctx: &mut Ctx, op: &Op) {
    for resp in op.responses.iter() {
        let code = match resp.status {
            Key::Code(c) if c >= 400 => c,
            Key::Range(d) if d >= 4 => d * 100,
            _ => continue,
        };
        let Some(target) = &resp.target else { continue };
        let types = media_types(ctx, op, target);
        if types.is_empty() || types.iter().any(|t| t.to_ascii_lowercase().contains("problem+")) {
            continue;
        }
        let message = format!(
            "{} error response is {}, not application/problem+json (RFC 9457)",
            shown(&resp.key),
            shown_list(&types)
        );
        ctx.report("problem-json", Some(code), resp.site.clone(), message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_signals() {
        let props =
            |list: &[(&str, bool)]| -> Vec<Property> { list.iter().map(|(n, b)| (n.to_string(), *b)).collect() };
        assert!(error_signal(&props(&[("ok", true), ("channel", false)])).is_some());
        assert!(
            error_signal(&props(&[("ok", false)])).is_none(),
            "ok that is not a boolean"
        );
        assert!(error_signal(&props(&[("data", false), ("errors", false)])).is_some());
        assert!(
            error_signal(&props(&[("id", false), ("error", false)])).is_none(),
            "a resource's own error field"
        );
        assert!(error_signal(&props(&[("errorCode", false)])).is_some());
    }
}
