//! The trust boundary for text. A knowledge base is checked once, when it is read: no control,
//! C1, bidi, zero-width or other invisible format character may reach a terminal from it. Text
//! from anywhere else (arguments, paths, documents) is neutralised by [`escape`] before it is
//! echoed.

use std::borrow::Cow;

/// Characters that can move the cursor, change the terminal, reorder or hide text: C0 and C1
/// controls, DEL, line and paragraph separators, and the format characters (Unicode category Cf:
/// bidi marks and overrides, zero-width spaces and joiners, the byte-order mark, …).
pub fn hostile(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control()
        || matches!(c,
            '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{890}'..='\u{891}'
            | '\u{8e2}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}' | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// Whether a text shows nothing: empty, or only spaces, blank fillers, and marks that draw
/// nothing on their own (combining marks, variation selectors).
pub fn blank(text: &str) -> bool {
    let filler = |c: char| {
        matches!(
            c,
            '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}' | '\u{2800}' | '\u{3164}' | '\u{ffa0}' | '\u{1d159}'
        )
    };
    let mark = |c: char| {
        matches!(c,
            '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}' | '\u{180b}'..='\u{180f}' | '\u{fe00}'..='\u{fe0f}'
            | '\u{e0100}'..='\u{e01ef}')
    };
    text.chars()
        .all(|c| c.is_whitespace() || hostile(c) || filler(c) || mark(c))
}

/// Text safe to show whatever it holds: hostile characters become `\u{1b}`-style escapes.
/// Used for every argument, path or document text echoed in a message.
pub fn escape(text: &str) -> Cow<'_, str> {
    // Printable ASCII, the usual case, is decided a byte at a time.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) || !text.contains(hostile) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hostile(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `escape`, cut to `max` characters with `…` when longer: for quoting what a user typed.
pub fn quote(text: &str, max: usize) -> String {
    let mut shown: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        shown.push('…');
    }
    escape(&shown).into_owned()
}

/// Why a text from a data file is refused, with the offset (in the text) of the culprit.
pub fn refuse(text: &str, multiline: bool) -> Option<(usize, String)> {
    let (at, c) = text
        .char_indices()
        .find(|&(_, c)| hostile(c) && !(multiline && c == '\n'))?;
    let what = match c {
        '\n' => "a line break (only `example` may span lines)".to_string(),
        '\t' => "a tab (use spaces)".to_string(),
        c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
        c => format!("the invisible or direction-changing character U+{:04X}", u32::from(c)),
    };
    Some((at, format!("the text contains {what}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_could_act_on_a_terminal() {
        assert_eq!(escape("plain text §"), "plain text §");
        let shown = escape("a\u{1b}]0;x\u{7}b\u{202e}c\u{200b}d\u{85}e\u{7f}");
        assert!(!shown.chars().any(hostile), "{shown}");
        assert_eq!(shown, "a\\u{1b}]0;x\\u{7}b\\u{202e}c\\u{200b}d\\u{85}e\\u{7f}");
    }

    #[test]
    fn quotes_a_short_prefix() {
        assert_eq!(quote("abcdef", 3), "abc…");
        assert_eq!(quote("ab\ncd", 10), "ab\\u{a}cd");
    }

    #[test]
    fn blank_sees_through_invisible_characters() {
        assert!(blank(" \u{200b}\u{3164}\u{a0}"));
        for invisible in [
            "\u{34f}",
            "\u{fe0f}",
            "\u{17b4}",
            "\u{180b}",
            "\u{e0100}",
            "\u{1d159}",
            "\u{301}",
        ] {
            assert!(blank(invisible), "{invisible:?}");
        }
        assert!(blank("\u{115f}\u{301}") && blank("\u{200a}\u{301}"));
        assert!(!blank("e\u{301}"), "a letter with an accent shows");
        assert!(!blank(" a "));
    }

    #[test]
    fn refuses_with_the_place_of_the_culprit() {
        assert_eq!(refuse("fine", false), None);
        assert_eq!(refuse("two\nlines", true), None);
        let (at, why) = refuse("ab\u{2066}c", false).expect("refused");
        assert_eq!(at, 2);
        assert!(why.contains("U+2066"), "{why}");
        assert!(refuse("two\nlines", false).expect("refused").1.contains("line break"));
    }
}
