//! The knowledge base schema: what `data/*.toml` and a user's `--data` file hold.
//!
//! Strings and lists are `Cow`s: the embedded knowledge base is baked into the binary at build
//! time as borrowed `'static` data (`databake`), while a user's file is deserialized into owned
//! values of the same types.

use std::borrow::Cow;

use databake::Bake;
use serde::{Deserialize, Serialize};

mod situation;
pub use situation::{Accepted, Situation, Synonyms, Topic};

/// A string: borrowed from the binary, or owned when read from a file.
pub type Text = Cow<'static, str>;
/// A list: borrowed from the binary, or owned when read from a file.
pub type List<T> = Cow<'static, [T]>;

/// A whole knowledge base: status classes, codes and the decision tree.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Kb {
    /// The five classes (`1xx` … `5xx`).
    #[serde(default, rename = "class")]
    pub classes: List<Class>,
    /// Every status code, official and unofficial.
    #[serde(default, rename = "code")]
    pub codes: List<Code>,
    /// Decision-tree questions; the first one is the root.
    #[serde(default, rename = "question")]
    pub questions: List<Question>,
    /// Decision-tree leaves, each recommending a code.
    #[serde(default, rename = "outcome")]
    pub outcomes: List<Outcome>,
    /// Programming stacks whose constants the cards show.
    #[serde(default, rename = "stack")]
    pub stacks: List<Stack>,
    /// Library constants for codes, per stack.
    #[serde(default, rename = "constant")]
    pub constants: List<Constant>,
    /// Codes people confuse, with how to tell them apart (`statusgen compare`).
    #[serde(default, rename = "pair")]
    pub pairs: List<Pair>,
    /// Real-world situations with their code (`data/situations.toml`).
    #[serde(default, rename = "situation")]
    pub situations: List<Situation>,
    /// Words that say nothing about a situation (`data/words.toml`).
    #[serde(default)]
    pub filler: List<Text>,
    /// Words that only name what a request is about (`user`, `page`).
    #[serde(default)]
    pub naming: List<Text>,
    /// Words that mean the same in a situation.
    #[serde(default)]
    pub synonyms: List<Synonyms>,
}

/// Codes that are easy to confuse, and the question that tells them apart.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Pair {
    /// Two or three registry codes, e.g. `[401, 403]`.
    pub codes: List<u16>,
    /// The question whose answer picks one of them.
    pub question: Text,
    /// How the answer maps to the codes, in a few sentences.
    pub answer: Text,
    /// Words that name all of these codes alike (`timeout`): `statusgen WORD` compares them.
    #[serde(default)]
    pub words: List<Text>,
}

/// A status class such as `4xx`.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Class {
    /// `1xx` … `5xx`.
    pub class: Text,
    pub name: Text,
    pub description: Text,
}

/// One status code (or, for unofficial codes, one vendor's meaning of a number).
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Code {
    pub code: u16,
    /// The registry's name, exactly (or the vendor's name for unofficial codes).
    pub name: Text,
    pub status: Status,
    /// Who uses an unofficial code (nginx, Cloudflare, …); absent for registry codes.
    #[serde(default)]
    pub vendor: Option<Text>,
    /// The registry's reference, e.g. `[RFC9110, Section 15.5.21]`, or the source of an unofficial code.
    pub reference: Text,
    /// A link to the defining section.
    #[serde(default)]
    pub spec_url: Option<Text>,
    /// Former or popular names, searchable (`Unprocessable Entity`, `I'm a teapot`).
    #[serde(default)]
    pub aliases: List<Text>,
    /// Extra search words.
    #[serde(default)]
    pub keywords: List<Text>,
    /// One line.
    pub summary: Text,
    /// A short paragraph that explains the code in plain words.
    #[serde(default)]
    pub details: Option<Text>,
    /// Situations this code is right for.
    #[serde(default)]
    pub use_when: List<Text>,
    /// Situations people wrongly use it for, with the code to use instead.
    #[serde(default)]
    pub avoid_when: List<Avoid>,
    /// Where published guides disagree, and what the RFC and common convention say.
    #[serde(default)]
    pub debate: Option<Text>,
    /// Response header fields to send, at the RFC's level.
    #[serde(default)]
    pub headers: List<Rule>,
    /// Other normative rules (content, caching, who may send it).
    #[serde(default)]
    pub rules: List<Rule>,
    /// Whether the response may carry content.
    pub body_allowed: bool,
    /// Heuristically cacheable (RFC 9110 §15.1).
    pub cacheable: bool,
    pub retry: Retry,
    /// A short example exchange: request, then response.
    #[serde(default)]
    pub example: Option<Text>,
    #[serde(default)]
    pub related: List<u16>,
    /// Search words, derived from the fields above when the knowledge base is read (see
    /// `index.rs`); not part of the file format.
    #[serde(skip)]
    pub index: [Text; 4],
}

