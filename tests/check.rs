//! `statusgen check`: the planted server's mistakes found and its clean answers left alone, live,
//! from curl transcripts and from HAR files; output formats, secrets, settings and bad input.

mod common;

use std::collections::BTreeSet;

use common::server::{self, ROUTES};
use common::{Test, one_line_error};
use serde_json::{Value, json};

fn data(name: &str) -> String {
    format!("{}/tests/data/check/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `statusgen check --format json ARGS`; returns the findings.
fn check_json(args: &[&str]) -> Vec<Value> {
    let out = Test::new()
        .arg("check")
        .args(["--format", "json"])
        .args(args)
        .any_status()
        .run();
    assert!(
        out.status == 0 || out.status == 1,
        "{args:?}: exit {}: {}",
        out.status,
        out.stderr
    );
    out.json().as_array().expect("an array").clone()
}

fn rules(found: &[Value]) -> BTreeSet<String> {
    found
        .iter()
        .map(|f| f["rule"].as_str().expect("rule").to_string())
        .collect()
}

#[test]
fn every_planted_mistake_is_found_live_and_clean_answers_are_left_alone() {
    let addr = server::start("127.0.0.1:0");
    for route in ROUTES {
        let url = format!("http://{addr}{}", route.path);
        let found = check_json(&[&url, "-X", route.method]);
        let got = rules(&found);
        match route.expect {
            Some(rule) => assert!(
                got.contains(rule),
                "{} {}: expected {rule}, got {got:?}",
                route.method,
                route.path
            ),
            None => assert!(got.is_empty(), "{} {}: clean, got {found:?}", route.method, route.path),
        }
        for f in &found {
            assert_eq!(f["url"], url.as_str());
            assert_eq!(f["method"], route.method);
            assert_eq!(f["entry"], 0);
            assert!(f["pointer"].as_str().expect("pointer").starts_with("/responses/0"));
        }
    }
}

#[test]
fn a_live_url_follows_redirects_only_with_l() {
    let addr = server::start("127.0.0.1:0");
    let url = format!("http://{addr}/next");
    assert!(check_json(&[&url]).is_empty());
    let followed = check_json(&[&url, "-L"]);
    assert_eq!(rules(&followed), BTreeSet::from(["content-type-missing".to_string()]));
    assert_eq!(
        (followed[0]["entry"].as_u64(), followed[0]["url"].as_str()),
        (Some(1), Some(format!("http://{addr}/untyped").as_str()))
    );
    // -d makes a POST; the 302 is followed with GET.
    let form = format!("http://{addr}/form");
    let found = check_json(&[&form, "-d", "a=1", "-L"]);
    assert_eq!(rules(&found), BTreeSet::from(["prefer-303-307".to_string()]));
    assert_eq!(found[0]["method"], "POST");
    one_line_error(&["check", "http://127.0.0.1:9/", "--timeout", "2"], 2);
    one_line_error(&["check", &url, "--timeout", "0"], 2);
    one_line_error(&["check", &url, "-H", "no colon"], 2);
}

/// A HAR 1.2 file of every route, as a recording tool would write it.
fn har_of_routes(addr: &str) -> String {
    let entries: Vec<Value> = ROUTES
        .iter()
        .map(|r| {
            let raw = server::respond(r.method, r.path);
            let text = String::from_utf8(raw).expect("utf-8");
            let (head, body) = text.split_once("\r\n\r\n").expect("a header section");
            let mut lines = head.split("\r\n");
            let status_line = lines.next().expect("status line");
            let status: u16 = status_line[9..12].parse().expect("a code");
            let headers: Vec<Value> = lines
                .map(|l| l.split_once(':').expect("a header"))
                .map(|(n, v)| json!({"name": n, "value": v.trim()}))
                .collect();
            json!({
                "startedDateTime": "2026-12-05T10:00:00.000Z",
                "request": {"method": r.method, "url": format!("http://{addr}{}", r.path), "httpVersion": "HTTP/1.1",
                            "headers": [{"name": "Cookie", "value": "sid=TOPSECRET42"}], "queryString": [], "cookies": [],
                            "headersSize": -1, "bodySize": 0},
                "response": {"status": status, "statusText": &status_line[13..], "httpVersion": "HTTP/1.1",
                             "headers": headers, "cookies": [], "redirectURL": "", "headersSize": -1, "bodySize": body.len(),
                             "content": {"size": body.len(), "mimeType": "", "text": body}},
                "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}
            })
        })
        .collect();
    json!({"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": entries}}).to_string()
}

#[test]
fn a_har_file_shows_the_same_mistakes_with_pointers_into_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("routes.har");
    std::fs::write(&path, har_of_routes("127.0.0.1:1")).expect("write");
    let found = check_json(&[path.to_str().expect("utf-8")]);
    for (i, route) in ROUTES.iter().enumerate() {
        let got: BTreeSet<String> = rules(&found.iter().filter(|f| f["entry"] == i).cloned().collect::<Vec<_>>());
        match route.expect {
            Some(rule) => assert!(got.contains(rule), "{}: expected {rule}, got {got:?}", route.path),
            None => assert!(got.is_empty(), "{}: clean, got {got:?}", route.path),
        }
    }
    let mismatch = found
        .iter()
        .find(|f| f["rule"] == "content-length-mismatch")
        .expect("planted");
    assert_eq!(
        mismatch["pointer"],
        format!("/log/entries/{}/response/headers/1", position("/short"))
    );
    assert!(mismatch["line"].is_null());
}

