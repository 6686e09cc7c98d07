//! HAR 1.2 files, read streaming: `har_scan` finds each entry of `log.entries`, serde_json parses
//! it, and it goes to the rules at once, so one entry at a time is held, whatever the size of the
//! file (memory stays flat; docs/CHECK.md has the figures beside Python's `json.load`).

use std::io::Read;

use base64::Engine;
use serde::Deserialize;

use super::exchange::{Exchange, Header};
use super::har_scan::{self, Scanner};

#[derive(Deserialize)]
struct Entry {
    request: Request,
    response: Response,
}

#[derive(Deserialize)]
struct Request {
    #[serde(default)]
    method: String,
    #[serde(default)]
    url: String,
}

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    status: f64,
    #[serde(default, rename = "statusText")]
    status_text: String,
    #[serde(default, rename = "httpVersion")]
    http_version: String,
    #[serde(default)]
    headers: Vec<NameValue>,
    #[serde(default)]
    content: Content,
    /// Bytes of content received; 0 with content text: the browser's cache gave the content
    /// (a revalidation answered 304, recorded as the cached 200 with the 304's headers).
    #[serde(default, rename = "bodySize")]
    body_size: Option<f64>,
}

#[derive(Deserialize)]
struct NameValue {
    name: String,
    value: String,
}

#[derive(Deserialize, Default)]
struct Content {
    size: Option<f64>,
    text: Option<String>,
    encoding: Option<String>,
}

/// Reads the HAR from `input`, calling `each` with every entry that has a response (browsers
/// record blocked or failed requests without a status: those are counted and skipped). Returns
/// (entries, skipped).
pub fn read(input: impl Read, each: &mut dyn FnMut(Exchange)) -> Result<(usize, usize), String> {
    let mut scan = Scanner::new(input);
    let mut counts = (0, 0);
    let mut found = false;
    object(&mut scan, &mut |scan, key| match key {
        "log" => object(scan, &mut |scan, key| match key {
            "entries" => {
                found = true;
                entries(scan, each, &mut counts)
            }
            _ => scan.value().map(drop),
        }),
        _ => scan.value().map(drop),
    })
    .and_then(|()| match scan.peek()? {
        None => Ok(()),
        Some(_) => Err(format!("text after the HAR at byte {}", scan.offset())),
    })
    .map_err(|e| format!("not a HAR file: {e}"))?;
    if !found {
        return Err("not a HAR file: no log.entries".into());
    }
    Ok(counts)
}

type Member<'a, R> = dyn FnMut(&mut Scanner<R>, &str) -> har_scan::Result<()> + 'a;

/// An object: each member's key to `member`, which consumes the value.
fn object<R: Read>(scan: &mut Scanner<R>, member: &mut Member<R>) -> har_scan::Result<()> {
    scan.expect(b'{')?;
    if scan.peek()? == Some(b'}') {
        return scan.expect(b'}');
    }
    loop {
        let key = scan.key()?;
        scan.expect(b':')?;
        member(scan, &key)?;
        match scan.peek()? {
            Some(b',') => scan.expect(b',')?,
            _ => return scan.expect(b'}'),
        }
    }
}

fn entries<R: Read>(
    scan: &mut Scanner<R>,
    each: &mut dyn FnMut(Exchange),
    counts: &mut (usize, usize),
) -> har_scan::Result<()> {
    scan.expect(b'[')?;
    if scan.peek()? == Some(b']') {
        return scan.expect(b']');
    }
    let mut index = 0;
    loop {
        let at = scan.offset();
        let entry: Entry =
            serde_json::from_slice(scan.value()?).map_err(|e| format!("entry {index} (byte {at}): {e}"))?;
        match exchange(index, entry) {
            Some(x) => {
                counts.0 += 1;
                each(x);
            }
            None => counts.1 += 1,
        }
        index += 1;
        match scan.peek()? {
            Some(b',') => scan.expect(b',')?,
            _ => return scan.expect(b']'),
        }
    }
}

fn exchange(index: usize, entry: Entry) -> Option<Exchange> {
    let r = entry.response;
    if !(100.0..=999.0).contains(&r.status) || r.status.fract() != 0.0 {
        return None;
    }
    let status = r.status as u16;
    let base64 = r
        .content
        .encoding
        .as_deref()
        .is_some_and(|e| e.eq_ignore_ascii_case("base64"));
    let body = r.content.text.map(|text| {
        if base64 {
            base64::engine::general_purpose::STANDARD.decode(text.trim()).ok()
        } else {
            Some(text.into_bytes())
        }
    });
    // Content from the browser's cache was not sent in this exchange: its headers may be a
    // revalidation's (no Content-Type), so the rules see no content rather than a wrong pairing.
    let cached = r.body_size == Some(0.0) && r.content.size.is_some_and(|size| size > 0.0);
    let body = body.flatten().filter(|_| !cached);
    // The text is the content as sent only when its size is what the HAR says it received.
    let exact = match (&body, r.content.size) {
        (Some(b), Some(size)) => size >= 0.0 && b.len() as f64 == size,
        _ => false,
    };
    let version = if r.http_version.is_empty() {
        "HTTP/1.1".into()
    } else {
        r.http_version.to_ascii_uppercase()
    };
    let status_line = format!("{version} {status} {}", r.status_text).trim_end().to_string();
    Some(Exchange {
        entry: index,
        base: format!("/log/entries/{index}"),
        headers_at: "response/headers",
        body_at: "response/content/text",
        method: if entry.request.method.is_empty() {
            "GET".into()
        } else {
            entry.request.method
        },
        method_assumed: false,
        url: entry.request.url,
        status,
        status_line,
        line: 0,
        headers: r
            .headers
            .into_iter()
            // Kept in order, so an index is the HAR's; pseudo-headers (`:status`) match no rule.
            .map(|h| Header {
                name: h.name,
                value: h.value,
                line: 0,
            })
            .collect(),
        body,
        body_exact: exact,
    })
}
