//! Rules about an operation's set of responses: method fit, error envelopes, coverage.

use std::collections::HashSet;

use super::check_codes::{media_types, shown_list};
use super::walk::{Ctx, Key, Op};

pub fn check(ctx: &mut Ctx, op: &Op, collections: &HashSet<String>) {
    method_fit(ctx, op, collections);
    no_success(ctx, op);
    super::envelope::check(ctx, op);
    coverage(ctx, op);
}

pub fn label(op: &Op) -> String {
    format!("{} {}", op.method.to_uppercase(), op.path)
}

fn method_fit(ctx: &mut Ctx, op: &Op, collections: &HashSet<String>) {
    if matches!(op.method, "get" | "head" | "delete")
        && let Some(created) = op.response(201)
    {
        let message = format!(
            "{} answers 201 Created: a {} creates nothing (use 200, or 204 with no content)",
            label(op),
            op.method.to_uppercase()
        );
        ctx.report("created-wrong-method", Some(201), created.site.clone(), message);
    }
    let create = super::create::creates(op, collections);
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
    // 101 Switching Protocols is how a WebSocket upgrade succeeds.
    if op.has_class(2) || op.has_class(3) || op.has_default() || op.has(101) {
        return;
    }
    let message = if op.responses.is_empty() {
        format!("{} declares no responses", label(op))
    } else {
        format!("{} declares no 2xx or 3xx response: how does it succeed?", label(op))
    };
    ctx.report("no-success", None, op.site.clone(), message);
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
            resp.key,
            shown_list(&types)
        );
        ctx.report("problem-json", Some(code), resp.object_site().clone(), message);
    }
}
