//! Which files a description's `$ref`s may read, and reading them without a race.
//!
//! The folder of trust is `--ref-root DIR` when given; otherwise the working directory and the
//! root document's folder, except the filesystem root: with the working directory at `/`,
//! everything would be inside. A `$ref` is first checked by its path as written (`..` resolved
//! without following links), so nothing outside is even opened; then the file is opened once,
//! and what was opened is checked again (its real path, from `/proc/self/fd` on Linux, or a
//! path whose device and inode match the open handle elsewhere) before a byte is read. Swapping
//! a symbolic link between the check and the read cannot make it read another file.

use std::fs::File;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Why a referenced file was not read.
#[derive(Debug)]
pub enum Refusal {
    Outside,
    Missing,
    Other(String),
}

#[derive(Debug)]
pub struct Trust {
    /// Each folder as written (made absolute) and as resolved.
    roots: Vec<(PathBuf, PathBuf)>,
    /// How the folder was chosen, for messages.
    pub described: &'static str,
}

impl Trust {
    pub fn new(ref_root: Option<&Path>, doc_dir: &Path) -> Trust {
        let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let (dirs, described) = match ref_root {
            Some(dir) => (vec![here.join(dir)], "outside --ref-root"),
            None => (
                vec![here.clone(), here.join(doc_dir)],
                "outside the working directory and the document's folder (set --ref-root)",
            ),
        };
        let roots = dirs
            .into_iter()
            .map(|d| lexical(&d))
            .filter(|d| ref_root.is_some() || d.parent().is_some())
            .filter_map(|d| std::fs::canonicalize(&d).ok().map(|real| (d, real)))
            .collect();
        Trust { roots, described }
    }

    fn inside(&self, path: &Path, resolved: bool) -> bool {
        self.roots
            .iter()
            .any(|(written, real)| path.starts_with(real) || (!resolved && path.starts_with(written)))
    }

    /// The bytes of `path` (relative to the working directory), at most `max` of them.
    pub fn read(&self, path: &Path, max: u64) -> Result<Vec<u8>, Refusal> {
        let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        if !self.inside(&lexical(&here.join(path)), false) {
            return Err(Refusal::Outside);
        }
        let file = open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Refusal::Missing,
            _ => Refusal::Other(crate::review::input::io_message(&e)),
        })?;
        let meta = file.metadata().map_err(|e| Refusal::Other(e.to_string()))?;
        if meta.is_dir() {
            return Err(Refusal::Other("is a directory".into()));
        }
        if !meta.is_file() {
            return Err(Refusal::Other("not a regular file".into()));
        }
        if meta.len() > max {
            return Err(Refusal::Other(statusgen_kb::file::Refused::limit(max)));
        }
        let real = opened_path(&file, path, &meta).ok_or(Refusal::Outside)?;
        if !self.inside(&real, true) {
            return Err(Refusal::Outside);
        }
        let mut bytes = Vec::new();
        file.take(max + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Refusal::Other(e.to_string()))?;
        if bytes.len() as u64 > max {
            return Err(Refusal::Other(statusgen_kb::file::Refused::limit(max)));
        }
        Ok(bytes)
    }
}

/// Opens for reading without blocking on a FIFO swapped in for the file.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        const O_NONBLOCK: i32 = 0o4000;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

/// The real path of what `file` is.
#[cfg(target_os = "linux")]
fn opened_path(file: &File, _path: &Path, _meta: &std::fs::Metadata) -> Option<PathBuf> {
    use std::os::fd::AsRawFd;
    std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())).ok()
}

/// The real path of `path`, if it still names the file that was opened.
#[cfg(all(unix, not(target_os = "linux")))]
fn opened_path(_file: &File, path: &Path, meta: &std::fs::Metadata) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let real = std::fs::canonicalize(path).ok()?;
    let now = std::fs::metadata(&real).ok()?;
    (now.dev() == meta.dev() && now.ino() == meta.ino()).then_some(real)
}

#[cfg(not(unix))]
fn opened_path(_file: &File, path: &Path, _meta: &std::fs::Metadata) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
}

/// `a/b/../c` → `a/c`, without following links (an absolute path stays absolute).
pub fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() && !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_resolved_as_written() {
        assert_eq!(lexical(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
        assert_eq!(lexical(Path::new("/a/../../etc")), PathBuf::from("/etc"));
    }

    #[test]
    fn the_filesystem_root_is_trusted_only_when_named() {
        let trust = Trust::new(None, Path::new("/"));
        assert!(trust.roots.iter().all(|(w, _)| w != Path::new("/")), "{trust:?}");
        let named = Trust::new(Some(Path::new("/")), Path::new("."));
        assert!(named.inside(Path::new("/etc/hostname"), true));
    }
}
