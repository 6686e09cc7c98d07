//! `--spec`: each exchange against an OpenAPI description (read by lint's parser, through
//! `lint::described`): the operation it matches (server base path, path template, method), a
//! status the operation does not declare, a required header missing, an undeclared Content-Type,
//! exchanges that match nothing; and at the end, coverage: the declared responses never seen.

use std::path::Path;

use super::exchange::Exchange;
use super::sink::{At, Sink};
use crate::lint::described::{self, Described, Key, Operation};
use crate::review::config::Settings;
use crate::review::report::Located;
use crate::review::text::shown;

pub struct Spec {
    described: Described,
    /// Per operation, per response: seen in an exchange.
    seen: Vec<Vec<bool>>,
}

impl Spec {
    pub fn load(path: &Path) -> Result<Spec, String> {
        let described = described::read(path)?;
        let seen = described
            .operations
            .iter()
            .map(|op| vec![false; op.responses.len()])
            .collect();
        Ok(Spec { described, seen })
    }

    pub fn check(&mut self, x: &Exchange, sink: &mut Sink) {
        let Some(path) = path_of(&x.url) else {
            let message = "the URL is not in the input (curl -si shows no request), so no operation can match".into();
            sink.report("spec-unmatched", None, x, At::Status, message);
            return;
        };
        let candidates = self.candidates(path);
        let method = x.method.to_ascii_lowercase();
        let Some(&op_index) = candidates
            .iter()
            .find(|&&i| self.described.operations[i].method == method)
        else {
            let message = if candidates.is_empty() {
                format!("no operation's path matches {}", shown(path))
            } else {
                let methods: Vec<String> = candidates
                    .iter()
                    .map(|&i| self.described.operations[i].method.to_ascii_uppercase())
                    .collect();
                format!(
                    "{} {} is not described (the path has {})",
                    shown(&x.method),
                    shown(path),
                    methods.join(", ")
                )
            };
            sink.report("spec-unmatched", None, x, At::Status, message);
            return;
        };
        let op = &self.described.operations[op_index];
        let Some(r) = response(op, x.status) else {
            let declared: Vec<&str> = op.responses.iter().map(|r| r.key.as_str()).collect();
            let message = format!(
                "{} {} does not declare {} (declared: {}), nor its range or default",
                op.method.to_ascii_uppercase(),
                shown(&op.path),
                x.status,
                shown(&declared.join(", "))
            );
            sink.report("spec-status-undeclared", Some(x.status), x, At::Status, message);
            return;
        };
        self.seen[op_index][r] = true;
        let resp = &op.responses[r];
        for name in &resp.required_headers {
            if x.header(name).is_none() {
                let message = format!(
                    "{} {} → {} declares {} required; the response does not send it",
                    op.method.to_ascii_uppercase(),
                    shown(&op.path),
                    shown(&resp.key),
                    shown(name)
                );
                sink.report("spec-header-missing", Some(x.status), x, At::Headers, message);
            }
        }
        let has_content = x.body.as_ref().is_some_and(|b| !b.is_empty());
        if let (true, Some(media)) = (has_content, x.media_type())
            && !resp.media_types.iter().any(|d| covers(d, &media))
        {
            let declared = if resp.media_types.is_empty() {
                "no content".to_string()
            } else {
                shown(&resp.media_types.join(", ")).into_owned()
            };
            let message = format!(
                "Content-Type {} is not declared for {} {} → {} (declared: {declared})",
                shown(&media),
                op.method.to_ascii_uppercase(),
                shown(&op.path),
                shown(&resp.key)
            );
            let at = x.header("content-type").map_or(At::Headers, |(i, _)| At::Header(i));
            sink.report("spec-content-type-undeclared", Some(x.status), x, at, message);
        }
    }

