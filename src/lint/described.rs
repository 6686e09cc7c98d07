//! What a description declares, as plain owned data for another reader: `check --spec` matches
//! exchanges against it. Read with lint's own parser and walk, so both see the same document.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::check_codes::media_types;
use super::locate::locate;
use super::source::{self, Doc, Docs};
use super::text::shown;
use super::tree::Kind;
pub use super::walk::Key;
use super::walk::{self, Ctx};
use crate::review::report::Located;
use crate::review::rules::{Finding, Severity};

pub struct Described {
    /// Base paths from `servers` (OpenAPI 3) or `basePath` (Swagger 2.0); `/` when none.
    pub bases: Vec<String>,
    pub operations: Vec<Operation>,
}

pub struct Operation {
    /// Lower case, as in the description.
    pub method: &'static str,
    pub path: String,
    pub responses: Vec<Response>,
}

pub struct Response {
    pub key: String,
    pub status: Key,
    /// Headers declared `required: true`, as written.
    pub required_headers: Vec<String>,
    /// Media types under `content` (or `produces`), lower case.
    pub media_types: Vec<String>,
    /// The finding for coverage, placed at the response's key: "declared, never seen".
    pub unseen: Located,
}

pub fn read(path: &Path) -> Result<Described, String> {
    let name = path.display().to_string();
    let text = source::read(path)?;
    let tree = source::parse(&name, text)?;
    let version = source::version(&tree)?;
    let dir = path.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let docs = Docs::new(Doc::new(name, dir, tree), None);
    let everything = |_: &str| true;
    let mut ctx = Ctx::new(&docs, version, &everything);
    let mut operations = Vec::new();
    walk::operations(&mut ctx, &HashSet::new(), &mut |ctx, op| {
        if !op.first || op.path.starts_with("webhook ") {
            return;
        }
        let mut responses = Vec::new();
        for resp in op.responses.iter() {
            let (required_headers, types) = match &resp.target {
                Some(target) => (required(ctx, target), media_types(ctx, op, target)),
                None => (Vec::new(), Vec::new()),
            };
            let finding = Finding {
                rule: "spec-never-seen",
                severity: Severity::Info,
                code: match resp.status {
                    Key::Code(code) => Some(code),
                    _ => None,
                },
                site: resp.site.clone(),
                message: format!(
                    "{} {} → {}: declared, never seen in the exchanges",
                    op.method.to_ascii_uppercase(),
                    shown(&op.path),
                    shown(&resp.key)
                ),
            };
            responses.push(Response {
                unseen: locate(&docs, finding),
                key: resp.key.clone(),
                status: resp.status,
                required_headers,
                media_types: types.iter().map(|t| t.to_ascii_lowercase()).collect(),
            });
        }
        operations.push(Operation {
            method: op.method,
            path: op.path.clone(),
            responses,
        });
    });
    Ok(Described {
        bases: bases(&ctx),
        operations,
    })
}

fn required(ctx: &mut Ctx, response: &walk::At) -> Vec<String> {
    let Some(headers) = ctx.child(response, "headers") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, _, header) in ctx.entries(&headers) {
        let Some(header) = ctx.deref(header) else { continue };
        let doc = ctx.docs.get(header.doc);
        let flag = doc.tree.get(header.node, "required").map(|n| doc.tree.node(n).kind);
        if matches!(flag, Some(Kind::Bool(true))) {
            out.push(name);
        }
    }
    out
}

/// The path part of each server URL (`https://api.test/v1` → `/v1`); variables stay templates.
fn bases(ctx: &Ctx) -> Vec<String> {
    let doc = ctx.docs.get(0);
    let tree = &doc.tree;
    let mut out = Vec::new();
    if let Some(base) = tree.get_str(tree.root, "basePath") {
        out.push(base.trim_end_matches('/').to_string());
    }
    if let Some(servers) = tree.get(tree.root, "servers") {
        for &server in tree.items(servers) {
            let Some(url) = tree.get_str(server, "url") else {
                continue;
            };
            let path = match url.split_once("://") {
                Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
                None => url,
            };
            out.push(path.trim_end_matches('/').to_string());
        }
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}
