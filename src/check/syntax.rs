//! Header values a client has to parse, against their grammars (RFC 9110): Retry-After,
//! Location, Allow, WWW-Authenticate and Proxy-Authenticate, Content-Range, Content-Length.

use super::exchange::Exchange;
use super::sink::{At, Sink};

pub fn check(x: &Exchange, sink: &mut Sink) {
    for (i, h) in x.headers.iter().enumerate() {
        let value = h.value.trim();
        let problem = match h.name.to_ascii_lowercase().as_str() {
            "retry-after" => retry_after(value),
            "location" => location(value),
            "allow" => allow(value),
            "www-authenticate" | "proxy-authenticate" => challenge(value),
            "content-range" => content_range(value, x.status),
            "content-length" => content_length(value),
            _ => None,
        };
        if let Some(why) = problem {
            let message = format!("{}: {why}", statusgen_kb::text::quote(&h.name, 60));
            sink.report("header-syntax", Some(x.status), x, At::Header(i), message);
        }
    }
}

fn tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

fn token(s: &str) -> bool {
    !s.is_empty() && s.chars().all(tchar)
}

fn retry_after(v: &str) -> Option<String> {
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) || http_date(v) {
        return None;
    }
    Some("not delay-seconds (a whole number) nor an HTTP-date (Sun, 06 Nov 1994 08:49:37 GMT)".into())
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

fn time(s: &str) -> bool {
    let p: Vec<&str> = s.split(':').collect();
    p.len() == 3 && p.iter().all(|x| digits(x, 2)) && p[0] <= "23" && p[1] <= "59" && p[2] <= "60"
}

/// IMF-fixdate, and the two obsolete forms recipients must accept (RFC 9110 §5.6.7).
pub fn http_date(v: &str) -> bool {
    let w: Vec<&str> = v.split(' ').filter(|s| !s.is_empty()).collect();
    match w.as_slice() {
        // Sun, 06 Nov 1994 08:49:37 GMT
        [day, dd, mon, yyyy, t, "GMT"] if v.split(' ').count() == 6 => {
            day.strip_suffix(',').is_some_and(|d| DAYS.contains(&d))
                && digits(dd, 2)
                && MONTHS.contains(mon)
                && digits(yyyy, 4)
                && time(t)
        }
        // Sunday, 06-Nov-94 08:49:37 GMT
        [day, date, t, "GMT"] => {
            let d: Vec<&str> = date.split('-').collect();
            day.ends_with("day,")
                && d.len() == 3
                && digits(d[0], 2)
                && MONTHS.contains(&d[1])
                && digits(d[2], 2)
                && time(t)
        }
        // Sun Nov  6 08:49:37 1994
        [day, mon, d, t, yyyy] => {
            DAYS.contains(day)
                && MONTHS.contains(mon)
                && (1..=2).contains(&d.len())
                && d.parse::<u8>().is_ok()
                && time(t)
                && digits(yyyy, 4)
        }
        _ => false,
    }
}

fn location(v: &str) -> Option<String> {
    if v.is_empty() {
        return Some("empty; give the URI of the target".into());
    }
    let bytes = v.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ok = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b);
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !hex {
                return Some("not a URI reference: `%` not followed by two hex digits".into());
            }
        } else if !ok {
            let what = match b {
                b' ' => "a space".to_string(),
                0..=0x1f | 0x7f => "a control character".to_string(),
                0x80.. => "a non-ASCII character (percent-encode it)".to_string(),
                _ => format!("`{}`", b as char),
            };
            return Some(format!(
                "not a URI reference: it holds {what} (RFC 3986; relative references are fine)"
            ));
        }
    }
    None
}

fn allow(v: &str) -> Option<String> {
    let bad = v.split(',').map(str::trim).find(|m| !m.is_empty() && !token(m))?;
    Some(format!(
        "not a comma-separated list of methods: `{}` is not a method token",
        statusgen_kb::text::quote(bad, 40)
    ))
}

