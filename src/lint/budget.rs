//! How much one run holds at once. Files are linted in parallel, but a file is started only
//! while the files in progress (read, or whose findings wait to be written: counted by the
//! findings' size once the file is checked) add up to no more than the largest input (at least
//! `SMALL`): big files go one at a time, small ones side by side, so the peak memory follows
//! the largest file, not the number of files. Files start in
//! the order given, so the one whose findings are written next never waits for a later one.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

/// Files this small run side by side whatever the largest one.
const SMALL: u64 = 32 << 20;

/// From this size on, a file's freed tree is worth sharing one allocator arena for (`one_arena`);
/// below, two threads allocating from two arenas are faster (APIs.guru's 47 MB graph-beta
/// description made the whole collection's run 20% slower in one arena).
const BIG: u64 = 64 << 20;

pub struct Budget {
    limit: u64,
    /// (bytes in progress, the index of the next file to start).
    in_flight: Mutex<(u64, usize)>,
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
        if largest > BIG {
            one_arena();
        }
        Budget {
            limit: largest.max(SMALL),
            in_flight: Mutex::new((0, 0)),
            freed: Condvar::new(),
        }
    }

    /// Waits until file `index` (at `path`) is next and fits beside the files in progress (a
    /// file alone always fits).
    pub fn take(&self, index: usize, path: &Path) -> Share<'_> {
        self.take_size(index, size(path))
    }

    fn take_size(&self, index: usize, size: u64) -> Share<'_> {
        let mut state = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        // A sixteenth more than the largest input: small files go on beside a big one (its
        // parse peaks at about 2.8 times its size, so the whole stays under 3 times).
        while state.1 != index || (state.0 > 0 && state.0 + size > self.limit + self.limit / 16) {
            state = self.freed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        *state = (state.0 + size, index + 1);
        self.freed.notify_all();
        Share { budget: self, size }
    }
}

impl Share<'_> {
    /// Once a file is checked its tree is gone: what waits to be written is its findings, about
    /// `bytes`. The rest of the share is given back, so the next files need not wait for an
    /// earlier big one to be written.
    pub fn shrink(&mut self, bytes: u64) {
        let keep = bytes.min(self.size);
        let mut state = self.budget.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        state.0 -= self.size - keep;
        self.size = keep;
        self.budget.freed.notify_all();
    }
}

impl Drop for Share<'_> {
    fn drop(&mut self) {
        let mut state = self.budget.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        state.0 -= self.size;
        self.budget.freed.notify_all();
    }
}

/// With a big file in the run, all threads allocate from one glibc arena. Each thread has
/// its own otherwise, and keeps what a big file's tree freed there: three 200 MB files linted
/// one after the other by two threads peaked at 3.2 times the file's size instead of 2.9
/// (`malloc_trim` did not give it back). Big files go one at a time anyway, so sharing the
/// arena costs no speed. And blocks from 1 MiB on are always mapped apart: glibc otherwise
/// raises that threshold (up to 32 MiB) once a big block is freed, and the next file's growing
/// lists then land in the arena among the last file's leftovers (three 200 MB files peaked at
/// 2.93 times the largest instead of the 2.77 of the largest alone).
fn one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn mallopt(param: i32, value: i32) -> i32;
        }
        const M_ARENA_MAX: i32 = -8;
        const M_MMAP_THRESHOLD: i32 = -3;
        // SAFETY: mallopt only sets tuning parameters of glibc's allocator.
        unsafe {
            mallopt(M_ARENA_MAX, 1);
            mallopt(M_MMAP_THRESHOLD, 1 << 20);
        }
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
            in_flight: Mutex::new((0, 0)),
            freed: Condvar::new(),
        };
        let small = budget.take_size(0, 60);
        let order = Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            // File 2 waits for file 1 (its turn), which waits for room; then for room too.
            scope.spawn(|| {
                let _two = budget.take_size(2, 20);
                order.lock().expect("lock").push("2 starts");
            });
            scope.spawn(|| {
                let big = budget.take_size(1, 90);
                order.lock().expect("lock").push("1 starts");
                drop(big);
            });
            std::thread::sleep(std::time::Duration::from_millis(50));
            order.lock().expect("lock").push("0 ends");
            drop(small);
        });
        assert_eq!(*order.lock().expect("lock"), ["0 ends", "1 starts", "2 starts"]);
        // Alone, a file larger than the limit still runs.
        drop(budget.take_size(3, 1_000));
    }
}
