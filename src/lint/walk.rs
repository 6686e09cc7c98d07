//! One walk over a description: operations, their responses, `$ref`s followed once.
//!
//! A path item or an operation reached from many paths (a YAML alias, a `$ref`) is read once:
//! each `Op` names its operation object (`node`), and one met again is checked again only
//! when its path could change a verdict.

use std::collections::{HashMap, HashSet};
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

#[derive(Debug, Clone)]
pub struct Resp {
    pub key: String,
    pub status: Key,
    /// The status key in the operation's `responses`.
    pub site: Site,
    /// The response object, `$ref`s followed.
    pub target: Option<At>,
    /// Where a response reached through `$ref` is defined (its key among the components):
    /// findings about the response itself are reported there, once.
    pub shared: Option<Site>,
    /// Rules its `x-statusgen-ignore` turns off.
    pub ignore: Vec<&'static str>,
}

impl Resp {
    /// Where a finding about the response object (its headers, content) goes.
    pub fn object_site(&self) -> &Site {
        self.shared.as_ref().unwrap_or(&self.site)
    }
}

#[derive(Debug, Clone)]
pub struct Op {
    pub method: &'static str,
    pub path: String,
    pub id: Option<String>,
    pub summary: Option<String>,
    pub site: Site,
    pub body: bool,
    pub secured: bool,
    /// Swagger 2.0 `produces` (the operation's or the document's).
    pub produces: Rc<[String]>,
    pub responses: Rc<[Resp]>,
    /// The operation object (file, node), the same for every path that shares it.
    pub node: (usize, NodeId),
    /// Whether this is the first path the operation object is met under.
    pub first: bool,
    /// Rules its `x-statusgen-ignore` turns off.
    pub ignore: Vec<&'static str>,
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

/// Every operation under `paths` (and 3.1 `webhooks`), handed to `each` one at a time (a
/// huge description is never held as a list of operations). An operation object already met
/// is handed over again only when the path could change a verdict: `Verdict` is the key.
pub fn operations(ctx: &mut Ctx, collections: &HashSet<String>, each: &mut dyn FnMut(&mut Ctx, &Op)) {
    let root = At {
        doc: 0,
        node: ctx.docs.get(0).tree.root,
        pointer: String::new(),
    };
    let global = Global {
        secured: secured(ctx, &root),
        produces: strings(ctx, &root, "produces").into(),
        keys: Default::default(),
        collections,
    };
    let mut memo = Shared::default();
    for section in ["paths", "webhooks"] {
        let Some(paths) = ctx.child_deref(&root, section) else {
            continue;
        };
        // One entry at a time: `paths` may have hundreds of thousands.
        let count = ctx.docs.get(paths.doc).tree.members(paths.node).len();
        for i in 0..count {
            let Some((path, item)) = ctx.entry(&paths, i) else {
                break;
            };
            let written = (item.doc, item.node);
            let Some(item) = ctx.deref(item) else { continue };
            let shown = if section == "paths" {
                path
            } else {
                format!("webhook {path}")
            };
            // Reached through a `$ref` or an alias: other paths may reach it too.
            let shared = written != (item.doc, item.node) || ctx.is_shared(item.doc, item.node);
            path_item(ctx, &global, &mut memo, (&shown, shared), &item, each);
        }
    }
}

struct Global<'c> {
    secured: bool,
    produces: Rc<[String]>,
    /// Key positions of shared responses, found once each.
    keys: std::cell::RefCell<HashMap<(usize, NodeId), u32>>,
    collections: &'c HashSet<String>,
}

/// The keys of `paths`: the described paths.
pub fn path_keys(ctx: &mut Ctx) -> Vec<String> {
    let root = At {
        doc: 0,
        node: ctx.docs.get(0).tree.root,
        pointer: String::new(),
    };
    let Some(paths) = ctx.child_deref(&root, "paths") else {
        return Vec::new();
    };
    let doc = ctx.docs.get(paths.doc);
    let keys = doc.tree.members(paths.node).iter();
    keys.map(|m| doc.tree.text(m.key).to_string()).collect()
}

/// What is remembered of path items and operations already read, by node: no strings but
/// an operationId, so remembering every operation of a huge description costs little.
#[derive(Default)]
struct Shared {
    items: HashMap<(usize, NodeId), Rc<Item>>,
    ops: HashMap<(usize, NodeId), Known>,
    /// Each verdict given, with the findings it made (by index).
    verdicts: HashMap<Verdict, Vec<usize>>,
}

/// An operation object met again, with a verdict already given: its findings count once more.
fn skipped(ctx: &mut Ctx, memo: &Shared, verdict: &Verdict) {
    for &i in memo.verdicts.get(verdict).into_iter().flatten() {
        ctx.uses[i] += 1;
    }
}

