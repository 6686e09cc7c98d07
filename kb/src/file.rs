//! Reading a file the user named, without blocking or swallowing: what is not a regular file (a
//! FIFO without a writer would block `open` forever; a device may never end) is refused before
//! it is opened, and at most `max` bytes are read.

use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    Io(std::io::Error),
    /// A directory.
    Directory,
    /// A FIFO, socket or device.
    Special,
    /// Larger than the limit, in bytes.
    TooLarge(u64),
}

/// The file's bytes, if it is a regular file of at most `max` bytes.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, Refused> {
    let meta = std::fs::metadata(path).map_err(Refused::Io)?;
    if meta.is_dir() {
        return Err(Refused::Directory);
    }
    if !meta.is_file() {
        return Err(Refused::Special);
    }
    // Refused from its size, before a byte is read.
    if meta.len() > max {
        return Err(Refused::TooLarge(max));
    }
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).map_err(Refused::Io)?;
    // The size may change between the look and the read: the limit holds either way.
    file.take(max + 1).read_to_end(&mut bytes).map_err(Refused::Io)?;
    if bytes.len() as u64 > max {
        return Err(Refused::TooLarge(max));
    }
    Ok(bytes)
}

impl Refused {
    /// "larger than 16 MiB".
    pub fn limit(max: u64) -> String {
        format!("larger than {} MiB", (max >> 20).max(1))
    }
}
