//! The walk's state: the files, the findings so far, and `$ref`s followed with their pointers.
//!
//! A node reached many ways (a YAML alias, a shared `$ref`) is worked on once: `$ref` chains
//! are followed once per node holding one, and a finding already made at the same place with
//! the same words is not made again. A hostile description cannot turn a few kilobytes into
//! millions of findings, and `MAX_FINDINGS` stops one that is merely huge before memory runs out.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use super::rules::{Finding, Severity, Site};
use super::source::{Docs, RefError, Version};
use super::tree::{NodeId, push_token};

/// A `$ref` chain longer than this is treated as a loop.
const MAX_HOPS: usize = 64;

/// More findings than this in one run stop it with an error: a real description, one report
/// per place and cause, stays far below (GitHub's 13 MB one has about 10,000 in the strict
/// profile), and each finding held costs a few hundred bytes.
pub const MAX_FINDINGS: usize = 250_000;

/// A node in one of the files, with its JSON pointer.
#[derive(Debug, Clone)]
pub struct At {
    pub doc: usize,
    pub node: NodeId,
    pub pointer: String,
}

pub struct Ctx<'a> {
    pub docs: &'a Docs,
    pub version: Version,
    pub findings: Vec<Finding>,
    /// Whether a rule is on (the configuration's word), asked before a finding is kept.
    wanted: &'a dyn Fn(&str) -> bool,
    /// More than `MAX_FINDINGS`: the walk goes on, but nothing more is kept.
    pub overflow: bool,
    /// Mistakes that stop the file being linted (an `x-statusgen-ignore` naming no rule).
    pub problems: Vec<String>,
    reported: HashSet<(usize, u32)>,
    /// (rule, file, position, hash of the message) of every finding made, and its index.
    made: HashMap<(&'static str, usize, u32, u64), usize>,
    /// How many times each finding was made (a shared node reached from many operations).
    pub uses: Vec<u32>,
    /// The findings each report touched, new or repeated, while `recording`.
    pub touched: Vec<usize>,
    pub recording: bool,
    /// Where each node holding a `$ref` leads.
    derefs: HashMap<(usize, NodeId), Option<At>>,
    /// Per file, a bit per node under a `$ref`'s target (reached more than one way, maybe).
    marks: Vec<Vec<u64>>,
}

impl<'a> Ctx<'a> {
    pub fn new(docs: &'a Docs, version: Version, wanted: &'a dyn Fn(&str) -> bool) -> Ctx<'a> {
        Ctx {
            docs,
            version,
            findings: Vec::new(),
            wanted,
            overflow: false,
            problems: Vec::new(),
            reported: HashSet::new(),
            made: HashMap::new(),
            uses: Vec::new(),
            touched: Vec::new(),
            recording: false,
            derefs: HashMap::new(),
            marks: Vec::new(),
        }
    }

    pub fn report(&mut self, rule: &'static str, code: Option<u16>, site: Site, message: String) {
        if !(self.wanted)(rule) {
            return;
        }
        let mut hasher = DefaultHasher::new();
        (code, &message).hash(&mut hasher);
        let key = (rule, site.doc, site.pos, hasher.finish());
        if let Some(&known) = self.made.get(&key) {
            self.uses[known] += 1;
            if self.recording {
                self.touched.push(known);
            }
            return;
        }
        if self.findings.len() >= MAX_FINDINGS {
            self.overflow = true;
            return;
        }
        self.made.insert(key, self.findings.len());
        self.uses.push(1);
        if self.recording {
            self.touched.push(self.findings.len());
        }
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
        if self.docs.get(at.doc).tree.member(at.node, "$ref").is_none() {
            return Some(at);
        }
        let key = (at.doc, at.node);
        if let Some(known) = self.derefs.get(&key) {
            return known.clone();
        }
        let found = self.follow(at);
        if let Some(target) = &found {
            self.mark(target.doc, target.node);
        }
        self.derefs.insert(key, found.clone());
        found
    }

    /// Whether a node may be reached more than one way: under a YAML alias's target or a
    /// `$ref`'s. Only such nodes are remembered: a huge description without sharing is not
    /// held twice in memory.
    pub fn is_shared(&self, doc: usize, node: NodeId) -> bool {
        let (word, bit) = (node as usize / 64, 1u64 << (node % 64));
        let marked = self
            .marks
            .get(doc)
            .and_then(|m| m.get(word))
            .is_some_and(|w| w & bit != 0);
        marked || self.docs.get(doc).tree.is_shared(node)
    }

    /// Marks a `$ref`'s target and everything under it, each node once.
    fn mark(&mut self, doc: usize, node: NodeId) {
        let file = self.docs.get(doc);
        let tree = &file.tree;
        if self.marks.len() <= doc {
            self.marks.resize_with(doc + 1, Vec::new);
        }
        let marks = &mut self.marks[doc];
        if marks.is_empty() {
            marks.resize(tree.nodes.len().div_ceil(64), 0);
        }
        let mut stack = vec![node];
        while let Some(id) = stack.pop() {
            let (word, bit) = (id as usize / 64, 1u64 << (id % 64));
            if marks[word] & bit != 0 {
                continue;
            }
            marks[word] |= bit;
            stack.extend(tree.members(id).iter().map(|m| m.value));
            stack.extend_from_slice(tree.items(id));
        }
    }

    fn follow(&mut self, at: At) -> Option<At> {
        let mut at = at;
        let mut seen: Vec<(usize, NodeId)> = Vec::new();
        let mut last = None;
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
            last = Some(site.clone());
            match self.docs.resolve(at.doc, text) {
                Ok((doc, node, pointer)) => at = At { doc, node, pointer },
                Err(RefError::Remote) => return None,
                Err(RefError::Broken(message)) => {
                    self.once("ref-unresolved", site, message);
                    return None;
                }
            }
        }
        // At the last `$ref` followed.
        if let Some(site) = last {
            self.once("ref-cycle", site, format!("more than {MAX_HOPS} `$ref`s in a row"));
        }
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
        let count = self.docs.get(at.doc).tree.members(at.node).len();
        (0..count).filter_map(|i| self.member(at, i)).collect()
    }

    /// The `i`th member of an object node: (key, value).
    pub fn entry(&self, at: &At, i: usize) -> Option<(String, At)> {
        self.member(at, i).map(|(key, _, value)| (key, value))
    }

    /// The `i`th member of an object node: (key, key position, value with its pointer).
    fn member(&self, at: &At, i: usize) -> Option<(String, u32, At)> {
        let tree = &self.docs.get(at.doc).tree;
        let m = tree.members(at.node).get(i)?;
        let key = tree.text(m.key).to_string();
        let mut pointer = at.pointer.clone();
        push_token(&mut pointer, &key);
        let value = At {
            doc: at.doc,
            node: m.value,
            pointer,
        };
        Some((key, m.key_pos, value))
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
