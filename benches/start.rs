//! The dashboard's start on a large dataset, to its first frame of data
//! (issue 14): cold from one file, cold from a folder (one file per
//! province), and warm from the cache, at 10,000 and 100,000 localities.
//! What a start does after its first frame (the rest of the data, read
//! behind it) is waited for outside the timing.
//!
//! cargo bench --bench start
//! TIENDO_BENCH_SIZES=10000 cargo bench --bench start

// A benchmark, not the program: bad generated data is meant to stop it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, App, Loading};
use tiendo::loading::Source;
use tiendo::start::{Rest, Start};
use tiendo::synth::{self, Spec};
use tiendo::text::Lang;

#[path = "support/sizes.rs"]
mod sizes;

const SIZES: [usize; 2] = [10_000, 100_000];

/// The sizes to run (TIENDO_BENCH_SIZES picks some).
fn sizes() -> Vec<usize> {
    sizes::sizes(&SIZES)
}

fn main() {
    divan::main();
}

/// The synthetic data of one size on disk, as one file and as a folder,
/// with a cache folder for each.
struct OnDisk {
    _dir: tempfile::TempDir,
    file: PathBuf,
    folder: PathBuf,
    cache: PathBuf,
}

fn on_disk(n: usize) -> &'static OnDisk {
    static DATA: [OnceLock<OnDisk>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|&s| s == n).unwrap_or(0);
    DATA[slot].get_or_init(|| {
        let spec = Spec {
            localities: n,
            years: 17,
            seed: 1,
        };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("big.toml");
        std::fs::write(&file, synth::single_file(&spec)).unwrap();
        let folder = dir.path().join("bigdir");
        std::fs::create_dir(&folder).unwrap();
        for (name, text) in synth::per_province(&spec) {
            std::fs::write(folder.join(name), text).unwrap();
        }
        let cache = dir.path().join("cache");
        OnDisk {
            file,
            folder,
            cache,
            _dir: dir,
        }
    })
}

fn source(path: &Path, cache: Option<&Path>) -> Source {
    Source {
        paths: vec![path.to_path_buf()],
        today: Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
        lang: Lang::Vi,
        cache: cache.map(|dir| tiendo::cache::Policy {
            dir: dir.to_path_buf(),
            min_bytes: tiendo::cache::MIN_BYTES,
        }),
    }
}

/// What a start leaves running: dropped outside the timing, it waits for
/// the rest so that the next sample has the cores to itself.
struct Started {
    _app: App,
    _frame: Buffer,
    rest: Option<Rest>,
}

impl Drop for Started {
    fn drop(&mut self) {
        if let Some(rest) = self.rest.take() {
            let _ = rest.wait();
        }
    }
}

/// What the dashboard does up to its first frame: read (and maybe cache),
/// open on the head or the whole, draw at 120×40.
fn start(source: &Source) -> Started {
    let (model, rest) = match tiendo::start::open(source).unwrap().ok().unwrap() {
        Start::Whole(model) => (model, None),
        Start::Head { model, rest } => (model, Some(rest)),
    };
    let mut app = App::new(model, Lang::Vi, "bench".into());
    app.rest = rest.as_ref().map(|_| Loading::default());
    app.update(Action::Resize {
        rows: tiendo::ui::table_rows(120, 40),
        width: 120,
        height: 40,
    });
    let area = Rect::new(0, 0, 120, 40);
    let mut frame = Buffer::empty(area);
    tiendo::ui::render(&app, area, &mut frame);
    Started {
        _app: app,
        _frame: frame,
        rest,
    }
}

/// A cache written for `path`, as a first start that ran to its end leaves it.
fn warmed(path: &Path, cache: &Path) -> Source {
    let source = source(path, Some(cache));
    let sets = source.files().unwrap();
    if tiendo::cache::Cache::open(&source, &sets).is_none() {
        let loaded = tiendo::model::load_sets_checked(sets.clone(), &Default::default(), None)
            .unwrap()
            .dataset;
        let head = tiendo::model::preview::head_of(&loaded);
        assert!(tiendo::cache::store(
            &source,
            &sets,
            head.as_ref(),
            tiendo::cache::DatasetRef::of(&loaded)
        ));
    }
    source
}

/// (h) Cold, one file: cut in pieces, the head read first.
#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn h_cold_single_file(bencher: divan::Bencher, n: usize) {
    let source = source(&on_disk(n).file, None);
    bencher.bench_local(|| start(&source));
}

/// (h) Cold, a folder of one file per province.
#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn h_cold_folder(bencher: divan::Bencher, n: usize) {
    let source = source(&on_disk(n).folder, None);
    bencher.bench_local(|| start(&source));
}

/// (h) Warm, one file: the files read and keyed, the cache's head drawn.
#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn h_warm_single_file(bencher: divan::Bencher, n: usize) {
    let d = on_disk(n);
    let source = warmed(&d.file, &d.cache);
    bencher.bench_local(|| start(&source));
}

/// (h) Warm, a folder.
#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn h_warm_folder(bencher: divan::Bencher, n: usize) {
    let d = on_disk(n);
    let source = warmed(&d.folder, &d.cache);
    bencher.bench_local(|| start(&source));
}
