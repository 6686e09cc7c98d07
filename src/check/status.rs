//! Rules about the status and the headers it calls for, with the facts from the knowledge base:
//! the registry's word on the code, the headers each code requires or recommends (at the RFC's
//! level, classified by `review::headers` exactly as `lint` does), 302 after POST, and a 405
//! whose Allow names the refused method.

use statusgen_kb::model::{Kb, Level};

use super::exchange::Exchange;
use super::sink::{At, Sink};
use crate::review::headers::{Check, classify, missing_rule, registry};
use crate::review::text::shown;

pub fn check(kb: &Kb, x: &Exchange, sink: &mut Sink) {
    let code = x.status;
    if let Some((rule, message)) = registry(kb, code) {
        sink.report(rule, Some(code), x, At::Status, message);
    }
    headers(kb, x, sink);
    if code == 302 && !x.is_method("GET") && !x.is_method("HEAD") {
        let message = format!(
            "302 answers a {}: clients may follow it with GET; say 303 See Other (fetch the result with GET) or 307 \
             Temporary Redirect (repeat the {} there)",
            shown(&x.method),
            shown(&x.method)
        );
        sink.report("prefer-303-307", Some(302), x, At::Status, message);
    }
    if code == 405 {
        allow(x, sink);
    }
}

fn headers(kb: &Kb, x: &Exchange, sink: &mut Sink) {
    let code = x.status;
    let Some(entry) = kb.official(code).or_else(|| kb.entries(code).next()) else {
        return;
    };
    for rule in entry.headers.iter() {
        if x.header(&rule.field).is_some() {
            continue;
        }
        let id = match classify(code, rule) {
            Check::Skip | Check::LikeThe200 => continue,
            Check::Always => missing_rule(rule),
            Check::Conditional => "header-conditional",
            Check::SinglePart if multipart(x) => continue,
            Check::SinglePart => missing_rule(rule),
            Check::Method(m) if x.is_method(m) => missing_rule(rule),
            Check::Method(_) => continue,
            Check::ConditionalOn(methods) if methods.iter().any(|m| x.is_method(m)) => "header-conditional",
            Check::ConditionalOn(_) => continue,
        };
        let message = format!(
            "{code} response does not send {} ({}, {}): {}",
            shown(&rule.field),
            crate::style::level_name(rule.level),
            shown(&rule.section),
            shown(&rule.rule)
        );
        sink.report(id, Some(code), x, At::Headers, message);
    }
    forbidden_headers(kb, x, sink);
}

/// Headers the knowledge base says a response of this code MUST NOT carry, where the rule holds
/// for every such response ("Do not send Content-Length in a 204"); conditional ones ("unless …")
/// and the multipart-only rule of 206 are judged with what the exchange shows.
fn forbidden_headers(kb: &Kb, x: &Exchange, sink: &mut Sink) {
    let code = x.status;
    let Some(entry) = kb.official(code) else { return };
    for rule in entry.headers.iter().filter(|r| r.level == Level::MustNot) {
        let Some((i, _)) = x.header(&rule.field) else { continue };
        let text = rule.rule.to_ascii_lowercase();
        if rule.is_conditional() || text.contains("unless") || (text.starts_with("a multipart") && !multipart(x)) {
            continue;
        }
        let message = format!(
            "{code} response sends {} (MUST NOT, {}): {}",
            shown(&rule.field),
            shown(&rule.section),
            shown(&rule.rule)
        );
        sink.report("content-forbidden", Some(code), x, At::Header(i), message);
    }
}

fn multipart(x: &Exchange) -> bool {
    x.media_type().is_some_and(|t| t.starts_with("multipart/"))
}

fn allow(x: &Exchange, sink: &mut Sink) {
    let Some((i, h)) = x.header("allow") else { return };
    let allows = |method: &str| {
        h.value
            .split(',')
            .map(str::trim)
            .any(|m| m.eq_ignore_ascii_case(method))
    };
    if x.is_method("HEAD") && !x.method_assumed && allows("GET") && !allows("HEAD") {
        let message = "405 refuses HEAD, yet Allow lists GET: wherever GET is supported, HEAD must be too".to_string();
        sink.report("head-refused", Some(405), x, At::Header(i), message);
    }
    let listed = h
        .value
        .split(',')
        .map(str::trim)
        .any(|m| m.eq_ignore_ascii_case(&x.method));
    if listed {
        let assumed = if x.method_assumed {
            " (assumed; give -X METHOD)"
        } else {
            ""
        };
        let message = format!(
            "405 refuses {}{assumed}, yet Allow lists it: list the methods the resource supports",
            shown(&x.method)
        );
        sink.report("allow-lists-refused", Some(405), x, At::Header(i), message);
    }
}
