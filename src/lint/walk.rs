//! One walk over a description: operations, their responses, `$ref`s followed once.

use std::collections::HashSet;

use super::rules::{Finding, Severity, Site};
use super::source::{Docs, RefError, Version};
use super::tree::{NodeId, push_token};

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/// A `$ref` chain longer than this is treated as a loop.
const MAX_HOPS: usize = 64;

/// A node in one of the files, with its JSON pointer.
#[derive(Debug, Clone)]
pub struct At {
    pub doc: usize,
    pub node: NodeId,
    pub pointer: String,
}

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
    pub produces: Vec<String>,
    pub responses: Vec<Resp>,
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

pub struct Ctx<'a> {
    pub docs: &'a Docs,
    pub version: Version,
    pub findings: Vec<Finding>,
    reported: HashSet<(usize, u32)>,
}

impl<'a> Ctx<'a> {
    pub fn new(docs: &'a Docs, version: Version) -> Ctx<'a> {
        Ctx {
            docs,
            version,
            findings: Vec::new(),
            reported: HashSet::new(),
        }
    }

    pub fn report(&mut self, rule: &'static str, code: Option<u16>, site: Site, message: String) {
        let severity = Severity::Info;
        self.findings.push(Finding {
            rule,
            severity,
            code,
            site,
            message,
        });
    }

    /// Follows `$ref`s from `at`; a broken or looping chain is reported once and gives `None`.
    pub fn deref(&mut self, at: At) -> Option<At> {
        let mut at = at;
        let mut seen: Vec<(usize, NodeId)> = Vec::new();
        for _ in 0..MAX_HOPS {
            let doc = self.docs.get(at.doc);
            let Some(member) = doc.tree.member(at.node, "$ref").copied() else {
                return Some(at);
            };
            let Some(text) = doc.tree.str(member.value) else {
                return Some(at);
            };
            let site = Site {
                doc: at.doc,
                pos: member.key_pos,
                pointer: format!("{}/$ref", at.pointer),
            };
            if seen.contains(&(at.doc, at.node)) {
                self.once("ref-cycle", site, format!("`{text}` leads back to itself"));
                return None;
            }
            seen.push((at.doc, at.node));
            match self.docs.resolve(at.doc, text) {
                Ok((doc, node, pointer)) => at = At { doc, node, pointer },
                Err(RefError::Remote) => return None,
                Err(RefError::Broken(message)) => {
                    self.once("ref-unresolved", site, message);
                    return None;
                }
            }
        }
        let site = Site {
            doc: at.doc,
            pos: self.docs.get(at.doc).tree.node(at.node).pos,
            pointer: at.pointer,
        };
        self.once("ref-cycle", site, format!("more than {MAX_HOPS} `$ref`s in a row"));
        None
    }

    fn once(&mut self, rule: &'static str, site: Site, message: String) {
        if self.reported.insert((site.doc, site.pos)) {
            self.report(rule, None, site, message);
        }
    }

    /// A member of `at`, with its pointer.
    pub fn child(&self, at: &At, key: &str) -> Option<At> {
        let node = self.docs.get(at.doc).tree.get(at.node, key)?;
        let mut pointer = at.pointer.clone();
        push_token(&mut pointer, key);
        Some(At {
            doc: at.doc,
            node,
            pointer,
        })
    }

    /// A member of `at`, `$ref`s followed.
    pub fn child_deref(&mut self, at: &At, key: &str) -> Option<At> {
        let child = self.child(at, key)?;
        self.deref(child)
    }

    /// The members of an object node: (key, key position, value).
    pub fn entries(&self, at: &At) -> Vec<(String, u32, At)> {
        let doc = self.docs.get(at.doc);
        let tree = &doc.tree;
        let entries = tree.members(at.node).iter().map(|m| {
            let key = tree.text(m.key).to_string();
            let mut pointer = at.pointer.clone();
            push_token(&mut pointer, &key);
            let value = At {
                doc: at.doc,
                node: m.value,
                pointer,
            };
            (key, m.key_pos, value)
        });
        entries.collect()
    }

    pub fn items(&self, at: &At) -> Vec<At> {
        let doc = self.docs.get(at.doc);
        let items = doc.tree.items(at.node).iter().enumerate().map(|(i, &node)| At {
            doc: at.doc,
            node,
            pointer: format!("{}/{i}", at.pointer),
        });
        items.collect()
    }

    pub fn str(&self, at: &At, key: &str) -> Option<String> {
        self.docs.get(at.doc).tree.get_str(at.node, key).map(str::to_string)
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

struct Global {
    secured: bool,
    produces: Vec<String>,
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
            site,
            body,
            secured: security.map_or(global.secured, |s| requirement(ctx, &s)),
            produces: if produces.is_empty() {
                global.produces.clone()
            } else {
                produces
            },
            responses: responses(ctx, &op),
        });
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