fn position(path: &str) -> usize {
    ROUTES.iter().position(|r| r.path == path).expect("a route")
}

#[test]
fn curl_transcripts_silent_verbose_redirects_and_http2() {
    let found = check_json(&[&data("curl-si-401.txt")]);
    assert_eq!(rules(&found), BTreeSet::from(["header-must".to_string()]));
    assert_eq!(
        (found[0]["method"].as_str(), found[0]["method_assumed"].as_bool()),
        (Some("GET"), Some(true))
    );
    assert_eq!(found[0]["line"], 1);
    // -sv shows the request: DELETE, refused and listed in Allow.
    let found = check_json(&[&data("curl-sv-405.txt")]);
    assert_eq!(rules(&found), BTreeSet::from(["allow-lists-refused".to_string()]));
    assert_eq!(found[0]["method_assumed"], false);
    assert!(found[0]["url"].as_str().expect("url").ends_with("/items/1"));
    // -si -L -X POST: the 302 after POST, then the 404 it led to.
    let found = check_json(&[&data("curl-si-L-post.txt"), "-X", "POST"]);
    assert_eq!(rules(&found), BTreeSet::from(["prefer-303-307".to_string()]));
    let text = Test::new()
        .args(["check", &data("curl-si-L-post.txt")])
        .status(0)
        .run()
        .stdout;
    assert!(
        text.contains("assumed GET") && text.contains("give -X METHOD"),
        "{text}"
    );
    // curl stopped early (exit 18): fewer bytes than Content-Length.
    let found = check_json(&[&data("curl-si-short.txt")]);
    assert_eq!(rules(&found), BTreeSet::from(["content-length-mismatch".to_string()]));
    // HTTP/2 style, lower-case names, from stdin.
    let text = std::fs::read(data("http2-503.txt")).expect("fixture");
    let out = Test::new()
        .args(["check", "-", "-f", "json"])
        .stdin(&text)
        .status(0)
        .run();
    assert_eq!(
        rules(out.json().as_array().expect("array")),
        BTreeSet::from(["header-syntax".to_string()])
    );
}

#[test]
fn secrets_are_shown_in_no_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let har = dir.path().join("a.har");
    std::fs::write(&har, har_of_routes("127.0.0.1:1")).expect("write");
    let transcript = dir.path().join("t.txt");
    let mut bytes = std::fs::read(data("http2-503.txt")).expect("fixture");
    bytes.splice(
        0..0,
        b"HTTP/1.1 401 Unauthorized\r\nSet-Cookie: x=TOPSECRET42\r\n\r\n"
            .iter()
            .copied(),
    );
    std::fs::write(&transcript, bytes).expect("write");
    for format in ["text", "json", "sarif", "github"] {
        for file in [&har, &transcript] {
            let out = Test::new()
                .args(["check", "-f", format, "--profile", "strict"])
                .arg(file)
                .any_status()
                .run();
            assert_eq!(out.status, 1, "{format}: findings expected");
            assert!(!out.stdout.contains("TOPSECRET42"), "{format}: {}", out.stdout);
        }
    }
}

