//! Rules that read a JSON body: a failure reported inside a 2xx, and RFC 9457 problem details
//! whose members disagree with the response or have the wrong type.

use serde_json::{Map, Value};

use super::exchange::Exchange;
use super::sink::{At, Sink};

/// Bodies larger than this are not parsed (the rest of the rules still run).
const MAX_JSON: usize = 8 << 20;

pub fn check(x: &Exchange, sink: &mut Sink) {
    let Some(body) = x.body.as_deref().filter(|b| !b.is_empty() && b.len() <= MAX_JSON) else {
        return;
    };
    let media = x.media_type().unwrap_or_default();
    let problem = media == "application/problem+json";
    let json_like = media.ends_with("/json")
        || media.ends_with("+json")
        || (media.is_empty() && body.trim_ascii_start().starts_with(b"{"));
    if !json_like {
        return;
    }
    // Most 2xx bodies name none of the signals: they are not parsed (a HAR of a million entries).
    let worth = problem || (success(x.status) && may_signal(body));
    if !worth {
        return;
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    if problem {
        problem_details(x, &value, sink);
    } else if let (true, Value::Object(map)) = (success(x.status), &value)
        && let Some(signal) = failure(map, x.status)
    {
        let message = format!(
            "{} response reports a failure in its content ({signal}): answer with the 4xx or 5xx code that says \
             what went wrong",
            x.status
        );
        sink.report("failure-in-success", Some(x.status), x, At::Body(&signal), message);
    }
}

/// Whether the body holds a key `failure` looks at (`"status` covers `statusCode` too). A key
/// written with escapes (`"\u0073uccess"`) is missed; no server writes one.
fn may_signal(body: &[u8]) -> bool {
    const KEYS: [&str; 8] = [
        "\"success\"",
        "\"ok\"",
        "\"status",
        "\"result\"",
        "\"outcome\"",
        "\"error",
        "\"code\"",
        "\"httpStatus\"",
    ];
    KEYS.iter().any(|k| memchr::memmem::find(body, k.as_bytes()).is_some())
}

/// A 2xx that is a plain success: not 202 (queued), 207 or 208 (several statuses inside).
fn success(status: u16) -> bool {
    (200..300).contains(&status) && !matches!(status, 202 | 207 | 208)
}

/// Members beside which an `error` or `errors` is a partial result, not a failure.
const DATA: &[&str] = &["data", "result", "results", "items", "payload", "id"];

fn present(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

fn member(key: &str, value: &Value) -> String {
    let mut shown = value.to_string();
    if shown.len() > 40 {
        let cut = (0..=40).rev().find(|&i| shown.is_char_boundary(i)).unwrap_or(0);
        shown.truncate(cut);
        shown.push('…');
    }
    format!("\"{key}\": {shown}")
}

/// The signal that a 2xx's JSON object reports a failure (see `check --explain failure-in-success`).
pub fn failure(map: &Map<String, Value>, status: u16) -> Option<String> {
    for key in ["success", "ok"] {
        if let Some(v @ Value::Bool(false)) = map.get(key) {
            return Some(member(key, v));
        }
    }
    // A member `id` makes the object a resource: its `status` is its own state ("failed" job).
    let resource = map.contains_key("id");
    for key in ["status", "result", "outcome"] {
        if let Some(v @ Value::String(s)) = map.get(key) {
            let s = s.to_ascii_lowercase();
            if !resource && matches!(s.as_str(), "error" | "fail" | "failure") {
                return Some(member(key, v));
            }
        }
    }
    let data = DATA.iter().any(|k| present(map.get(*k)));
    for key in ["error", "errors"] {
        if present(map.get(key)) && !data && !resource {
            return Some(member(key, &map[key]));
        }
    }
    for key in [
        "code",
        "status",
        "statusCode",
        "status_code",
        "errorCode",
        "error_code",
        "httpStatus",
    ] {
        if let Some(v @ Value::Number(n)) = map.get(key) {
            let code = n.as_u64().unwrap_or(0);
            if (400..600).contains(&code) && code != u64::from(status) && !resource {
                return Some(member(key, v));
            }
        }
    }
    None
}

fn problem_details(x: &Exchange, value: &Value, sink: &mut Sink) {
    let Value::Object(map) = value else {
        let message = "application/problem+json content is not a JSON object (RFC 9457 §3)".to_string();
        sink.report(
            "problem-member-type",
            Some(x.status),
            x,
            At::Body(&value.to_string()),
            message,
        );
        return;
    };
    match map.get("status") {
        None => {}
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(x.status)) => {}
        Some(v @ Value::Number(_)) => {
            let message = format!(
                "problem details say status {v}, the response is {}: RFC 9457 §3.1.2 asks for the same code",
                x.status
            );
            sink.report(
                "problem-status-mismatch",
                Some(x.status),
                x,
                At::Body(&member("status", v)),
                message,
            );
        }
        Some(v) => {
            let message = format!(
                "problem details `status` is {}, not a number (RFC 9457 §3.1.2)",
                kind(v)
            );
            sink.report(
                "problem-member-type",
                Some(x.status),
                x,
                At::Body(&member("status", v)),
                message,
            );
        }
    }
    for key in ["type", "title", "detail", "instance"] {
        if let Some(v) = map.get(key).filter(|v| !v.is_string()) {
            let message = format!("problem details `{key}` is {}, not a string (RFC 9457 §3.1)", kind(v));
            sink.report(
                "problem-member-type",
                Some(x.status),
                x,
                At::Body(&member(key, v)),
                message,
            );
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signal(text: &str) -> Option<String> {
        let Value::Object(map) = serde_json::from_str(text).expect("json") else {
            panic!()
        };
        failure(&map, 200)
    }

    #[test]
    fn failure_signals_and_what_is_not_one() {
        assert!(signal(r#"{"success": false, "message": "bad email"}"#).is_some());
        assert!(signal(r#"{"ok": false, "errors": ["x"]}"#).is_some());
        assert!(signal(r#"{"status": "error", "message": "boom"}"#).is_some());
        assert!(signal(r#"{"status": "fail", "data": {"email": "required"}}"#).is_some());
        assert!(signal(r#"{"error": {"message": "not found"}}"#).is_some());
        assert!(signal(r#"{"code": 404, "message": "no such user"}"#).is_some());
        assert!(signal(r#"{"errors": [{"message": "x"}], "data": null}"#).is_some());
        // Not failures.
        assert!(signal(r#"{"success": true, "data": {}}"#).is_none());
        assert!(signal(r#"{"id": 7, "status": "failed", "error": "compiler crashed"}"#).is_none());
        assert!(signal(r#"{"id": 8, "status": "error"}"#).is_none());
        assert!(signal(r#"{"error": null, "data": {"id": 1}}"#).is_none());
        assert!(signal(r#"{"errors": [], "items": []}"#).is_none());
        assert!(signal(r#"{"message": "Welcome back"}"#).is_none());
        assert!(signal(r#"{"code": 200, "data": 1}"#).is_none());
        assert!(signal(r#"{"errors": ["partial"], "data": {"a": 1}}"#).is_none());
    }
}
