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

/// A node: its kind (where a finding points is a key, whose position the member keeps).
#[derive(Debug, Clone, Copy)]
pub struct Node {
    pub kind: Kind,
}

/// A node as stored: 8 bytes, the kind in the top 3 bits of the second word (lengths and
/// offsets stay far below 2^29: inputs are at most 256 MiB). A 200 MB description has about
/// ten million nodes; 12-byte `Kind`s would cost 40 MB more.
#[derive(Debug, Clone, Copy)]
pub struct Packed(u32, u32);

const TAG_SHIFT: u32 = 29;
const LOW: u32 = (1 << TAG_SHIFT) - 1;

impl Packed {
    fn new(kind: Kind) -> Packed {
        let (tag, a, b) = match kind {
            Kind::Null => (0, 0, 0),
            Kind::Bool(v) => (1, u32::from(v), 0),
            Kind::Other(s) => (2, s.off, s.len),
            Kind::Str(s) => (3, s.off, s.len),
            Kind::Array { start, len } => (4, start, len),
            Kind::Object { start, len } => (5, start, len),
        };
        Packed(a, (tag << TAG_SHIFT) | (b & LOW))
    }

    fn kind(self) -> Kind {
        let (a, b) = (self.0, self.1 & LOW);
        match self.1 >> TAG_SHIFT {
            0 => Kind::Null,
            1 => Kind::Bool(a != 0),
            2 => Kind::Other(Str { off: a, len: b }),
            3 => Kind::Str(Str { off: a, len: b }),
            4 => Kind::Array { start: a, len: b },
            _ => Kind::Object { start: a, len: b },
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub key: Str,
    pub key_pos: u32,
    pub value: NodeId,
}

#[derive(Debug)]
pub struct Tree {
    pub source: String,
    pub extra: String,
    pub nodes: Vec<Packed>,
    pub members: Vec<Member>,
    pub items: Vec<NodeId>,
    pub root: NodeId,
    /// Keys written twice in one object: indexes in `members` of (the second, the first). Other tools
    /// read such a document differently (JSON parsers mostly keep the last, this one the
    /// first), so they are reported.
    pub duplicates: Vec<(u32, u32)>,
    /// Nodes a YAML alias names; then (`mark_shared`) a bit per node: reached more than one way.
    pub aliased: Vec<NodeId>,
    shared: Vec<u64>,
    /// Lines, for placing findings.
    pub lines: super::lines::Lines,
    /// For objects with many members, their member indexes sorted by key, built on the first
    /// lookup: finding `#/components/schemas/X` among 100,000 schemas is a binary search, so
    /// following every `$ref` of a big description stays linear in its size.
    sorted: std::cell::RefCell<std::collections::HashMap<NodeId, Vec<u32>>>,
}

/// Objects with more members than this get a sorted index on their first lookup.
const INDEXED_FROM: usize = 16;

impl Tree {
    pub fn new(source: String) -> Tree {
        Tree {
            source,
            extra: String::new(),
            nodes: Vec::new(),
            members: Vec::new(),
            items: Vec::new(),
            root: 0,
            duplicates: Vec::new(),
            aliased: Vec::new(),
            shared: Vec::new(),
            lines: super::lines::Lines::default(),
            sorted: Default::default(),
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

    pub fn push(&mut self, kind: Kind) -> NodeId {
        self.nodes.push(Packed::new(kind));
        (self.nodes.len() - 1) as NodeId
    }

    /// Moves the members an object gathered (from `mark` on in `open`) into the tree.
    pub fn object(&mut self, open: &mut Vec<Member>, mark: usize) -> Kind {
        let start = self.members.len() as u32;
        let len = (open.len() - mark) as u32;
        self.members.extend(open.drain(mark..));
        Kind::Object { start, len }
    }

    /// Marks every node under an alias's target (each once): those may be reached more than one
    /// way, so the walk remembers what it found there. Nothing is marked in a file without aliases.
    pub fn mark_shared(&mut self) {
        if self.aliased.is_empty() {
            return;
        }
        let mut shared = vec![0u64; self.nodes.len().div_ceil(64)];
        let mut stack = std::mem::take(&mut self.aliased);
        while let Some(id) = stack.pop() {
            let (word, bit) = (id as usize / 64, 1u64 << (id % 64));
            if shared[word] & bit != 0 {
                continue;
            }
            shared[word] |= bit;
            stack.extend(self.members(id).iter().map(|m| m.value));
            stack.extend_from_slice(self.items(id));
        }
        self.shared = shared;
    }

    /// Whether a node lies under a YAML alias's target.
    pub fn is_shared(&self, id: NodeId) -> bool {
        let (word, bit) = (id as usize / 64, 1u64 << (id % 64));
        self.shared.get(word).is_some_and(|w| w & bit != 0)
    }

    /// Notes the keys that repeat in an object (once the tree is built).
    pub fn find_duplicates(&mut self) {
        let mut found = Vec::new();
        for node in &self.nodes {
            let Kind::Object { start, len } = node.kind() else {
                continue;
            };
            let (base, new) = (start as usize, &self.members[start as usize..(start + len) as usize]);
            if new.len() <= 8 {
                // Most objects are small: compare pairs, without sorting.
                for (i, m) in new.iter().enumerate() {
                    let same = |f: &Member| f.key.len == m.key.len && self.text(f.key) == self.text(m.key);
                    if let Some(first) = new[..i].iter().position(same) {
                        found.push(((base + i) as u32, (base + first) as u32));
                    }
                }
                continue;
            }
            let mut sorted: Vec<usize> = (0..new.len()).collect();
            // Stable: among equal keys the first written comes first.
            sorted.sort_by(|&a, &b| self.text(new[a].key).cmp(self.text(new[b].key)));
            let mut first = sorted[0];
            for &m in &sorted[1..] {
                if self.text(new[m].key) == self.text(new[first].key) {
                    found.push(((base + m) as u32, (base + first) as u32));
                } else {
                    first = m;
                }
            }
        }
        // In the order of the first keys in the text, so that placing them is one pass.
        found.sort_unstable_by_key(|&(second, first)| (self.members[first as usize].key_pos, second));
        self.duplicates = found;
    }

    pub fn node(&self, id: NodeId) -> Node {
        Node {
            kind: self.nodes[id as usize].kind(),
        }
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
        let members = self.members(id);
        if members.len() <= INDEXED_FROM {
            return members.iter().find(|m| self.text(m.key) == key);
        }
        let mut sorted = self.sorted.borrow_mut();
        let order = sorted.entry(id).or_insert_with(|| {
            let mut order: Vec<u32> = (0..members.len() as u32).collect();
            // Stable: among equal keys the first written stays first, as in the scan above.
            order.sort_by(|&a, &b| {
                self.text(members[a as usize].key)
                    .cmp(self.text(members[b as usize].key))
            });
            order
        });
        let at = order.partition_point(|&i| self.text(members[i as usize].key) < key);
        let found = order.get(at).map(|&i| &members[i as usize]);
        found.filter(|m| self.text(m.key) == key)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_nodes_round_trip() {
        let big = (1 << 29) - 1;
        for kind in [
            Kind::Null,
            Kind::Bool(true),
            Kind::Bool(false),
            Kind::Other(Str {
                off: u32::MAX,
                len: big,
            }),
            Kind::Str(Str { off: 7, len: 0 }),
            Kind::Array { start: 3, len: big },
            Kind::Object {
                start: u32::MAX,
                len: 1,
            },
        ] {
            assert_eq!(format!("{:?}", Packed::new(kind).kind()), format!("{kind:?}"));
        }
    }

    #[test]
    fn pointer_tokens_round_trip() {
        let mut p = String::new();
        push_token(&mut p, "paths");
        push_token(&mut p, "/users/{id}");
        push_token(&mut p, "a~b");
        assert_eq!(p, "/paths/~1users~1{id}/a~0b");
        assert_eq!(unescape_token("~1users~1%7Bid%7D"), "/users/{id}");
    }
}
