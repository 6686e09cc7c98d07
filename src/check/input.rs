//! Opening what `check` reads: a file or stdin, told apart as HAR (JSON) or transcript by the
//! first character. A HAR is streamed; a transcript is read whole, up to a limit.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::exchange::Exchange;
use super::{curl, har};
use crate::review::input::io_message;

/// A transcript larger than this is refused (a HAR of any size is streamed).
const MAX_TRANSCRIPT: u64 = 256 << 20;

/// Reads `path` (`-`: stdin) and calls `each` with every exchange in order. Returns how many
/// exchanges were read, and how many entries were skipped (a HAR's requests without a response).
pub fn read(path: &str, method: Option<&str>, each: &mut dyn FnMut(Exchange)) -> Result<(usize, usize), String> {
    let reader: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let meta = std::fs::metadata(Path::new(path)).map_err(|e| io_message(&e))?;
        if meta.is_dir() {
            return Err("is a directory; name the HAR files or transcripts in it".into());
        }
        if !meta.is_file() {
            return Err("not a regular file (a FIFO, socket or device is not read)".into());
        }
        Box::new(std::fs::File::open(path).map_err(|e| io_message(&e))?)
    };
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let first = loop {
        let buf = reader.fill_buf().map_err(|e| io_message(&e))?;
        if buf.is_empty() {
            return Err("empty: no exchange to check".into());
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => break buf[i],
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    };
    if first == b'{' {
        return har::read(reader, each);
    }
    let mut bytes = Vec::new();
    reader
        .take(MAX_TRANSCRIPT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > MAX_TRANSCRIPT {
        return Err(statusgen_kb::file::Refused::limit(MAX_TRANSCRIPT));
    }
    let found = curl::read(&bytes, method)?;
    let n = found.len();
    found.into_iter().for_each(each);
    Ok((n, 0))
}
