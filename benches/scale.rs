//! Scale benchmarks on synthetic data (PRODUCT §8): the toml parse floor,
//! tiendo's full load from one file and from a folder, the first frame, a key
//! press to its frame, search per key, the txt export, and a step of the as-of day.
//!
//! cargo bench --bench scale            (all sizes; 100,000 takes minutes)
//! TIENDO_BENCH_SIZES=63,10000 cargo bench --bench scale   (some sizes)

// A benchmark, not the program: bad generated data is meant to stop it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, App, Screen};
use tiendo::export::{self, Format};
use tiendo::model::{self, Model};
use tiendo::synth::{self, Spec};
use tiendo::text::Lang;

#[path = "support/raw.rs"]
mod raw;
#[path = "support/sizes.rs"]
mod sizes;

const SIZES: [usize; 3] = [63, 10_000, 100_000];

/// The sizes to run (TIENDO_BENCH_SIZES picks some).
fn sizes() -> Vec<usize> {
    sizes::sizes(&SIZES)
}
const YEARS: usize = 17;

fn main() {
    divan::main();
}

struct Data {
    single: Vec<u8>,
    folder: Vec<(String, Vec<u8>)>,
}

fn data(n: usize) -> &'static Data {
    static CACHE: [OnceLock<Data>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|&s| s == n).unwrap_or(0);
    CACHE[slot].get_or_init(|| {
        let spec = Spec {
            localities: n,
            years: YEARS,
            seed: 1,
        };
        Data {
            single: synth::single_file(&spec).into_bytes(),
            folder: synth::per_province(&spec)
                .into_iter()
                .map(|(n, t)| (n, t.into_bytes()))
                .collect(),
        }
    })
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn load(files: Vec<(String, Vec<u8>)>) -> Model {
    let loaded = model::load_files(files)
        .unwrap_or_else(|e| panic!("{}", tiendo::text::invalid(tiendo::text::Lang::En, &e)));
    model::derive_when_asked(loaded.dataset, today())
}

fn built(n: usize) -> &'static Model {
    static CACHE: [OnceLock<Model>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|&s| s == n).unwrap_or(0);
    CACHE[slot].get_or_init(|| load(data(n).folder.clone()))
}

/// The Provinces screen listing every unit of the largest level: at 100,000
/// localities, the communes.
fn table_app(n: usize) -> App {
    let mut app = App::new(built(n).clone(), Lang::Vi, "bench".into());
    app.update(Action::Resize {
        rows: tiendo::ui::table_rows(120, 40),
        width: 120,
        height: 40,
    });
    app.update(Action::ShowScreen(Screen::Provinces));
    if n > 100 {
        app.update(Action::CycleLevel);
        app.update(Action::CycleLevel);
    }
    app
}

fn frame(app: &App) -> Buffer {
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    tiendo::ui::render(app, area, &mut buf);
    buf
}

/// (a) The floor: `toml` alone, into plain serde structs.
#[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
fn a_parse_floor(bencher: divan::Bencher, n: usize) {
    let text = std::str::from_utf8(&data(n).single).unwrap_or("");
    bencher.bench(|| {
        toml::from_str::<raw::Raw>(text)
            .map(|r| r.locality.len())
            .unwrap_or(0)
    });
}

/// (b) tiendo's load of the same single file: parse, check, derive, index.
#[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
fn b_load_single_file(bencher: divan::Bencher, n: usize) {
    bencher
        .with_inputs(|| vec![("big.toml".to_string(), data(n).single.clone())])
        .bench_values(load);
}

/// (b) The same data as a folder, one file per province, parsed on every core.
#[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
fn b_load_folder(bencher: divan::Bencher, n: usize) {
    bencher
        .with_inputs(|| data(n).folder.clone())
        .bench_values(load);
}

