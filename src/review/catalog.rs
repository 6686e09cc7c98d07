//! The rule table: every rule's id, default severity, profile, card and documentation. `--explain`,
//! `--list-rules` (`rules::list`), SARIF's rule metadata and docs/LINT.md's table are read from here.

use super::rules::{Rule, Scope, Severity};

const fn rule(
    id: &'static str,
    severity: Severity,
    strict: bool,
    card: Option<u16>,
    summary: &'static str,
    doc: &'static str,
) -> Rule {
    Rule {
        id,
        severity,
        strict,
        card,
        summary,
        doc,
        scope: Scope::Description,
        in_exchange: "",
        in_exchange_severity: None,
    }
}

/// A rule that reviews exchanges only (`check`).
const fn exchange(
    id: &'static str,
    severity: Severity,
    card: Option<u16>,
    summary: &'static str,
    doc: &'static str,
) -> Rule {
    let mut rule = rule(id, severity, false, card, summary, doc);
    rule.scope = Scope::Exchange;
    rule
}

impl Rule {
    /// The rule reviews exchanges too; `in_exchange` says what it looks at there.
    const fn both(mut self, in_exchange: &'static str) -> Rule {
        self.scope = Scope::Both;
        self.in_exchange = in_exchange;
        self
    }

    /// Its default severity in an exchange, when it differs from a description's.
    const fn in_exchange_at(mut self, severity: Severity) -> Rule {
        self.in_exchange_severity = Some(severity);
        self
    }
}

use Severity::{Error as E, Info as I, Warning as W};

