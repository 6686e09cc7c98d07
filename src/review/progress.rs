//! A progress line on stderr while many files are linted, only on a terminal.
//!
//! Written here rather than taken from indicatif: its rate estimator links libm, which every
//! statusgen start then loads (about 0.5 MiB of RSS and 0.1 ms on `statusgen 422`;
//! docs/BENCHMARKS.md). A count and a bar redrawn at most ten times a second is all lint needs.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const WIDTH: usize = 30;
const EVERY: Duration = Duration::from_millis(100);

pub struct Progress {
    total: usize,
    done: AtomicUsize,
    last: Mutex<Option<Instant>>,
}

impl Progress {
    pub fn new(total: usize) -> Self {
        Progress {
            total,
            done: AtomicUsize::new(0),
            last: Mutex::new(None),
        }
    }

    /// One more file done; redraws when the last drawing is old enough.
    pub fn inc(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_some_and(|t| t.elapsed() < EVERY) && done < self.total {
            return;
        }
        *last = Some(Instant::now());
        let filled = WIDTH * done / self.total.max(1);
        let bar = format!("{}{}", "#".repeat(filled), "-".repeat(WIDTH - filled));
        let _ = write!(std::io::stderr().lock(), "\r[{bar}] {done}/{} files", self.total);
    }

    /// Erases the line.
    pub fn finish(&self) {
        let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
    }
}
