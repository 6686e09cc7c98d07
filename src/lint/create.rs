//! Which operations create something. Only POST, and PUT when its name says so; never GET, HEAD
//! or DELETE. What a POST creates must have a path of its own (`/orders/{id}` beside `/orders`):
//! without one, "create" mostly names a computed answer (`createChatCompletion`). An operation
//! creates when its operationId or summary says so with a whole word
//! (`createOrder`, `orders.create`, `add-pet`, `placeOrder`, `register_device`), or when it is a
//! POST with a body to a collection whose items have their own path (`POST /orders` beside
//! `/orders/{id}`) that has no summary and no operationId beyond the method and the path
//! (`post-orders`). Logins and token or session issues, upserts, operations whose name starts with
//! another action (`validateCreateUser`, `/filters/update`) and adding several things to an
//! existing one (`addLabels`), adding one to an item ("Add label to artifact" on
//! `POST /artifacts/{ref}/labels`) unless the summary says new or create, or acting on it
//! (`collections.add_user`) are not creates.

use std::collections::HashSet;

use super::walk::Op;

/// Paths whose items have their own path: `/orders` when `/orders/{id}` is described (from the
/// keys of `paths`, before any operation is looked at).
pub fn collections<'a>(paths: impl Iterator<Item = &'a str>) -> HashSet<String> {
    paths
        .filter_map(|path| {
            let path = path.trim_end_matches('/');
            let (parent, last) = path.rsplit_once('/')?;
            (last.starts_with('{') && last.ends_with('}') && !parent.is_empty()).then(|| parent.to_string())
        })
        .collect()
}

/// Why the operation creates (for the message), or `None`.
pub fn creates(op: &Op, collections: &HashSet<String>) -> Option<String> {
    if !matches!(op.method, "post" | "put") || op.path.starts_with("webhook ") {
        return None;
    }
    let id = op.id.as_deref().map(words).unwrap_or_default();
    let summary = op.summary.as_deref().map(words).unwrap_or_default();
    let path = words(&op.path);
    let all = || id.iter().chain(&summary).chain(&path);
    let collection = collections.contains(op.path.trim_end_matches('/'));
    if all().any(|w| SIGN_IN.contains(&w.as_str())) || (!collection && all().any(|w| w == "token" || w == "tokens")) {
        return None;
    }
    if [&id, &summary].iter().any(|w| upsert(w)) {
        return None;
    }
    let first_word_acts = |w: &[String]| {
        let start = usize::from(w.first().is_some_and(|w| w == "post"));
        w.get(start).is_some_and(|w| OTHER_ACTIONS.contains(&w.as_str()))
    };
    let last = op.path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let last_words = words(last);
    // `add`, `register`… in the path itself is an RPC action on something that exists
    // (`collections.add_user`, `/faces/{name}/register`); `create` there still creates.
    let rpc_verb = |verb: &str| last_words.iter().any(|w| w == verb);
    // "Add label to artifact" on a list that hangs off one item (`POST /artifacts/{ref}/labels`)
    // attaches something that exists, unless the summary says new or create.
    let attaches = |verb: &str| {
        verb == "add"
            && op
                .path
                .trim_end_matches('/')
                .rsplit('/')
                .nth(1)
                .is_some_and(|p| p.starts_with('{'))
            && summary.iter().any(|w| w == "to")
            && !summary.iter().any(|w| w == "new" || w == "create" || w == "creates")
    };
    // What a POST creates has a path of its own (`/orders/{id}` beside `/orders`); without one,
    // "create" mostly names a computed answer (`createChatCompletion`, `createTranslation`). A
    // PUT creates at its own URI.
    let has_own_path = op.method == "put" || collection;
    let named_as = |w: &[String], whole: bool| {
        named(w, whole).filter(|(verb, _)| {
            has_own_path && (*verb == "create" || (op.method == "post" && !rpc_verb(verb) && !attaches(verb)))
        })
    };
    // `/filters/update`, `validateCreateUser`, "Search things": another action comes first.
    if first_word_acts(&last_words) || first_word_acts(&id) || first_word_acts(&summary) {
        return None;
    }
    if let Some((_, how)) = named_as(&id, true) {
        return Some(format!("operationId `{}` {how}", op.id.as_deref().unwrap_or_default()));
    }
    if let Some((_, how)) = named_as(&summary, false) {
        return Some(format!("its summary {how}"));
    }
    // A POST to a collection creates when nothing names it otherwise: no summary, and no
    // operationId or one made of the method and the path (`post-businessLines`).
    let generic = summary.is_empty() && id.iter().all(|w| w == "post" || path.contains(w));
    (op.method == "post" && op.body && collection && generic && !last.starts_with('{')).then(|| {
        format!(
            "a POST to a collection whose items are at {}/{{…}}",
            op.path.trim_end_matches('/')
        )
    })
}

