//! A JSON document with one long list (the findings), written an item at a time: the document
//! is laid out once with a mark where the list goes, the part before the mark is written at
//! once, each item as it comes, and the rest at the end. The bytes are those
//! `crate::emit::json` writes for the whole document, without holding the list.

use std::io::{self, Write};

use serde::Serialize;

/// Stands for the list's items in a template: `"findings": [MARK]`.
pub const MARK: &str = "statusgen:items-go-here";

pub struct JsonList {
    /// The indentation of an item, and what follows the last one.
    indent: String,
    tail: String,
    items: usize,
}

impl JsonList {
    /// Writes `template` up to its list's `[` (the list holds `MARK` alone).
    pub fn start(out: &mut dyn Write, template: &impl Serialize) -> io::Result<JsonList> {
        let mut laid = Vec::new();
        crate::emit::json(&mut laid, template)?;
        let laid = String::from_utf8(laid).map_err(io::Error::other)?;
        let quoted = format!("\"{MARK}\"");
        let at = laid
            .find(&quoted)
            .ok_or_else(|| io::Error::other("a template without its list"))?;
        // Pretty JSON puts the one item on its own line: `[`, a newline, the indentation, MARK.
        let line = laid[..at].rfind('\n').unwrap_or(0);
        out.write_all(&laid.as_bytes()[..line])?;
        Ok(JsonList {
            indent: laid[line + 1..at].to_string(),
            tail: laid[at + quoted.len()..].to_string(),
            items: 0,
        })
    }

    pub fn item(&mut self, out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
        let mut laid = Vec::new();
        crate::emit::pretty(&mut laid, value)?;
        out.write_all(if self.items == 0 { b"\n" } else { b",\n" })?;
        // A JSON string holds no raw newline: each one starts a line, indented one list deeper.
        for (i, line) in laid.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            out.write_all(self.indent.as_bytes())?;
            out.write_all(line)?;
        }
        self.items += 1;
        Ok(())
    }

    /// Closes the list (`[]` when it stayed empty) and writes the rest of the document.
    pub fn end(self, out: &mut dyn Write) -> io::Result<()> {
        let tail = if self.items == 0 {
            self.tail.trim_start()
        } else {
            &self.tail
        };
        out.write_all(tail.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Item by item, the bytes of the whole document written at once, empty or not.
    #[test]
    fn items_written_one_at_a_time_make_the_same_document() {
        let items = [json!({"a": [1, {"b": "x\ny"}], "c": "\u{202e}"}), json!("s"), json!([])];
        for n in 0..=items.len() {
            let whole = json!({"z": 1, "runs": [{"k": true, "results": &items[..n], "tool": {"x": [2]}}]});
            let mut expected = Vec::new();
            crate::emit::json(&mut expected, &whole).expect("write");
            let template = json!({"z": 1, "runs": [{"k": true, "results": [MARK], "tool": {"x": [2]}}]});
            let mut streamed = Vec::new();
            let mut list = JsonList::start(&mut streamed, &template).expect("start");
            for item in &items[..n] {
                list.item(&mut streamed, item).expect("item");
            }
            list.end(&mut streamed).expect("end");
            assert_eq!(
                String::from_utf8(streamed).expect("utf-8"),
                String::from_utf8(expected).expect("utf-8")
            );
        }
    }
}
