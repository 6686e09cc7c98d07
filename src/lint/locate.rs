//! Places a finding in its description: line, column and the source line around the key.

use super::source::Docs;
use crate::review::report::Located;
use crate::review::rules::Finding;
use crate::review::text::shown;

/// Longer source lines (minified JSON) are cut to a window around the column.
const WINDOW: usize = 60;

pub fn locate(docs: &Docs, finding: Finding) -> Located {
    let doc = docs.get(finding.site.doc);
    let source = &doc.tree.source;
    let (line, column, start, byte) = doc.lines().locate(source, finding.site.pos);
    // Only a window around the key is looked at: a minified file is one line of megabytes.
    let from = floor_boundary(source, byte.saturating_sub(WINDOW * 4).max(start));
    let to = floor_boundary(source, (byte + WINDOW * 8).min(source.len()));
    let window = &source[from..to];
    let at = byte - from;
    let line_end = window[at..].find(['\n', '\r']).map_or(window.len(), |e| at + e);
    let width = token_width(&window[at..line_end]);
    let (before, token, after) = (&window[..at], &window[at..at + width], &window[at + width..line_end]);
    let before: String = before.replace('\t', "    ");
    let skip = before.chars().count().saturating_sub(WINDOW);
    let before: String = before.chars().skip(skip).collect();
    let cut = after.chars().count() > WINDOW || (line_end == window.len() && to < source.len());
    let after: String = after.chars().take(WINDOW).collect();
    let (before, token, after) = (shown(&before), shown(token), shown(&after));
    let prefix = if skip > 0 || from > start { "…" } else { "" };
    let caret = (
        prefix.chars().count() + before.chars().count(),
        token.chars().count().max(1),
    );
    let suffix = if cut { "…" } else { "" };
    Located {
        file: doc.name.clone(),
        line,
        column,
        excerpt: format!("{prefix}{before}{token}{after}{suffix}"),
        caret,
        finding,
        exchange: None,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The length in bytes of the key at the start of `text`: a quoted string or a plain word.
fn token_width(text: &str) -> usize {
    let mut chars = text.char_indices();
    match chars.next() {
        Some((_, q @ ('"' | '\''))) => {
            let mut escaped = false;
            for (i, c) in chars {
                if c == q && !escaped {
                    return i + 1;
                }
                escaped = c == '\\' && !escaped;
            }
            text.len()
        }
        Some(_) => text.find([':', ' ', ',', '\t']).unwrap_or(text.len()).max(1),
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_widths() {
        assert_eq!(token_width("\"401\": {"), 5);
        assert_eq!(token_width("'401':"), 5);
        assert_eq!(token_width("401:"), 3);
        assert_eq!(token_width("\"a\\\"b\": 1"), 6);
        assert_eq!(token_width("get"), 3);
        assert_eq!(token_width(""), 0);
    }
}
