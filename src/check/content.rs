//! Rules about the content itself: none where none may be (the knowledge base's `body_allowed`,
//! and any response to HEAD), Content-Length against the bytes received, and content without a
//! Content-Type.

use statusgen_kb::model::Kb;

use super::exchange::Exchange;
use super::sink::{At, Sink};
use crate::review::text::shown;

pub fn check(kb: &Kb, x: &Exchange, sink: &mut Sink) {
    let code = x.status;
    let body = x.body.as_deref().unwrap_or_default();
    let allowed = kb.official(code).is_none_or(|c| c.body_allowed);
    let excerpt = || String::from_utf8_lossy(&body[..body.len().min(80)]).into_owned();
    if !body.is_empty() && !allowed {
        let name = kb.official(code).map(|c| c.name.to_string()).unwrap_or_default();
        let message = format!(
            "{code} {} has no content, but {} bytes follow its header section",
            shown(&name),
            body.len()
        );
        sink.report("content-forbidden", Some(code), x, At::Body(&excerpt()), message);
    } else if !body.is_empty() && x.is_method("HEAD") {
        let message = format!(
            "a response to HEAD has no content, but {} bytes follow its header section",
            body.len()
        );
        sink.report("content-forbidden", Some(code), x, At::Body(&excerpt()), message);
    }
    length(x, sink, allowed);
    if !body.is_empty() && allowed && !x.is_method("HEAD") && x.header("content-type").is_none() {
        let message = format!(
            "{code} response has {} bytes of content but no Content-Type: clients have to guess (sniff) the media type",
            body.len()
        );
        sink.report("content-type-missing", Some(code), x, At::Headers, message);
    }
}

fn length(x: &Exchange, sink: &mut Sink, allowed: bool) {
    let Some((i, h)) = x.header("content-length") else {
        return;
    };
    let Some(body) = &x.body else { return };
    let encoded = x
        .value("content-encoding")
        .is_some_and(|e| !e.eq_ignore_ascii_case("identity"));
    let chunked = x.value("transfer-encoding").is_some();
    if !x.body_exact || encoded || chunked || !allowed || x.is_method("HEAD") {
        return;
    }
    // A list of equal values is one value (RFC 9110 §8.6); anything else is a syntax finding.
    let values: Vec<&str> = h.value.split(',').map(str::trim).collect();
    let Ok(stated) = values[0].parse::<u64>() else { return };
    if values.iter().any(|v| v.parse::<u64>() != Ok(stated)) {
        return;
    }
    let got = body.len() as u64;
    if got != stated {
        let what = if got < stated {
            "clients wait for the missing bytes or fail"
        } else {
            "clients cut the content, or take the rest for the next response"
        };
        let message = format!("Content-Length says {stated} bytes, the content received is {got}: {what}");
        sink.report("content-length-mismatch", Some(x.status), x, At::Header(i), message);
    }
}
