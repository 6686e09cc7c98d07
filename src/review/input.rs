//! Reading what the user named (a file, or `-` for stdin) as text: what is not a regular file
//! is refused before it is opened, and at most a limit is read. Shared by the review commands
//! and their settings file.

use std::io::Read;
use std::path::Path;

use statusgen_kb::file::{Refused, read_regular};

/// Reads a path (`-` for stdin) as UTF-8 text of at most `max` bytes; what is not a regular
/// file (a FIFO, a device, a directory) is refused before it is opened.
pub fn read_limited(path: &Path, max: u64) -> Result<String, String> {
    let too_large = || Refused::limit(max);
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(max + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        if buf.len() as u64 > max {
            return Err(too_large());
        }
        buf
    } else {
        read_regular(path, max).map_err(|why| match why {
            Refused::Io(e) => io_message(&e),
            Refused::Directory => "is a directory; name the OpenAPI files in it".into(),
            Refused::Special => "not a regular file (a FIFO, socket or device is not read)".into(),
            Refused::TooLarge(_) => too_large(),
        })?
    };
    decode(bytes)
}

/// UTF-8 text, a byte-order mark dropped.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not UTF-8 text (invalid byte at offset {at})")
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

/// `read_limited` for a settings file (`--config`, `--baseline`): a directory is only that, with
/// no advice about documents in it.
pub fn read_setting(path: &Path, max: u64) -> Result<String, String> {
    if path.is_dir() {
        return Err("is a directory, not a file".into());
    }
    read_limited(path, max)
}

pub fn io_message(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => err.to_string(),
    }
}
