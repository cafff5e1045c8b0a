//! Loading a dataset, the one way every command and the dashboard's reload
//! do it, with a progress line: a load that takes longer than a quarter of a
//! second says how far it has come, so the terminal is never blank.

use std::io::{IsTerminal, Write};

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crate::cache::{Pending, stored};
use crate::model::{self, Invalid, LoadProgress, Loaded, Model};
pub use crate::source::{Files, Source, read_path};
use crate::text::{self, Lang};

/// How a load runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// Before the dashboard or an export: progress on stderr.
    Shown,
    /// Inside the dashboard (`r`, `--watch`): stderr is the screen, so no progress.
    Quiet,
    /// `check`: progress, and figures dated after the judging day are errors.
    Checked,
}

impl Source {
    /// Parses and checks the datasets' files as one dataset, then runs
    /// `then` on it (deriving the model there keeps it under the progress line).
    pub fn load<T: Send>(
        &self,
        sets: Vec<Files>,
        how: How,
        then: impl FnOnce(Loaded) -> T + Send,
    ) -> Result<T, Invalid> {
        let judging = (how == How::Checked).then(|| model::Judging {
            day: self.judging_day(),
            refuse_after: self.refuse_after(),
        });
        let work = |progress: &LoadProgress| {
            model::load::load_sets_read(sets, progress, judging, model::load::Cuts::default())
                .map(then)
        };
        match how {
            How::Quiet => work(&LoadProgress::default()),
            How::Shown | How::Checked => with_progress(self.lang, work),
        }
    }

    /// Loads as `load` does without a progress line, counting in `progress`
    /// instead (the rest of the data read behind the dashboard).
    /// `cuts`: where the head cut the files, if it did.
    pub fn load_counted<T: Send>(
        &self,
        sets: Vec<Files>,
        cuts: model::load::Cuts,
        progress: &LoadProgress,
        then: impl FnOnce(Loaded) -> T + Send,
    ) -> Result<T, Invalid> {
        model::load::load_sets_read(sets, progress, None, cuts).map(then)
    }

    /// The model the dashboard shows; the outer error is files that could
    /// not be read, the inner one data that is invalid. The dataset comes
    /// from the warm-start cache when one matches the files, else from
    /// loading them, after which the cache is written for the next start.
    pub fn model(&self, how: How) -> anyhow::Result<Result<Model, Invalid>> {
        self.model_counted(how, &LoadProgress::default())
    }

    /// `model`, counting a quiet load's progress in `counted` (a reload
    /// behind the dashboard, whose status line shows it).
    fn model_counted(
        &self,
        how: How,
        counted: &LoadProgress,
    ) -> anyhow::Result<Result<Model, Invalid>> {
        // Keyed as the files stream by: while the cache is good, none of
        // them is read into memory (166 MB at 100,000 localities).
        // `check` never uses the cache: its files are not hashed for one.
        let streamed = if how == How::Checked {
            None
        } else {
            crate::cache::Key::streamed(self)
        };
        Ok(self
            .model_keyed(how, counted, streamed)?
            .map(|(model, pending)| stored(model, pending)))
    }

    /// `model_counted`, the files already keyed as they streamed by, and
    /// the cache still to write when they were read from the TOML.
    fn model_keyed(
        &self,
        how: How,
        counted: &LoadProgress,
        streamed: Option<crate::cache::Key>,
    ) -> anyhow::Result<Result<(Model, Option<Pending>), Invalid>> {
        let today = self.judging_day();
        crate::timings::mark("files keyed");
        if let Some((cache, sizes)) = streamed.and_then(|k| Some((k.open()?, k.sizes))) {
            let from_cache = |progress: &LoadProgress| {
                read_all(progress, sizes);
                // Each column's order is built when a view first shows it
                // (`derive_when_asked`), for a command and the dashboard alike.
                cache.model(today)
            };
            let model = match how {
                How::Quiet => from_cache(counted),
                How::Shown | How::Checked => with_progress(self.lang, from_cache),
            };
            if let Some(model) = model {
                return Ok(Ok((model, None)));
            }
        }
        let files = self.files()?;
        crate::timings::mark("files read");
        let key = crate::cache::Key::of(self, &files).filter(|_| how != How::Checked);
        let then = |l: Loaded| crate::cache::derive_pending(l.dataset, today, key);
        Ok(match how {
            How::Quiet => self.load_counted(files, Default::default(), counted, then),
            How::Shown | How::Checked => self.load(files, how, then),
        })
    }

