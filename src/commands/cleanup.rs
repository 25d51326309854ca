//! Temporary files that never outlive the run: each is registered before it
//! is created and removed when dropped, and a SIGINT, SIGTERM or SIGHUP
//! removes every registered one before the process dies of that signal
//! (so a report interrupted half-written leaves no 120 MB `.tmp` behind).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

/// Temporary files to remove if a signal ends the run.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The signal thread is started once, by the first temporary file.
static WATCH: Once = Once::new();

/// A temporary file path, removed (if it exists) when dropped or when a
/// signal ends the run, unless [`TempFile::persisted`] says it was renamed.
#[derive(Debug)]
pub struct TempFile {
    path: PathBuf,
}

impl TempFile {
    /// Register `path` (not yet created) for removal.
    pub fn new(path: PathBuf) -> Self {
        watch_signals();
        if let Ok(mut pending) = PENDING.lock() {
            pending.push(path.clone());
        }
        TempFile { path }
    }

    /// The path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file was renamed into place: nothing to remove.
    pub fn persisted(self) {
        forget(&self.path);
        std::mem::forget(self);
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        forget(&self.path);
    }
}

fn forget(path: &Path) {
    if let Ok(mut pending) = PENDING.lock() {
        pending.retain(|p| p != path);
    }
}

/// Start the thread that, on SIGINT, SIGTERM or SIGHUP, removes the pending
/// temporary files and then lets the signal end the process as it would
/// have (same exit status). Without it (it could not be installed) a signal
/// still ends the run, only the temporary file may stay.
fn watch_signals() {
    #[cfg(unix)]
    WATCH.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                if let Ok(pending) = PENDING.lock() {
                    for path in pending.iter() {
                        let _ = std::fs::remove_file(path);
                    }
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    });
    #[cfg(not(unix))]
    WATCH.call_once(|| {});
}

/// For the test of the above only: when `CLAIMCHECK_TEST_HOLD_TEMP` names a
/// file, say the temporary file `temp` is written by creating that file,
/// then wait for a signal instead of renaming. Without the variable it does
/// nothing.
pub fn test_hold(temp: &Path) {
    let Some(marker) = std::env::var_os("CLAIMCHECK_TEST_HOLD_TEMP") else {
        return;
    };
    let _ = std::fs::write(marker, temp.as_os_str().as_encoded_bytes());
    loop {
        std::thread::park();
    }
}
