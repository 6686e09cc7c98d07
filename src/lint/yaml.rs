//! YAML into `Tree`, from yaml-rust2's marked events (character positions).
//!
//! An alias points at the anchored node itself, so `&a`/`*a` bombs cost nothing to read.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};

use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::json::MAX_DEPTH;
use super::tree::{Kind, Member, NodeId, Str, Tree, Unit};

pub fn parse(source: String) -> Result<Tree, String> {
    let mut builder = Builder {
        tree: Tree::new(String::new(), Unit::Chars),
        stack: Vec::new(),
        members: Vec::new(),
        items: Vec::new(),
        anchors: HashMap::new(),
        root: None,
        error: None,
    };
    // Events one by one (`Parser::load` recurses once per level, so a deep file would overflow).
    let mut parser = Parser::new_from_str(&source);
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            let m = e.marker();
            format!(
                "invalid YAML at line {}, column {}: {}",
                m.line(),
                m.col() + 1,
                e.info()
            )
        })?;
        let end = matches!(event, Event::StreamEnd | Event::DocumentEnd);
        builder.on_event(event, mark);
        if let Some(error) = builder.error {
            return Err(error);
        }
        if end {
            break;
        }
    }
    let mut tree = builder.tree;
    // Strings were interned before the source was known: re-base them past the source.
    let shift = source.len() as u32;
    tree.source = source;
    shift_strings(&mut tree, shift);
    tree.root = builder.root.ok_or("the YAML file holds no document")?;
    Ok(tree)
}

fn shift_strings(tree: &mut Tree, shift: u32) {
    for node in &mut tree.nodes {
        if let Kind::Str(s) | Kind::Other(s) = &mut node.kind {
            s.off += shift;
        }
    }
    for member in &mut tree.members {
        member.key.off += shift;
    }
}

enum Frame {
    Map {
        pos: u32,
        mark: usize,
        anchor: usize,
        key: Option<(Str, u32)>,
    },
    Seq {
        pos: u32,
        mark: usize,
        anchor: usize,
    },
}

struct Builder {
    tree: Tree,
    stack: Vec<Frame>,
    members: Vec<Member>,
    items: Vec<NodeId>,
    anchors: HashMap<usize, NodeId>,
    root: Option<NodeId>,
    error: Option<String>,
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        let pos = mark.index() as u32;
        match ev {
            Event::Scalar(text, style, anchor, _) => {
                let kind = scalar_kind(&mut self.tree, &text, style);
                let id = self.tree.push(kind, pos);
                self.anchor(anchor, id);
                self.place(id, Some(kind), pos);
            }
            Event::Alias(anchor) => match self.anchors.get(&anchor) {
                Some(&id) => self.place(id, None, pos),
                None => self.error = Some(format!("invalid YAML at character {pos}: unknown alias")),
            },
            Event::MappingStart(anchor, _) => self.open(Frame::Map {
                pos,
                mark: self.members.len(),
                anchor,
                key: None,
            }),
            Event::SequenceStart(anchor, _) => self.open(Frame::Seq {
                pos,
                mark: self.items.len(),
                anchor,
            }),
            Event::MappingEnd | Event::SequenceEnd => self.close(),
            _ => {}
        }
    }
}

fn scalar_kind(tree: &mut Tree, text: &str, style: TScalarStyle) -> Kind {
    if style != TScalarStyle::Plain {
        return Kind::Str(tree.intern(text));
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Kind::Null,
        "true" | "True" | "TRUE" => Kind::Bool(true),
        "false" | "False" | "FALSE" => Kind::Bool(false),
        _ if text.parse::<f64>().is_ok() => Kind::Other(tree.intern(text)),
        _ => Kind::Str(tree.intern(text)),
    }
}

impl Builder {
    fn anchor(&mut self, anchor: usize, id: NodeId) {
        if anchor > 0 {
            self.anchors.insert(anchor, id);
        }
    }

    fn open(&mut self, frame: Frame) {
        if self.stack.len() >= MAX_DEPTH {
            self.error = Some(format!("nesting deeper than {MAX_DEPTH} levels"));
            return;
        }
        self.stack.push(frame);
    }

    fn close(&mut self) {
        let Some(frame) = self.stack.pop() else { return };
        let (kind, pos, anchor) = match frame {
            Frame::Map { pos, mark, anchor, .. } => {
                let start = self.tree.members.len() as u32;
                let len = (self.members.len() - mark) as u32;
                self.tree.members.extend(self.members.drain(mark..));
                (Kind::Object { start, len }, pos, anchor)
            }
            Frame::Seq { pos, mark, anchor } => {
                let start = self.tree.items.len() as u32;
                let len = (self.items.len() - mark) as u32;
                self.tree.items.extend(self.items.drain(mark..));
                (Kind::Array { start, len }, pos, anchor)
            }
        };
        let id = self.tree.push(kind, pos);
        self.anchor(anchor, id);
        self.place(id, None, pos);
    }

    /// Puts a finished node where it belongs: a key, a value, an item or the root.
    fn place(&mut self, id: NodeId, scalar: Option<Kind>, pos: u32) {
        match self.stack.last_mut() {
            None => self.root = self.root.or(Some(id)),
            Some(Frame::Seq { .. }) => self.items.push(id),
            Some(Frame::Map { key, .. }) => match key.take() {
                Some((key, key_pos)) => self.members.push(Member {
                    key,
                    key_pos,
                    value: id,
                }),
                None => {
                    // A key: scalars keep their text; a complex key becomes "?".
                    let text = match scalar.or_else(|| Some(self.tree.node(id).kind)) {
                        Some(Kind::Str(s) | Kind::Other(s)) => s,
                        Some(Kind::Null) => self.tree.intern(""),
                        Some(Kind::Bool(b)) => self.tree.intern(if b { "true" } else { "false" }),
                        _ => self.tree.intern("?"),
                    };
                    if let Some(Frame::Map { key, .. }) = self.stack.last_mut() {
                        *key = Some((text, pos));
                    }
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_character_positions() {
        let src = "é: 1\npaths:\n  /a:\n    '200': {x: [1, \"s\"]}\n";
        let tree = parse(src.into()).expect("parses");
        let paths = tree.get(tree.root, "paths").expect("paths");
        let a = tree.member(paths, "/a").expect("/a");
        assert_eq!(a.key_pos, 14);
        let code = tree.members(a.value)[0];
        assert_eq!(tree.text(code.key), "200");
        assert_eq!(code.key_pos, 22);
        assert_eq!(tree.pointer("/paths/~1a/200/x/1").and_then(|n| tree.str(n)), Some("s"));
        // A plain `200` key is the text "200", not a number.
        let plain = parse("200: ok".into()).expect("parses");
        assert_eq!(tree_keys(&plain), ["200"]);
    }

    fn tree_keys(tree: &Tree) -> Vec<&str> {
        tree.members(tree.root).iter().map(|m| tree.text(m.key)).collect()
    }

    #[test]
    fn aliases_share_nodes_and_bad_yaml_is_an_error() {
        let tree = parse("a: &x {k: v}\nb: *x\n".into()).expect("parses");
        assert_eq!(tree.get(tree.root, "a"), tree.get(tree.root, "b"));
        assert!(parse("a: [1, 2".into()).is_err());
        assert!(parse("a: *nope".into()).is_err());
        let deep = "- ".repeat(5_000) + "x";
        assert!(parse(deep).is_err());
    }
}
