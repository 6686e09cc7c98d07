//! Reading inputs (files, stdin) into trees, and the set of files one description spans.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::lines::Lines;
use super::tree::{NodeId, Tree};
use super::trust::{Refusal, Trust, lexical};
use super::{json, yaml};

/// Larger inputs are refused rather than read: the largest real description seen (a 73 MB
/// dereferenced GitHub one) takes about twice its size in memory.
const MAX_BYTES: u64 = 256 << 20;

/// One parsed file.
#[derive(Debug)]
pub struct Doc {
    /// As given on the command line or reached through `$ref` (`-` shows as `<stdin>`).
    pub name: String,
    /// Where relative `$ref`s start from.
    pub dir: PathBuf,
    pub tree: Tree,
}

impl Doc {
    pub fn new(name: String, dir: PathBuf, tree: Tree) -> Doc {
        Doc { name, dir, tree }
    }

    pub fn lines(&self) -> &Lines {
        &self.tree.lines
    }
}

/// Reads a path (`-` for stdin) as UTF-8 text.
pub fn read(path: &Path) -> Result<String, String> {
    crate::review::input::read_limited(path, MAX_BYTES)
}

/// JSON for `.json` or text that starts with `{`/`[`; YAML otherwise.
pub fn parse(name: &str, text: String) -> Result<Tree, String> {
    let lower = name.to_ascii_lowercase();
    let first = text.trim_start().bytes().next();
    if lower.ends_with(".json") || (!lower.ends_with(".yaml") && !lower.ends_with(".yml") && first == Some(b'{')) {
        json::parse(text)
    } else {
        yaml::parse(text)
    }
}

/// The OpenAPI version a root document declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Swagger2,
    OpenApi3,
}

pub fn version(tree: &Tree) -> Result<Version, String> {
    if !tree.is_object(tree.root) {
        return Err("not an OpenAPI document (the top level is not a mapping)".into());
    }
    if let Some(v) = tree.get(tree.root, "openapi") {
        return match tree.str(v) {
            Some(v) if v.starts_with("3.") => Ok(Version::OpenApi3),
            _ => Err("unsupported `openapi` version (3.0 and 3.1 are read)".into()),
        };
    }
    match tree.get(tree.root, "swagger").and_then(|v| tree.str(v)) {
        Some("2.0" | "2") => Ok(Version::Swagger2),
        Some(_) => Err("unsupported `swagger` version (2.0 is read)".into()),
        None => Err("not an OpenAPI document (no `openapi` or `swagger` key)".into()),
    }
}

/// Why a `$ref` leads nowhere.
#[derive(Debug)]
pub enum RefError {
    /// Worth a finding.
    Broken(String),
    /// A URL: not followed, not reported.
    Remote,
}

/// The files one root document spans, read once each.
pub struct Docs {
    docs: RefCell<Vec<Rc<Doc>>>,
    by_path: RefCell<HashMap<PathBuf, Result<usize, String>>>,
    /// Where referenced files may live (`trust.rs`), so an untrusted description cannot have
    /// `/etc/shadow` quoted into a report.
    trust: Trust,
}

impl Docs {
    pub fn new(root: Doc, ref_root: Option<&Path>) -> Docs {
        let trust = Trust::new(ref_root, &root.dir);
        Docs {
            docs: RefCell::new(vec![Rc::new(root)]),
            by_path: RefCell::new(HashMap::new()),
            trust,
        }
    }

    /// How many files have been read so far.
    pub fn len(&self) -> usize {
        self.docs.borrow().len()
    }

    pub fn get(&self, id: usize) -> Rc<Doc> {
        Rc::clone(&self.docs.borrow()[id])
    }

    /// Resolves `$ref` text written in document `from`.
    pub fn resolve(&self, from: usize, reference: &str) -> Result<(usize, NodeId, String), RefError> {
        let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        if file.contains("://") {
            return Err(RefError::Remote);
        }
        let doc = if file.is_empty() { from } else { self.open(from, file)? };
        let pointer = fragment.to_string();
        let node = self.get(doc).tree.pointer(&pointer);
        match node {
            Some(node) => Ok((doc, node, pointer)),
            None if file.is_empty() => Err(RefError::Broken(format!("`{reference}` points at nothing"))),
            None => Err(RefError::Broken(format!("`{reference}`: no `#{fragment}` in {file}"))),
        }
    }

    fn open(&self, from: usize, file: &str) -> Result<usize, RefError> {
        let from_doc = self.get(from);
        let path = lexical(&from_doc.dir.join(file));
        if let Some(known) = self.by_path.borrow().get(&path) {
            return known.clone().map_err(RefError::Broken);
        }
        let name = shown_name(&from_doc.name, file);
        let loaded = match self.trust.read(&path, MAX_BYTES) {
            Err(Refusal::Outside) => Err(format!("`{file}` is {}; not read", self.trust.described)),
            Err(Refusal::Missing) => Err(format!("`{file}` does not exist (no file {})", path.display())),
            Err(Refusal::Other(why)) => Err(format!("cannot read `{file}`: {why}")),
            Ok(bytes) => crate::review::input::decode(bytes)
                .and_then(|text| parse(&name, text))
                .map(|tree| {
                    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
                    let mut docs = self.docs.borrow_mut();
                    docs.push(Rc::new(Doc::new(name, dir, tree)));
                    docs.len() - 1
                })
                .map_err(|e| format!("cannot read `{file}`: {e}")),
        };
        self.by_path.borrow_mut().insert(path, loaded.clone());
        loaded.map_err(RefError::Broken)
    }
}

/// `specs/api.yaml` + `paths/users.yaml` → `specs/paths/users.yaml`.
fn shown_name(from: &str, file: &str) -> String {
    let base = Path::new(from).parent().filter(|_| from != "<stdin>");
    let joined = base.map_or_else(|| PathBuf::from(file), |b| b.join(file));
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for part in joined.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other.as_os_str()),
        }
    }
    let path: PathBuf = parts.iter().collect();
    path.to_string_lossy().replace("//", "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_referenced_files_are_relative_to_the_referrer() {
        assert_eq!(
            shown_name("specs/api.yaml", "paths/users.yaml"),
            "specs/paths/users.yaml"
        );
        assert_eq!(shown_name("specs/api.yaml", "../common.yaml"), "common.yaml");
        assert_eq!(shown_name("api.yaml", "./a.json"), "a.json");
        assert_eq!(shown_name("<stdin>", "a.json"), "a.json");
    }

    #[test]
    fn versions() {
        let tree = |s: &str| parse("x.yaml", s.into()).expect("parses");
        assert_eq!(version(&tree("openapi: 3.1.0")).ok(), Some(Version::OpenApi3));
        assert_eq!(version(&tree("swagger: '2.0'")).ok(), Some(Version::Swagger2));
        assert!(version(&tree("name: x")).is_err());
        assert!(version(&tree("- a")).is_err());
        assert!(version(&tree("openapi: 4.0.0")).is_err());
    }
}