#[test]
fn explain_settings_and_scopes() {
    let out = Test::new().args(["check", "--explain", "failure-in-success"]).run();
    assert!(
        out.stdout.contains("applies to: exchanges (check)") && out.stdout.contains("\"error\": null"),
        "{}",
        out.stdout
    );
    let out = Test::new().args(["lint", "--explain", "header-must"]).run();
    assert!(out.stdout.contains("In an exchange:") && out.stdout.contains("and exchanges (check)"));
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("statusgen.toml"),
        "[lint]\ndisable = [\"header-must\"]\n[check]\nseverity = { header-must = \"info\" }\n",
    )
    .expect("write");
    let out = Test::new()
        .args(["check", "-f", "json", &data("curl-si-401.txt")])
        .current_dir(dir.path())
        .status(0)
        .run();
    assert_eq!(out.json()[0]["severity"], "info");
    std::fs::write(dir.path().join("statusgen.toml"), "[check]\ndisable = [\"nope\"]\n").expect("write");
    let err = Test::new()
        .args(["check", &data("curl-si-401.txt")])
        .current_dir(dir.path())
        .status(2)
        .one_line_error()
        .run()
        .stderr;
    assert!(err.contains("[check]"), "{err}");
}

#[test]
fn exit_codes_and_inputs_that_cannot_be_read() {
    Test::new().args(["check", &data("curl-si-401.txt")]).status(1).run();
    Test::new()
        .args(["check", &data("curl-si-401.txt"), "--fail-on", "info"])
        .status(1)
        .run();
    Test::new()
        .args(["check", &data("curl-sv-405.txt"), "--disable", "allow-lists-refused"])
        .status(0)
        .stdout_has("no findings")
        .run();
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write");
        p.to_str().expect("utf-8").to_string()
    };
    for (name, text, says) in [
        ("a.har", "{\"log\": {\"version\": \"1.2\"}}", "no log.entries"),
        (
            "b.har",
            "{\"log\": {\"entries\": [{\"request\": 1}]}}",
            "not a HAR file",
        ),
        ("c.har", "{\"log\": {\"entries\": [", "not a HAR file"),
        ("d.txt", "hello\n", "no status line"),
        ("e.txt", "", "empty"),
    ] {
        let err = one_line_error(&["check", &write(name, text)], 2);
        assert!(err.contains(says), "{name}: {err}");
    }
    one_line_error(&["check", dir.path().to_str().expect("utf-8")], 2);
    one_line_error(&["check", &data("curl-si-401.txt"), "-H", "X: y"], 2);
}

#[test]
fn a_har_of_many_entries_streams() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.har");
    let one = r#"{"request":{"method":"GET","url":"http://h/x","headers":[]},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[{"name":"Content-Type","value":"application/json"}],"content":{"size":16,"mimeType":"application/json","text":"{\"success\":false}"}}}"#;
    let text = format!(
        "{{\"log\":{{\"version\":\"1.2\",\"entries\":[{}],\"pages\":[]}}}}",
        vec![one; 20_000].join(",")
    );
    std::fs::write(&path, text).expect("write");
    let found = check_json(&[path.to_str().expect("utf-8")]);
    assert_eq!(found.len(), 20_000);
    assert_eq!(found[19_999]["pointer"], "/log/entries/19999/response/content/text");
}

