//! Standard output that outlives its reader: `statusgen lint *.json | head -1`.
//!
//! When the reader goes away, writes fail with a broken pipe. Returning that error would end
//! the command before it decides its exit code (a lint with errors would exit 0 and a CI gate
//! under `set -o pipefail` would pass). Instead the rest of the output is dropped quietly and
//! the command finishes: its exit code is the one its results decide, whatever the reader took.

use std::io::{self, Write};

pub struct Reader<W> {
    inner: W,
    gone: bool,
}

impl<W: Write> Reader<W> {
    pub fn new(inner: W) -> Self {
        Reader { inner, gone: false }
    }

    fn absorb(&mut self, result: io::Result<usize>, len: usize) -> io::Result<usize> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.gone = true;
                Ok(len)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Reader<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.gone {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.absorb(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.gone {
            return Ok(());
        }
        let result = self.inner.flush().map(|()| 0);
        self.absorb(result, 0).map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Closed(usize);

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            self.0 += 1;
            Err(io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_swallows_the_rest_once_and_other_errors_pass() {
        let mut out = Reader::new(Closed(0));
        assert_eq!(out.write(b"abc").ok(), Some(3));
        writeln!(out, "more").expect("dropped quietly");
        out.flush().expect("dropped quietly");
        assert_eq!(out.inner.0, 1, "the closed pipe is tried once");
        let mut full = Reader::new(io::Cursor::new([0u8; 0]));
        assert!(full.write_all(b"x").is_err(), "other errors are errors");
    }
}