/// How a name says "create", and the verb: `create` anywhere in an operationId (`whole`), else
/// first (after a method word); in an operationId also last (`orders.add`); `add` not of
/// several things (`addLabels`).
fn named(words: &[String], whole: bool) -> Option<(&'static str, &'static str)> {
    let start = usize::from(words.first().is_some_and(|w| w == "post"));
    let verb = |w: &String| {
        CREATE_VERBS
            .iter()
            .find(|v| *w == **v || w.strip_suffix('s').is_some_and(|s| s == **v))
            .copied()
    };
    if whole && words.iter().any(|w| w == "create") {
        return Some(("create", "says create"));
    }
    let (at, found) = match words.get(start).and_then(verb) {
        Some(v) => (start, v),
        None if whole => (words.len().checked_sub(1)?, words.last().and_then(verb)?),
        None => return None,
    };
    let object = words.get(at + 1);
    if found == "add" && object.is_some_and(|o| o.ends_with('s') && !o.ends_with("ss")) {
        return None;
    }
    Some(match found {
        "create" => ("create", "says create"),
        "add" => ("add", "says add"),
        "place" => ("place", "says place"),
        "register" => ("register", "says register"),
        _ => ("new", "says new"),
    })
}

/// "create or update", "upsert": 200 is right when it updates.
fn upsert(words: &[String]) -> bool {
    let is = |w: &String, v: &str| w == v || w.strip_suffix('s').is_some_and(|s| s == v);
    words.iter().any(|w| is(w, "upsert"))
        || (words.iter().any(|w| is(w, "create")) && words.iter().any(|w| is(w, "update") || is(w, "replace")))
}

const CREATE_VERBS: [&str; 5] = ["create", "add", "place", "register", "new"];

/// A login, a step of one (an MFA challenge, a one-time password), or a token or session
/// issued: not a resource created.
const SIGN_IN: [&str; 13] = [
    "challenge",
    "challenges",
    "otp",
    "login",
    "logon",
    "signin",
    "auth",
    "oauth",
    "oauth2",
    "authenticate",
    "authorize",
    "session",
    "sessions",
];

/// Words that name another action than creating.
const OTHER_ACTIONS: [&str; 62] = [
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
    "replace",
    "edit",
    "modify",
    "change",
    "patch",
    "list",
    "fetch",
    "bulk",
    "batch",
    "download",
    "count",
    "sort",
    "reorder",
    "move",
    "mark",
    "read",
    "scan",
    "preview",
    "match",
    "resolve",
    "assign",
    "unassign",
    "link",
    "unlink",
    "merge",
    "toggle",
    "enable",
    "disable",
];

