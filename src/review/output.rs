//! Opening a file the user named for writing (a baseline, GitHub's job summary) without blocking:
//! opening a FIFO to write waits for a reader forever, so what exists and is not a regular file
//! is refused before it is opened.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Creates (or truncates, or with `append` appends to) a regular file.
pub fn create(path: &Path, append: bool) -> io::Result<File> {
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
    {
        let what = if meta.is_dir() {
            "is a directory"
        } else {
            "not a regular file (a FIFO, socket or device is not written)"
        };
        return Err(io::Error::other(what));
    }
    let mut options = OpenOptions::new();
    options.create(true);
    if append {
        options.append(true);
    } else {
        options.write(true).truncate(true);
    }
    options.open(path)
}
