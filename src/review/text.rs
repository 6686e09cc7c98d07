//! Text from a description is shown escaped: no control, C1, bidi or zero-width characters raw.

/// `a\u{202e}b` for `a<RLO>b`: the one trust boundary for echoed text (`statusgen_kb::text`).
pub use statusgen_kb::text::escape as shown;

/// GitHub workflow command data: `%`, CR and LF escaped.
pub fn github_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// GitHub workflow command property: also `:` and `,`.
pub fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// A relative URI reference for a path (SARIF `artifactLocation.uri`).
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_and_uri_escaping() {
        assert_eq!(github_data("50%\r\nx: y, z"), "50%25%0D%0Ax: y, z");
        assert_eq!(github_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(uri("specs/my api.yaml"), "specs/my%20api.yaml");
        assert_eq!(uri("/tmp/a#b.json"), "file:///tmp/a%23b.json");
    }
}
