//! Finds each entry of a HAR's `log.entries` in a buffer refilled from the reader, without
//! parsing it, so that serde_json parses each entry from memory: its slice reader is several
//! times faster than its `io::Read` one, and a 1 GB HAR is read in less time than Python's
//! `json.load` takes (docs/CHECK.md). One entry is held at a time, whatever the file's size.

use std::io::Read;

/// Bytes read at a time; an entry larger than this grows the buffer to fit it.
const CHUNK: usize = 1 << 20;

pub struct Scanner<R> {
    reader: R,
    buf: Vec<u8>,
    /// The unread bytes are `buf[at..end]`; `before` bytes of the input came before `buf[0]`.
    at: usize,
    end: usize,
    before: u64,
}

pub type Result<T> = std::result::Result<T, String>;

impl<R: Read> Scanner<R> {
    pub fn new(reader: R) -> Self {
        Scanner {
            reader,
            buf: vec![0; CHUNK],
            at: 0,
            end: 0,
            before: 0,
        }
    }

    /// Where the scanner is, for messages.
    pub fn offset(&self) -> u64 {
        self.before + self.at as u64
    }

    fn fail<T>(&self, what: &str) -> Result<T> {
        Err(format!("{what} at byte {}", self.offset()))
    }

    /// Reads more; false at the end of the input.
    fn fill(&mut self) -> Result<bool> {
        if self.at > 0 {
            self.buf.copy_within(self.at..self.end, 0);
            self.before += self.at as u64;
            self.end -= self.at;
            self.at = 0;
        }
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let n = self.reader.read(&mut self.buf[self.end..]).map_err(|e| e.to_string())?;
        self.end += n;
        Ok(n > 0)
    }

    /// The byte at `at + i`, reading more if needed.
    fn byte(&mut self, i: usize) -> Result<Option<u8>> {
        while self.at + i >= self.end {
            if !self.fill()? {
                return Ok(None);
            }
        }
        Ok(Some(self.buf[self.at + i]))
    }

    /// The next byte that is not white space, not consumed.
    pub fn peek(&mut self) -> Result<Option<u8>> {
        while let Some(b) = self.byte(0)? {
            if !b.is_ascii_whitespace() {
                return Ok(Some(b));
            }
            self.at += 1;
        }
        Ok(None)
    }

    pub fn expect(&mut self, want: u8) -> Result<()> {
        match self.peek()? {
            Some(b) if b == want => {
                self.at += 1;
                Ok(())
            }
            Some(b) => self.fail(&format!("expected `{}`, found `{}`", want as char, b.escape_ascii())),
            None => self.fail(&format!("expected `{}`, found the end", want as char)),
        }
    }

    /// One JSON value, buffered whole: its bytes, consumed. Strings, objects and arrays are
    /// balanced (brackets inside strings do not count); it is parsed later, not here.
    pub fn value(&mut self) -> Result<&[u8]> {
        self.peek()?;
        let (mut i, mut depth, mut in_string) = (0usize, 0usize, false);
        loop {
            let Some(b) = self.byte(i)? else {
                return self.fail("the input ends inside a value");
            };
            if in_string {
                // Skip to the next quote or backslash at once: content is most of a HAR.
                let rest = &self.buf[self.at + i..self.end];
                match memchr::memchr2(b'"', b'\\', rest) {
                    Some(j) if rest[j] == b'\\' => i += j + 2,
                    Some(j) => {
                        i += j + 1;
                        in_string = false;
                        if depth == 0 {
                            break;
                        }
                    }
                    None => i += rest.len(),
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth == 0 => break,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                b',' | b' ' | b'\t' | b'\r' | b'\n' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        if i == 0 {
            return self.fail("expected a value");
        }
        let start = self.at;
        self.at += i;
        Ok(&self.buf[start..start + i])
    }

    /// A key: its text between the quotes, escapes left as they are.
    pub fn key(&mut self) -> Result<String> {
        if self.peek()? != Some(b'"') {
            return self.fail("expected a key");
        }
        let raw = self.value()?;
        Ok(String::from_utf8_lossy(&raw[1..raw.len() - 1]).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_balanced_across_refills() {
        let text = br#" {"a": "x}\"]", "b": [1, {"c": 2}], "d": 3} tail"#;
        let mut s = Scanner {
            reader: &text[..],
            buf: vec![0; 4],
            at: 0,
            end: 0,
            before: 0,
        };
        assert_eq!(s.value().expect("object"), &text[1..text.len() - 5]);
        assert_eq!(s.peek().expect("peek"), Some(b't'));
        let mut s = Scanner::new(&br#""k\"ey": 12,"#[..]);
        assert_eq!(s.key().expect("key"), "k\\\"ey");
        s.expect(b':').expect("colon");
        assert_eq!(s.value().expect("number"), b"12");
        assert!(Scanner::new(&b"{\"a\": [1, 2"[..]).value().is_err());
    }
}
