//! Keys written twice in one object, in every file a description spans: one `duplicate-key`
//! finding at the second, naming where the first is. The parsers note them (`Tree::object`);
//! the pointer of each is found here, from a parent table built once, and only when needed.

use super::rules::Site;
use super::text::shown;
use super::tree::{Kind, NodeId, Tree, push_token};
use super::walk::Ctx;

pub fn check(ctx: &mut Ctx) {
    for id in 0..ctx.docs.len() {
        let doc = ctx.docs.get(id);
        let tree = &doc.tree;
        if tree.duplicates.is_empty() {
            continue;
        }
        let parents = Parents::new(tree);
        let lines = super::lines::Lines::default();
        for &(second_index, first) in &tree.duplicates {
            let (second, first) = (tree.members[second_index as usize], tree.members[first as usize]);
            let (line, column, ..) = lines.locate(&tree.source, first.key_pos);
            let key = tree.text(second.key);
            let mut pointer = parents.pointer_of_object(tree, parents.owner(second_index));
            push_token(&mut pointer, key);
            let message = format!(
                "`{}` is written twice in this object (first at line {line}, column {column}); \
                 other tools may read the other value",
                shown(key)
            );
            let site = Site {
                doc: id,
                pos: second.key_pos,
                pointer,
            };
            ctx.report("duplicate-key", None, site, message);
        }
    }
}

/// For every node, the object or array holding it (the first, when an alias shares it) and
/// the key or index it is under.
struct Parents {
    up: Vec<Option<(NodeId, u32)>>,
    /// Whether `up` gives a member index (the parent is an object) or an item index.
    object: Vec<bool>,
    /// (first member index, node) of every non-empty object, sorted.
    objects: Vec<(u32, NodeId)>,
}

impl Parents {
    fn new(tree: &Tree) -> Parents {
        let mut up = vec![None; tree.nodes.len()];
        let mut object = vec![false; tree.nodes.len()];
        let mut objects = Vec::new();
        for id in 0..tree.nodes.len() {
            match tree.node(id as NodeId).kind {
                Kind::Object { start, len } => {
                    if len > 0 {
                        objects.push((start, id as NodeId));
                    }
                    for m in start..start + len {
                        let child = tree.members[m as usize].value as usize;
                        if up[child].is_none() {
                            up[child] = Some((id as NodeId, m));
                            object[child] = true;
                        }
                    }
                }
                Kind::Array { start, len } => {
                    for (i, item) in (start..start + len).enumerate() {
                        let child = tree.items[item as usize] as usize;
                        if up[child].is_none() {
                            up[child] = Some((id as NodeId, i as u32));
                        }
                    }
                }
                _ => {}
            }
        }
        objects.sort_unstable();
        Parents { up, object, objects }
    }

    /// The object a member belongs to.
    fn owner(&self, member: u32) -> NodeId {
        let i = self.objects.partition_point(|&(start, _)| start <= member);
        self.objects[i.max(1) - 1].1
    }

    /// The pointer of a node (by the first way to it).
    fn pointer_of_object(&self, tree: &Tree, object: NodeId) -> String {
        let mut tokens = Vec::new();
        let mut at = Some(object);
        while let Some(node) = at {
            let Some((parent, index)) = self.up[node as usize] else {
                break;
            };
            if tokens.len() > tree.nodes.len() {
                break;
            }
            tokens.push(if self.object[node as usize] {
                tree.text(tree.members[index as usize].key).to_string()
            } else {
                index.to_string()
            });
            at = Some(parent);
        }
        let mut pointer = String::new();
        for token in tokens.iter().rev() {
            push_token(&mut pointer, token);
        }
        pointer
    }
}
