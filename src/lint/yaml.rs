//! YAML into `Tree`, from yaml-rust2's marked events.
//!
//! Positions are byte offsets, as for JSON, made from each marker's line and column. The
//! marker's `index` cannot be used: yaml-rust2 0.13 counts it in characters, except on the
//! lines of a `|`/`>` block scalar, where it adds bytes (`scan_block_scalar_content_line`), so
//! one em dash in a description moved every later finding. Its line and column are counted
//! right (the column restarts on each line), and its line ends are ours (`\n`, `\r\n`, `\r`).
//!
//! An alias points at the anchored node itself, so `&a`/`*a` bombs cost nothing to read.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};

use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::json::MAX_DEPTH;
use super::lines::Lines;
use super::tree::{Kind, Member, NodeId, Str, Tree};

pub fn parse(source: String) -> Result<Tree, String> {
    let lines = Lines::default();
    // yaml-rust2 takes a NUL for the end of the text and would drop what follows; YAML allows
    // no C0 control character but tab and the line ends (YAML 1.2 §5.1).
    if let Some(at) = source.find(|c: char| c < ' ' && !matches!(c, '\t' | '\n' | '\r')) {
        let (line, col) = super::lines::line_col(&source, at);
        let code = u32::from(source.as_bytes()[at]);
        return Err(format!(
            "invalid YAML at line {line}, column {col}: control character U+{code:04X} (YAML allows none but tab and line ends)"
        ));
    }
    let mut builder = Builder {
        tree: Tree::new(String::new()),
        stack: Vec::new(),
        members: Vec::new(),
        items: Vec::new(),
        anchors: HashMap::new(),
        root: None,
        error: None,
        places: Places {
            source: &source,
            lines: &lines,
        },
    };
    // Events one by one (`Parser::load` recurses once per level, so a deep file would overflow).
    let mut parser = Parser::new_from_str(&source);
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            let m = e.marker();
            // A `]` or `}` at its key's indentation: YAML 1.2 §8.2.3 wants flow content indented
            // past the parent, and yaml-rust2 holds to it, while many parsers let it pass.
            let closing = source
                .lines()
                .nth(m.line().saturating_sub(1))
                .and_then(|l| l.chars().nth(m.col()));
            let hint = match (e.info(), closing) {
                ("invalid indentation", Some(']' | '}')) => {
                    " (a closing bracket must be indented past its key: YAML 1.2 §8.2.3; some parsers accept it)"
                }
                _ => "",
            };
            format!(
                "invalid YAML at line {}, column {}: {}{hint}",
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
    let Builder { mut tree, root, .. } = builder;
    tree.source = source;
    tree.root = root.ok_or("the YAML file holds no document")?;
    tree.find_duplicates();
    tree.mark_shared();
    Ok(tree)
}

/// Turns markers into byte offsets (`Lines::offset` counts on from the last one, so a
/// one-line flow file costs one pass, not one per key).
struct Places<'s> {
    source: &'s str,
    lines: &'s Lines,
}

impl Places<'_> {
    fn byte(&mut self, mark: &Marker) -> u32 {
        self.lines.offset(self.source, mark.line(), mark.col()) as u32
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

struct Builder<'s> {
    places: Places<'s>,
    tree: Tree,
    stack: Vec<Frame>,
    members: Vec<Member>,
    items: Vec<NodeId>,
    anchors: HashMap<usize, NodeId>,
    root: Option<NodeId>,
    error: Option<String>,
}

