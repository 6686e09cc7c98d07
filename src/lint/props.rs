//! Property tests for positions: generated documents with non-ASCII text, LF/CRLF/CR line
//! ends, JSON (pretty and minified) and YAML (block, flow and `|`/`>` scalars). The writer
//! records the line and column where it puts every key (the independent oracle); the parsers
//! and `Lines` must place every key there.

use proptest::prelude::*;

use super::lines::Lines;
use super::tree::{NodeId, Tree};
use super::{json, yaml};

#[derive(Debug, Clone)]
enum Value {
    Text(String),
    /// A multi-line text: a block scalar in YAML, a string with `\n` escapes in JSON.
    Block(Vec<String>),
    Map(Vec<(String, Value)>),
    List(Vec<Value>),
}

/// Words with characters of 1 to 4 UTF-8 bytes.
fn word() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!["a", "Z", "9", "é", "—", "“", "”", "中", "😀", "_"]),
        1..6,
    )
    .prop_map(|parts| parts.concat())
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..4).prop_map(|w| w.join(" "))
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        text().prop_map(Value::Text),
        prop::collection::vec(text(), 1..4).prop_map(Value::Block),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec((word(), inner.clone()), 1..5).prop_map(|members| {
                // Unique keys: a repeated one would be a (reported) duplicate.
                let mut seen = std::collections::HashSet::new();
                Value::Map(members.into_iter().filter(|(k, _)| seen.insert(k.clone())).collect())
            }),
            prop::collection::vec(inner, 1..4).prop_map(Value::List),
        ]
    })
}

fn document() -> impl Strategy<Value = Vec<(String, Value)>> {
    prop::collection::vec((word(), value()), 1..5).prop_map(|members| {
        let mut seen = std::collections::HashSet::new();
        members.into_iter().filter(|(k, _)| seen.insert(k.clone())).collect()
    })
}

/// Text with the line and column (1-based, in characters) of every key written.
struct Writer {
    out: String,
    eol: &'static str,
    line: usize,
    col: usize,
    keys: Vec<(String, usize, usize)>,
}

impl Writer {
    fn new(eol: &'static str) -> Writer {
        Writer {
            out: String::new(),
            eol,
            line: 1,
            col: 1,
            keys: Vec::new(),
        }
    }

    /// Text without line ends.
    fn put(&mut self, text: &str) {
        self.out.push_str(text);
        self.col += text.chars().count();
    }

    fn newline(&mut self) {
        self.out.push_str(self.eol);
        self.line += 1;
        self.col = 1;
    }

    fn key(&mut self, key: &str, quoted: bool) {
        self.keys.push((key.to_string(), self.line, self.col));
        if quoted {
            self.put(&format!("\"{key}\""));
        } else {
            self.put(key);
        }
    }

    fn json(&mut self, value: &Value, indent: Option<usize>) {
        let pad = |w: &mut Writer, n: usize| {
            if let Some(step) = indent {
                w.newline();
                w.put(&" ".repeat(n * step));
            }
        };
        match value {
            Value::Text(t) => self.put(&format!("\"{t}\"")),
            Value::Block(lines) => self.put(&format!("\"{}\"", lines.join("\\n"))),
            Value::Map(members) => {
                self.put("{");
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        self.put(",");
                    }
                    pad(self, 1);
                    self.key(k, true);
                    self.put(": ");
                    self.json(v, indent);
                }
                pad(self, 0);
                self.put("}");
            }
            Value::List(items) => {
                self.put("[");
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        self.put(", ");
                    }
                    self.json(v, indent);
                }
                self.put("]");
            }
        }
    }

    /// A block mapping's members at `indent` spaces; the writer is at the start of a line.
    fn yaml_block(&mut self, members: &[(String, Value)], indent: usize, quoted: bool) {
        for (k, v) in members {
            self.put(&" ".repeat(indent));
            self.key(k, quoted);
            self.put(":");
            match v {
                Value::Text(t) => {
                    self.put(&format!(" \"{t}\""));
                    self.newline();
                }
                Value::Block(lines) => {
                    self.put(if lines.len() % 2 == 0 { " |" } else { " >" });
                    self.newline();
                    for l in lines {
                        self.put(&" ".repeat(indent + 2));
                        self.put(l);
                        self.newline();
                    }
                }
                Value::Map(inner) => {
                    self.newline();
                    self.yaml_block(inner, indent + 2, !quoted);
                }
                Value::List(_) => {
                    self.put(" ");
                    self.yaml_flow(v);
                    self.newline();
                }
            }
        }
    }

    fn yaml_flow(&mut self, value: &Value) {
        match value {
            Value::Text(t) => self.put(&format!("\"{t}\"")),
            Value::Block(lines) => self.put(&format!("\"{}\"", lines.join("\\n"))),
            Value::Map(members) => {
                self.put("{");
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        self.put(", ");
                    }
                    self.key(k, i % 2 == 0);
                    self.put(": ");
                    self.yaml_flow(v);
                }
                self.put("}");
            }
            Value::List(items) => {
                self.put("[");
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        self.put(", ");
                    }
                    self.yaml_flow(v);
                }
                self.put("]");
            }
        }
    }
}

/// Every key of the tree, in document order, with its line and column.
fn placed(tree: &Tree) -> Vec<(String, usize, usize)> {
    let lines = Lines::default();
    let mut out = Vec::new();
    fn walk(tree: &Tree, lines: &Lines, id: NodeId, out: &mut Vec<(String, usize, usize)>) {
        for m in tree.members(id) {
            let (line, col, ..) = lines.locate(&tree.source, m.key_pos);
            out.push((tree.text(m.key).to_string(), line, col));
            walk(tree, lines, m.value, out);
        }
        for &item in tree.items(id) {
            walk(tree, lines, item, out);
        }
    }
    walk(tree, &lines, tree.root, &mut out);
    out
}

const EOLS: [&str; 3] = ["\n", "\r\n", "\r"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn json_keys_are_where_they_were_written(doc in document(), eol in 0..3usize, pretty: bool) {
        let mut w = Writer::new(EOLS[eol]);
        w.json(&Value::Map(doc), pretty.then_some(2));
        let tree = json::parse(w.out.clone()).map_err(|e| TestCaseError::fail(format!("{e}: {:?}", w.out)))?;
        prop_assert_eq!(placed(&tree), w.keys, "{:?}", w.out);
    }

    #[test]
    fn yaml_block_keys_are_where_they_were_written(doc in document(), eol in 0..3usize) {
        let mut w = Writer::new(EOLS[eol]);
        w.yaml_block(&doc, 0, true);
        let tree = yaml::parse(w.out.clone()).map_err(|e| TestCaseError::fail(format!("{e}: {:?}", w.out)))?;
        prop_assert_eq!(placed(&tree), w.keys, "{:?}", w.out);
    }

    #[test]
    fn yaml_flow_keys_are_where_they_were_written(doc in document(), eol in 0..3usize) {
        let mut w = Writer::new(EOLS[eol]);
        w.put("x: |");
        w.newline();
        w.put("  ——“” a block scalar first, so its bytes cannot shift what follows");
        w.newline();
        w.key("flow", false);
        w.put(": ");
        w.yaml_flow(&Value::Map(doc));
        w.newline();
        let mut expected = vec![("x".to_string(), 1, 1)];
        expected.extend(w.keys.iter().cloned());
        let tree = yaml::parse(w.out.clone()).map_err(|e| TestCaseError::fail(format!("{e}: {:?}", w.out)))?;
        prop_assert_eq!(placed(&tree), expected, "{:?}", w.out);
    }
}