/// The operation object, its method, whether it takes a body, whether its path has
/// parameters, and what it creates: operations equal in these get the same findings.
type Verdict = ((usize, NodeId), &'static str, bool, bool, Option<String>);

/// What is remembered of an operation object: its operationId, summary and own body.
type Known = (Option<String>, Option<String>, bool);

/// A path item: whether its parameters take a body, and its operations (method, key, node).
struct Item {
    body: bool,
    ops: Vec<(&'static str, u32, usize, NodeId)>,
}

/// `path`: the path, and whether its item may be reached from other paths too (only then is
/// what is read remembered: a huge description without sharing is not held in memory).
fn path_item(
    ctx: &mut Ctx,
    global: &Global,
    memo: &mut Shared,
    (path, shared): (&str, bool),
    item: &At,
    each: &mut dyn FnMut(&mut Ctx, &Op),
) {
    let key = (item.doc, item.node);
    let read = match memo.items.get(&key) {
        Some(read) => Rc::clone(read),
        None => {
            let read = Rc::new(read_item(ctx, item));
            if shared {
                memo.items.insert(key, Rc::clone(&read));
            }
            read
        }
    };
    for &(method, key_pos, doc, node) in &read.ops {
        let mut pointer = item.pointer.clone();
        super::tree::push_token(&mut pointer, method);
        let at = At { doc, node, pointer };
        let remember = shared || ctx.is_shared(doc, node);
        let known = memo.ops.get(&(doc, node)).cloned();
        let first = known.is_none();
        let core = match known {
            Some((id, summary, body)) => {
                // Met before: read again only for a verdict not yet given.
                let op = sketch(method, path, (id, summary), read.body || body, (doc, node));
                let verdict = verdict(&op, global.collections);
                if memo.verdicts.contains_key(&verdict) {
                    skipped(ctx, memo, &verdict);
                    continue;
                }
                read_op(ctx, global, &at)
            }
            None => {
                let core = read_op(ctx, global, &at);
                if remember {
                    memo.ops
                        .insert((doc, node), (core.id.clone(), core.summary.clone(), core.body));
                }
                core
            }
        };
        let op = Op {
            method,
            path: path.to_string(),
            id: core.id,
            summary: core.summary,
            site: Site {
                doc,
                pos: key_pos,
                pointer: at.pointer,
            },
            body: read.body || core.body,
            secured: core.secured.unwrap_or(global.secured),
            produces: if core.produces.is_empty() {
                Rc::clone(&global.produces)
            } else {
                core.produces
            },
            responses: core.responses,
            node: (doc, node),
            first,
            ignore: core.ignore,
        };
        if remember {
            // What this operation's checks report, counted again for each path that reuses it.
            ctx.recording = true;
            ctx.touched.clear();
            each(ctx, &op);
            ctx.recording = false;
            let touched = std::mem::take(&mut ctx.touched);
            memo.verdicts.insert(verdict(&op, global.collections), touched);
        } else {
            each(ctx, &op);
        }
    }
}

/// An operation with only what its verdict needs.
fn sketch(
    method: &'static str,
    path: &str,
    (id, summary): (Option<String>, Option<String>),
    body: bool,
    node: (usize, NodeId),
) -> Op {
    Op {
        method,
        path: path.to_string(),
        id,
        summary,
        site: Site {
            doc: node.0,
            pos: 0,
            pointer: String::new(),
        },
        body,
        secured: false,
        produces: Rc::from([]),
        responses: Rc::from([]),
        node,
        first: false,
        ignore: Vec::new(),
    }
}

fn verdict(op: &Op, collections: &HashSet<String>) -> Verdict {
    let creates = super::create::creates(op, collections);
    (op.node, op.method, op.body, op.path.contains('{'), creates)
}

/// What an operation object says, whichever path it is under.
struct Core {
    id: Option<String>,
    summary: Option<String>,
    ignore: Vec<&'static str>,
    /// Its own `security`, when it has one: whether it requires any.
    secured: Option<bool>,
    produces: Rc<[String]>,
    body: bool,
    responses: Rc<[Resp]>,
}

fn read_item(ctx: &mut Ctx, item: &At) -> Item {
    let body = has_body_parameter(ctx, item);
    let mut ops = Vec::new();
    let doc = ctx.docs.get(item.doc);
    for m in doc.tree.members(item.node) {
        let key = doc.tree.text(m.key);
        let Some(&method) = METHODS.iter().find(|m| **m == key) else {
            continue;
        };
        if doc.tree.is_object(m.value) {
            ops.push((method, m.key_pos, item.doc, m.value));
        }
    }
    Item { body, ops }
}

fn read_op(ctx: &mut Ctx, global: &Global, op: &At) -> Core {
    let security = ctx.child(op, "security");
    Core {
        id: ctx.str(op, "operationId"),
        summary: ctx.str(op, "summary"),
        ignore: super::ignore::rules(ctx, op),
        secured: security.map(|s| requirement(ctx, &s)),
        produces: strings(ctx, op, "produces").into(),
        body: ctx.child(op, "requestBody").is_some() || has_body_parameter(ctx, op),
        responses: responses(ctx, global, op).into(),
    }
}

fn responses(ctx: &mut Ctx, global: &Global, op: &At) -> Vec<Resp> {
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
        let shared = target
            .as_ref()
            .filter(|t| t.doc != site.doc || t.pointer != site.pointer)
            .map(|t| key_site(ctx, global, t));
        let ignore = target
            .as_ref()
            .map(|t| super::ignore::rules(ctx, t))
            .unwrap_or_default();
        out.push(Resp {
            status: parse_key(&key, ctx.version),
            key,
            site,
            target,
            shared,
            ignore,
        });
    }
    out
}

/// The key that names a node reached through `$ref` (`NotFound:` under `components/responses`),
/// or the `$ref` itself when the node is a whole file or an array item; found once per node.
fn key_site(ctx: &Ctx, global: &Global, at: &At) -> Site {
    let doc = ctx.docs.get(at.doc);
    let tree = &doc.tree;
    let pos = *global.keys.borrow_mut().entry((at.doc, at.node)).or_insert_with(|| {
        let key_pos = at.pointer.rsplit_once('/').and_then(|(parent, last)| {
            let key = last.replace("~1", "/").replace("~0", "~");
            tree.member(tree.pointer(parent)?, &key).map(|m| m.key_pos)
        });
        key_pos.unwrap_or(0)
    });
    Site {
        doc: at.doc,
        pos,
        pointer: at.pointer.clone(),
    }
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
