//! The cache of a model read from the TOML, written once the model is
//! handed on: the dashboard shows the figures first (`derive_pending`,
//! `Pending::store_behind`), a command writes it before it goes on
//! (`derive_stored`), and quitting waits for what is still being written.

use std::sync::Mutex;

use super::{DatasetRef, Key};
use crate::model::Model;
use crate::model::names::SharedNames;
use crate::model::preview::Head;
use crate::model::schema::{Dataset, Directive, Locality, Meta, Milestone, Target};

/// The model of a whole dataset, its cache written when there is a key to
/// keep it under, with its head for the next start's first screen, before
/// the model is handed on (for a command, which exits once it is done).
pub fn derive_stored(dataset: Dataset, today: chrono::NaiveDate, key: Option<&Key>) -> Model {
    let (model, pending) = derive_pending(dataset, today, key.cloned());
    stored(model, pending)
}

/// `model`, its cache written first if it has one to write.
pub fn stored(model: Model, pending: Option<Pending>) -> Model {
    if let Some(pending) = pending {
        pending.store();
    }
    model
}

/// The model of a whole dataset, and the cache to write for it once the
/// screen has it: writing it takes about 115 ms at 100,000 localities,
/// which the official no longer waits for before the figures are there.
pub fn derive_pending(
    dataset: Dataset,
    today: chrono::NaiveDate,
    key: Option<Key>,
) -> (Model, Option<Pending>) {
    crate::timings::mark("dataset loaded");
    let head = key
        .as_ref()
        .and_then(|_| crate::model::preview::head_of(&dataset));
    let mut model = crate::model::derive_when_asked(dataset, today);
    model.read_from = key.as_ref().map(Key::digest);
    crate::timings::mark("model derived");
    let pending = key.map(|key| Pending::of(&model, key, head));
    (model, pending)
}

/// A cache to write from a model that may be on screen by then: it holds
/// the model's localities, shared rather than copied, and its own copy of
/// the rest the cache keeps (the names' part a few MB at 100,000).
pub struct Pending {
    key: Key,
    head: Option<Head>,
    meta: Meta,
    directives: Vec<Directive>,
    milestones: Vec<Milestone>,
    targets: Vec<Target>,
    localities: std::sync::Arc<Vec<Locality>>,
    names: SharedNames,
    /// Counted until it is written and what writing it took is given back.
    writing: Option<Writing>,
}

impl Pending {
    fn of(model: &Model, key: Key, head: Option<Head>) -> Pending {
        Pending {
            key,
            head,
            meta: model.meta.clone(),
            directives: model.directives.clone(),
            milestones: model.milestones.clone(),
            targets: model.targets.clone(),
            localities: std::sync::Arc::clone(&model.localities),
            names: model.shared_names(),
            writing: Some(Writing::start()),
        }
    }

    /// Writes it behind the screen, then gives back to the system what
    /// encoding it took (some 20 MB at 100,000 localities, freed after the
    /// screen gave back what the model it replaced held).
    pub fn store_behind(mut self) -> bool {
        let writing = self.writing.take();
        let stored = self.store();
        crate::memory::give_back();
        drop(writing);
        stored
    }

    /// Writes it; whether it was written (see `Key::store`).
    pub fn store(self) -> bool {
        let full = DatasetRef {
            meta: &self.meta,
            directives: &self.directives,
            milestones: &self.milestones,
            targets: &self.targets,
            localities: &self.localities,
            refused_ids: &[],
            names: Some(self.names.by_ref()),
        };
        let stored = self.key.store(self.head.as_ref(), full);
        crate::timings::mark("cache written");
        stored
    }
}

/// How many caches are yet to be written, counted from before their model
/// is handed on, so that the program does not exit halfway through one
/// (which would leave its temporary file behind, tens of MB).
static WRITING: (Mutex<usize>, std::sync::Condvar) = (Mutex::new(0), std::sync::Condvar::new());

/// One cache yet to be written, until it is dropped.
struct Writing;

impl Writing {
    fn start() -> Writing {
        if let Ok(mut n) = WRITING.0.lock() {
            *n += 1;
        }
        Writing
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        if let Ok(mut n) = WRITING.0.lock() {
            *n = n.saturating_sub(1);
        }
        WRITING.1.notify_all();
    }
}

/// Waits, at most `limit`, until every cache handed on to be written is
/// written: before the program exits. Whether none is left.
pub fn wait_for_writes(limit: std::time::Duration) -> bool {
    let Ok(n) = WRITING.0.lock() else {
        return false;
    };
    WRITING
        .1
        .wait_timeout_while(n, limit, |n| *n > 0)
        .is_ok_and(|(n, _)| *n == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::tests::synthetic;

    /// A cache written after its model was handed on, even once that model
    /// is gone, is the file the model's own dataset makes: byte for byte,
    /// head and all, as a command writes it too. Quitting waits for it.
    #[test]
    fn a_cache_written_behind_the_screen_is_the_one_written_before_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let key = |name: &str| Key {
            path: dir.path().join(name),
            bytes: b"key".to_vec(),
            sizes: (1, 1),
        };
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default();
        // As the cache was written before it was written behind the screen:
        // from the model itself, before it is handed on.
        let model = crate::model::derive_when_asked(synthetic(), day);
        let head = crate::model::preview::head_of(&synthetic());
        assert!(key("before.cache").store(head.as_ref(), DatasetRef::of_model(&model)));
        let before = derive_stored(synthetic(), day, Some(&key("command.cache")));
        let (after, pending) = derive_pending(synthetic(), day, Some(key("after.cache")));
        let pending = pending.unwrap_or_else(|| panic!("a key gives a cache to write"));
        assert!(!dir.path().join("after.cache").exists());
        // The model is on screen, then replaced: what the cache needs stays.
        let shown = std::thread::spawn(move || drop(after));
        let written = std::thread::spawn(move || pending.store_behind());
        assert!(wait_for_writes(std::time::Duration::from_secs(60)));
        assert!(written.join().unwrap_or(false));
        assert!(shown.join().is_ok());
        let read = |name: &str| std::fs::read(dir.path().join(name)).unwrap_or_default();
        assert!(read("after.cache").len() > 100_000);
        assert!(read("after.cache") == read("before.cache"));
        assert!(read("command.cache") == read("before.cache"));
        // And it is the model's: a start from it has the same figures.
        let warm = key("after.cache")
            .open()
            .and_then(|c| c.model(day))
            .unwrap_or_else(|| panic!("the cache opens"));
        assert_eq!(
            format!("{:?}", warm.figures),
            format!("{:?}", before.figures)
        );
        // Without a key there is nothing to write.
        assert!(derive_pending(synthetic(), day, None).1.is_none());
    }

    #[test]
    fn quitting_waits_for_a_cache_being_written_and_no_longer() {
        let writing = Writing::start();
        let begun = std::time::Instant::now();
        assert!(!wait_for_writes(std::time::Duration::from_millis(50)));
        assert!(begun.elapsed() >= std::time::Duration::from_millis(50));
        let done = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(100));
            drop(writing);
        });
        assert!(wait_for_writes(std::time::Duration::from_secs(60)));
        assert!(done.join().is_ok());
    }
}
