//! Which operations create something: an operationId that says so (`createOrder`,
//! `orders.create`), or a POST to a collection (`POST /orders`) whose operationId says nothing
//! more (none, or `post-orders`). `issues/add-labels`, `POST_EmailCreditMemo`, `searchUsers` and
//! `/calls/SendDigits` name actions.

use super::text::shown;
use super::walk::Op;

/// Why the operation creates (for the message), or `None`.
pub fn creates(op: &Op) -> Option<String> {
    let words = |id: &str| -> Vec<String> {
        let lower = id.to_ascii_lowercase();
        lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let named_create = op
        .id
        .as_deref()
        .is_some_and(|id| starts_with_create(id) || words(id).last().is_some_and(|w| w == "create"));
    let path: String = words(&op.path).concat();
    let generic = op.id.as_deref().is_none_or(|id| {
        let words = words(id);
        words.first().is_some_and(|w| w == "post") && path.ends_with(&words[1..].concat())
    });
    if named_create {
        op.id.as_deref().map(|id| format!("operationId `{}`", shown(id)))
    } else if generic && collection_post(op) {
        Some("a POST to a collection".into())
    } else {
        None
    }
}

/// `createUser`, `create_user`, `Create`: not `creates` or `createdAt`.
fn starts_with_create(id: &str) -> bool {
    let lower = id.to_ascii_lowercase();
    lower.starts_with("create") && !id[6..].starts_with(|c: char| c.is_ascii_lowercase())
}

/// Last segments that name an action, not a collection.
const ACTIONS: [&str; 12] = [
    "status",
    "access",
    "process",
    "address",
    "progress",
    "settings",
    "details",
    "results",
    "stats",
    "analytics",
    "metrics",
    "logs",
];

/// A POST with a body to `/…/things`: the last segment a plural, lower-case literal
/// (`/SendDigits`, `/{id}`, `/search`, `/users:batch` are not collections).
fn collection_post(op: &Op) -> bool {
    let last = op.path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let lower = last.to_ascii_lowercase();
    op.method == "post"
        && op.body
        && !op.path.starts_with("webhook ")
        && lower.len() > 2
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        // `orders`, `line-items`, `businessLines`; not `SendDigits` (an action, named like a method).
        && last.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && last.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !ACTIONS.contains(&lower.as_str())
        && !VERBS.iter().any(|v| lower.starts_with(v))
}

/// A last segment that starts with a verb names an action (`/delete-reports`, `/updatemaxversions`).
const VERBS: [&str; 34] = [
    "update",
    "delete",
    "remove",
    "query",
    "get",
    "set",
    "send",
    "cancel",
    "search",
    "validate",
    "check",
    "verify",
    "run",
    "execute",
    "test",
    "calculate",
    "sync",
    "refresh",
    "reset",
    "import",
    "export",
    "find",
    "generate",
    "apply",
    "sign",
    "approve",
    "reject",
    "submit",
    "confirm",
    "revoke",
    "start",
    "stop",
    "trigger",
    "resend",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_operation_ids() {
        for yes in ["create", "createUser", "create_user", "CreateThing", "create-repo"] {
            assert!(starts_with_create(yes), "{yes}");
        }
        for no in ["creates", "createdAt", "recreate", "getCreate", "crea"] {
            assert!(!starts_with_create(no), "{no}");
        }
        let post = |path: &str| Op {
            method: "post",
            path: path.into(),
            id: None,
            site: super::super::rules::Site {
                doc: 0,
                pos: 0,
                pointer: String::new(),
            },
            body: true,
            secured: false,
            produces: Vec::new().into(),
            responses: Vec::new().into(),
            node: (0, 0),
            first: true,
        };
        for yes in [
            "/users",
            "/users/{id}/attachments",
            "/api/v1/lists",
            "/contact-methods/",
        ] {
            assert!(collection_post(&post(yes)), "{yes}");
        }
        for no in [
            "/SendDigits/",
            "/users/{id}",
            "/search",
            "/users:batchs",
            "/status",
            "/delete-reports",
            "/updatemaxversions",
        ] {
            assert!(!collection_post(&post(no)), "{no}");
        }
    }
}
