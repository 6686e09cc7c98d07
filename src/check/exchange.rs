//! One HTTP exchange as the readers hand it to the rules: the request's method and URL, the
//! response's status, headers and content, and where each part sits in the input (a JSON pointer
//! into a HAR file, or a line of a transcript).

/// A response header with where it was read.
#[derive(Debug, Clone)]
pub struct Header {
    pub name: String,
    pub value: String,
    /// The transcript line (1-based); 0 in a HAR file.
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Exchange {
    /// 0-based index in the input.
    pub entry: usize,
    /// JSON pointer of the exchange: `/log/entries/7` (HAR), `/responses/2` (transcripts).
    pub base: String,
    /// Where the parts are below `base`: `response/headers` and `response/content/text` in a HAR.
    pub headers_at: &'static str,
    pub body_at: &'static str,
    pub method: String,
    /// The input did not tell the method: `method` is `-X`'s or GET.
    pub method_assumed: bool,
    pub url: String,
    pub status: u16,
    /// As sent (`HTTP/1.1 404 Not Found`), or rebuilt from a HAR's fields.
    pub status_line: String,
    /// The status line's line in a transcript (1-based); 0 in a HAR file.
    pub line: usize,
    pub headers: Vec<Header>,
    /// The content, decoded from base64 if the HAR said so; `None` when the input leaves it out.
    pub body: Option<Vec<u8>>,
    /// `body` holds the content bytes exactly as sent (no Content-Encoding undone, nothing cut).
    pub body_exact: bool,
}

/// Headers whose values are secrets: never shown, in any format.
const SECRET: &[&str] = &["authorization", "proxy-authorization", "cookie", "set-cookie"];

pub fn secret(name: &str) -> bool {
    SECRET.iter().any(|s| s.eq_ignore_ascii_case(name))
}

impl Exchange {
    /// The first header of that name (case-insensitive), with its index.
    pub fn header(&self, name: &str) -> Option<(usize, &Header)> {
        self.headers
            .iter()
            .enumerate()
            .find(|(_, h)| h.name.eq_ignore_ascii_case(name))
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.header(name).map(|(_, h)| h.value.trim())
    }

    /// The media type of Content-Type, lower-cased, without parameters.
    pub fn media_type(&self) -> Option<String> {
        let value = self.value("content-type")?;
        let base = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        (!base.is_empty()).then_some(base)
    }

    pub fn is_method(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    pub fn pointer_status(&self) -> String {
        if self.headers_at.starts_with("response/") {
            format!("{}/response/status", self.base)
        } else {
            format!("{}/status", self.base)
        }
    }

    pub fn pointer_header(&self, index: usize) -> String {
        format!("{}/{}/{index}", self.base, self.headers_at)
    }

    pub fn pointer_headers(&self) -> String {
        format!("{}/{}", self.base, self.headers_at)
    }

    pub fn pointer_body(&self) -> String {
        format!("{}/{}", self.base, self.body_at)
    }
}

/// `Name: value` as shown in a report: escaped, cut, and a secret's value never shown.
pub fn shown_header(name: &str, value: &str) -> String {
    let value = if secret(name) {
        "[redacted]".to_string()
    } else {
        statusgen_kb::text::quote(value.trim(), 100)
    };
    format!("{}: {value}", statusgen_kb::text::quote(name, 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_never_shown() {
        assert_eq!(shown_header("Set-Cookie", "sid=abc"), "Set-Cookie: [redacted]");
        assert_eq!(shown_header("authorization", "Bearer x"), "authorization: [redacted]");
        assert_eq!(shown_header("Allow", "GET\u{1b}"), "Allow: GET\\u{1b}");
    }
}
