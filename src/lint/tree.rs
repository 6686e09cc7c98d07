//! A compact, position-keeping document tree shared by the JSON and YAML readers.
//!
//! Nodes live in one arena; object members and array items in two more, so a 13 MB description
//! costs a few allocations instead of millions. Strings are ranges into the source (JSON strings
//! without escapes) or into `extra` (everything else). Every node and every key keeps the
//! position of its first character; line and column are computed only for findings.

/// Index of a node in `Tree::nodes`.
pub type NodeId = u32;

/// A string: `len` bytes at `off` in the source, or at `off - source.len()` in `extra`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Str {
    pub off: u32,
    pub len: u32,
}

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Null,
    Bool(bool),
    /// A number or a YAML scalar that is not a string; the text is kept.
    Other(Str),
    Str(Str),
    Array {
        start: u32,
        len: u32,
    },
    Object {
        start: u32,
        len: u32,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Node {
    pub kind: Kind,
    /// Where the node starts (a byte offset for JSON, a character index for YAML).
    pub pos: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub key: Str,
    pub key_pos: u32,
    pub value: NodeId,
}

/// Whether `pos` counts bytes or characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    Chars,
}

#[derive(Debug)]
pub struct Tree {
    pub source: String,
    pub extra: String,
    pub nodes: Vec<Node>,
    pub members: Vec<Member>,
    pub items: Vec<NodeId>,
    pub root: NodeId,
    pub unit: Unit,
}

impl Tree {
    pub fn new(source: String, unit: Unit) -> Tree {
        Tree {
            source,
            extra: String::new(),
            nodes: Vec::new(),
            members: Vec::new(),
            items: Vec::new(),
            root: 0,
            unit,
        }
    }

    /// Keeps a string that is not a slice of the source.
    pub fn intern(&mut self, text: &str) -> Str {
        let off = self.source.len() + self.extra.len();
        self.extra.push_str(text);
        Str {
            off: off as u32,
            len: text.len() as u32,
        }
    }

    pub fn text(&self, s: Str) -> &str {
        let (off, len) = (s.off as usize, s.len as usize);
        match off.checked_sub(self.source.len()) {
            Some(x) => &self.extra[x..x + len],
            None => &self.source[off..off + len],
        }
    }

    pub fn push(&mut self, kind: Kind, pos: u32) -> NodeId {
        self.nodes.push(Node { kind, pos });
        (self.nodes.len() - 1) as NodeId
    }

    pub fn node(&self, id: NodeId) -> Node {
        self.nodes[id as usize]
    }

    pub fn members(&self, id: NodeId) -> &[Member] {
        match self.node(id).kind {
            Kind::Object { start, len } => &self.members[start as usize..(start + len) as usize],
            _ => &[],
        }
    }

    pub fn items(&self, id: NodeId) -> &[NodeId] {
        match self.node(id).kind {
            Kind::Array { start, len } => &self.items[start as usize..(start + len) as usize],
            _ => &[],
        }
    }

    pub fn is_object(&self, id: NodeId) -> bool {
        matches!(self.node(id).kind, Kind::Object { .. })
    }

    /// The first member called `key`.
    pub fn get(&self, id: NodeId, key: &str) -> Option<NodeId> {
        self.member(id, key).map(|m| m.value)
    }

    pub fn member(&self, id: NodeId, key: &str) -> Option<&Member> {
        self.members(id).iter().find(|m| self.text(m.key) == key)
    }

    pub fn str(&self, id: NodeId) -> Option<&str> {
        match self.node(id).kind {
            Kind::Str(s) | Kind::Other(s) => Some(self.text(s)),
            _ => None,
        }
    }

    pub fn get_str(&self, id: NodeId, key: &str) -> Option<&str> {
        self.get(id, key).and_then(|v| self.str(v))
    }

