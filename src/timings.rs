//! Where a start's time goes, for whoever measures it: with
//! `TIENDO_TIMINGS=FILE`, each step of a start, an export or the rest read
//! behind the first screen appends a line to FILE, the milliseconds since
//! the program began and the step's name. Without it, nothing is written
//! and a step costs one look at a value set once.

use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

/// The variable that names the file.
pub const VARIABLE: &str = "TIENDO_TIMINGS";

struct Log {
    began: Instant,
    file: Mutex<std::fs::File>,
}

static LOG: OnceLock<Option<Log>> = OnceLock::new();

/// Starts the clock; called first thing in `main`.
pub fn begin() {
    LOG.get_or_init(|| {
        let path = std::env::var_os(VARIABLE).filter(|p| !p.is_empty())?;
        let file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
            .ok()?;
        Some(Log {
            began: Instant::now(),
            file: Mutex::new(file),
        })
    });
}

/// Notes that `step` is done.
pub fn mark(step: &str) {
    let Some(Some(log)) = LOG.get() else {
        return;
    };
    let ms = log.began.elapsed().as_secs_f64() * 1000.0;
    if let Ok(mut file) = log.file.lock() {
        // A line that cannot be written is a measurement lost, not a failure.
        let _ = writeln!(file, "{ms:.1} {step}");
    }
}
