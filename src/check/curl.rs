//! curl transcripts: `curl -si URL` (one or more responses: 1xx interim ones, and each hop of
//! `-L`), `curl -sv URL 2>&1` (`> ` request lines, `< ` response lines, curl's `* ` notes
//! ignored), and a plain HTTP/1.1 or HTTP/2-style response (`HTTP/2 200`, lower-case names).

use super::exchange::{Exchange, Header};

/// Whether a line is a status line: `HTTP/1.1 200 OK`, `HTTP/2 404`.
fn status_of(line: &str) -> Option<u16> {
    let rest = line.strip_prefix("HTTP/")?;
    let (version, rest) = rest.split_once(' ')?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let code = rest.get(..3)?;
    let after = rest.get(3..)?;
    (code.bytes().all(|b| b.is_ascii_digit()) && (after.is_empty() || after.starts_with(' ')))
        .then(|| code.parse().ok())
        .flatten()
}

/// One line of the input: its text without the line end, its number, and its bytes with the end.
struct Line<'a> {
    text: &'a str,
    number: usize,
    raw: &'a [u8],
}

fn lines(bytes: &[u8]) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i + 1);
        let raw = &bytes[start..end];
        let trimmed = raw.strip_suffix(b"\n").unwrap_or(raw);
        let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
        out.push(Line {
            text: std::str::from_utf8(trimmed).unwrap_or(""),
            number: out.len() + 1,
            raw,
        });
        start = end;
    }
    out
}

fn header(line: &Line) -> Option<Header> {
    let (name, value) = line.text.split_once(':')?;
    (!name.is_empty() && !name.contains(' ')).then(|| Header {
        name: name.to_string(),
        value: value.trim().to_string(),
        line: line.number,
    })
}

/// The exchanges of a transcript. `method`: `-X`'s, for a transcript that does not show requests.
pub fn read(bytes: &[u8], method: Option<&str>) -> Result<Vec<Exchange>, String> {
    let lines = lines(bytes);
    let verbose = lines
        .iter()
        .any(|l| l.text.starts_with("< HTTP/") || l.text.starts_with("> "));
    let found = if verbose {
        verbose_read(&lines)
    } else {
        plain(&lines, method)
    };
    if found.is_empty() {
        return Err("not a HAR file nor an HTTP response (no status line such as `HTTP/1.1 200 OK`)".into());
    }
    Ok(found)
}

fn new_exchange(index: usize, line: &Line, status: u16) -> Exchange {
    Exchange {
        entry: index,
        base: format!("/responses/{index}"),
        headers_at: "headers",
        body_at: "body",
        status,
        status_line: line.text.to_string(),
        line: line.number,
        ..Exchange::default()
    }
}

fn plain(lines: &[Line], method: Option<&str>) -> Vec<Exchange> {
    let mut found: Vec<Exchange> = Vec::new();
    let mut i = 0;
    let mut url = String::new();
    while i < lines.len() {
        let Some(status) = status_of(lines[i].text) else {
            i += 1;
            continue;
        };
        let mut x = new_exchange(found.len(), &lines[i], status);
        x.method = method.unwrap_or("GET").to_ascii_uppercase();
        x.method_assumed = method.is_none();
        x.url = url.clone();
        i += 1;
        while i < lines.len() && !lines[i].text.is_empty() {
            if let Some(h) = header(&lines[i]) {
                x.headers.push(h);
            }
            i += 1;
        }
        i += 1;
        // The content runs to the next status line (curl -i shows no content of a redirect it
        // followed, nor of a 1xx) or to the end.
        let start = i;
        while i < lines.len() && status_of(lines[i].text).is_none() {
            i += 1;
        }
        let mut body: Vec<u8> = lines[start.min(lines.len())..i]
            .iter()
            .flat_map(|l| l.raw.iter().copied())
            .collect();
        let last = i >= lines.len();
        // An editor's newline at the end of a saved transcript is not content.
        let stated = x.value("content-length").and_then(|v| v.parse::<usize>().ok());
        if last && stated == Some(body.len().saturating_sub(1)) && body.ends_with(b"\n") {
            body.pop();
        }
        x.body_exact = last || !body.is_empty();
        x.body = (last || !body.is_empty() || status < 200).then_some(body);
        if let Some(location) = x.value("location") {
            url = location.to_string();
        }
        found.push(x);
    }
    found
}

