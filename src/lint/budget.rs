//! How much one run holds at once. Files are linted in parallel, but a file is started only
//! while the files in progress add up to no more than the largest input (at least
//! `SMALL`): big files go one at a time, small ones side by side, so the peak memory follows
//! the largest file, not the number of files.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

/// Files this small run side by side whatever the largest one.
const SMALL: u64 = 32 << 20;

pub struct Budget {
    limit: u64,
    in_flight: Mutex<u64>,
    freed: Condvar,
}

/// A file's share of the budget, given back when dropped.
pub struct Share<'a> {
    budget: &'a Budget,
    size: u64,
}

impl Budget {
    pub fn new(files: &[PathBuf]) -> Budget {
        let largest = files.iter().map(|f| size(f)).max().unwrap_or(0);
        Budget {
            limit: largest.max(SMALL),
            in_flight: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Waits until `path` fits beside the files in progress (a file alone always fits).
    pub fn take(&self, path: &Path) -> Share<'_> {
        self.take_size(size(path))
    }

    fn take_size(&self, size: u64) -> Share<'_> {
        let mut in_flight = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        while *in_flight > 0 && *in_flight + size > self.limit {
            in_flight = self.freed.wait(in_flight).unwrap_or_else(|e| e.into_inner());
        }
        *in_flight += size;
        Share { budget: self, size }
    }
}

impl Drop for Share<'_> {
    fn drop(&mut self) {
        let mut in_flight = self.budget.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        *in_flight -= self.size;
        self.budget.freed.notify_all();
    }
}

/// The size a file says it has (stdin and unreadable files: small; they are read with a cap).
fn size(path: &Path) -> u64 {
    if path == Path::new("-") {
        return SMALL;
    }
    std::fs::metadata(path).map_or(0, |m| m.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_big_file_waits_for_the_others_and_a_lone_one_never_waits() {
        let budget = Budget {
            limit: 100,
            in_flight: Mutex::new(0),
            freed: Condvar::new(),
        };
        let small = budget.take_size(60);
        let order = Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let big = budget.take_size(90);
                order.lock().expect("lock").push("big starts");
                drop(big);
            });
            std::thread::sleep(std::time::Duration::from_millis(50));
            order.lock().expect("lock").push("small ends");
            drop(small);
        });
        assert_eq!(*order.lock().expect("lock"), ["small ends", "big starts"]);
        // Alone, a file larger than the limit still runs.
        drop(budget.take_size(1_000));
    }
}
