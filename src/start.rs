//! Opening the dashboard on a large dataset: the head (the nation and the
//! provinces, which the Overview shows) drawn first when its figures are
//! already exact, the rest read behind it on the other cores while keys
//! work; a small dataset is simply loaded whole.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::app::Loading;
use crate::cache::{Cache, Key};
use crate::loading::{Files, How, Source};
use crate::model::{self, Invalid, LoadProgress, Model};

/// Below this many bytes of data the whole loads in a blink: no head first.
pub const HEAD_FIRST_FROM: u64 = 4_000_000;

/// What the dashboard opens on.
pub enum Start {
    /// The whole dataset, loaded before the first frame.
    Whole(Model),
    /// The head, with the rest still being read.
    Head { model: Model, rest: Rest },
}

/// The rest of the data being read behind the head on screen.
pub struct Rest {
    progress: Arc<LoadProgress>,
    done: Receiver<Result<Model, Invalid>>,
}

/// How the rest stands when the loop looks.
pub enum Polled {
    Reading(Loading),
    Read(Box<Model>),
    Invalid(Invalid),
    /// The load ended without an answer (an internal error).
    Lost,
}

impl Rest {
    /// Whether the rest is read, and if not, how far it has come.
    pub fn poll(&self) -> Polled {
        match self.done.try_recv() {
            Ok(Ok(model)) => Polled::Read(Box::new(model)),
            Ok(Err(invalid)) => Polled::Invalid(invalid),
            // The loading thread ended without a word: it panicked. What it
            // was reading cannot be shown, so the load fails as a whole.
            Err(TryRecvError::Disconnected) => Polled::Lost,
            Err(TryRecvError::Empty) => Polled::Reading(Loading {
                done: self.progress.bytes_done.load(Ordering::Relaxed),
                total: self.progress.bytes_total.load(Ordering::Relaxed),
            }),
        }
    }

    /// Waits for the whole model (for a benchmark or a test; an invalid
    /// one, or a lost load, is an `Invalid`).
    pub fn wait(self) -> Result<Model, Invalid> {
        self.done.recv().unwrap_or(Err(Invalid {
            diagnostics: Vec::new(),
        }))
    }
}

/// Reads the data and opens on its head when that is quicker and exact,
/// else on the whole (with the progress line while it loads): from the
/// warm-start cache when one matches the files, else from the TOML, after
/// which the cache is written. The outer error is files that could not be
/// read, the inner one invalid data.
pub fn open(source: &Source) -> anyhow::Result<Result<Start, Invalid>> {
    let today = source.judging_day();
    let streamed = Key::streamed(source);
    crate::timings::mark("files keyed");
    if let Some(cache) = streamed.as_ref().and_then(Key::open) {
        crate::timings::mark("cache opened");
        if let Some(head) = cache.head() {
            // The rest is decoded on the other cores while the head is
            // derived for the first frame: all of it is there sooner, the
            // first frame a little later (about 40 ms of each at 100,000).
            let rest = read_rest(source.clone(), Behind::Cache(cache));
            let model = model::derive_when_asked(head.dataset, today);
            crate::timings::mark("head derived");
            return Ok(Ok(Start::Head { model, rest }));
        }
        let whole = crate::loading::with_progress(source.lang, |_| cache.model(today));
        if let Some(model) = whole {
            return Ok(Ok(Start::Whole(model)));
        }
    }
    let sets = source.files()?;
    crate::timings::mark("files read");
    let bytes: u64 = sets.iter().flatten().map(|(_, b)| b.len() as u64).sum();
    let head = if bytes < HEAD_FIRST_FROM {
        None
    } else {
        crate::loading::with_progress(source.lang, |progress| {
            model::load::head_first_cut(&sets, progress)
        })
    };
    let Some(head) = head else {
        // Under `HEAD_FIRST_FROM`: its cache is written in milliseconds.
        let key = Key::of(source, &sets);
        let loaded = source.load(sets, How::Shown, |l| {
            crate::cache::derive_stored(l.dataset, today, key.as_ref())
        });
        return Ok(loaded.map(Start::Whole));
    };
    let (head, cuts) = head;
    let model = model::derive_when_asked(head.dataset, today);
    let rest = read_rest(source.clone(), Behind::Files(sets, cuts));
    Ok(Ok(Start::Head { model, rest }))
}

/// Where the rest is read from.
enum Behind {
    /// The cache that matched the files as they streamed by: none of them
    /// is held while it is decoded and the figures derived (166 MB at
    /// 100,000 localities), and they are read only if it turns out unusable.
    Cache(Cache),
    /// The files read, and where the head cut them. Their cache's key is
    /// made behind the first frame, not before it (166 MB hashed: some
    /// 6 ms on 2 cores).
    Files(Vec<Files>, model::load::Cuts),
}

/// Reads the whole dataset on another thread, from the cache when it has
/// one for these files, else as `r` would, counting the bytes parsed for
/// the status line; a load from the TOML then writes the cache.
fn read_rest(source: Source, behind: Behind) -> Rest {
    let progress = Arc::new(LoadProgress::default());
    let (send, done) = std::sync::mpsc::channel();
    let shared = Arc::clone(&progress);
    crate::behind::spawn(move || {
        let today = source.judging_day();
        let (sets, key, cuts) = match behind {
            Behind::Files(sets, cuts) => {
                let key = Key::of(&source, &sets);
                (sets, key, cuts)
            }
            Behind::Cache(cache) => {
                if let Some(model) = cache.model(today) {
                    crate::timings::mark("rest derived");
                    // The dashboard may have quit meanwhile: nobody to tell.
                    let _ = send.send(Ok(model));
                    return;
                }
                match source.files() {
                    Ok(sets) => {
                        let key = Key::of(&source, &sets);
                        (sets, key, model::load::Cuts::default())
                    }
                    // Gone since they were keyed: the load is lost, and says so.
                    Err(_) => return,
                }
            }
        };
        let whole = source.load_counted(sets, cuts, &shared, |l| {
            crate::cache::derive_pending(l.dataset, today, key)
        });
        match whole {
            Ok((model, pending)) => {
                let _ = send.send(Ok(model));
                // Behind the figures on screen, not before them.
                if let Some(pending) = pending {
                    pending.store_behind();
                }
            }
            Err(invalid) => {
                let _ = send.send(Err(invalid));
            }
        }
    });
    Rest { progress, done }
}
