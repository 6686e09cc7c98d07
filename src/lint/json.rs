//! A small JSON reader into `Tree`: one pass, byte positions, no copies of plain strings.

use super::lines::line_col;
use super::tree::{Kind, Member, NodeId, Str, Tree};

/// Deeper nesting than this is refused (real descriptions stay under 40 levels).
pub const MAX_DEPTH: usize = 256;

pub fn parse(source: String) -> Result<Tree, String> {
    let mut p = Parser {
        tree: Tree::new(source),
        i: 0,
        members: Vec::new(),
        items: Vec::new(),
    };
    p.ws();
    let root = p.value(0)?;
    p.ws();
    if p.i < p.bytes().len() {
        return Err(p.error("unexpected text after the JSON value"));
    }
    p.tree.root = root;
    p.tree.find_duplicates();
    Ok(p.tree)
}

struct Parser {
    tree: Tree,
    i: usize,
    /// Members and items of the objects and arrays still open, moved to the tree when they close.
    members: Vec<Member>,
    items: Vec<NodeId>,
}

impl Parser {
    fn bytes(&self) -> &[u8] {
        self.tree.source.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.i).copied()
    }

    fn error(&self, what: &str) -> String {
        let (line, col) = line_col(&self.tree.source, self.i);
        format!("invalid JSON at line {line}, column {col}: {what}")
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<NodeId, String> {
        if depth > MAX_DEPTH {
            return Err(format!("nesting deeper than {MAX_DEPTH} levels"));
        }
        let kind = match self.peek() {
            Some(b'{') => return self.object(depth),
            Some(b'[') => return self.array(depth),
            Some(b'"') => Kind::Str(self.string()?),
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b'-' | b'0'..=b'9') => Kind::Other(self.number()?),
            Some(_) => return Err(self.error("expected a value")),
            None => return Err(self.error("unexpected end of input")),
        };
        Ok(self.tree.push(kind))
    }

    fn word(&mut self, word: &str, kind: Kind) -> Result<Kind, String> {
        if self.bytes()[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(kind)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn number(&mut self) -> Result<Str, String> {
        let start = self.i;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        let text = &self.tree.source[start..self.i];
        if text.parse::<f64>().is_err() {
            return Err(self.error("invalid number"));
        }
        Ok(Str {
            off: start as u32,
            len: (self.i - start) as u32,
        })
    }

    fn string(&mut self) -> Result<Str, String> {
        self.i += 1;
        let start = self.i;
        loop {
            match self.peek() {
                Some(b'"') => break,
                Some(b'\\') => return self.escaped(start),
                Some(0..0x20) => return Err(self.error("control character in a string")),
                Some(_) => self.i += 1,
                None => return Err(self.error("unterminated string")),
            }
        }
        self.i += 1;
        Ok(Str {
            off: start as u32,
            len: (self.i - 1 - start) as u32,
        })
    }

    /// The slow path: a string with escapes, decoded into the tree's side buffer.
    fn escaped(&mut self, start: usize) -> Result<Str, String> {
        let mut out = self.tree.source[start..self.i].to_string();
        loop {
            match self.peek() {
                Some(b'"') => break,
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    out.push(c);
                    self.i += 1;
                }
                Some(0..0x20) => return Err(self.error("control character in a string")),
                Some(_) => {
                    let rest = &self.tree.source[self.i..];
                    let len = rest.find(['"', '\\']).unwrap_or(rest.len());
                    if let Some(bad) = rest[..len].bytes().position(|b| b < 0x20) {
                        self.i += bad;
                        return Err(self.error("control character in a string"));
                    }
                    out.push_str(&rest[..len]);
                    self.i += len;
                }
                None => return Err(self.error("unterminated string")),
            }
        }
        self.i += 1;
        Ok(self.tree.intern(&out))
    }

    /// `\uXXXX` (and a surrogate pair); leaves `i` on the last hex digit.
    fn unicode(&mut self) -> Result<char, String> {
        let hex = |p: &Parser, at: usize| {
            let digits = p.tree.source.get(at..at + 4)?;
            u32::from_str_radix(digits, 16).ok()
        };
        let first = hex(self, self.i + 1).ok_or_else(|| self.error("invalid \\u escape"))?;
        self.i += 4;
        if (0xD800..0xDC00).contains(&first)
            && self.bytes()[self.i + 1..].starts_with(b"\\u")
            && let Some(second @ 0xDC00..0xE000) = hex(self, self.i + 3)
        {
            self.i += 6;
            let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        Ok(char::from_u32(first).unwrap_or('\u{fffd}'))
    }

    fn object(&mut self, depth: usize) -> Result<NodeId, String> {
        self.i += 1;
        let mark = self.members.len();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
        } else {
            loop {
                self.ws();
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected a string key"));
                }
                let key_pos = self.i as u32;
                let key = self.string()?;
                self.ws();
                if self.peek() != Some(b':') {
                    return Err(self.error("expected ':'"));
                }
                self.i += 1;
                self.ws();
                let value = self.value(depth + 1)?;
                self.members.push(Member { key, key_pos, value });
                self.ws();
                match self.peek() {
                    Some(b',') => self.i += 1,
                    Some(b'}') => {
                        self.i += 1;
                        break;
                    }
                    _ => return Err(self.error("expected ',' or '}'")),
                }
            }
        }
        let kind = self.tree.object(&mut self.members, mark);
        Ok(self.tree.push(kind))
    }

    fn array(&mut self, depth: usize) -> Result<NodeId, String> {
        self.i += 1;
        let mark = self.items.len();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
        } else {
            loop {
                self.ws();
                let item = self.value(depth + 1)?;
                self.items.push(item);
                self.ws();
                match self.peek() {
                    Some(b',') => self.i += 1,
                    Some(b']') => {
                        self.i += 1;
                        break;
                    }
                    _ => return Err(self.error("expected ',' or ']'")),
                }
            }
        }
        let start = self.tree.items.len() as u32;
        let len = (self.items.len() - mark) as u32;
        self.tree.items.extend(self.items.drain(mark..));
        Ok(self.tree.push(Kind::Array { start, len }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_key_positions_and_decodes_escapes() {
        let tree = parse(r#"{"a": {"b\u00e9\n": [1, true, null]}, "c": "x\"y"}"#.into()).expect("parses");
        let a = tree.member(tree.root, "a").expect("a");
        assert_eq!(a.key_pos, 1);
        let inner = tree.members(a.value)[0];
        assert_eq!(tree.text(inner.key), "bé\n");
        assert_eq!(inner.key_pos, 7);
        assert_eq!(tree.items(inner.value).len(), 3);
        assert_eq!(tree.get_str(tree.root, "c"), Some("x\"y"));
        assert_eq!(
            tree.pointer("/a/bé\n/1")
                .map(|n| matches!(tree.node(n).kind, Kind::Bool(true))),
            Some(true)
        );
    }

    #[test]
    fn refuses_bad_json_and_deep_nesting() {
        for bad in ["{", "{\"a\" 1}", "[1,]", "\"\u{1}\"", "tru", "{} x", "01x", ""] {
            assert!(parse(bad.into()).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(100_000);
        assert!(parse(deep).expect_err("too deep").contains("nesting"));
        let surrogate = parse(r#""\ud83d\ude00""#.into()).expect("pair");
        assert_eq!(surrogate.str(surrogate.root), Some("😀"));
    }
}
