//! What a command shows is a view: plain data that serializes to JSON and renders as text.
//! This is the one place that picks the rendering.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use statusgen_kb::text::hostile;

/// `--format text|json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

/// A command's result: JSON through serde, text through `text`.
pub trait View: Serialize {
    fn text(&self, out: &mut dyn Write) -> io::Result<()>;
}

/// Writes a view in the chosen format.
pub fn emit(out: &mut dyn Write, format: Format, view: &impl View) -> io::Result<()> {
    match format {
        Format::Text => view.text(out),
        Format::Json => json(out, view),
    }
}

/// Pretty JSON and a newline. Characters that could act on a terminal (DEL, C1 controls, bidi
/// and zero-width characters) are written as `\u` escapes, like the C0 controls serde escapes.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    pretty(out, value)?;
    writeln!(out)
}

/// The same JSON without the newline after it.
pub fn pretty(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

struct Escaping<'a>(PrettyFormatter<'a>);

macro_rules! delegate {
    ($($name:ident($($arg:ident: $t:ty),*)),* $(,)?) => {
        $(fn $name<W: ?Sized + Write>(&mut self, writer: &mut W $(, $arg: $t)*) -> io::Result<()> {
            self.0.$name(writer $(, $arg)*)
        })*
    };
}

impl Formatter for Escaping<'_> {
    delegate!(
        begin_array(),
        end_array(),
        begin_array_value(first: bool),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first: bool),
        begin_object_value(),
        end_object_value(),
    );

    fn write_string_fragment<W: ?Sized + Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices().filter(|(_, c)| hostile(*c)) {
            writer.write_all(&fragment.as_bytes()[start..at])?;
            for unit in c.encode_utf16(&mut [0; 2]) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = at + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_serde_leaves_raw() {
        let mut out = Vec::new();
        json(&mut out, &"a\u{7f}b\u{85}c\u{202e}d\u{200b}e\u{1b}f\u{e0041}").expect("writes");
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(text, "\"a\\u007fb\\u0085c\\u202ed\\u200be\\u001bf\\udb40\\udc41\"\n");
        let back: String = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, "a\u{7f}b\u{85}c\u{202e}d\u{200b}e\u{1b}f\u{e0041}");
    }
}
