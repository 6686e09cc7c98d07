//! HAR 1.2 files, read streaming: serde_json walks `log.entries` with a visitor and hands each
//! entry to the rules as soon as it is read, so one entry at a time is held, whatever the size
//! of the file (memory stays flat; docs/CHECK.md has the figures beside Python's `json.load`).

use std::fmt;
use std::io::Read;

use base64::Engine;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::exchange::{Exchange, Header};

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
/// record blocked or failed requests with status 0: those are counted and skipped). Returns
/// (entries, skipped).
pub fn read(input: impl Read, each: &mut dyn FnMut(Exchange)) -> Result<(usize, usize), String> {
    let mut de = serde_json::Deserializer::from_reader(input);
    let mut counts = (0, 0);
    let mut found = false;
    Root {
        each,
        counts: &mut counts,
        found: &mut found,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end())
    .map_err(|e| format!("not a HAR file: {e}"))?;
    if !found {
        return Err("not a HAR file: no log.entries".into());
    }
    Ok(counts)
}

struct Root<'a> {
    each: &'a mut dyn FnMut(Exchange),
    counts: &'a mut (usize, usize),
    found: &'a mut bool,
}

impl<'de> DeserializeSeed<'de> for Root<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Root<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a HAR object with `log`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "log" {
                map.next_value_seed(Log {
                    each: &mut *self.each,
                    counts: &mut *self.counts,
                    found: &mut *self.found,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Log<'a> {
    each: &'a mut dyn FnMut(Exchange),
    counts: &'a mut (usize, usize),
    found: &'a mut bool,
}

impl<'de> DeserializeSeed<'de> for Log<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Log<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the `log` object with `entries`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "entries" {
                *self.found = true;
                map.next_value_seed(Entries {
                    each: &mut *self.each,
                    counts: &mut *self.counts,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Entries<'a> {
    each: &'a mut dyn FnMut(Exchange),
    counts: &'a mut (usize, usize),
}

impl<'de> DeserializeSeed<'de> for Entries<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Entries<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("`entries`, a list of requests and responses")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while let Some(entry) = seq.next_element::<Entry>()? {
            match exchange(index, entry) {
                Some(x) => {
                    self.counts.0 += 1;
                    (self.each)(x);
                }
                None => self.counts.1 += 1,
            }
            index += 1;
        }
        Ok(())
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
    let body = body.flatten();
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
