//! Rules about each response on its own: the code, its headers, its content.

use super::facts::Kb;
use super::source::Version;
use super::walk::{At, Ctx, Key, Op, Resp};
pub use crate::review::headers::{Check, classify, missing_rule};

pub fn check(ctx: &mut Ctx, kb: &Kb, op: &Op) {
    for resp in op.responses.iter() {
        match resp.status {
            Key::Invalid => invalid(ctx, resp),
            Key::Code(code) => {
                registry(ctx, kb, resp, code);
                headers(ctx, kb, op, resp, code);
                content(ctx, kb, op, resp, code);
                webdav(ctx, kb, op, resp, code);
            }
            Key::Range(_) | Key::Default => {}
        }
    }
}

fn invalid(ctx: &mut Ctx, resp: &Resp) {
    let key = &resp.key;
    let b = resp.key.as_bytes();
    let range_like = b.len() == 3 && (b'1'..=b'5').contains(&b[0]) && b[1..].eq_ignore_ascii_case(b"xx");
    let message = if range_like && ctx.version == Version::Swagger2 {
        format!("`{key}`: Swagger 2.0 has no ranges; list the codes")
    } else if range_like {
        format!("`{key}`: write ranges with capital X ({}XX)", b[0] as char)
    } else {
        format!("`{key}` is not a status code (100-599), a range (1XX-5XX) or `default`")
    };
    ctx.report("code-invalid", None, resp.site.clone(), message);
}

fn registry(ctx: &mut Ctx, kb: &Kb, resp: &Resp, code: u16) {
    if let Some((rule, message)) = crate::review::headers::registry(kb, code) {
        ctx.report(rule, Some(code), resp.site.clone(), message);
    }
}

fn headers(ctx: &mut Ctx, kb: &Kb, op: &Op, resp: &Resp, code: u16) {
    let Some(target) = &resp.target else { return };
    let Some(entry) = kb.official(code).or_else(|| kb.entries(code).next()) else {
        return;
    };
    let declared = header_names(ctx, target);
    for rule in entry.headers.iter() {
        let field = rule.field.to_ascii_lowercase();
        if declared.contains(&field) {
            continue;
        }
        let id = match classify(code, rule) {
            Check::Skip => continue,
            Check::Conditional => "header-conditional",
            Check::LikeThe200 if !the_200_declares(ctx, op, &field) => continue,
            Check::SinglePart if all_multipart(&media_types(ctx, op, target)) => continue,
            Check::Method(m) if m != op.method => continue,
            Check::ConditionalOn(methods) if !methods.contains(&op.method) => continue,
            Check::ConditionalOn(_) => "header-conditional",
            _ => missing_rule(rule),
        };
        let level = crate::style::level_name(rule.level);
        let essential = if rule.essential && id == "header-should" {
            "; without it the response points nowhere"
        } else {
            ""
        };
        let message = format!(
            "{code} response does not declare {} ({level}, {}{essential}): {}",
            rule.field, rule.section, rule.rule
        );
        ctx.report(id, Some(code), resp.object_site().clone(), message);
    }
}

fn the_200_declares(ctx: &Ctx, op: &Op, field: &str) -> bool {
    let target = op.response(200).and_then(|r| r.target.as_ref());
    target.is_some_and(|t| header_names(ctx, t).iter().any(|h| h == field))
}

fn all_multipart(types: &[String]) -> bool {
    !types.is_empty() && types.iter().all(|t| t.to_ascii_lowercase().starts_with("multipart/"))
}

/// Header names a response object declares, lower-cased (a `$ref`ed header counts by its key).
pub fn header_names(ctx: &Ctx, resp: &At) -> Vec<String> {
    let Some(headers) = ctx.child(resp, "headers") else {
        return Vec::new();
    };
    ctx.entries(&headers)
        .into_iter()
        .map(|(k, _, _)| k.to_ascii_lowercase())
        .collect()
}

/// The media types a response declares (Swagger 2.0: `produces`, when it has a schema).
pub fn media_types(ctx: &Ctx, op: &Op, resp: &At) -> Vec<String> {
    if ctx.version == Version::Swagger2 {
        return match ctx.child(resp, "schema") {
            Some(_) if op.produces.is_empty() => vec!["application/json".into()],
            Some(_) => op.produces.to_vec(),
            None => Vec::new(),
        };
    }
    let Some(content) = ctx.child(resp, "content") else {
        return Vec::new();
    };
    ctx.entries(&content).into_iter().map(|(k, _, _)| k).collect()
}

fn content(ctx: &mut Ctx, kb: &Kb, op: &Op, resp: &Resp, code: u16) {
    let Some(target) = &resp.target else { return };
    let Some(entry) = kb.official(code) else { return };
    if entry.body_allowed {
        return;
    }
    // `schema: {type: 'null'}` is how some generators write "no content" in Swagger 2.0.
    let null_schema = ctx.version == Version::Swagger2
        && ctx
            .child(target, "schema")
            .is_some_and(|schema| ctx.str(&schema, "type").as_deref() == Some("null"));
    let types = media_types(ctx, op, target);
    if types.is_empty() || null_schema {
        return;
    }
    let message = format!(
        "{code} {} has no content, but the response declares {}",
        entry.name,
        shown_list(&types)
    );
    ctx.report("content-forbidden", Some(code), resp.object_site().clone(), message);
}

/// 207 whose content is not XML, and 208: WebDAV's codes borrowed.
fn webdav(ctx: &mut Ctx, kb: &Kb, op: &Op, resp: &Resp, code: u16) {
    let Some(entry) = kb.official(code).filter(|_| matches!(code, 207 | 208)) else {
        return;
    };
    let types = resp
        .target
        .as_ref()
        .map(|t| media_types(ctx, op, t))
        .unwrap_or_default();
    let message = if code == 208 {
        format!(
            "{code} {} ({}) only appears inside a WebDAV multistatus body, never as a response's status",
            entry.name, entry.reference
        )
    } else if types.iter().any(|t| t.to_ascii_lowercase().contains("xml")) {
        return;
    } else {
        let body = if types.is_empty() {
            "no content".into()
        } else {
            shown_list(&types)
        };
        format!(
            "{code} {} ({}) is WebDAV's: its body is a DAV:multistatus XML document, here {body}; for per-item \
             results of a batch, answer 200 and put each item's status in the body",
            entry.name, entry.reference
        )
    };
    ctx.report("webdav-status", Some(code), resp.object_site().clone(), message);
}

/// Media types for a message: comma-separated, the first few of a long list (a hostile
/// description's thousands would make every message of every response megabytes long).
pub fn shown_list(types: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut list = types
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if types.len() > SHOWN {
        list.push_str(&format!(" and {} more", types.len() - SHOWN));
    }
    list
}