pub const RULES: &[Rule] = &[
    rule(
        "code-invalid",
        E,
        false,
        None,
        "a response key that is not a status code",
        "Response keys are three-digit codes 100-599, a range 1XX-5XX (OpenAPI 3 only, capital X) or `default`.",
    ),
    rule(
        "code-deprecated",
        W,
        false,
        None,
        "a deprecated, unused or obsoleted code",
        "The registry marks the code deprecated, unused or obsoleted: 305 Use Proxy is deprecated for security reasons, 306 is unused, 418 is reserved as unused (it began as an April Fools' joke), 510 Not Extended is obsoleted. Clients and intermediaries may not handle such a code as you expect: pick the current one the card points to.",
    )
    .both("In an exchange: the response's status is deprecated, unused or obsoleted in the registry."),
    rule(
        "code-unofficial",
        W,
        false,
        None,
        "a vendor's code, not in the registry",
        "The number is not registered; only some vendors use it (nginx 499, Cloudflare 52x), and generic clients see a bare class.",
    )
    .both("In an exchange: the response's status is a vendor's code (nginx 499, Cloudflare 52x)."),
    rule(
        "code-unassigned",
        W,
        false,
        None,
        "an unassigned number",
        "No registry entry and no known vendor use: clients treat it as x00 of its class.",
    )
    .both("In an exchange: the response's status is unassigned (299, 599): no registry entry, no known use."),
    rule(
        "header-must",
        W,
        false,
        None,
        "a header the RFC says MUST be sent is not declared",
        "From the knowledge base's `headers` (level MUST): 401 WWW-Authenticate, 405 Allow, 407 Proxy-Authenticate, 426 Upgrade, \
         206 Content-Range (unless every media type is multipart/byteranges), 101 Upgrade and Connection. For 206 and 304 the \
         headers a 200 to the same request would carry (ETag, Cache-Control, Vary, ...) are required only when this operation's \
         200 declares them. Names compare case-insensitively; a header declared through $ref counts. \
         Why a warning and not an error: a description that does not declare a header does not prove that the server omits it \
         (frameworks and gateways add WWW-Authenticate and Allow on their own), so what the document shows is an incomplete \
         description, not a broken server. Teams whose descriptions are meant to be complete raise it with \
         `--severity header-must=error`. A cookie or session login has no registered authentication scheme, but RFC 9110 \
         still asks every 401 for a challenge: declare the one the server sends (any scheme name is allowed), answer 403 when \
         a login page is the only way in, or mark the response with `x-statusgen-ignore: [header-must]`.",
    )
    .both("In an exchange: the response does not send the header, for the rules that hold for every response of the code (401 WWW-Authenticate, 405 Allow, 407 Proxy-Authenticate, 426 and 101 Upgrade, a single-part 206 Content-Range). Rules that depend on what a 200 would have sent are not checked.").in_exchange_at(E),
    rule(
        "header-should",
        W,
        false,
        None,
        "a header the RFC says SHOULD be sent is not declared",
        "From the knowledge base's `headers` (level SHOULD): Location on 301, 302, 307 and 308, Content-Range on 416, Link on \
         451; Accept-Patch on 415 only for PATCH operations. Also a header the knowledge base marks `essential` whatever its \
         level: a 303's Location (the redirect has no target without it).",
    )
    .both("In an exchange: the response does not send the header (Location on 301, 302, 307 and 308; Content-Range on 416; Accept-Patch on a 415 to a PATCH)."),
    rule(
        "header-may",
        I,
        false,
        None,
        "a header the RFC suggests (MAY, ought to) is not declared",
        "From the knowledge base's `headers` (MAY or non-normative advice): Retry-After on 429 and 503, Location on 201.",
    )
    .both("In an exchange: the response does not send the header the RFC suggests (Retry-After on 429 and 503, Location on 201 and 303). Advice: reported as info."),
    rule(
        "header-conditional",
        I,
        true,
        None,
        "a header the RFC asks for under a condition is not declared",
        "Rules whose text starts with a condition (\"If ...\", \"When ...\", \"On GET ...\", \"For ...\") cannot be checked \
         from a description alone (200 ETag, 413 Retry-After, 300 Location, 104 Location); reported as info under --profile strict.",
    )
    .both("In an exchange: the same rules, when the exchange cannot show whether the condition holds (strict only)."),
    rule(
        "content-forbidden",
        E,
        false,
        None,
        "a response that cannot have content declares content",
        "1xx, 204, 304 (and any code the knowledge base marks body_allowed = false) end with their header section: the \
         document itself says something HTTP cannot carry, so this is an error. A Swagger 2.0 `schema: {type: 'null'}` \
         (some generators' way of writing \"no content\") is not counted as content.",
    )
    .both("In an exchange: a 1xx, 204 or 304 response, or any response to HEAD, carries content; or it sends a header the knowledge base says it MUST NOT (Content-Length on 1xx and 204)."),
    rule(
        "create-without-201",
        W,
        false,
        Some(201),
        "a create operation answers 200 but neither 201 nor 202",
        "A POST (or a PUT named as a create) that creates something answers 200 but declares neither 201 Created nor 202 \
         Accepted. What a POST creates must have a path of its own in the description (`POST /orders` beside \
         `/orders/{id}`): without one, \"create\" mostly names a computed answer (`createChatCompletion`, \
         `createTranslation`) and nothing is reported. It creates when its operationId or summary says so with a whole word \
         (`createUser`, `orders.create`, `add-pet`, `placeOrder`, `register_device`, `NewInvoice`; `recreate`, `createdAt`, \
         `addLabels` and \"Add label to artifact\" on an existing item do not count), or when it is a POST to such a \
         collection with no summary and no operationId beyond the method and the path (`post-orders`). Never asked of GET, \
         HEAD or DELETE; not of a login, token or session issue or a step of one (an MFA challenge, a one-time password), \
         nor of an upsert (\"create or update\"), nor of an operation whose name, summary or last path segment starts \
         with another action (`validateCreateUser`, `/filters/update`, \"Search orders\"). It cannot see what the server \
         stores: a create the description does not give an item path to is missed.",
    ),
    rule(
        "created-wrong-method",
        W,
        false,
        Some(201),
        "201 Created on GET, HEAD or DELETE",
        "201 says the request created a resource (RFC 9110 §15.3.2); GET and HEAD are safe and DELETE removes, so none of \
         them creates. 202 is not reported: RFC 9110 §9.3.5 suggests 202 for a DELETE that is queued, and status monitors \
         polled with GET answer 202 while the work runs.",
    ),
    rule(
        "accepted-beside-2xx",
        I,
        false,
        Some(202),
        "202 beside other 2xx codes",
        "202 says the work is queued; beside 200/201 it is often a sign the description mixes synchronous and asynchronous \
         outcomes. Info only: \"200 when done at once, 202 when queued\" is a real design.",
    ),
    rule(
        "switching-beside-2xx",
        I,
        false,
        Some(101),
        "101 beside 2xx codes",
        "101 switches protocols; beside 2xx it is usually a mistake, but HTTP/2 WebSockets (RFC 8441) answer 200, so info only.",
    ),
    rule(
        "no-success",
        W,
        false,
        Some(200),
        "an operation declares no 2xx or 3xx response",
        "Every operation needs an outcome that is not an error. A redirect-only operation is fine, and so is one that \
         answers 101 (a WebSocket upgrade); an operation with a `default` response is skipped (`default` may be the \
         success).",
    ),
    rule(
        "no-error-responses",
        W,
        false,
        Some(400),
        "the document declares no error response at all",
        "Not one operation declares a 4xx or 5xx code, a 4XX/5XX range or `default`: clients cannot know what a failure looks \
         like. Reported once for the document, at `paths`; `coverage-4xx` (strict) names each operation.",
    ),
    rule(
        "success-error-envelope",
        W,
        false,
        Some(200),
        "the document shows failures travelling inside a 2xx",
        "Reported only when the document itself shows a failure answered with a success code: a 2xx (not 202, 207 or 208) \
         described as \"Error\" or \"Failure\"; or, on an operation that declares no 4xx, 5xx or `default` response and is \
         not a test, check or probe, a 2xx whose example is a failure (`success: false` or `ok: false` with an `error`, \
         `errors` or `message`), or whose schema is the classic envelope (`success`/`ok`, `data`/`result`/`results`/`payload` \
         and `error`/`errors`). What it cannot see: whether the server really answers failures with 200. So a boolean \
         `success` on a delete that also declares 401/404, a test endpoint whose `success` or `ok` is the outcome of the \
         test, a job's or an execution's own `error`, `errorCode` or `state: failed`, and a streamed frame's `error` \
         (grpc-gateway's `result`/`error` stream results) are not reported.",
    ),
    rule(
        "description-mismatch",
        W,
        false,
        None,
        "a response's description names a different status",
        "The description (or its first clause) is the name or former name of another status code, from the knowledge base \
         (\"Bad Request\" on a 404, \"Unprocessable Entity\" on a 400, \"400 Bad Request\" on a 422), or starts with another \
         code. Only when the key or the named code is an error (4xx/5xx): \"OK\" on a 201 or \"Found\" on a 200 are left alone.",
    ),
    rule(
        "unauthorized-permission",
        W,
        false,
        Some(403),
        "a 401 described as a permission problem",
        "401 means the request lacks valid credentials; a client that is known but not allowed gets 403 (RFC 9110 §15.5.2, \
         §15.5.4). Reported when a 401's description uses a word the knowledge base files under 403 only (permission, not \
         allowed, insufficient scope, role, ...) and none that it files under 401 (authentication, token, credentials, not \
         logged in, ...).",
    ),
    rule(
        "webdav-status",
        W,
        false,
        None,
        "207 or 208 outside WebDAV",
        "207 Multi-Status (RFC 4918 §13) carries a DAV:multistatus XML body, and 208 Already Reported (RFC 5842 §7.1) is \
         only meaningful inside one. A 207 whose content is not XML, or any 208 in an API description, borrows WebDAV's codes \
         for something else (a batch's per-item results are better a 200 with the results in the body).",
    ),
    rule(
        "coverage-401",
        I,
        true,
        Some(401),
        "a secured operation declares no 401",
        "The operation (or the document) requires security but declares no 401, 4XX or default response.",
    ),
    rule(
        "coverage-404",
        I,
        true,
        Some(404),
        "an operation with path parameters declares no 404",
        "A path parameter names a resource that may not exist; declare 404 (or 4XX/default).",
    ),
    rule(
        "coverage-400",
        I,
        true,
        Some(400),
        "an operation with a request body declares neither 400 nor 422",
        "A request body can be invalid; declare 400 or 422 (or 4XX/default).",
    ),
    rule(
        "coverage-4xx",
        I,
        true,
        Some(400),
        "an operation declares no 4xx response",
        "No 4xx code, no 4XX range: clients cannot know what errors look like.",
    ),
    rule(
        "problem-json",
        I,
        true,
        Some(400),
        "error responses are not application/problem+json",
        "RFC 9457 defines application/problem+json for error details; an error response with content of other types only.",
    ),
    rule(
        "validation-mixed",
        I,
        false,
        Some(422),
        "both 400 and 422 are used for validation failures",
        "Pick one code for invalid input across the document. `--validation 400|422` states the team's convention; then each \
         use of the other code is reported.",
    ),
    rule(
        "prefer-303-307",
        I,
        false,
        Some(302),
        "302 is ambiguous",
        "Clients may turn a POST into GET when following 302: say 303 See Other (go GET this) or 307 Temporary Redirect (repeat the request).",
    )
    .both("In an exchange: a 302 answers a POST (or another method that is not GET or HEAD): say 303 See Other or 307 Temporary Redirect."),
    rule(
        "ref-unresolved",
        E,
        false,
        None,
        "a $ref points at nothing",
        "The `$ref` target is missing: no such file, no such pointer, or a file that cannot be read.",
    ),
    rule(
        "ref-cycle",
        E,
        false,
        None,
        "a $ref chain loops",
        "A `$ref` leads, through other `$ref`s, back to itself.",
    ),
    rule(
        "duplicate-key",
        E,
        false,
        None,
        "a key written twice in one object",
        "The same key appears twice in one object. YAML 1.2 forbids it and JSON leaves the outcome to \
         the reader: most JSON parsers keep the last value, statusgen and many YAML readers the first, \
         so the server, the documentation and this lint may each see a different API. It is an error \
         rather than a refusal so that the rest of the document is still reviewed (as the first value).",
    ),
    // ---- Exchanges only (`statusgen check`): rules about what a server sent. ----
    exchange(
        "header-syntax",
        W,
        None,
        "a header the client has to parse is malformed",
        "The value does not follow its grammar, so clients ignore it or fail: Retry-After is an HTTP-date or a number of \
         seconds (RFC 9110 \u{a7}10.2.3); Location a URI reference, relative allowed, without spaces or control characters \
         (\u{a7}10.2.2); Allow a comma-separated list of method tokens (\u{a7}10.2.1); WWW-Authenticate and Proxy-Authenticate \
         a challenge, an auth-scheme token then token68 or name=value parameters (\u{a7}11.6.1); Content-Range `bytes \
         FIRST-LAST/LENGTH` or `bytes */LENGTH`, with FIRST <= LAST < LENGTH (\u{a7}14.4).",
    ),
    exchange(
        "allow-lists-refused",
        W,
        Some(405),
        "a 405's Allow lists the method it refused",
        "405 says the method is not supported by the target resource, and Allow lists the methods that are: the refused \
         method in Allow contradicts the status (RFC 9110 \u{a7}15.5.6). When the method of the exchange is unknown (`curl -si`), \
         GET is assumed and the report says so; give `-X METHOD`.",
    ),
    exchange(
        "head-refused",
        W,
        Some(405),
        "HEAD refused where GET is allowed",
        "A 405 to a HEAD request whose Allow lists GET: a server that supports GET on a resource MUST support HEAD \
         there too (RFC 9110 \u{a7}9.1, \u{a7}9.3.2), answering with the headers a GET would get and no content. Some \
         frameworks route HEAD only when it is declared; let them answer HEAD wherever they answer GET. Seen only when \
         the exchange shows the method (a HAR, `curl -v`, or `-X HEAD`) and the Allow header.",
    ),
    exchange(
        "content-length-mismatch",
        E,
        None,
        "Content-Length disagrees with the content received",
        "Content-Length states the size of the content in bytes (RFC 9110 \u{a7}8.6); a different count makes clients hang \
         waiting for bytes that never come, or cut the content, or take the rest for the next response. Checked when the \
         exchange holds the whole content as sent: not after Content-Encoding was undone, nor for a HEAD, a 304 or \
         a HAR entry whose text was left out.",
    ),
    exchange(
        "content-type-missing",
        W,
        None,
        "content without Content-Type",
        "A response with content ought to say its media type (RFC 9110 \u{a7}8.3); without it clients guess (sniff), which \
         is unreliable and a security risk for text that looks like HTML.",
    ),
    exchange(
        "failure-in-success",
        W,
        Some(200),
        "a 2xx response reports a failure in its content",
        "A JSON body of a 2xx (not 202, 207 or 208) that says the request failed hides the failure from clients, caches and \
         monitoring: answer with the 4xx or 5xx code. Signals, at the top level of the JSON object: `success` or `ok` set to \
         false; `status`, `result` or `outcome` set to \"error\", \"fail\" or \"failure\"; a non-empty `error` or `errors` \
         (an object, a list or a string) with no data beside it (`data`, `result`, `results`, `items`, `payload`, `id`); \
         an error code (`code`, `status`, `statusCode`, `errorCode`) that is a 4xx or 5xx number unlike the real status. \
         Not signals: `\"error\": null` or an empty list beside data; a resource whose own state is failed \
         (`{\"id\": 7, \"state\": \"failed\"}`, a job or build report); a `message` that is not an error.",
    ),
    exchange(
        "problem-status-mismatch",
        E,
        None,
        "an application/problem+json `status` differs from the response's",
        "RFC 9457 \u{a7}3.1.2: the `status` member, if present, is the status code of this occurrence, as a number; generators \
         must use the same code in the actual response. A different value misleads clients that read the body.",
    ),
    exchange(
        "problem-member-type",
        W,
        None,
        "a problem details member has the wrong type",
        "RFC 9457 \u{a7}3.1: `type` and `instance` are URI-reference strings, `title` and `detail` strings, `status` a number; \
         consumers ignore a member of the wrong type, so the information is lost. The whole body must be a JSON object.",
    ),
    exchange(
        "spec-status-undeclared",
        E,
        None,
        "the status is not declared by the matching operation",
        "With `--spec`: the exchange's operation (matched by server base path, path template and method) declares neither this \
         code, nor its range (4XX), nor `default`. Schemathesis calls this `status_code_conformance`.",
    ),
    exchange(
        "spec-header-missing",
        E,
        None,
        "a header the description declares required is not sent",
        "With `--spec`: the matched response declares a header with `required: true` and the exchange does not send it \
         (Schemathesis: `response_headers_conformance`).",
    ),
    exchange(
        "spec-content-type-undeclared",
        W,
        None,
        "the response's Content-Type is not declared",
        "With `--spec`: the matched response declares media types under `content` (or `produces`) and the exchange's \
         Content-Type matches none of them (parameters ignored, `*/*` and `type/*` honoured).",
    ),
    exchange(
        "spec-unmatched",
        W,
        None,
        "an exchange matches no operation of the description",
        "With `--spec`: no server base path, path template and method of the description match the exchange's URL and \
         method; the description is incomplete or the traffic is not the API's.",
    ),
    exchange(
        "spec-never-seen",
        I,
        None,
        "a declared response was never seen",
        "With `--spec`: coverage. A response the description declares (an operation and a code) that no exchange showed; \
         the text report ends with how many declared responses were seen.",
    ),
];