/// The single file with 1,000 `parent`s misspelt (the last character of
/// every n/1000-th one changed), checked: each unknown reference asks the
/// index of ids for the id meant (issue 22: at most twice `b_load_single_file`).
#[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
fn b_check_misspelt_parents(bencher: divan::Bencher, n: usize) {
    let text = std::str::from_utf8(&data(n).single).unwrap_or("");
    let every = (n / 1000).max(1);
    let mut seen = 0usize;
    let misspelt: String = text
        .lines()
        .map(|line| match line.strip_prefix("parent = \"") {
            Some(rest) if rest.len() > 2 => {
                seen += 1;
                if seen.is_multiple_of(every) {
                    format!("parent = \"{}x\"", &rest[..rest.len() - 2])
                } else {
                    line.to_string()
                }
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = misspelt.into_bytes();
    bencher
        .with_inputs(|| vec![("big.toml".to_string(), bytes.clone())])
        .bench_values(|files| model::load_files(files).err().map(|e| e.diagnostics.len()));
}

/// The bundled dataset, start to first frame: load, derive, draw.
#[divan::bench]
fn bundled_start_to_first_frame() -> Buffer {
    let model = load(tiendo::bundled::files());
    let mut app = App::new(model, Lang::Vi, "bench".into());
    app.update(Action::Resize {
        rows: tiendo::ui::table_rows(120, 40),
        width: 120,
        height: 40,
    });
    frame(&app)
}

/// (c) First frame at 120×40 of a loaded model.
#[divan::bench(args = sizes())]
fn c_first_frame(bencher: divan::Bencher, n: usize) {
    let model = built(n);
    bencher
        .with_inputs(|| model.clone())
        .bench_local_values(|model| {
            let mut app = App::new(model, Lang::Vi, "bench".into());
            app.update(Action::Resize {
                rows: tiendo::ui::table_rows(120, 40),
                width: 120,
                height: 40,
            });
            let buf = frame(&app);
            // Returned, so the model is dropped outside the timing.
            (app, buf)
        });
}

fn key_to_frame(bencher: divan::Bencher, n: usize, action: fn(usize) -> Action) {
    let mut app = table_app(n);
    let mut k = 0usize;
    bencher.bench_local(|| {
        k += 1;
        app.update(action(k));
        frame(&app)
    });
}

/// (d) A key press to its frame on the table: move down one row.
#[divan::bench(args = sizes())]
fn d_key_move(bencher: divan::Bencher, n: usize) {
    key_to_frame(bencher, n, |k| {
        if k % 1000 == 0 {
            Action::First
        } else {
            Action::Down
        }
    });
}

/// (d) Move down one row while `r` reads the data again behind the screen
/// (issue 22: the key must answer within 50 ms at 100,000 localities). The
/// reload runs over and over on its own thread, as `tui.rs` runs it, so
/// every sample competes with it for the cores (behind the screen, below
/// this thread's priority, as in the dashboard: `behind.rs`).
#[divan::bench(args = sizes(), sample_count = 20, sample_size = 5)]
fn d_key_move_during_reload(bencher: divan::Bencher, n: usize) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.toml");
    std::fs::write(&path, &data(n).single).unwrap();
    let source = tiendo::source::Source {
        paths: vec![path],
        today: Some(today()),
        lang: Lang::Vi,
        cache: None,
    };
    let running = Arc::new(AtomicBool::new(true));
    let reloads = {
        let running = Arc::clone(&running);
        tiendo::behind::spawn(move || {
            let mut done = 0usize;
            while running.load(Ordering::Relaxed) {
                let progress = model::LoadProgress::default();
                assert!(source.reload_counted(&progress).is_ok());
                done += 1;
            }
            done
        })
    };
    key_to_frame(bencher, n, |k| {
        if k % 1000 == 0 {
            Action::First
        } else {
            Action::Down
        }
    });
    running.store(false, Ordering::Relaxed);
    let done = reloads.join().unwrap();
    assert!(done > 0, "no reload ran while the keys were timed");
}

/// (d) Page down.
#[divan::bench(args = sizes())]
fn d_key_page(bencher: divan::Bencher, n: usize) {
    key_to_frame(bencher, n, |k| {
        if k % 100 == 0 {
            Action::First
        } else {
            Action::PageDown
        }
    });
}

/// (d) Change the sort column.
#[divan::bench(args = sizes())]
fn d_key_sort(bencher: divan::Bencher, n: usize) {
    key_to_frame(bencher, n, |_| Action::CycleSort);
}

/// (d) Change the status filter.
#[divan::bench(args = sizes())]
fn d_key_filter(bencher: divan::Bencher, n: usize) {
    key_to_frame(bencher, n, |_| Action::CycleFilter);
}

/// (e) Search as you type: one key of "xa thu 01" (and Esc, / to start over).
#[divan::bench(args = sizes())]
fn e_search_per_key(bencher: divan::Bencher, n: usize) {
    const QUERY: &[char] = &['x', 'a', ' ', 't', 'h', 'u', ' ', '0', '1'];
    let mut app = table_app(n);
    let mut k = 0usize;
    bencher.bench_local(|| {
        let step = k % (QUERY.len() + 2);
        k += 1;
        let action = match step {
            0 => Action::StartSearch,
            s if s <= QUERY.len() => Action::SearchInput(QUERY.get(s - 1).copied().unwrap_or('x')),
            _ => Action::CancelSearch,
        };
        app.update(action);
        frame(&app)
    });
}

/// (f) The txt export of the table: every row, rendered off screen.
#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn f_export_txt(bencher: divan::Bencher, n: usize) {
    let app = table_app(n);
    bencher.bench_local(|| export::render(&app, Format::Txt, 100, "23/11/2026").map(|t| t.len()));
}

/// (g) Step the as-of day a year back and forward (`t`, `T`) between two past
/// year ends, so each press judges the whole dataset again, to its frame.
#[divan::bench(args = sizes(), sample_count = 10, sample_size = 1)]
fn g_as_of_step(bencher: divan::Bencher, n: usize) {
    let mut app = table_app(n);
    app.update(Action::EarlierYear);
    let mut k = 0usize;
    bencher.bench_local(|| {
        k += 1;
        app.update(if k % 2 == 1 {
            Action::EarlierYear
        } else {
            Action::LaterYear
        });
        frame(&app)
    });
}