    /// Follows a JSON pointer (`/components/responses/NotFound`) from the root.
    pub fn pointer(&self, pointer: &str) -> Option<NodeId> {
        let mut id = self.root;
        if pointer.is_empty() {
            return Some(id);
        }
        let rest = pointer.strip_prefix('/')?;
        for raw in rest.split('/') {
            let token = unescape_token(raw);
            id = match self.node(id).kind {
                Kind::Object { .. } => self.get(id, &token)?,
                Kind::Array { .. } => *self.items(id).get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(id)
    }
}

/// `~1` → `/`, `~0` → `~`, and percent-decoding (pointers in `$ref` URIs are URI fragments).
fn unescape_token(raw: &str) -> String {
    let decoded = percent_decode(raw);
    decoded.replace("~1", "/").replace("~0", "~")
}

fn percent_decode(raw: &str) -> String {
    if !raw.contains('%') {
        return raw.to_string();
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Appends one escaped token to a JSON pointer.
pub fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Line starts, for turning positions into 1-based line and column (in characters).
#[derive(Debug)]
pub struct Lines {
    /// (byte offset, character index) of each line's first character.
    starts: Vec<(u32, u32)>,
    /// The last (byte offset, column) counted, so positions met in order on one long line
    /// (minified JSON) are counted from there instead of from the line start.
    memo: std::cell::Cell<(usize, usize)>,
}

impl Lines {
    pub fn new(source: &str, unit: Unit) -> Lines {
        let mut starts = vec![(0, 0)];
        match unit {
            Unit::Bytes => {
                let newlines = source.bytes().enumerate().filter(|(_, b)| *b == b'\n');
                starts.extend(newlines.map(|(i, _)| (i as u32 + 1, 0)));
            }
            Unit::Chars => {
                for (chars, (i, c)) in source.char_indices().enumerate() {
                    if c == '\n' {
                        starts.push(((i + 1) as u32, chars as u32 + 1));
                    }
                }
            }
        }
        Lines {
            starts,
            memo: std::cell::Cell::new((0, 1)),
        }
    }

    /// (line, column, byte offset of the line start, byte offset of pos), all lines 1-based.
    pub fn locate(&self, source: &str, unit: Unit, pos: u32) -> (usize, usize, usize, usize) {
        let key = |s: &(u32, u32)| if unit == Unit::Bytes { s.0 } else { s.1 };
        let line = self.starts.partition_point(|s| key(s) <= pos).max(1) - 1;
        let (start_byte, start_char) = self.starts[line];
        let start = start_byte as usize;
        let (col, byte) = match unit {
            Unit::Bytes => {
                let end = (pos as usize).min(source.len());
                let end = (start..=end)
                    .rev()
                    .find(|&e| source.is_char_boundary(e))
                    .unwrap_or(start);
                let (memo_byte, memo_col) = self.memo.get();
                let (from, col) = if memo_byte >= start && memo_byte <= end {
                    (memo_byte, memo_col)
                } else {
                    (start, 1)
                };
                let col = col + source[from..end].chars().count();
                self.memo.set((end, col));
                (col, end)
            }
            Unit::Chars => {
                let n = (pos - start_char) as usize;
                let byte = source[start..]
                    .char_indices()
                    .nth(n)
                    .map_or(source.len(), |(b, _)| start + b);
                (n + 1, byte)
            }
        };
        (line + 1, col, start, byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_round_trip() {
        let mut p = String::new();
        push_token(&mut p, "paths");
        push_token(&mut p, "/users/{id}");
        push_token(&mut p, "a~b");
        assert_eq!(p, "/paths/~1users~1{id}/a~0b");
        assert_eq!(unescape_token("~1users~1%7Bid%7D"), "/users/{id}");
    }

    #[test]
    fn lines_locate_bytes_and_chars() {
        let src = "ab\nçd\n  x";
        let bytes = Lines::new(src, Unit::Bytes);
        // 'd' is byte 5 (ç takes two bytes) but column 2.
        assert_eq!(bytes.locate(src, Unit::Bytes, 5), (2, 2, 3, 5));
        assert_eq!(bytes.locate(src, Unit::Bytes, 9), (3, 3, 7, 9));
        let chars = Lines::new(src, Unit::Chars);
        // 'd' is character 4.
        assert_eq!(chars.locate(src, Unit::Chars, 4), (2, 2, 3, 5));
        assert_eq!(chars.locate(src, Unit::Chars, 0), (1, 1, 0, 0));
    }
}