fn verbose_read(lines: &[Line]) -> Vec<Exchange> {
    let mut found: Vec<Exchange> = Vec::new();
    let (mut method, mut target, mut host) = (String::new(), String::new(), String::new());
    let mut tls = false;
    let mut in_headers = false;
    for line in lines {
        let text = line.text;
        if let Some(note) = text.strip_prefix("* ") {
            tls |= note.contains("SSL connection") || note.contains("TLSv1") || note.contains("ALPN");
            continue;
        }
        if let Some(req) = text.strip_prefix("> ") {
            let words: Vec<&str> = req.split(' ').collect();
            if words.len() == 3 && words[2].starts_with("HTTP/") {
                method = words[0].to_string();
                target = words[1].to_string();
            } else if let Some(h) = req.split_once(':').filter(|(n, _)| n.eq_ignore_ascii_case("host")) {
                host = h.1.trim().to_string();
            }
            continue;
        }
        if text == ">" {
            continue;
        }
        if let Some(resp) = text.strip_prefix("< ").or(if text == "<" { Some("") } else { None }) {
            if let Some(status) = status_of(resp) {
                let mut x = new_exchange(found.len(), line, status);
                x.status_line = resp.to_string();
                x.method = if method.is_empty() {
                    "GET".into()
                } else {
                    method.clone()
                };
                x.method_assumed = method.is_empty();
                x.url = if target.contains("://") {
                    target.clone()
                } else {
                    format!("{}://{host}{target}", if tls { "https" } else { "http" })
                };
                x.body = Some(Vec::new());
                found.push(x);
                in_headers = true;
            } else if resp.is_empty() {
                in_headers = false;
            } else if let (true, Some(x)) = (in_headers, found.last_mut()) {
                let shifted = Line {
                    text: resp,
                    number: line.number,
                    raw: line.raw,
                };
                x.headers.extend(header(&shifted));
            }
            continue;
        }
        if text.starts_with("{ [") || text.starts_with("} [") {
            continue;
        }
        // Content (stdout, interleaved with curl's notes): known to be there, not byte for byte.
        if let (false, Some(x)) = (in_headers, found.last_mut()) {
            x.body.get_or_insert_with(Vec::new).extend_from_slice(line.raw);
        }
    }
    for x in &mut found {
        if let Some(body) = &mut x.body {
            drop_echo(body, x.status);
        }
    }
    found
}

/// `curl -sv -i` or `-I` also prints the status line and headers on stdout: with `2>&1` that
/// copy lands where the content goes. A status line of the same code at the start of the content,
/// up to the blank line after it, is that copy, not content.
fn drop_echo(body: &mut Vec<u8>, status: u16) {
    let lines = lines(body);
    let Some(first) = lines.iter().position(|l| !l.text.is_empty()) else {
        return;
    };
    if status_of(lines[first].text) != Some(status) {
        return;
    }
    let end = lines[first..]
        .iter()
        .position(|l| l.text.is_empty())
        .map_or(lines.len(), |i| first + i + 1);
    let cut: usize = lines[..end].iter().map(|l| l.raw.len()).sum();
    body.drain(..cut);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines() {
        assert_eq!(status_of("HTTP/1.1 200 OK"), Some(200));
        assert_eq!(status_of("HTTP/2 404"), Some(404));
        assert_eq!(status_of("HTTP/1.1 2000"), None);
        assert_eq!(status_of("http/1.1 200"), None);
    }

    #[test]
    fn redirects_interim_and_content() {
        let text = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 302 Found\r\nLocation: /b\r\n\r\nHTTP/2 200\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nhi\n";
        let found = read(text, Some("post")).expect("parsed");
        assert_eq!(found.iter().map(|x| x.status).collect::<Vec<_>>(), [100, 302, 200]);
        assert_eq!(found[2].body.as_deref(), Some(&b"hi"[..]));
        assert_eq!(found[2].url, "/b");
        assert_eq!(found[1].method, "POST");
        assert!(found[1].body.is_none());
        assert_eq!(found[2].headers[1].line, 8);
    }

    #[test]
    fn verbose_transcripts() {
        let text = b"* Connected to x\n> POST /orders HTTP/1.1\n> Host: api.test\n>\n< HTTP/1.1 201 Created\n< Content-Type: application/json\n<\n{\"id\":1}\n* Connection #0 left intact\n";
        let found = read(text, None).expect("parsed");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].method.as_str(), found[0].url.as_str()),
            ("POST", "http://api.test/orders")
        );
        assert!(!found[0].method_assumed && !found[0].body_exact);
        assert_eq!(found[0].body.as_deref(), Some(&b"{\"id\":1}\n"[..]));
    }

    #[test]
    fn the_copy_of_the_headers_that_curl_i_prints_is_not_content() {
        // `curl -sv -I URL 2>&1`: the header block twice, the stdout copy after curl's note.
        let text = b"> HEAD /p HTTP/1.1\n> Host: h\n>\n< HTTP/1.1 200 OK\n< Content-Length: 7\n<\n* Connection #0 left intact\nHTTP/1.1 200 OK\nContent-Length: 7\n\n";
        let found = read(text, None).expect("parsed");
        assert_eq!(found[0].body.as_deref(), Some(&b""[..]));
        // `curl -sv -i`: the copy, then the content.
        let text = b"> GET /p HTTP/1.1\n> Host: h\n>\n< HTTP/1.1 200 OK\n< Content-Type: text/plain\n<\nHTTP/1.1 200 OK\nContent-Type: text/plain\n\nhello\n";
        let found = read(text, None).expect("parsed");
        assert_eq!(found[0].body.as_deref(), Some(&b"hello\n"[..]));
    }
}
