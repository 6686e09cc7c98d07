//! What the checks remember per node, so a node shared by many operations or responses (an
//! alias, a `$ref`) is looked at once.

use std::collections::HashMap;
use std::rc::Rc;

use super::tree::NodeId;

#[derive(Default)]
pub struct Memo {
    /// A schema's sign that failures travel inside a success (`success-error-envelope`).
    pub signals: HashMap<(usize, NodeId), Option<String>>,
    /// The header names a response declares, lower-cased.
    pub headers: HashMap<(usize, NodeId), Rc<[String]>>,
    /// The media types a response declares (OpenAPI 3).
    pub types: HashMap<(usize, NodeId), Rc<[String]>>,
}
