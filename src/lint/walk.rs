//! One walk over a description: operations, their responses, `$ref`s followed once.
//!
//! A path item or an operation reached from many paths (a YAML alias, a `$ref`) is read once
//! and shared: each `Op` names its operation object (`node`), so the checks run once per
//! operation object, not once per path that uses it.

use std::collections::HashMap;
use std::rc::Rc;

pub use super::ctx::{At, Ctx};
use super::rules::Site;
use super::source::Version;
use super::tree::NodeId;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// What a response key says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(u16),
    /// `4XX` → 4.
    Range(u16),
    Default,
    Invalid,
}

pub fn parse_key(key: &str, version: Version) -> Key {
    let b = key.as_bytes();
    match key {
        "default" => Key::Default,
        _ if b.len() == 3 && b.iter().all(u8::is_ascii_digit) => match key.parse() {
            Ok(n @ 100..=599) => Key::Code(n),
            _ => Key::Invalid,
        },
        _ if version == Version::OpenApi3 && b.len() == 3 && (b'1'..=b'5').contains(&b[0]) && &b[1..] == b"XX" => {
            Key::Range(u16::from(b[0] - b'0'))
        }
        _ => Key::Invalid,
    }
}

#[derive(Debug)]
pub struct Resp {
    pub key: String,
    pub status: Key,
    /// The status key in the operation's `responses`.
    pub site: Site,
    /// The response object, `$ref`s followed.
    pub target: Option<At>,
}

#[derive(Debug)]
pub struct Op {
    pub method: &'static str,
    pub path: String,
    pub id: Option<String>,
    pub site: Site,
    pub body: bool,
    pub secured: bool,
    /// Swagger 2.0 `produces` (the operation's or the document's).
    pub produces: Rc<[String]>,
    pub responses: Rc<[Resp]>,
    /// The operation object (file, node), the same for every path that shares it.
    pub node: (usize, NodeId),
}

impl Op {
    pub fn codes(&self) -> impl Iterator<Item = u16> + '_ {
        self.responses.iter().filter_map(|r| match r.status {
            Key::Code(c) => Some(c),
            _ => None,
        })
    }

    pub fn has(&self, code: u16) -> bool {
        self.codes().any(|c| c == code)
    }

    /// Any code or range of the class (`4` → 4xx).
    pub fn has_class(&self, class: u16) -> bool {
        self.responses.iter().any(|r| match r.status {
            Key::Code(c) => c / 100 == class,
            Key::Range(d) => d == class,
            _ => false,
        })
    }

    pub fn has_default(&self) -> bool {
        self.responses.iter().any(|r| r.status == Key::Default)
    }

    pub fn response(&self, code: u16) -> Option<&Resp> {
        self.responses.iter().find(|r| r.status == Key::Code(code))
    }
}

/// Every operation under `paths` (and 3.1 `webhooks`).
pub fn operations(ctx: &mut Ctx) -> Vec<Op> {
    let root = At {
        doc: 0,
        node: ctx.docs.get(0).tree.root,
        pointer: String::new(),
    };
    let global = Global {
        secured: secured(ctx, &root),
        produces: strings(ctx, &root, "produces").into(),
    };
    let mut memo = Shared::default();
    let mut ops = Vec::new();
    for section in ["paths", "webhooks"] {
        let Some(paths) = ctx.child_deref(&root, section) else {
            continue;
        };
        for (path, _, item) in ctx.entries(&paths) {
            let Some(item) = ctx.deref(item) else { continue };
            let shown = if section == "paths" {
                path
            } else {
                format!("webhook {path}")
            };
            path_item(ctx, &global, &mut memo, &shown, &item, &mut ops);
        }
    }
    ops
}

struct Global {
    secured: bool,
    produces: Rc<[String]>,
}

/// Path items and operations already read, by node.
#[derive(Default)]
struct Shared {
    items: HashMap<(usize, NodeId), Rc<Item>>,
    ops: HashMap<(usize, NodeId), Rc<Core>>,
}

