//! `x-statusgen-ignore` on an operation or a response: `[rule, …]`, or
//! `{rules: [rule, …], reason: "…"}`. The rules named are not reported for it. A name that is
//! no rule, or a value of another shape, is an error of the document (exit 2), never ignored.

use super::walk::{At, Ctx, Op};
use crate::review::config;
use crate::review::rules::{Finding, Site};

pub const KEY: &str = "x-statusgen-ignore";

/// The rules `x-statusgen-ignore` on this object turns off; problems go to `ctx.problems`.
pub fn rules(ctx: &mut Ctx, at: &At) -> Vec<&'static str> {
    let Some(value) = ctx.child(at, KEY) else {
        return Vec::new();
    };
    let doc = ctx.docs.get(value.doc);
    let tree = &doc.tree;
    let list = if tree.is_object(value.node) {
        let reason = tree.get(value.node, "reason");
        if reason.is_some_and(|r| tree.str(r).is_none()) {
            return refuse(ctx, &value, "`reason` must be a string".into());
        }
        if let Some(other) = tree
            .members(value.node)
            .iter()
            .map(|m| tree.text(m.key))
            .find(|k| *k != "rules" && *k != "reason")
        {
            return refuse(ctx, &value, format!("unknown key `{other}` (rules, reason)"));
        }
        match ctx.child(&value, "rules") {
            Some(list) => list,
            None => return refuse(ctx, &value, "no `rules` list".into()),
        }
    } else {
        value.clone()
    };
    let items = tree.items(list.node);
    if items.is_empty() && !matches!(tree.node(list.node).kind, super::tree::Kind::Array { .. }) {
        return refuse(
            ctx,
            &value,
            "write a list of rule ids, or {rules: [...], reason: ...}".into(),
        );
    }
    let mut out = Vec::new();
    for &item in items {
        let Some(name) = tree.str(item) else {
            return refuse(ctx, &value, "rule ids are strings".into());
        };
        match config::rule(name) {
            Ok(rule) => out.push(rule.id),
            Err(e) => return refuse(ctx, &value, e),
        }
    }
    out
}

fn refuse(ctx: &mut Ctx, at: &At, why: String) -> Vec<&'static str> {
    let doc = ctx.docs.get(at.doc);
    // At the `x-statusgen-ignore` key (the last token of the pointer), in the object holding it.
    let holder = at
        .pointer
        .rsplit_once('/')
        .and_then(|(parent, _)| doc.tree.pointer(parent));
    let pos = holder.and_then(|h| doc.tree.member(h, KEY)).map_or(0, |m| m.key_pos);
    let (line, column, ..) = doc.lines().locate(&doc.tree.source, pos);
    let file = if at.doc == 0 {
        String::new()
    } else {
        format!("{}:", doc.name)
    };
    ctx.problems.push(format!("{KEY} at {file}{line}:{column}: {why}"));
    Vec::new()
}

/// The same for the findings in `range` that belong to no one operation's checks (broken `$ref`s
/// met on the walk, document-wide rules): they are matched by place, under the operation or the
/// response (inline or shared) that carries `x-statusgen-ignore`.
pub fn apply_by_place(findings: &mut Vec<Finding>, range: std::ops::Range<usize>, ops: &[Op]) {
    if !ops.iter().any(has_any) {
        return;
    }
    let mut i = 0;
    findings.retain(|f| {
        let considered = range.contains(&i);
        i += 1;
        !considered || !ops.iter().any(|op| off_by_place(f, op))
    });
}

fn off_by_place(f: &Finding, op: &Op) -> bool {
    let under = |site: &Site| f.site.doc == site.doc && within(&f.site.pointer, &site.pointer);
    (op.ignore.contains(&f.rule) && under(&op.site))
        || op
            .responses
            .iter()
            .any(|r| r.ignore.contains(&f.rule) && (under(&r.site) || r.shared.as_ref().is_some_and(under)))
}

pub fn has_any(op: &Op) -> bool {
    !op.ignore.is_empty() || op.responses.iter().any(|r| !r.ignore.is_empty())
}

fn within(pointer: &str, prefix: &str) -> bool {
    pointer
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}
