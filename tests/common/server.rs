//! A local HTTP/1.1 server with planted mistakes and clean answers, for `statusgen check`'s
//! tests, the HAR recordings in tests/data/check/ and the peer comparison (docs/CHECK.md).
//! Answers are written byte for byte (a wrong Content-Length is sent as is), one per connection.
//! `cargo run --example planted-server -- PORT` serves the same routes outside the tests.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};

/// A route: method, path, what the response plants (the rule `check` should report, or `None`
/// for a clean answer), and the raw response (status line and headers; `\n` becomes CRLF).
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub expect: Option<&'static str>,
    pub head: &'static str,
    pub body: &'static str,
}

const fn r(
    method: &'static str,
    path: &'static str,
    expect: Option<&'static str>,
    head: &'static str,
    body: &'static str,
) -> Route {
    Route {
        method,
        path,
        expect,
        head,
        body,
    }
}

const JSON: &str = "Content-Type: application/json";

#[rustfmt::skip]
pub const ROUTES: &[Route] = &[
    // Planted mistakes.
    r("GET", "/auth/no-challenge", Some("header-must"), "401 Unauthorized\nContent-Type: application/json", r#"{"error":"login required"}"#),
    r("GET", "/auth/bad-challenge", Some("header-syntax"), "401 Unauthorized\nWWW-Authenticate: realm=\"api\"\nContent-Type: text/plain", "log in"),
    r("GET", "/proxy", Some("header-must"), "407 Proxy Authentication Required\nContent-Type: text/plain", "proxy login"),
    r("DELETE", "/items/1", Some("allow-lists-refused"), "405 Method Not Allowed\nAllow: GET, DELETE\nContent-Type: text/plain", "no"),
    r("PUT", "/items/1", Some("header-must"), "405 Method Not Allowed\nContent-Type: text/plain", "no"),
    r("POST", "/items", Some("header-may"), "201 Created\nContent-Type: application/json", r#"{"id":2}"#),
    r("GET", "/old", Some("header-should"), "301 Moved Permanently\nContent-Type: text/plain", "moved"),
    r("POST", "/form", Some("prefer-303-307"), "302 Found\nLocation: /done\nContent-Type: text/plain", "see /done"),
    r("GET", "/see-other", Some("header-syntax"), "303 See Other\nLocation: /done later\nContent-Type: text/plain", "see"),
    r("GET", "/busy", Some("header-may"), "429 Too Many Requests\nContent-Type: text/plain", "slow down"),
    r("GET", "/maintenance", Some("header-syntax"), "503 Service Unavailable\nRetry-After: in 5 minutes\nContent-Type: text/plain", "down"),
    r("GET", "/empty", Some("content-forbidden"), "204 No Content\nContent-Length: 0", ""),
    r("GET", "/short", Some("content-length-mismatch"), "200 OK\nContent-Type: text/plain\nContent-Length: 40", "only twenty bytes.."),
    r("GET", "/untyped", Some("content-type-missing"), "200 OK", "hello"),
    r("POST", "/signup", Some("failure-in-success"), "200 OK\nContent-Type: application/json", r#"{"success":false,"error":"email taken"}"#),
    r("GET", "/users/9", Some("failure-in-success"), "200 OK\nContent-Type: application/json", r#"{"code":404,"message":"user not found"}"#),
    r("GET", "/orders/9", Some("problem-status-mismatch"), "404 Not Found\nContent-Type: application/problem+json", r#"{"type":"about:blank","title":"Not Found","status":400}"#),
    r("GET", "/orders/bad", Some("problem-member-type"), "400 Bad Request\nContent-Type: application/problem+json", r#"{"title":"Bad","status":"400"}"#),
    r("GET", "/teapot", Some("code-deprecated"), "418 I'm a teapot\nContent-Type: text/plain", "short and stout"),
    r("GET", "/closed", Some("code-unofficial"), "499 Client Closed Request\nContent-Type: text/plain", "gone"),
    r("GET", "/odd", Some("code-unassigned"), "299 Odd\nContent-Type: text/plain", "odd"),
    r("GET", "/video", Some("header-must"), "206 Partial Content\nContent-Type: video/mp4", "0123"),
    r("GET", "/video-end", Some("header-syntax"), "416 Range Not Satisfiable\nContent-Range: bytes 0-99/1000\nContent-Type: text/plain", "no"),
    r("GET", "/legacy", Some("header-must"), "426 Upgrade Required\nContent-Type: text/plain", "upgrade"),
    // Clean answers: nothing to report.
    r("GET", "/builds/7", None, "200 OK\nContent-Type: application/json", r#"{"id":7,"status":"failed","error":"compiler crashed"}"#),
    r("GET", "/profile", None, "200 OK\nContent-Type: application/json", r#"{"data":{"name":"Ada"},"error":null}"#),
    r("GET", "/hello", None, "200 OK\nContent-Type: application/json", r#"{"message":"Welcome back"}"#),
    r("GET", "/auth/ok", None, "401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Type: text/plain", "log in"),
    r("POST", "/things", None, "201 Created\nLocation: /things/1\nContent-Type: application/json", r#"{"id":1}"#),
    r("GET", "/busy/ok", None, "429 Too Many Requests\nRetry-After: 30\nContent-Type: text/plain", "slow down"),
    r("GET", "/maintenance/ok", None, "503 Service Unavailable\nRetry-After: Fri, 31 Dec 2027 23:59:59 GMT\nContent-Type: text/plain", "down"),
    r("GET", "/video/ok", None, "206 Partial Content\nContent-Range: bytes 0-3/10\nContent-Type: video/mp4", "0123"),
    r("GET", "/video-end/ok", None, "416 Range Not Satisfiable\nContent-Range: bytes */10\nContent-Type: text/plain", "no"),
    r("PATCH", "/things/1", None, "405 Method Not Allowed\nAllow: GET, HEAD\nContent-Type: text/plain", "no"),
    r("POST", "/form/ok", None, "303 See Other\nLocation: /done\nContent-Type: text/plain", "see /done"),
    r("GET", "/empty/ok", None, "204 No Content", ""),
    r("GET", "/orders/ok", None, "404 Not Found\nContent-Type: application/problem+json", r#"{"type":"about:blank","title":"Not Found","status":404}"#),
    r("GET", "/next", None, "303 See Other\nLocation: /untyped\nContent-Type: text/plain", "next"),
    r("GET", "/done", None, "200 OK\nContent-Type: text/plain", "done"),
];

/// The planted mistakes: (method, path, rule).
pub fn planted() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    ROUTES.iter().filter_map(|r| r.expect.map(|e| (r.method, r.path, e)))
}

/// The raw response for a request; 404 text for any other.
pub fn respond(method: &str, path: &str) -> Vec<u8> {
    let route = ROUTES
        .iter()
        .find(|r| r.path == path && (r.method == method || method == "HEAD" && r.method == "GET"));
    let (head, body) = match route {
        Some(r) => (r.head.to_string(), r.body),
        None => ("404 Not Found\nContent-Type: text/plain".to_string(), "no such route"),
    };
    let mut text = format!("HTTP/1.1 {}\n", head).replace('\n', "\r\n");
    let sets_length = head.to_ascii_lowercase().contains("content-length:");
    let no_body = head.starts_with("204") || head.starts_with("304") || head.starts_with('1');
    if !sets_length && !no_body {
        text.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    text.push_str("Connection: close\r\n\r\n");
    let mut bytes = text.into_bytes();
    if method != "HEAD" && !no_body {
        bytes.extend_from_slice(body.as_bytes());
    }
    bytes
}

fn serve_one(stream: TcpStream) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut words = line.split_whitespace();
    let (method, target) = (
        words.next().unwrap_or("GET").to_string(),
        words.next().unwrap_or("/").to_string(),
    );
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length.min(1 << 20)];
    let _ = reader.read_exact(&mut body);
    let path = target.split('?').next().unwrap_or("/");
    let mut stream = stream;
    let _ = stream.write_all(&respond(&method, path));
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Serves on `addr` in a background thread; returns the address bound (port 0: any free port).
pub fn start(addr: &str) -> SocketAddr {
    let listener = TcpListener::bind(addr).expect("bind a local port");
    let bound = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve_one(stream));
        }
    });
    bound
}