/// A path item: whether its parameters take a body, and its operations (method, key, node).
struct Item {
    body: bool,
    ops: Vec<(&'static str, u32, At)>,
}

/// What an operation object says, whichever path it is under.
struct Core {
    id: Option<String>,
    /// Its own `security`, when it has one: whether it requires any.
    secured: Option<bool>,
    produces: Rc<[String]>,
    body: bool,
    responses: Rc<[Resp]>,
}

fn path_item(ctx: &mut Ctx, global: &Global, memo: &mut Shared, path: &str, item: &At, ops: &mut Vec<Op>) {
    let key = (item.doc, item.node);
    let read = match memo.items.get(&key) {
        Some(read) => Rc::clone(read),
        None => {
            let read = Rc::new(read_item(ctx, item));
            memo.items.insert(key, Rc::clone(&read));
            read
        }
    };
    for (method, key_pos, op) in &read.ops {
        let key = (op.doc, op.node);
        let core = match memo.ops.get(&key) {
            Some(core) => Rc::clone(core),
            None => {
                let core = Rc::new(read_op(ctx, op));
                memo.ops.insert(key, Rc::clone(&core));
                core
            }
        };
        ops.push(Op {
            method,
            path: path.to_string(),
            id: core.id.clone(),
            site: Site {
                doc: op.doc,
                pos: *key_pos,
                pointer: op.pointer.clone(),
            },
            body: read.body || core.body,
            secured: core.secured.unwrap_or(global.secured),
            produces: if core.produces.is_empty() {
                Rc::clone(&global.produces)
            } else {
                Rc::clone(&core.produces)
            },
            responses: Rc::clone(&core.responses),
            node: key,
        });
    }
}

fn read_item(ctx: &mut Ctx, item: &At) -> Item {
    let body = has_body_parameter(ctx, item);
    let mut ops = Vec::new();
    for (key, key_pos, op) in ctx.entries(item) {
        let Some(&method) = METHODS.iter().find(|m| **m == key) else {
            continue;
        };
        if ctx.docs.get(op.doc).tree.is_object(op.node) {
            ops.push((method, key_pos, op));
        }
    }
    Item { body, ops }
}

fn read_op(ctx: &mut Ctx, op: &At) -> Core {
    let security = ctx.child(op, "security");
    Core {
        id: ctx.str(op, "operationId"),
        secured: security.map(|s| requirement(ctx, &s)),
        produces: strings(ctx, op, "produces").into(),
        body: ctx.child(op, "requestBody").is_some() || has_body_parameter(ctx, op),
        responses: responses(ctx, op).into(),
    }
}

fn responses(ctx: &mut Ctx, op: &At) -> Vec<Resp> {
    let Some(map) = ctx.child_deref(op, "responses") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, key_pos, value) in ctx.entries(&map) {
        let site = Site {
            doc: value.doc,
            pos: key_pos,
            pointer: value.pointer.clone(),
        };
        let target = ctx.deref(value);
        out.push(Resp {
            status: parse_key(&key, ctx.version),
            key,
            site,
            target,
        });
    }
    out
}

/// Swagger 2.0 `in: body` / `in: formData` parameters.
fn has_body_parameter(ctx: &mut Ctx, at: &At) -> bool {
    let Some(params) = ctx.child(at, "parameters") else {
        return false;
    };
    let items = ctx.items(&params);
    items.into_iter().any(|p| {
        let param = ctx.deref(p);
        param
            .and_then(|p| ctx.str(&p, "in"))
            .is_some_and(|i| i == "body" || i == "formData")
    })
}

fn secured(ctx: &Ctx, at: &At) -> bool {
    ctx.child(at, "security").is_some_and(|s| requirement(ctx, &s))
}

/// A security requirement list with at least one scheme in every alternative (`{}` = anonymous).
fn requirement(ctx: &Ctx, list: &At) -> bool {
    let items = ctx.items(list);
    let doc = ctx.docs.get(list.doc);
    !items.is_empty() && items.iter().all(|r| !doc.tree.members(r.node).is_empty())
}

fn strings(ctx: &Ctx, at: &At, key: &str) -> Vec<String> {
    let Some(list) = ctx.child(at, key) else {
        return Vec::new();
    };
    let doc = ctx.docs.get(list.doc);
    let items = doc.tree.items(list.node).iter();
    items.filter_map(|&n| doc.tree.str(n).map(str::to_string)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_keys() {
        let v3 = Version::OpenApi3;
        assert_eq!(parse_key("200", v3), Key::Code(200));
        assert_eq!(parse_key("4XX", v3), Key::Range(4));
        assert_eq!(parse_key("default", v3), Key::Default);
        for bad in ["4xx", "600", "099", "20", "2000", "6XX", "OK", "200 "] {
            assert_eq!(parse_key(bad, v3), Key::Invalid, "{bad}");
        }
        assert_eq!(parse_key("4XX", Version::Swagger2), Key::Invalid);
    }
}
