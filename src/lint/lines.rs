//! Byte offsets to 1-based line and column (in characters), and back.
//!
//! A line ends at `\n`, `\r\n` or a lone `\r`: the breaks of JSON and of YAML (YAML 1.2
//! §5.4), so a file saved with old Mac line ends is not one long line. Positions are mostly
//! asked in order (findings are sorted; YAML markers come in document order), so the text is
//! scanned forward from the last answer: placing every finding of a one-line (flow or
//! minified) file is one pass, and no table of line starts is held for a huge file. A position
//! before the last one is answered from a table of line starts, built on that first need.

use std::cell::{Cell, OnceCell};

#[derive(Debug, Default)]
pub struct Lines {
    starts: OnceCell<Vec<u32>>,
    /// The last place answered: (byte, line, byte where that line starts, column).
    cursor: Cell<(usize, usize, usize, usize)>,
}

/// Whether `byte` ends a line: `\n`, or a `\r` not followed by `\n`.
#[inline]
fn ends_line(source: &[u8], i: usize) -> bool {
    source[i] == b'\n' || (source[i] == b'\r' && source.get(i + 1) != Some(&b'\n'))
}

/// The next line end in `bytes[from..to]`: the offset just past it.
#[inline]
fn next_line(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    while let Some(k) = bytes[i..to].iter().position(|&b| b == b'\n' || b == b'\r') {
        i += k;
        if ends_line(bytes, i) {
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

impl Lines {
    fn cursor(&self) -> (usize, usize, usize, usize) {
        match self.cursor.get() {
            (_, 0, ..) => (0, 1, 0, 1),
            c => c,
        }
    }

    fn table(&self, source: &str) -> &[u32] {
        self.starts.get_or_init(|| {
            let bytes = source.as_bytes();
            let mut starts = vec![0];
            let mut i = 0;
            while let Some(next) = next_line(bytes, i, bytes.len()) {
                starts.push(next as u32);
                i = next;
            }
            starts
        })
    }

    /// (line, column, byte offset of the line start, byte offset of pos).
    pub fn locate(&self, source: &str, pos: u32) -> (usize, usize, usize, usize) {
        let end = floor(source, pos as usize);
        let (byte, mut line, mut start, col) = self.cursor();
        let bytes = source.as_bytes();
        let found = if end >= byte {
            let mut from = byte;
            while let Some(next) = next_line(bytes, from, end) {
                line += 1;
                start = next;
                from = next;
            }
            let col = if from == byte { col } else { 1 };
            (line, col + source[from..end].chars().count(), start)
        } else {
            let starts = self.table(source);
            let index = starts.partition_point(|&s| s as usize <= end).max(1) - 1;
            let start = starts[index] as usize;
            (index + 1, 1 + source[start..end].chars().count(), start)
        };
        self.cursor.set((end, found.0, found.2, found.1));
        (found.0, found.1, found.2, end)
    }

    /// The byte offset of 1-based `line` and 0-based character `col` (a YAML marker).
    pub fn offset(&self, source: &str, line: usize, col: usize) -> usize {
        let (byte, at_line, start, at_col) = self.cursor();
        let bytes = source.as_bytes();
        let (line_start, from, skip) = if line == at_line && col + 1 >= at_col {
            (start, byte, col + 1 - at_col)
        } else if line > at_line {
            let (mut now, mut i) = (at_line, byte);
            while now < line {
                match next_line(bytes, i, bytes.len()) {
                    Some(next) => (now, i) = (now + 1, next),
                    None => {
                        i = bytes.len();
                        break;
                    }
                }
            }
            (i, i, col)
        } else {
            let starts = self.table(source);
            let s = starts.get(line.max(1) - 1).map_or(source.len(), |&s| s as usize);
            (s, s, col)
        };
        let rest = &source[from..];
        let end = from + rest.char_indices().nth(skip).map_or(rest.len(), |(b, _)| b);
        self.cursor.set((end, line, line_start, col + 1));
        end
    }
}

fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// 1-based line and column (in characters) of a byte offset, for parse errors (met once).
pub fn line_col(source: &str, byte: usize) -> (usize, usize) {
    let (line, col, ..) = Lines::default().locate(source, byte as u32);
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_characters_and_every_line_end() {
        let src = "ab\nçd\n  x";
        let lines = Lines::default();
        // 'd' is byte 5 (ç takes two bytes) but column 2.
        assert_eq!(lines.locate(src, 5), (2, 2, 3, 5));
        assert_eq!(lines.locate(src, 9), (3, 3, 7, 9));
        // Backwards: from the table.
        assert_eq!(lines.locate(src, 0), (1, 1, 0, 0));
        assert_eq!(lines.locate(src, 4), (2, 1, 3, 3), "inside ç: its start");
        // CR alone, CRLF and LF each end one line.
        let src = "a\rb\r\nc\nd";
        let lines = Lines::default();
        assert_eq!(lines.locate(src, 2), (2, 1, 2, 2));
        assert_eq!(lines.locate(src, 5), (3, 1, 5, 5));
        assert_eq!(lines.locate(src, 7), (4, 1, 7, 7));
        assert_eq!(line_col(src, 7), (4, 1));
    }

    #[test]
    fn markers_become_offsets_forwards_and_backwards() {
        let src = "é: 1\r\nb: [x, é, y]\rc: z\n";
        let lines = Lines::default();
        assert_eq!(lines.offset(src, 2, 0), 7);
        assert_eq!(lines.offset(src, 2, 4), 11);
        assert_eq!(lines.offset(src, 2, 7), 14);
        assert_eq!(lines.offset(src, 2, 8), 16);
        assert_eq!(lines.offset(src, 3, 3), 24);
        assert_eq!(lines.offset(src, 1, 3), 4);
        assert_eq!(lines.offset(src, 2, 4), 11);
    }
}