/// Splits at commas outside quoted strings.
fn items(v: &str) -> Vec<&str> {
    let (mut out, mut start, mut quoted, mut escaped) = (Vec::new(), 0, false, false);
    for (i, c) in v.char_indices() {
        match c {
            '\\' if quoted && !escaped => {
                escaped = true;
                continue;
            }
            '"' if !escaped => quoted = !quoted,
            ',' if !quoted => {
                out.push(v[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        escaped = false;
    }
    out.push(v[start..].trim());
    out
}

fn param(item: &str) -> bool {
    let Some((name, value)) = item.split_once('=') else {
        return false;
    };
    let value = value.trim();
    token(name.trim()) && (token(value) || value.len() >= 2 && value.starts_with('"') && value.ends_with('"'))
}

fn token68(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty() && body.chars().all(|c| c.is_ascii_alphanumeric() || "-._~+/".contains(c))
}

/// challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ], several separated by commas.
fn challenge(v: &str) -> Option<String> {
    let mut in_challenge = false;
    for item in items(v) {
        if item.is_empty() {
            continue;
        }
        let (first, rest) = item.split_once(' ').map_or((item, ""), |(a, b)| (a, b.trim()));
        if token(first) && (rest.is_empty() || token68(rest) || param(rest)) {
            in_challenge = true;
        } else if in_challenge && param(item) {
        } else if param(item) {
            return Some(
                "a parameter comes before any auth-scheme: start with the scheme (`Bearer realm=\"api\"`)".into(),
            );
        } else {
            return Some(format!(
                "`{}` is not a challenge (auth-scheme, then token68 or name=value parameters)",
                statusgen_kb::text::quote(item, 40)
            ));
        }
    }
    (!in_challenge).then(|| "no challenge: name an auth-scheme (Basic, Bearer, …)".into())
}

fn content_range(v: &str, status: u16) -> Option<String> {
    let usage = "write `bytes FIRST-LAST/LENGTH`, or `bytes */LENGTH` for an unsatisfiable range";
    let Some((unit, spec)) = v.split_once(' ') else {
        return Some(format!("no range unit: {usage}"));
    };
    if !token(unit) || unit.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return Some(format!("no range unit: {usage}"));
    }
    if !unit.eq_ignore_ascii_case("bytes") {
        // Another unit's ranges are its own business.
        return None;
    }
    let Some((range, length)) = spec.trim().split_once('/') else {
        return Some(format!("no `/LENGTH`: {usage}"));
    };
    let number = |s: &str| {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u64>().ok())
            .flatten()
    };
    if range == "*" {
        if number(length).is_none() {
            return Some(format!("`*/` needs the complete length: {usage}"));
        }
        if status == 206 {
            return Some("206 encloses a range: `bytes */LENGTH` is for 416".into());
        }
        return None;
    }
    let bounds = range.split_once('-').and_then(|(a, b)| Some((number(a)?, number(b)?)));
    let Some((first, last)) = bounds else {
        return Some(format!(
            "`{}` is not FIRST-LAST: {usage}",
            statusgen_kb::text::quote(range, 40)
        ));
    };
    let total = match length {
        "*" => None,
        _ => match number(length) {
            Some(n) => Some(n),
            None => return Some(format!("the length is not a number or `*`: {usage}")),
        },
    };
    if first > last || total.is_some_and(|t| last >= t) {
        return Some("the range is empty or ends past the length (FIRST <= LAST < LENGTH)".into());
    }
    if status == 416 {
        return Some("a 416 states the current length only: `bytes */LENGTH`".into());
    }
    None
}

fn content_length(v: &str) -> Option<String> {
    let ok = v
        .split(',')
        .map(str::trim)
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    (!ok).then(|| "not a number of bytes".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammars() {
        assert!(retry_after("120").is_none());
        assert!(retry_after("Fri, 31 Dec 1999 23:59:59 GMT").is_none());
        assert!(retry_after("Sunday, 06-Nov-94 08:49:37 GMT").is_none());
        assert!(retry_after("Sun Nov  6 08:49:37 1994").is_none());
        assert!(retry_after("2 minutes").is_some());
        assert!(retry_after("-5").is_some());
        assert!(retry_after("2026-12-05T10:00:00Z").is_some());
        assert!(location("/orders/7").is_none());
        assert!(location("https://x.test/a?b=c#d").is_none());
        assert!(location("/orders/new order").is_some());
        assert!(location("/caf%C3%A9").is_none());
        assert!(location("/caf%G1").is_some());
        assert!(allow("GET, HEAD, ").is_none());
        assert!(allow("").is_none());
        assert!(allow("GET; POST").is_some());
        assert!(challenge("Bearer").is_none());
        assert!(challenge("Bearer realm=\"api\", error=\"invalid_token\"").is_none());
        assert!(challenge("Basic realm=\"a, b\", Bearer").is_none());
        assert!(challenge("Negotiate abc+/==").is_none());
        assert!(challenge("realm=\"api\"").is_some());
        assert!(challenge("").is_some());
        assert!(challenge("Bearer realm=api extra").is_some());
        assert!(content_range("bytes 0-99/1000", 206).is_none());
        assert!(content_range("bytes 0-99/*", 206).is_none());
        assert!(content_range("bytes */1000", 416).is_none());
        assert!(content_range("bytes */1000", 206).is_some());
        assert!(content_range("bytes 0-99/1000", 416).is_some());
        assert!(content_range("bytes 100-99/1000", 206).is_some());
        assert!(content_range("0-99/1000", 206).is_some());
        assert!(content_range("0-99 /1000", 206).is_some());
        assert!(content_range("bytes 0-99/lots", 206).is_some());
        assert!(content_range("bytes 0-1000/1000", 206).is_some());
        assert!(content_length("12").is_none());
        assert!(content_length("12, 12").is_none());
        assert!(content_length("twelve").is_some());
    }
}
