//! One walk over a description: operations, their responses, `$ref`s followed once.

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

#[derive(Debug)]
pub struct Op {
    pub method: &'static str,
    pub path: String,
    pub id: Option<String>,
    pub summary: Option<String>,
    pub site: Site,
    pub body: bool,
    pub secured: bool,
    /// Swagger 2.0 `produces` (the operation's or the document's).
    pub produces: Vec<String>,
    pub responses: Vec<Resp>,
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

/// Every operation under `paths` (and 3.1 `webhooks`).
pub fn operations(ctx: &mut Ctx) -> Vec<Op> {
    let root = At {
        doc: 0,
        node: ctx.docs.get(0).tree.root,
        pointer: String::new(),
    };
    let global = Global {
        secured: secured(ctx, &root),
        produces: strings(ctx, &root, "produces"),
        keys: Default::default(),
    };
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
            path_item(ctx, &global, &shown, &item, &mut ops);
        }
    }
    ops
}

/// The keys of `paths`: the described paths.
pub fn path_keys(ctx: &mut Ctx) -> Vec<String> {
    let root = At {
        doc: 0,
        node: ctx.docs.get(0).tree.root,
        pointer: String::new(),
    };
    let paths = ctx.child_deref(&root, "paths");
    paths
        .map(|p| ctx.entries(&p).into_iter().map(|(k, ..)| k).collect())
        .unwrap_or_default()
}

struct Global {
    secured: bool,
    produces: Vec<String>,
    /// Key positions of shared responses, found once each.
    keys: std::cell::RefCell<std::collections::HashMap<(usize, NodeId), u32>>,
}

fn path_item(ctx: &mut Ctx, global: &Global, path: &str, item: &At, ops: &mut Vec<Op>) {
    let shared_body = has_body_parameter(ctx, item);
    for (key, key_pos, op) in ctx.entries(item) {
        let Some(&method) = METHODS.iter().find(|m| **m == key) else {
            continue;
        };
        let doc = ctx.docs.get(op.doc);
        if !doc.tree.is_object(op.node) {
            continue;
        }
        let site = Site {
            doc: op.doc,
            pos: key_pos,
            pointer: op.pointer.clone(),
        };
        let security = ctx.child(&op, "security");
        let produces = strings(ctx, &op, "produces");
        let body = shared_body || ctx.child(&op, "requestBody").is_some() || has_body_parameter(ctx, &op);
        ops.push(Op {
            method,
            path: path.to_string(),
            id: ctx.str(&op, "operationId"),
            summary: ctx.str(&op, "summary"),
            site,
            body,
            secured: security.map_or(global.secured, |s| requirement(ctx, &s)),
            produces: if produces.is_empty() {
                global.produces.clone()
            } else {
                produces
            },
            responses: responses(ctx, global, &op),
            ignore: super::ignore::rules(ctx, &op),
        });
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
/// or the node itself when it is a whole file or an array item; found once per node.
fn key_site(ctx: &Ctx, global: &Global, at: &At) -> Site {
    let doc = ctx.docs.get(at.doc);
    let tree = &doc.tree;
    let pos = *global.keys.borrow_mut().entry((at.doc, at.node)).or_insert_with(|| {
        let key_pos = at.pointer.rsplit_once('/').and_then(|(parent, last)| {
            let key = last.replace("~1", "/").replace("~0", "~");
            tree.member(tree.pointer(parent)?, &key).map(|m| m.key_pos)
        });
        key_pos.unwrap_or_else(|| tree.node(at.node).pos)
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