#[test]
fn against_a_description_with_coverage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let har = dir.path().join("routes.har");
    std::fs::write(&har, har_of_routes("127.0.0.1:8080")).expect("write");
    let har = har.to_str().expect("utf-8");
    let spec = data("planted.yaml");
    let found = check_json(&[har, "--spec", &spec]);
    let at = |rule: &str, path: &str| found.iter().any(|f| f["rule"] == rule && f["entry"] == position(path));
    assert!(at("spec-content-type-undeclared", "/orders/9"));
    assert!(at("spec-status-undeclared", "/orders/bad"));
    assert!(at("spec-header-missing", "/things"));
    assert!(at("spec-status-undeclared", "/busy"));
    assert!(at("spec-content-type-undeclared", "/hello"));
    assert!(at("spec-unmatched", "/teapot"));
    assert!(
        !found
            .iter()
            .any(|f| f["entry"] == position("/users/9") && f["rule"].as_str().is_some_and(|r| r.starts_with("spec-")))
    );
    let unseen: Vec<&Value> = found.iter().filter(|f| f["rule"] == "spec-never-seen").collect();
    assert_eq!(unseen.len(), 5, "{unseen:?}");
    assert!(
        unseen
            .iter()
            .all(|f| f["file"] == spec.as_str() && f["line"].as_u64() > Some(0))
    );
    let out = Test::new().args(["check", har, "--spec", &spec]).status(1).run();
    assert!(
        out.stdout
            .trim_end()
            .ends_with("coverage: 4 of 9 declared responses seen"),
        "{}",
        out.stdout
    );
    let err = one_line_error(&["check", har, "--spec", &data("nope.yaml")], 2);
    assert!(err.contains("--spec"), "{err}");
}

#[test]
fn sarif_and_github_name_the_exchange() {
    let dir = tempfile::tempdir().expect("tempdir");
    let har = dir.path().join("routes.har");
    std::fs::write(&har, har_of_routes("127.0.0.1:1")).expect("write");
    let out = Test::new().args(["check", "-f", "sarif"]).arg(&har).status(1).run();
    let log = out.json();
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(rules.iter().any(|r| r["id"] == "failure-in-success"));
    assert!(
        !rules.iter().any(|r| r["id"] == "create-without-201"),
        "lint-only rules are not listed"
    );
    let result = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "content-length-mismatch")
        .expect("planted");
    assert_eq!(
        rules[result["ruleIndex"].as_u64().expect("index") as usize]["id"],
        "content-length-mismatch"
    );
    assert_eq!(result["properties"]["entry"], position("/short"));
    assert!(result["locations"][0]["physicalLocation"]["region"].is_null());
    let out = Test::new().args(["check", "-f", "github"]).arg(&har).status(1).run();
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains("statusgen content-length-mismatch"))
        .expect("annotated");
    assert!(
        line.starts_with("::error file=")
            && line.contains("::GET http://127.0.0.1:1/short -> 200: Content-Length says 40"),
        "{line}"
    );
}

/// (method, path, rule) of each finding, the URL's host left out.
fn findings_by_route(found: &[Value]) -> BTreeSet<(String, String, String)> {
    found
        .iter()
        .map(|f| {
            let url = f["url"].as_str().expect("url");
            let path = url.splitn(4, '/').nth(3).map(|p| format!("/{p}")).expect("a path");
            (
                f["method"].as_str().expect("method").to_string(),
                path,
                f["rule"].as_str().expect("rule").to_string(),
            )
        })
        .collect()
}

fn planted_except(missing: &[&str]) -> BTreeSet<(String, String, String)> {
    server::planted()
        .filter(|(_, path, _)| !missing.contains(path))
        .map(|(m, p, r)| (m.to_string(), p.to_string(), r.to_string()))
        .collect()
}

#[test]
fn hars_recorded_by_real_tools_show_the_planted_mistakes_and_nothing_else() {
    // mitmproxy's hardump (scripts/record-har/mitmproxy.sh): every response as sent.
    let found = check_json(&[&data("mitmproxy.har")]);
    assert_eq!(findings_by_route(&found), planted_except(&[]));
    // Headless Chromium through Playwright (scripts/record-har/chromium.mjs): the browser refuses
    // a 407 from an origin and a body shorter than its Content-Length, and records no response.
    let found = check_json(&[&data("chromium.har")]);
    assert_eq!(findings_by_route(&found), planted_except(&["/proxy", "/short"]));
    let text = Test::new()
        .args(["check", &data("chromium.har")])
        .status(1)
        .run()
        .stdout;
    assert!(text.contains("entries without a response"), "{text}");
}

