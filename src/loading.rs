//! Loading with a progress line: a load that takes longer than a quarter
//! of a second says how far it has come, so the terminal is never blank.

use std::io::{IsTerminal, Write};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crate::model::LoadProgress;
use crate::text::{self, Lang};

const QUIET_FOR: Duration = Duration::from_millis(250);
const TICK: Duration = Duration::from_millis(50);

/// Runs `work` on another thread and, while it runs past `QUIET_FOR`, keeps
/// one line on stderr up to date. Before the dashboard takes the terminal,
/// Ctrl-C simply ends the program: nothing is left to restore.
pub fn with_progress<T: Send>(lang: Lang, work: impl FnOnce(&LoadProgress) -> T + Send) -> T {
    let progress = LoadProgress::default();
    let show = std::io::stderr().is_terminal();
    std::thread::scope(|scope| {
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let shared = &progress;
        let handle = scope.spawn(move || {
            let value = work(shared);
            let _ = done.send(());
            value
        });
        let start = Instant::now();
        let mut shown = false;
        // A quick load is waited for, not polled: no sleep delays the first frame.
        let mut wait = QUIET_FOR;
        while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(wait) {
            wait = TICK;
            if show {
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[K{}", line(lang, &progress, start.elapsed()));
                let _ = err.flush();
                shown = true;
            }
        }
        if shown {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[K");
        }
        match handle.join() {
            Ok(value) => value,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// "Đang đọc dữ liệu: tệp 3/35 · 45/166 MB · 2 s (Ctrl-C để dừng)".
pub fn line(lang: Lang, p: &LoadProgress, elapsed: Duration) -> String {
    let files = (
        p.files_done.load(Ordering::Relaxed),
        p.files_total.load(Ordering::Relaxed),
    );
    let mb = |b: u64| b / 1_000_000;
    let bytes = (
        mb(p.bytes_done.load(Ordering::Relaxed)),
        mb(p.bytes_total.load(Ordering::Relaxed)),
    );
    text::load_progress(lang, files, bytes, elapsed.as_secs())
}
