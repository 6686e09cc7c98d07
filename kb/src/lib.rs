//! The statusgen knowledge base: HTTP status codes with their rules, library constants and a
//! decision tree, read from TOML (`load`), checked (`validate`, `text`) and searched (`search`).
//!
//! The binary bakes `data/*.toml` into a `'static` [`Kb`] at build time through this crate, and
//! reads a user's `--data` file through the same code at run time.

pub mod describe;
pub mod file;
pub mod index;
pub mod load;
pub mod model;
pub mod neighbours;
pub mod pairs;
pub mod parting;
pub mod resolve;
pub mod search;
pub mod situation;
pub mod text;
pub mod tree;
pub mod validate;

use model::{Class, Code, Constant, Kb, Rule, Stack, Status};

impl Class {
    /// The first digit of the class's codes: `4xx` → 4.
    pub fn digit(&self) -> Option<u16> {
        class_digit(&self.class)
    }
}

/// `4xx` → 4; anything else is not a class.
pub fn class_digit(class: &str) -> Option<u16> {
    match class.as_bytes() {
        [d @ b'1'..=b'5', b'x' | b'X', b'x' | b'X'] => Some(u16::from(d - b'0')),
        _ => None,
    }
}

/// `"4xx"` for a code.
pub fn class_label(code: u16) -> String {
    format!("{}xx", code / 100)
}

impl Code {
    /// Whether this is an IANA registry entry (any registry status), not a vendor's code.
    pub fn is_official(&self) -> bool {
        self.status != Status::Unofficial
    }

    /// Whether the decision tree may recommend this code.
    pub fn recommendable(&self) -> bool {
        matches!(self.status, Status::Registered | Status::Temporary)
    }
}

/// How a rule that applies only in some case begins ("If …", "For a PATCH …", "On GET or HEAD …").
const CONDITIONS: [&str; 9] = [
    "if ",
    "when ",
    "on ",
    "for ",
    "several ",
    "single-part",
    "only ",
    "unless ",
    "can ",
];

impl Rule {
    /// Whether the rule names the case it applies in, which neither the knowledge base nor a
    /// description can always tell (`decide` sets such rules apart; `lint` asks them only in
    /// `--profile strict`).
    pub fn is_conditional(&self) -> bool {
        let text = self.rule.trim_start().to_ascii_lowercase();
        CONDITIONS.iter().any(|c| text.starts_with(c))
    }
}

impl Kb {
    /// The registry entry for a number (not the unofficial ones).
    pub fn official(&self, code: u16) -> Option<&Code> {
        self.codes.iter().find(|c| c.code == code && c.is_official())
    }

    /// Every entry for a number: the registry's first, then each vendor's.
    pub fn entries(&self, code: u16) -> impl Iterator<Item = &Code> {
        let unofficial = self.codes.iter().filter(move |c| c.code == code && !c.is_official());
        self.official(code).into_iter().chain(unofficial)
    }

    /// The class a code belongs to, if the knowledge base defines it.
    pub fn class_of(&self, code: u16) -> Option<&Class> {
        self.classes.iter().find(|c| c.digit() == Some(code / 100))
    }

    /// Codes sorted by number, registry entries before vendors' for the same number.
    pub fn sorted(&self) -> Vec<&Code> {
        let mut codes: Vec<&Code> = self.codes.iter().collect();
        codes.sort_by_key(|c| (c.code, !c.is_official()));
        codes
    }

    /// "422 Unprocessable Content", for references between codes.
    pub fn title(&self, code: u16) -> String {
        match self.official(code) {
            Some(c) => format!("{} {}", c.code, c.name),
            None => code.to_string(),
        }
    }

    /// The library constants of one card, with their stacks, in the stacks' order.
    pub fn constants_of<'a>(&'a self, code: &'a Code) -> Vec<(&'a Stack, &'a Constant)> {
        let mut found: Vec<(usize, &Stack, &Constant)> = self
            .constants
            .iter()
            .filter(|c| c.code == code.code && c.vendor.as_deref() == code.vendor.as_deref())
            .filter_map(|c| {
                let (at, stack) = self.stacks.iter().enumerate().find(|(_, s)| s.id == c.stack)?;
                Some((at, stack, c))
            })
            .collect();
        // Stable: a stack's names keep their order in the file.
        found.sort_by_key(|(at, _, _)| *at);
        found.into_iter().map(|(_, stack, c)| (stack, c)).collect()
    }

    /// Adds the entries of another (partial) knowledge base, e.g. the next file of `data/`.
    pub fn extend(&mut self, part: Kb) {
        self.classes.to_mut().extend(part.classes.into_owned());
        self.codes.to_mut().extend(part.codes.into_owned());
        self.questions.to_mut().extend(part.questions.into_owned());
        self.outcomes.to_mut().extend(part.outcomes.into_owned());
        self.stacks.to_mut().extend(part.stacks.into_owned());
        self.constants.to_mut().extend(part.constants.into_owned());
        self.pairs.to_mut().extend(part.pairs.into_owned());
        self.situations.to_mut().extend(part.situations.into_owned());
        self.filler.to_mut().extend(part.filler.into_owned());
        self.naming.to_mut().extend(part.naming.into_owned());
        self.synonyms.to_mut().extend(part.synonyms.into_owned());
    }
}
