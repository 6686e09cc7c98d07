//! SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1 and SIGALRM while a question waits for a key: every
//! signal whose default action ends the process and that a user or a script commonly sends.
//!
//! The key reader puts the terminal in raw mode and hides the cursor; dying there would leave the
//! terminal broken. So these signals only set a flag: the blocked read wakes up (EINTR), the key
//! reader restores the terminal mode, the prompt shows the cursor, and the walk ends with
//! `Error::Signal(n)` (exit 128+n). A signal that arrives after the last question is acted on
//! once the result is written (`received`).

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1};

/// The signals caught; each ends the walk with exit 128+N once the terminal is restored.
pub const CAUGHT: [i32; 6] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGALRM];

static RECEIVED: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// Catches the signals from now on (once per process; later calls do nothing).
pub fn catch() -> io::Result<()> {
    if RECEIVED.get().is_some() {
        return Ok(());
    }
    let flag = Arc::new(AtomicUsize::new(0));
    for signal in CAUGHT {
        // Numbers are small and positive; `usize::try_from` cannot fail for them.
        let value = usize::try_from(signal).unwrap_or(usize::MAX);
        signal_hook::flag::register_usize(signal, Arc::clone(&flag), value)?;
    }
    let _ = RECEIVED.set(flag);
    Ok(())
}

/// The last signal caught, if any.
pub fn received() -> Option<u8> {
    let n = RECEIVED.get()?.load(Ordering::SeqCst);
    u8::try_from(n).ok().filter(|&n| n != 0)
}

/// Stops the process as Ctrl-Z does in a cooked terminal; returns once it is continued (`fg`).
pub fn suspend() -> io::Result<()> {
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)
}