/// Lower-case words of a name: `createUser`, `create_user`, `HTTPServer.add`, `/line-items`.
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = name.chars().peekable();
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            prev = Some(c);
            continue;
        }
        let next = chars.peek().copied();
        let boundary = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase() || p.is_ascii_digit() || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if boundary && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        word.extend(c.to_lowercase());
        prev = Some(c);
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::walk::Op;
    use super::*;

    fn op(method: &'static str, path: &str, id: Option<&str>, summary: Option<&str>) -> Op {
        Op {
            method,
            path: path.into(),
            id: id.map(String::from),
            summary: summary.map(String::from),
            site: crate::review::rules::Site {
                doc: 0,
                pos: 0,
                pointer: String::new(),
            },
            body: true,
            secured: false,
            produces: Vec::new().into(),
            responses: Vec::new().into(),
            ignore: Vec::new(),
            node: (0, 0),
            first: true,
        }
    }

    #[test]
    fn words_split_at_case_and_punctuation() {
        assert_eq!(words("createUser"), ["create", "user"]);
        assert_eq!(words("HTTPServer.add"), ["http", "server", "add"]);
        assert_eq!(words("/api/v1/line-items"), ["api", "v1", "line", "items"]);
        assert_eq!(words("Token_Create"), ["token", "create"]);
        assert_eq!(words("createdAt"), ["created", "at"]);
    }

    #[test]
    fn creates_by_name_method_and_collection() {
        let none = HashSet::new();
        let with = |p: &str| HashSet::from([p.to_string()]);
        let yes = [
            op("post", "/x", Some("createUser"), None),
            op("post", "/x", Some("orders.create"), None),
            op("post", "/x", Some("projects-create-member"), None),
            op("post", "/pet", Some("addPet"), None),
            op("post", "/store/order", Some("placeOrder"), None),
            op("post", "/devices", Some("register_device"), None),
            op("post", "/x", None, Some("Add a new pet to the store")),
            op("put", "/analyzer", Some("CreateAnalyzer"), None),
            op(
                "post",
                "/users/{id}/pets",
                Some("addPet"),
                Some("Add a new pet for the user"),
            ),
        ];
        for o in &yes {
            assert!(creates(o, &with(&o.path)).is_some(), "{:?} {:?}", o.id, o.summary);
        }
        // Named a create, but nothing it makes has a path of its own: a computed answer.
        let computed = op("post", "/chat/completions", Some("createChatCompletion"), None);
        assert!(creates(&computed, &none).is_none());
        assert!(creates(&op("post", "/orders", None, None), &with("/orders")).is_some());
        assert!(creates(&op("post", "/orders", Some("post-orders"), None), &with("/orders")).is_some());
        let no = [
            op("get", "/flows", Some("createBrowserLoginFlow"), None),
            op("delete", "/x", Some("createThing"), None),
            op("post", "/oauth/token", Some("Token_Create"), None),
            op("post", "/payment/token/create", Some("createPaymentToken"), None),
            op("post", "/x", Some("recreateIndex"), None),
            op("post", "/issues/{n}/labels", Some("issues/add-labels"), None),
            op("post", "/x", Some("Create or update an external issue"), None),
            op("put", "/settings/permissions", Some("updatePermissions"), None),
            op("post", "/users", Some("validateCreateUser"), None),
            op("post", "/orders", None, None),
            op(
                "post",
                "/artifacts/{reference}/labels",
                Some("addLabel"),
                Some("Add label to artifact"),
            ),
            op(
                "post",
                "/factors/{id}/challenge",
                None,
                Some("Create a new challenge for a MFA factor"),
            ),
        ];
        for o in &no {
            assert!(creates(o, &none).is_none(), "{:?} {:?}", o.id, o.summary);
            // Not for want of an item path: each is refused for what it is (but a token POSTed
            // to a collection of tokens, beside their own paths, is a resource).
            if (o.id.is_some() || o.summary.is_some()) && !o.path.contains("token") {
                assert!(creates(o, &with(&o.path)).is_none(), "{:?} {:?}", o.id, o.summary);
            }
        }
        let search = op("post", "/users", Some("searchUsers"), None);
        assert!(creates(&search, &with("/users")).is_none());
        let update = op("post", "/roles/{r}/permissions", None, Some("Update permissions"));
        assert!(creates(&update, &with("/roles/{r}/permissions")).is_none());
        let returns = op("post", "/things", None, Some("Returns the matching things"));
        assert!(
            creates(&returns, &with("/things")).is_none(),
            "a summary that does not say create"
        );
    }
}
