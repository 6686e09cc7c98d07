//! A live URL: one request with ureq, a small blocking client, as curl would send it (`-X`,
//! `-H`, `-d`, `--data-binary @FILE`); redirects are followed only with `-L`, one hop at a
//! time, so every response is checked. The content is read as sent (no decompression asked for
//! or undone), so Content-Length can be compared with it.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use ureq::http;

use super::args::Args;
use super::exchange::{Exchange, Header};

/// Hops followed with `-L`, as curl's default limit is 50 and browsers' about 20.
const MAX_HOPS: usize = 20;
/// Content read from one response at most.
const MAX_BODY: u64 = 64 << 20;

pub fn fetch(url: &str, args: &Args) -> Result<Vec<Exchange>, String> {
    if !(args.timeout.is_finite() && args.timeout > 0.0 && args.timeout <= 86_400.0) {
        return Err(format!("--timeout {}: give seconds, more than 0", args.timeout));
    }
    let content = match (&args.content, &args.content_file) {
        (Some(text), _) => Some(text.clone().into_bytes()),
        (None, Some(file)) => {
            let path = file.strip_prefix('@').ok_or("--data-binary: write @FILE")?;
            let bytes = statusgen_kb::file::read_regular(Path::new(path), MAX_BODY)
                .map_err(|_| format!("--data-binary: cannot read {}", statusgen_kb::text::quote(path, 80)))?;
            Some(bytes)
        }
        (None, None) => None,
    };
    let mut method = args
        .method
        .clone()
        .unwrap_or_else(|| if content.is_some() { "POST" } else { "GET" }.into())
        .to_ascii_uppercase();
    let headers: Vec<(String, String)> = args
        .headers
        .iter()
        .map(|h| {
            h.split_once(':')
                .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
                .filter(|(n, _)| !n.is_empty())
                .ok_or_else(|| format!("-H {}: write 'Name: value'", statusgen_kb::text::quote(h, 60)))
        })
        .collect::<Result<_, _>>()?;
    let deadline = Instant::now() + Duration::from_secs_f64(args.timeout);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .allow_non_standard_methods(true)
        .timeout_global(Some(Duration::from_secs_f64(args.timeout)))
        .build()
        .into();
    let mut found = Vec::new();
    let mut url = url.to_string();
    let mut content = content;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(format!(
                "{}: timed out after {} s",
                statusgen_kb::text::quote(&url, 200),
                args.timeout
            ));
        }
        let x = one(&agent, found.len(), &method, &url, &headers, content.as_deref())?;
        let next = x.value("location").map(str::to_string);
        let status = x.status;
        found.push(x);
        let redirect = matches!(status, 301 | 302 | 303 | 307 | 308);
        let (true, true, Some(location)) = (args.follow, redirect, next) else {
            break;
        };
        if found.len() > MAX_HOPS {
            return Err(format!("more than {MAX_HOPS} redirects"));
        }
        url = resolve(&url, &location)?;
        if status == 303 || (matches!(status, 301 | 302) && method == "POST") {
            method = "GET".into();
            content = None;
        }
    }
    Ok(found)
}

fn one(
    agent: &ureq::Agent,
    index: usize,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    content: Option<&[u8]>,
) -> Result<Exchange, String> {
    let shown_url = statusgen_kb::text::quote(url, 200);
    let mut request = http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let request = request
        .body(content.map(<[u8]>::to_vec).unwrap_or_default())
        .map_err(|e| format!("{shown_url}: {e}"))?;
    let mut response = agent.run(request).map_err(|e| format!("{shown_url}: {e}"))?;
    let status = response.status().as_u16();
    let version = format!("{:?}", response.version());
    let reason = response.status().canonical_reason().unwrap_or("");
    let headers: Vec<Header> = response
        .headers()
        .iter()
        .map(|(name, value)| Header {
            name: name.as_str().to_string(),
            value: String::from_utf8_lossy(value.as_bytes()).into_owned(),
            line: 0,
        })
        .collect();
    // A server that closes early sends less than it said: what arrived is the content.
    let mut body = Vec::new();
    let _ = response.body_mut().as_reader().take(MAX_BODY).read_to_end(&mut body);
    Ok(Exchange {
        entry: index,
        base: format!("/responses/{index}"),
        headers_at: "headers",
        body_at: "body",
        method: method.to_string(),
        method_assumed: false,
        url: url.to_string(),
        status,
        status_line: format!("{version} {status} {reason}").trim_end().to_string(),
        line: 0,
        headers,
        body_exact: method != "HEAD",
        body: Some(body),
    })
}

/// A Location against the URL it came from (absolute, scheme-relative, absolute-path or relative).
fn resolve(base: &str, location: &str) -> Result<String, String> {
    if location.starts_with("http://") || location.starts_with("https://") {
        return Ok(location.to_string());
    }
    let (scheme, rest) = base.split_once("://").ok_or("the URL has no scheme")?;
    if let Some(net) = location.strip_prefix("//") {
        return Ok(format!("{scheme}://{net}"));
    }
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    if location.starts_with('/') {
        return Ok(format!("{scheme}://{authority}{location}"));
    }
    let path = rest[authority_end..].split(['?', '#']).next().unwrap_or("");
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    Ok(format!("{scheme}://{authority}{dir}{location}"))
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn locations_resolve() {
        assert_eq!(resolve("http://h:1/a/b?q", "/c").unwrap(), "http://h:1/c");
        assert_eq!(resolve("http://h:1/a/b", "c").unwrap(), "http://h:1/a/c");
        assert_eq!(resolve("https://h/a", "//g/x").unwrap(), "https://g/x");
        assert_eq!(resolve("http://h", "https://x/y").unwrap(), "https://x/y");
        assert_eq!(resolve("http://h", "d").unwrap(), "http://h/d");
    }
}