impl MarkedEventReceiver for Builder<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        let pos = self.places.byte(&mark);
        match ev {
            Event::Scalar(text, style, anchor, _) => {
                let kind = scalar_kind(self, &text, style, pos);
                let id = self.tree.push(kind);
                self.anchor(anchor, id);
                self.place(id, Some(kind), pos);
            }
            Event::Alias(anchor) => match self.anchors.get(&anchor) {
                Some(&id) => {
                    self.tree.aliased.push(id);
                    self.place(id, None, pos)
                }
                None => {
                    let (line, col) = (mark.line(), mark.col() + 1);
                    self.error = Some(format!("invalid YAML at line {line}, column {col}: unknown alias"));
                }
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

fn scalar_kind(builder: &mut Builder, text: &str, style: TScalarStyle, pos: u32) -> Kind {
    if style != TScalarStyle::Plain {
        return Kind::Str(builder.string(text, style, pos));
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Kind::Null,
        "true" | "True" | "TRUE" => Kind::Bool(true),
        "false" | "False" | "FALSE" => Kind::Bool(false),
        _ if text.parse::<f64>().is_ok() => Kind::Other(builder.string(text, style, pos)),
        _ => Kind::Str(builder.string(text, style, pos)),
    }
}

impl Builder<'_> {
    /// A scalar's text: a slice of the source when it is written there as is (a plain or a
    /// quoted scalar without escapes or folding: nearly all of them), so a big file's keys
    /// and values are not copied; otherwise kept past the source.
    fn string(&mut self, text: &str, style: TScalarStyle, pos: u32) -> Str {
        let at = pos as usize + usize::from(matches!(style, TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted));
        let source = self.places.source;
        if matches!(
            style,
            TScalarStyle::Plain | TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted
        ) && source.get(at..at + text.len()) == Some(text)
        {
            return Str {
                off: at as u32,
                len: text.len() as u32,
            };
        }
        let off = source.len() + self.tree.extra.len();
        self.tree.extra.push_str(text);
        Str {
            off: off as u32,
            len: text.len() as u32,
        }
    }

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
                let kind = self.tree.object(&mut self.members, mark);
                (kind, pos, anchor)
            }
            Frame::Seq { pos, mark, anchor } => {
                let start = self.tree.items.len() as u32;
                let len = (self.items.len() - mark) as u32;
                self.tree.items.extend(self.items.drain(mark..));
                (Kind::Array { start, len }, pos, anchor)
            }
        };
        let id = self.tree.push(kind);
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
                        Some(Kind::Null) => self.string("", TScalarStyle::Literal, pos),
                        Some(Kind::Bool(b)) => {
                            self.string(if b { "true" } else { "false" }, TScalarStyle::Literal, pos)
                        }
                        _ => self.string("?", TScalarStyle::Literal, pos),
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
    fn keys_keep_byte_positions() {
        let src = "é: 1\npaths:\n  /a:\n    '200': {x: [1, \"s\"]}\n";
        let tree = parse(src.into()).expect("parses");
        let paths = tree.get(tree.root, "paths").expect("paths");
        let a = tree.member(paths, "/a").expect("/a");
        // Bytes: é takes two.
        assert_eq!(a.key_pos, 15);
        let code = tree.members(a.value)[0];
        assert_eq!(tree.text(code.key), "200");
        assert_eq!(code.key_pos, 23);
        assert_eq!(tree.pointer("/paths/~1a/200/x/1").and_then(|n| tree.str(n)), Some("s"));
        // A plain `200` key is the text "200", not a number.
        let plain = parse("200: ok".into()).expect("parses");
        assert_eq!(tree_keys(&plain), ["200"]);
    }

    #[test]
    fn a_block_scalar_with_an_em_dash_moves_nothing() {
        for eol in ["\n", "\r\n", "\r"] {
            let src = ["a: |", "  x — y “z” — w", "  ————", "b: >", "  é", "c: 1", ""].join(eol);
            let tree = parse(src.clone()).expect("parses");
            let c = tree.member(tree.root, "c").expect("c");
            let lines = super::super::lines::Lines::default();
            assert_eq!(lines.locate(&src, c.key_pos).0, 6, "{src:?}");
            assert_eq!(&src[c.key_pos as usize..c.key_pos as usize + 1], "c");
        }
        let err = parse("a: 1\nb: x\u{0}y\n".into()).expect_err("NUL");
        assert!(err.contains("line 2, column 5") && err.contains("U+0000"), "{err}");
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