/// docs/CHECK.md's rule reference (the rules of exchanges; for a rule of both readers, what it
/// means in an exchange) is generated from the rule table.
#[test]
fn the_rule_reference_in_docs_check_md_is_current() {
    common::rule_reference_is_current("check", "docs/CHECK.md", "check", Some("In an exchange"));
}

#[test]
fn a_response_to_head_has_no_content_and_the_method_comes_from_x() {
    let response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 99\r\n\r\nhello";
    let out = Test::new()
        .args(["check", "-", "-X", "head", "-f", "json"])
        .stdin(response)
        .status(1)
        .run();
    let found = out.json();
    assert_eq!(
        rules(found.as_array().expect("array")),
        BTreeSet::from(["content-forbidden".to_string()])
    );
    assert_eq!(
        (found[0]["method"].as_str(), found[0]["method_assumed"].as_bool()),
        (Some("HEAD"), Some(false))
    );
    // As a GET, the same bytes are content that disagrees with Content-Length.
    let out = Test::new()
        .args(["check", "-", "-f", "json"])
        .stdin(response)
        .status(1)
        .run();
    assert_eq!(
        rules(out.json().as_array().expect("array")),
        BTreeSet::from(["content-length-mismatch".to_string()])
    );
}

#[test]
fn a_baseline_knows_exchanges_by_their_request_not_their_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let har = dir.path().join("session.har");
    std::fs::write(&har, har_of_routes("127.0.0.1:1")).expect("write");
    let baseline = dir.path().join("baseline.json");
    let base = baseline.to_str().expect("utf-8");
    Test::new()
        .arg("check")
        .arg(&har)
        .args(["--write-baseline", base])
        .status(0)
        .run();
    // The same session recorded in the other order: every finding is still known.
    let mut doc: Value = serde_json::from_str(&har_of_routes("127.0.0.1:1")).expect("json");
    doc["log"]["entries"].as_array_mut().expect("entries").reverse();
    std::fs::write(&har, doc.to_string()).expect("write");
    let out = Test::new()
        .arg("check")
        .arg(&har)
        .args(["--baseline", base, "-f", "json"])
        .status(0)
        .run();
    assert_eq!(out.json(), json!([]));
    // Another URL is another exchange.
    std::fs::write(&har, har_of_routes("127.0.0.1:2")).expect("write");
    let out = Test::new()
        .arg("check")
        .arg(&har)
        .args(["--baseline", base, "-f", "json"])
        .status(1)
        .run();
    assert_eq!(out.json().as_array().expect("array").len(), found_count());
}

fn found_count() -> usize {
    server::planted().count()
}

/// A HEAD refused with 405 where Allow lists GET (Starlette's default), and a HEAD answered 200;
/// `curl -sv -I` prints the headers twice, and the stdout copy is no content.
#[test]
fn head_refused_where_get_is_allowed_and_curl_i_copies_are_no_content() {
    let transcript = |method: &str, status: &str| {
        format!(
            "> {method} /items HTTP/1.1\n> Host: 127.0.0.1\n>\n< HTTP/1.1 {status}\n< allow: GET\n< content-length: 31\n< content-type: application/json\n<\n* Connection #0 left intact\nHTTP/1.1 {status}\nallow: GET\ncontent-length: 31\ncontent-type: application/json\n\n"
        )
    };
    let out = Test::new()
        .args(["check", "-", "-f", "json"])
        .stdin(transcript("HEAD", "405 Method Not Allowed"))
        .status(0)
        .run();
    assert_eq!(
        rules(out.json().as_array().expect("array")),
        BTreeSet::from(["head-refused".to_string()])
    );
    let out = Test::new()
        .args(["check", "-", "-f", "json"])
        .stdin(transcript("HEAD", "200 OK"))
        .status(0)
        .run();
    assert_eq!(out.json().as_array().map(Vec::len), Some(0));
}
