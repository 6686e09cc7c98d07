//! The resolver against the real knowledge base in data/: names, aliases, synonyms, everyday
//! phrases, British spellings and typos, each with the code it must name first.

use super::*;

fn kb() -> Kb {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("data/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("readable")))
        .collect();
    files.sort();
    crate::load::from_sources(&files).expect("data/ is valid")
}

/// Phrases a developer types, and the code each must name.
const PHRASES: &[(&str, u16)] = &[
    // synonyms and everyday phrases
    ("rate limit", 429),
    ("rate limited", 429),
    ("throttled", 429),
    ("too many", 429),
    ("slow down", 429),
    ("quota exceeded", 429),
    ("token", 401),
    ("expired", 401),
    ("expired token", 401),
    ("login", 401),
    ("not logged in", 401),
    ("revoked token", 401),
    ("missing api key", 401),
    ("wrong password", 401),
    ("unauthenticated", 401),
    ("permission denied", 403),
    ("access denied", 403),
    ("not permitted", 403),
    ("insufficient scope", 403),
    ("account suspended", 403),
    ("banned", 403),
    ("forbidden", 403),
    ("missing", 404),
    ("does not exist", 404),
    ("no such resource", 404),
    ("not found", 404),
    ("deleted", 410),
    ("gone forever", 410),
    ("permanently removed", 410),
    ("down", 503),
    ("overloaded", 503),
    ("maintenance", 503),
    ("unavailable", 503),
    ("server down", 503),
    ("header too large", 431),
    ("headers too big", 431),
    ("cookie too large", 431),
    ("timed out", 504),
    ("upstream timeout", 504),
    ("upstream", 502),
    ("bad upstream response", 502),
    ("proxy error", 502),
    ("crash", 500),
    ("exception", 500),
    ("server error", 500),
    ("bug", 500),
    ("payment failed", 402),
    ("card declined", 402),
    ("subscription expired", 402),
    ("billing", 402),
    ("email already taken", 409),
    ("not ready", 503),
    ("too slow", 408),
    ("network error", 502),
    ("out of stock", 409),
    ("origin down", 502),
    ("jwt", 401),
    ("im a teapot", 418),
    ("csrf", 403),
    ("bad request", 400),
    ("see other", 303),
    ("loop detected", 508),
    ("link expired", 400),
    ("free trial expired", 402),
    ("can not find", 404),
    ("line too long", 414),
    ("duplicate", 409),
    ("already exists", 409),
    ("conflict", 409),
    ("edit conflict", 409),
    ("missing required field", 422),
    ("validation failed", 422),
    ("validation error", 422),
    ("invalid field", 422),
    ("semantic error", 422),
    ("malformed json", 400),
    ("invalid json", 400),
    ("syntax error", 400),
    ("bad input", 400),
    ("not implemented yet", 501),
    ("not implemented", 501),
    ("unsupported method", 405),
    ("wrong method", 405),
    ("method not allowed", 405),
    ("upload too big", 413),
    ("file too large", 413),
    ("body too large", 413),
    ("url too long", 414),
    ("wrong content type", 415),
    ("unsupported format", 415),
    ("created", 201),
    ("resource created", 201),
    ("accepted", 202),
    ("queued", 202),
    ("async job", 202),
    ("background job", 202),
    ("empty response", 204),
    ("no body", 204),
    ("deleted successfully", 204),
    ("success", 200),
    ("ok", 200),
    ("partial", 206),
    ("byte range", 206),
    ("resume download", 206),
    ("range not satisfiable", 416),
    ("moved", 301),
    ("permanent redirect", 308),
    ("redirect", 302),
    ("temporary redirect", 307),
    ("post redirect get", 303),
    ("cached", 304),
    ("etag match", 304),
    ("version mismatch", 412),
    ("if-match failed", 412),
    ("optimistic locking", 412),
    ("precondition required", 428),
    ("require if-match", 428),
    ("upgrade", 426),
    ("websocket", 101),
    ("switching protocol", 101),
    ("early hints", 103),
    ("preload", 103),
    ("continue", 100),
    ("expect continue", 100),
    ("censored", 451),
    ("legal", 451),
    ("gdpr", 451),
    ("captive portal", 511),
    ("wifi login", 511),
    ("disk full", 507),
    ("out of space", 507),
    ("infinite loop", 508),
    ("locked", 423),
    ("teapot", 418),
    ("joke", 418),
    ("gateway timeout", 504),
    ("gateway", 502),
    ("too early", 425),
    ("replay", 425),
    ("misdirected", 421),
    ("wrong host", 421),
    ("content negotiation failed", 406),
    ("cannot produce accept", 406),
    ("proxy auth", 407),
    ("request timeout", 408),
    ("client too slow", 408),
    ("content length missing", 411),
    ("expectation failed", 417),
    ("dependency failed", 424),
    ("http version", 505),
    ("retry-after", 429),
    ("www-authenticate", 401),
    ("allow header", 405),
    ("content-range", 206),
    ("proxy-authenticate", 407),
    // British spellings
    ("unauthorised", 401),
    ("unauthorised access", 401),
    ("unrecognised method", 501),
    ("authorisation failed", 401),
    ("licence expired", 402),
    ("unauthorised request", 401),
    // typos
    ("unauthorzied", 401),
    ("forbiden", 403),
    ("not foud", 404),
    ("conflcit", 409),
    ("too many requets", 429),
    ("gatway timeout", 504),
    ("internal sever error", 500),
    ("servcie unavailable", 503),
    ("unprocesable", 422),
    ("bad reqest", 400),
    ("paymnet required", 402),
    ("temprary redirect", 307),
    ("teapott", 418),
    ("premanent redirect", 308),
    ("no contnet", 204),
];

fn first(kb: &Kb, phrase: &str) -> Option<u16> {
    match resolve(kb, phrase, false) {
        Ok(Found::Codes(codes)) => Some(codes[0].code),
        _ => None,
    }
}

#[test]
fn every_phrase_names_its_code() {
    let kb = kb();
    let mut table: Vec<(String, u16)> = PHRASES.iter().map(|(p, c)| (p.to_string(), *c)).collect();
    for code in kb.codes.iter().filter(|c| c.is_official()) {
        let names = std::iter::once(&code.name).chain(code.aliases.iter());
        // "(Unused)" names 306 and 418: a name of two codes names both.
        let unique = names.filter(|n| search::by_name(&kb, n).iter().filter(|c| c.is_official()).count() == 1);
        table.extend(unique.map(|n| (n.to_string(), code.code)));
    }
    let failed: Vec<String> = table
        .iter()
        .filter_map(|(phrase, code)| {
            let got = first(&kb, phrase);
            (got != Some(*code)).then(|| format!("{phrase:?}: want {code}, got {got:?}"))
        })
        .collect();
    eprintln!("phrase table: {}/{} pass", table.len() - failed.len(), table.len());
    assert!(table.len() >= 150, "only {} phrases", table.len());
    assert!(
        failed.is_empty(),
        "{} of {} failed:\n{}",
        failed.len(),
        table.len(),
        failed.join("\n")
    );
}

#[test]
fn unclear_words_name_nothing() {
    let kb = kb();
    for phrase in ["foo", "captcha", "asdfgh", "banana bread"] {
        match resolve(&kb, phrase, false) {
            Err(Unresolved::Unknown(message)) => assert!(message.contains("statusgen search"), "{message}"),
            other => panic!("{phrase:?} named {other:?}"),
        }
    }
}

#[test]
fn vendor_codes_need_their_name_or_unofficial() {
    let kb = kb();
    assert_eq!(first(&kb, "enhance your calm"), Some(420));
    assert_ne!(first(&kb, "rate limit"), Some(420));
    assert_eq!(first(&kb, "not found"), Some(404));
}

#[test]
fn words_that_are_not_codes_join_into_phrases() {
    let words = |w: &[&str]| queries(&w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(words(&["not", "found"]), ["not found"]);
    assert_eq!(
        words(&["404", "gateway", "timeout", "4xx", "410"]),
        ["404", "gateway timeout", "4xx", "410"]
    );
}

#[test]
fn a_class_lists_its_registry_codes() {
    let kb = kb();
    let Ok(Found::Class(4, codes)) = resolve(&kb, "4xx", false) else {
        panic!("4xx")
    };
    assert!(codes.iter().all(|c| c.code / 100 == 4 && c.is_official()));
}

#[test]
fn signed_and_decimal_numbers_are_not_codes_nor_words() {
    let kb = kb();
    for query in ["-1", "+200", "4.04", "404.0", "-404", "-4.5"] {
        match resolve(&kb, query, false) {
            Err(Unresolved::Invalid(message)) => assert!(message.contains("not a valid HTTP status code"), "{message}"),
            other => panic!("{query}: {:?}", other.map(|_| ()).err()),
        }
    }
    // Punctuation typed beside a code is not a number: those are still looked up.
    for query in ["401,", "404.", "404-", "200-299", "1+1", ".4"] {
        assert!(
            !matches!(resolve(&kb, query, false), Err(Unresolved::Invalid(_))),
            "{query}"
        );
    }
}

#[test]
fn one_letter_names_no_code() {
    let kb = kb();
    for query in ["a", "s", "-s"] {
        assert!(
            matches!(resolve(&kb, query, false), Err(Unresolved::Unknown(_))),
            "{query}"
        );
    }
    assert_eq!(first(&kb, "ok"), Some(200));
}
