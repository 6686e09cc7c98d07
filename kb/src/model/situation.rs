//! Situations (`data/situations.toml`): real-world cases with the code an expert would choose.

use databake::Bake;
use serde::{Deserialize, Serialize};

use super::{List, Text};

/// A real-world situation and the code an expert would choose for it.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Situation {
    /// Stable id (`kebab-case`), kept in quiz progress.
    pub id: Text,
    /// The situation, in a sentence or two.
    pub text: Text,
    /// The code an expert would choose.
    pub code: u16,
    /// Other codes that are also defensible, and why.
    #[serde(default)]
    pub accepted: List<Accepted>,
    /// Why the code fits, in one line.
    pub reason: Text,
    pub topic: Topic,
    /// Ids of the tree's questions answered yes for this situation.
    #[serde(default)]
    pub yes: List<Text>,
    /// Ids of the tree's questions answered no.
    #[serde(default)]
    pub no: List<Text>,
    /// Search words of the text and reason (see `index.rs`); not part of the file format.
    #[serde(skip)]
    pub index: Text,
}

/// A code also accepted for a situation.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Accepted {
    pub code: u16,
    /// Why it is defensible too.
    pub why: Text,
}

/// What a situation is about, from a closed set (`quiz --topic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Bake)]
#[serde(rename_all = "kebab-case")]
#[databake(path = statusgen_kb::model)]
pub enum Topic {
    Auth,
    Validation,
    NotFound,
    Conflict,
    Methods,
    Negotiation,
    Redirects,
    Caching,
    Ranges,
    Limits,
    Protocol,
    ServerErrors,
    Async,
    Success,
    Interim,
    Webdav,
    Legal,
}

impl Topic {
    /// Every topic, in the order they are listed.
    pub const ALL: [Topic; 17] = [
        Topic::Auth,
        Topic::Validation,
        Topic::NotFound,
        Topic::Conflict,
        Topic::Methods,
        Topic::Negotiation,
        Topic::Redirects,
        Topic::Caching,
        Topic::Ranges,
        Topic::Limits,
        Topic::Protocol,
        Topic::ServerErrors,
        Topic::Async,
        Topic::Success,
        Topic::Interim,
        Topic::Webdav,
        Topic::Legal,
    ];

    /// The names of every topic, in order (`quiz --topic`).
    pub const NAMES: [&'static str; 17] = [
        "auth",
        "validation",
        "not-found",
        "conflict",
        "methods",
        "negotiation",
        "redirects",
        "caching",
        "ranges",
        "limits",
        "protocol",
        "server-errors",
        "async",
        "success",
        "interim",
        "webdav",
        "legal",
    ];

    /// The topic a name names.
    pub fn from_name(name: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The name written in the file and on the command line (`server-errors`).
    pub fn name(self) -> &'static str {
        match self {
            Topic::Auth => "auth",
            Topic::Validation => "validation",
            Topic::NotFound => "not-found",
            Topic::Conflict => "conflict",
            Topic::Methods => "methods",
            Topic::Negotiation => "negotiation",
            Topic::Redirects => "redirects",
            Topic::Caching => "caching",
            Topic::Ranges => "ranges",
            Topic::Limits => "limits",
            Topic::Protocol => "protocol",
            Topic::ServerErrors => "server-errors",
            Topic::Async => "async",
            Topic::Success => "success",
            Topic::Interim => "interim",
            Topic::Webdav => "webdav",
            Topic::Legal => "legal",
        }
    }
}

impl Situation {
    /// Whether a code is the expected or an accepted answer.
    pub fn accepts(&self, code: u16) -> bool {
        self.code == code || self.accepted.iter().any(|a| a.code == code)
    }
}

/// Words that mean the same when describing a situation.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Synonyms {
    pub words: List<Text>,
}