    /// Operations whose base path and template match `path`, the most literal first.
    fn candidates(&self, path: &str) -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for base in &self.described.bases {
            let Some(rest) = strip_base(path, base) else { continue };
            for (i, op) in self.described.operations.iter().enumerate() {
                if let Some(templated) = matches(&op.path, rest)
                    && !found.iter().any(|(j, _)| *j == i)
                {
                    found.push((i, templated));
                }
            }
        }
        found.sort_by_key(|&(i, templated)| (templated, i));
        found.into_iter().map(|(i, _)| i).collect()
    }

    /// Adds the declared responses no exchange showed (`spec-never-seen`); returns (seen, declared).
    pub fn coverage(&self, settings: &Settings, found: &mut Vec<Located>) -> (usize, usize) {
        let level = settings.levels.get("spec-never-seen").copied().flatten();
        let (mut seen, mut declared) = (0, 0);
        for (op, flags) in self.described.operations.iter().zip(&self.seen) {
            for (resp, &was) in op.responses.iter().zip(flags) {
                if resp.status == Key::Invalid {
                    continue;
                }
                declared += 1;
                seen += usize::from(was);
                if let (false, Some(severity)) = (was, level) {
                    let mut unseen = resp.unseen.clone();
                    unseen.finding.severity = severity;
                    found.push(unseen);
                }
            }
        }
        (seen, declared)
    }
}

/// The path of a URL, without query or fragment.
fn path_of(url: &str) -> Option<&str> {
    let rest = match url.split_once("://") {
        Some((_, rest)) => &rest[rest.find('/').unwrap_or(rest.len())..],
        None if url.starts_with('/') => url,
        None => return None,
    };
    let path = rest.split(['?', '#']).next().unwrap_or("");
    Some(if path.is_empty() { "/" } else { path })
}

fn strip_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    if base.is_empty() {
        return Some(path);
    }
    let base_segments = base.trim_start_matches('/').split('/').count();
    let mut cut = 0;
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if segments.len() < base_segments {
        return None;
    }
    matches(base, &format!("/{}", segments[..base_segments].join("/")))?;
    for s in &segments[..base_segments] {
        cut += s.len() + 1;
    }
    let rest = &path[cut.min(path.len())..];
    Some(if rest.is_empty() { "/" } else { rest })
}

/// Whether a path template (`/orders/{id}`) matches a path; the number of templated segments.
fn matches(template: &str, path: &str) -> Option<usize> {
    let t: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut templated = 0;
    for (t, p) in t.iter().zip(&p) {
        if t.contains('{') {
            if p.is_empty() {
                return None;
            }
            templated += 1;
        } else if t != p {
            return None;
        }
    }
    Some(templated)
}

/// The response that covers a status: the code, its range (`4XX`), or `default`.
fn response(op: &Operation, status: u16) -> Option<usize> {
    let find = |key: Key| op.responses.iter().position(|r| r.status == key);
    find(Key::Code(status))
        .or_else(|| find(Key::Range(status / 100)))
        .or_else(|| find(Key::Default))
}

/// Whether a declared media type (`application/*`, `*/*`, with parameters) covers `media`.
fn covers(declared: &str, media: &str) -> bool {
    let declared = declared.split(';').next().unwrap_or("").trim();
    match declared.split_once('/') {
        Some(("*", "*")) => true,
        Some((kind, "*")) => media.split('/').next() == Some(kind),
        _ => declared == media,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_templates_and_media_types() {
        assert_eq!(path_of("http://h:1/v1/orders/7?x=1"), Some("/v1/orders/7"));
        assert_eq!(path_of("http://h"), Some("/"));
        assert_eq!(path_of(""), None);
        assert_eq!(strip_base("/v1/orders/7", "/v1"), Some("/orders/7"));
        assert_eq!(strip_base("/v2/orders/7", "/v1"), None);
        assert_eq!(strip_base("/v1", "/{version}"), Some("/"));
        assert_eq!(matches("/orders/{id}", "/orders/7"), Some(1));
        assert_eq!(matches("/orders/new", "/orders/new"), Some(0));
        assert_eq!(matches("/orders/{id}", "/orders"), None);
        assert!(covers("application/*", "application/json"));
        assert!(covers("application/json; charset=utf-8", "application/json"));
        assert!(!covers("application/json", "text/html"));
    }
}
