//! What the knowledge base's facts mean for a review, shared by `lint` (what a description
//! declares) and `check` (what a server sent): how each header rule can be checked, the rule id
//! for a header missing at a level, and what the registry says of a code.

use statusgen_kb::model::{Kb, Level, Rule, Status};

use super::text::shown;

/// How a knowledge-base header rule can be checked against a description.
#[derive(Debug, PartialEq, Eq)]
pub enum Check {
    /// Not a "must be present" rule, or not checkable in OpenAPI (Content-Type is the media type).
    Skip,
    /// Missing → a finding at the rule's level.
    Always,
    /// Applies under a condition the description cannot show: info under `header-conditional`.
    Conditional,
    /// "Send it if a 200 to the same request would have had it": required when the 200 declares it.
    LikeThe200,
    /// 206 Content-Range: not when every media type is multipart (each part carries its own).
    SinglePart,
    /// "For a PATCH …": only for operations of that method.
    Method(&'static str),
    /// "On GET or HEAD, …": a condition, and only for operations of those methods.
    ConditionalOn(&'static [&'static str]),
}

pub fn classify(code: u16, rule: &Rule) -> Check {
    if matches!(rule.level, Level::MustNot | Level::ShouldNot) || rule.field.eq_ignore_ascii_case("content-type") {
        return Check::Skip;
    }
    let text = rule.rule.trim().to_ascii_lowercase();
    let field = rule.field.to_ascii_lowercase();
    if text.contains("a 200 to the same request would have had it") {
        Check::LikeThe200
    } else if code == 206 && field == "content-range" {
        Check::SinglePart
    } else if text.starts_with("on get or head") {
        Check::ConditionalOn(&["get", "head"])
    } else if text.starts_with("for a patch") {
        Check::Method("patch")
    } else if code == 416 && text.starts_with("for a byte-range request") {
        // Range handling is defined for GET only (RFC 9110 §14.2); a 416 on another method (an
        // upload's chunk out of place) answers no range request. Bytes is the only registered unit.
        Check::Method("get")
    } else if rule.is_conditional() {
        Check::Conditional
    } else {
        Check::Always
    }
}

/// The rule id for a header missing at this level.
pub fn level_rule(level: Level) -> &'static str {
    match level {
        Level::Must => "header-must",
        Level::Should => "header-should",
        _ => "header-may",
    }
}

/// The rule id for a header missing under `rule`: its level's, except that an essential header
/// the RFC only suggests (201's Location) is reported as `header-should`.
pub fn missing_rule(rule: &Rule) -> &'static str {
    if rule.essential && matches!(rule.level, Level::May | Level::Advice) {
        "header-should"
    } else {
        level_rule(rule.level)
    }
}

/// What the registry says of a code that is not a current registered or temporary one: the rule
/// and the message (`code-deprecated`, `code-unofficial`, `code-unassigned`); `None` when fine.
pub fn registry(kb: &Kb, code: u16) -> Option<(&'static str, String)> {
    match kb.official(code) {
        Some(c) if matches!(c.status, Status::Registered | Status::Temporary) => None,
        Some(c) => Some((
            "code-deprecated",
            format!(
                "{code} {} is {} in the registry",
                shown(&c.name),
                crate::style::status_name(c.status)
            ),
        )),
        None => {
            let vendors: Vec<String> = kb
                .entries(code)
                .map(|c| {
                    format!(
                        "{} ({})",
                        shown(c.vendor.as_deref().unwrap_or("a vendor")),
                        shown(&c.name)
                    )
                })
                .collect();
            Some(if vendors.is_empty() {
                (
                    "code-unassigned",
                    format!("{code} is unassigned: no registry entry, no known use"),
                )
            } else {
                (
                    "code-unofficial",
                    format!(
                        "{code} is not registered; it is a vendor's code: {}",
                        vendors.join(", ")
                    ),
                )
            })
        }
    }
}

/// The severity a knowledge-base level maps to.
#[cfg(test)]
pub fn level_severity(level: Level) -> super::rules::Severity {
    match level_rule(level) {
        "header-must" => super::rules::Severity::Error,
        "header-should" => super::rules::Severity::Warning,
        _ => super::rules::Severity::Info,
    }
}

#[cfg(test)]
mod tests {
    use super::super::rules::Severity;
    use super::*;
    use crate::kb;

    fn check_of(code: u16, field: &str) -> Vec<Check> {
        let kb = kb::open(None).expect("embedded");
        let entry = kb.official(code).expect("registered");
        let rules = entry.headers.iter().filter(|r| r.field.eq_ignore_ascii_case(field));
        rules.map(|r| classify(code, r)).collect()
    }

    #[test]
    fn the_embedded_header_rules_are_classified_soundly() {
        assert_eq!(check_of(401, "WWW-Authenticate"), [Check::Always]);
        assert_eq!(check_of(405, "Allow"), [Check::Always]);
        assert_eq!(check_of(301, "Location"), [Check::Always]);
        assert_eq!(check_of(416, "Content-Range"), [Check::Method("get")]);
        assert_eq!(check_of(206, "Content-Range"), [Check::SinglePart, Check::Skip]);
        assert_eq!(check_of(206, "Content-Type"), [Check::Skip]);
        assert_eq!(check_of(304, "ETag"), [Check::LikeThe200]);
        assert_eq!(check_of(200, "ETag"), [Check::ConditionalOn(&["get", "head"])]);
        assert_eq!(check_of(413, "Retry-After"), [Check::Conditional]);
        assert_eq!(check_of(415, "Accept-Patch"), [Check::Method("patch")]);
        assert_eq!(check_of(204, "Content-Length"), [Check::Skip]);
        assert_eq!(level_severity(Level::Must), Severity::Error);
        assert_eq!(level_severity(Level::May), Severity::Info);
    }
}
