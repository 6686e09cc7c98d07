//! Rules about what a response's description says: the name of another status
//! (`description-mismatch`), or a permission problem on a 401 (`unauthorized-permission`). The
//! names, former names and the words of 401 and 403 all come from the knowledge base.

use std::collections::HashMap;

use super::facts::{Kb, Status};
use super::walk::{Ctx, Key, Op};

/// What the knowledge base says, prepared once per run.
pub struct Words {
    /// Normalised name or former name → registry code.
    names: HashMap<String, u16>,
    /// Words the knowledge base files under 403 and not under 401; and those under 401.
    permission: Vec<String>,
    /// 401's phrases and their longer words.
    authentication: Vec<String>,
}

impl Words {
    pub fn new(kb: &Kb) -> Words {
        let mut names = HashMap::new();
        let registry = kb.codes.iter().filter(|c| c.status != Status::Unofficial);
        for code in registry {
            for name in std::iter::once(&code.name).chain(code.aliases.iter()) {
                names.entry(normalise(name)).or_insert(code.code);
            }
        }
        let words = |code: u16| -> Vec<String> {
            let entry = kb.official(code);
            let keywords = entry
                .into_iter()
                .flat_map(|c| c.keywords.iter().chain(c.aliases.iter()));
            keywords.map(|k| normalise(k)).filter(|k| !k.is_empty()).collect()
        };
        let mut authentication = words(401);
        let permission: Vec<String> = words(403).into_iter().filter(|w| !authentication.contains(w)).collect();
        // Single words of the 401 phrases (`invalid token` → invalid, token) mark a description
        // about credentials too ("Invalid/Blocked AppKey"), unless 403's phrases share them
        // (`not`, `access`, `denied`) or they are short or 401's own name ("Unauthorized: no
        // permission" is still a permission problem).
        let shared: Vec<String> = permission.iter().flat_map(|p| p.split(' ').map(String::from)).collect();
        let name = kb.official(401).map(|c| normalise(&c.name)).unwrap_or_default();
        let single: Vec<String> = authentication
            .iter()
            .flat_map(|p| p.split(' ').map(String::from).collect::<Vec<_>>())
            .filter(|w| w.len() >= 4 && !shared.contains(w) && *w != name && !w.contains("authoriz"))
            .collect();
        authentication.extend(single);
        Words {
            names,
            permission,
            authentication,
        }
    }

    /// The registry code a description names, by its leading number or its first clause.
    fn named(&self, description: &str) -> Option<u16> {
        let clause = description
            .split(['.', ':', ',', ';', '(', '\n', '—', '–'])
            .next()
            .unwrap_or("")
            .split(" - ")
            .next()
            .unwrap_or("");
        let clause = clause.trim();
        let digits = clause.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 3 {
            let number: u16 = clause[..3].parse().ok()?;
            let rest = normalise(&clause[3..]);
            let by_name = self.names.get(&rest).copied();
            return (rest.is_empty() || by_name == Some(number)).then_some(number);
        }
        self.names.get(&normalise(clause)).copied()
    }
}

pub fn check(ctx: &mut Ctx, kb: &Kb, words: &Words, op: &Op) {
    for resp in op.responses.iter() {
        let Key::Code(code) = resp.status else { continue };
        let Some(target) = &resp.target else { continue };
        let doc = ctx.docs.get(target.doc);
        let Some(description) = doc.tree.get_str(target.node, "description") else {
            continue;
        };
        if let Some(named) = words.named(description)
            && named != code
            && let Some(entry) = kb.official(named)
            && plausible(code, named, &entry.name)
        {
            let name = &entry.name;
            let message = format!(
                "{code} response is described as \"{}\", which names {named} {name}",
                statusgen_kb::text::quote(description.trim().lines().next().unwrap_or_default(), 60)
            );
            // At the status key that points at the description: a shared response may be right
            // for the code it was written for and wrong only where it is reused.
            ctx.report("description-mismatch", Some(code), resp.site.clone(), message);
        }
        if code == 401 {
            let text = format!(" {} ", normalise(description));
            let has = |w: &String| text.contains(&format!(" {w} "));
            if let Some(word) = words.permission.iter().find(|w| has(w))
                && !words.authentication.iter().any(has)
            {
                let message = format!(
                    "401 is described as a permission problem (\"{word}\"): a client that is known but not allowed \
                     gets 403 Forbidden; 401 asks for credentials"
                );
                ctx.report(
                    "unauthorized-permission",
                    Some(401),
                    resp.object_site().clone(),
                    message,
                );
            }
        }
    }
}

/// Whether naming `named` on a `code` response is a mistake worth a report: one of them is an
/// error; a one-word name (Gone, Conflict, Found) only when both are, since on a success it may
/// be plain English ("gone" on a 204 after a delete).
fn plausible(code: u16, named: u16, name: &str) -> bool {
    let error = |c: u16| c >= 400;
    if name.split_whitespace().count() == 1 {
        error(code) && error(named)
    } else {
        error(code) || error(named)
    }
}

/// Lower case, words separated by one space: `Request-URI Too Long` → `request uri too long`.
fn normalise(text: &str) -> String {
    let lower = text.to_lowercase();
    let words = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_name_codes_by_name_alias_or_number() {
        let kb = crate::kb::open(None).expect("embedded");
        let words = Words::new(&kb);
        assert_eq!(words.named("Bad Request"), Some(400));
        assert_eq!(words.named("Unprocessable Entity: the input is invalid"), Some(422));
        assert_eq!(words.named("400 Bad Request"), Some(400));
        assert_eq!(words.named("404"), Some(404));
        assert_eq!(words.named("Not Found - no such user"), Some(404));
        assert_eq!(words.named("The user was not found"), None);
        assert_eq!(words.named("200 items at most"), None);
        assert!(words.permission.iter().any(|w| w == "permission"));
        assert!(
            !words.permission.iter().any(|w| w == "authorization"),
            "filed under both"
        );
        let auth = |w: &str| words.authentication.iter().any(|a| a == w);
        assert!(auth("invalid") && auth("token") && !auth("not") && !auth("denied") && !auth("unauthorized"));
    }
}