/// Registry status (or `unofficial`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Bake)]
#[serde(rename_all = "lowercase")]
#[databake(path = statusgen_kb::model)]
pub enum Status {
    Registered,
    Temporary,
    Deprecated,
    Unused,
    Obsoleted,
    Unofficial,
}

/// Whether sending the same request again can help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Bake)]
#[serde(rename_all = "kebab-case")]
#[databake(path = statusgen_kb::model)]
pub enum Retry {
    /// Success, redirect or interim response: nothing to retry.
    NotApplicable,
    /// The same request will fail the same way.
    No,
    /// Only after the client changes the request (fix input, add credentials, …).
    AfterChange,
    /// The same request may succeed later.
    Later,
}

/// A situation where this code is the wrong choice.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Avoid {
    /// The situation, e.g. "the body is not valid JSON at all".
    pub when: Text,
    /// The codes to use instead (may be empty when the advice is "do not send a status at all").
    #[serde(default)]
    pub instead: List<u16>,
}

/// A normative rule: a header to send, or a rule about content or caching.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Rule {
    /// The header field name (`Retry-After`); for `rules`, a short topic (`content`, `caching`).
    pub field: Text,
    pub level: Level,
    /// What to do, in our words.
    pub rule: Text,
    /// Where it is written, e.g. `RFC 9110 §10.2.3`.
    pub section: Text,
    /// The response means nothing without this header, whatever the level the RFC writes (a
    /// 303's Location: the redirect has no target without it). `lint` asks for it like a SHOULD.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub essential: bool,
}

/// Requirement level, as the RFC writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Bake)]
#[databake(path = statusgen_kb::model)]
pub enum Level {
    #[serde(rename = "MUST")]
    Must,
    #[serde(rename = "MUST NOT")]
    MustNot,
    #[serde(rename = "SHOULD")]
    Should,
    #[serde(rename = "SHOULD NOT")]
    ShouldNot,
    #[serde(rename = "MAY")]
    May,
    /// Advice the RFC gives without a requirement keyword ("ought to", "can").
    #[serde(rename = "advice")]
    Advice,
}

/// A programming stack whose library names status codes (`python`: `http.HTTPStatus`).
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Stack {
    /// Short id users filter by (`--stacks python,go`).
    pub id: Text,
    /// Shown in a card, e.g. `Python`.
    pub name: Text,
    /// The library or type the names come from, e.g. `http.HTTPStatus`.
    pub library: Text,
    /// Where the names were checked.
    #[serde(default)]
    pub source: Option<Text>,
}

/// One library name for a code, with the versions that have it.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Constant {
    pub code: u16,
    /// The id of a `[[stack]]`.
    pub stack: Text,
    /// The name as written in code, e.g. `HTTPStatus.CONTENT_TOO_LARGE`.
    pub name: Text,
    /// The first version that has the name.
    #[serde(default)]
    pub since: Option<Text>,
    /// The first version that no longer has it.
    #[serde(default)]
    pub removed: Option<Text>,
    #[serde(default)]
    pub note: Option<Text>,
    /// For an unofficial code: the vendor whose meaning of the number this name is for.
    #[serde(default)]
    pub vendor: Option<Text>,
}

/// A yes/no question in the decision tree.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Question {
    /// Stable id, used in replay errors and diagrams (`kebab-case`).
    pub id: Text,
    /// The question, answerable with yes or no.
    pub text: Text,
    /// A few words for diagrams and the "why" of a result (`tree::label` falls back to the text).
    #[serde(default)]
    pub label: Option<Text>,
    /// Explains the terms, with an example.
    pub hint: Text,
    /// Id of the question or outcome for "yes".
    pub yes: Text,
    /// Id of the question or outcome for "no".
    pub no: Text,
}

/// A leaf of the decision tree.
#[derive(Debug, Clone, Serialize, Deserialize, Bake)]
#[serde(deny_unknown_fields)]
#[databake(path = statusgen_kb::model)]
pub struct Outcome {
    pub id: Text,
    /// The recommended status code (must be registered or temporary).
    pub code: u16,
    /// Why this code fits the situation the answers describe.
    pub why: Text,
    /// Other choices where conventions differ.
    #[serde(default)]
    pub alternatives: List<Text>,
    /// An example exchange that fits this outcome better than the card's (a JSON batch, not WebDAV).
    #[serde(default)]
    pub example: Option<Text>,
    /// A few words that tell this outcome from another with the same code, in the tree's pictures.
    #[serde(default)]
    pub label: Option<Text>,
}