    /// Loads again for `r` and `--watch`: the problems, as lines, for the panel.
    pub fn reload(&self) -> Result<Model, Vec<String>> {
        self.reload_counted(&LoadProgress::default())
    }

    /// `reload`, counting how far it has come in `progress`.
    pub fn reload_counted(&self, progress: &LoadProgress) -> Result<Model, Vec<String>> {
        self.reload_keyed(progress, crate::cache::Key::streamed(self))
            .map(|(model, pending)| stored(model, pending))
    }

    /// `reload_counted`, the files already keyed as they streamed by.
    fn reload_keyed(
        &self,
        progress: &LoadProgress,
        streamed: Option<crate::cache::Key>,
    ) -> Result<(Model, Option<Pending>), Vec<String>> {
        match self.model_keyed(How::Quiet, progress, streamed) {
            Ok(Ok(read)) => Ok(read),
            Ok(Err(invalid)) => Err(invalid
                .errors()
                .map(|d| text::diagnostic(self.lang, d))
                .collect()),
            // `{:#}` is the error and its causes joined by ": ", as the CLI says them.
            Err(e) => Err(vec![format!("{e:#}")]),
        }
    }
}

/// What the model on screen was read from, and the day it was judged on:
/// all a reload needs of it to know whether anything changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    pub read_from: Option<u64>,
    pub now: chrono::NaiveDate,
}

impl Shown {
    pub fn of(model: &Model) -> Shown {
        Shown {
            read_from: model.read_from,
            now: model.now,
        }
    }
}

/// What a reload found.
#[derive(Debug)]
pub enum Reloaded {
    /// The files are those the model shown was read from, to the byte, and
    /// the day is the one it was judged on: it would be read the same.
    Unchanged,
    Read(Box<Model>),
    /// Why the files could not be read or are invalid, as lines for the panel.
    Failed(Vec<String>),
}

impl Source {
    /// `r` and `--watch`: the data read again, unless the files are as the
    /// model shown was read from. A second model beside the one on screen
    /// doubles the memory for the time it is read (about 260 MB at 100,000
    /// localities), and saving a file unchanged, or `r` to make sure, is
    /// common. Files are compared by their key (`cache::Key`: path, size,
    /// modification time and content hash), streamed and never held whole;
    /// data with no key (the cache off, or under its `MIN_BYTES`) is read
    /// again, which at that size takes milliseconds.
    pub fn reload_if_changed(&self, progress: &LoadProgress, shown: Shown) -> Reloaded {
        let (reloaded, pending) = self.reload_pending(progress, shown);
        if let Some(pending) = pending {
            pending.store();
        }
        reloaded
    }

    /// `reload_if_changed`, and the cache still to write for what it read:
    /// the dashboard hands the model on first (`cache::Pending`).
    pub fn reload_pending(
        &self,
        progress: &LoadProgress,
        shown: Shown,
    ) -> (Reloaded, Option<Pending>) {
        // Hashed once: the same key opens the cache if one matches the
        // files, as `Key::streamed` would have.
        let hashed = shown
            .read_from
            .and_then(|_| crate::cache::Key::hashed(self));
        if shown.now == self.judging_day()
            && let (Some(read_from), Some(key)) = (shown.read_from, &hashed)
            && key.digest() == read_from
        {
            return (Reloaded::Unchanged, None);
        }
        let streamed = match hashed {
            Some(key) => Some(key),
            None => crate::cache::Key::streamed(self),
        };
        match self.reload_keyed(progress, streamed) {
            Ok((model, pending)) => (Reloaded::Read(Box::new(model)), pending),
            Err(problems) => (Reloaded::Failed(problems), None),
        }
    }
}

/// Progress of files that are all read: what a load from the cache shows
/// while it decodes and derives.
fn read_all(progress: &LoadProgress, (files, bytes): (usize, u64)) {
    progress.files_total.store(files, Ordering::Relaxed);
    progress.files_done.store(files, Ordering::Relaxed);
    progress.bytes_total.store(bytes, Ordering::Relaxed);
    progress.bytes_done.store(bytes, Ordering::Relaxed);
}

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
