//! Memory across reloads (issue 25): the peak resident size after the
//! dashboard's start has read all the data, after each of 5 reloads (`r`)
//! of the files as they are, and after each of 5 more with a line added to
//! the file before each, driven through the App as the terminal loop drives
//! them: a reload read on its own thread while the old model stays on
//! screen, then `Action::Loaded` (or `Unchanged`). The file is a copy: the
//! one given is never written. Printed, not asserted: the machine's other
//! load moves it. Linux only (VmHWM and VmRSS from /proc/self/status);
//! elsewhere it says "not measured".
//!
//! cargo bench --bench memory
//! TIENDO_BENCH_RELOADS=12 cargo bench --bench memory   (12 of each)
//! TIENDO_BENCH_FILE=/path/big.toml cargo bench --bench memory   (else synthetic,
//! TIENDO_BENCH_SIZES localities, 100,000 by default)

// A benchmark, not the program: bad generated data is meant to stop it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use tiendo::app::{Action, App, Effect, Loading};
use tiendo::loading::{Reloaded, Shown, Source};
use tiendo::start::Start;
use tiendo::synth::{self, Spec};
use tiendo::text::Lang;

/// 5 of each, or `TIENDO_BENCH_RELOADS`.
fn reloads() -> usize {
    std::env::var("TIENDO_BENCH_RELOADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let file = match std::env::var_os("TIENDO_BENCH_FILE") {
        Some(f) => {
            let copy = dir.path().join("big.toml");
            std::fs::copy(&f, &copy).unwrap();
            copy
        }
        None => {
            let localities = std::env::var("TIENDO_BENCH_SIZES")
                .ok()
                .and_then(|s| s.split(',').next()?.trim().parse().ok())
                .unwrap_or(100_000);
            let file = dir.path().join("big.toml");
            let spec = Spec {
                localities,
                years: 17,
                seed: 1,
            };
            std::fs::write(&file, synth::single_file(&spec)).unwrap();
            file
        }
    };
    let cache = dir.path().join("cache");
    let source = Source {
        paths: vec![file.clone()],
        today: Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
        lang: Lang::Vi,
        cache: Some(tiendo::cache::Policy {
            dir: cache.clone(),
            min_bytes: tiendo::cache::MIN_BYTES,
        }),
    };
    println!("memory: {}", file.display());
    // A first start writes the cache; the one measured is warm, as the
    // dashboard's is once it has run on the data.
    warm_up(&source, &cache);
    tiendo::memory::give_back();
    reset_peak();
    report("before the start");
    let mut app = start(&source);
    report("after the start (all data read)");
    for k in 1..=reloads() {
        reload(&mut app, &source);
        report(&format!("after reload {k}, files as they are"));
    }
    for k in 1..=reloads() {
        // A comment line: new bytes, so the file is read again (and its
        // cache written again), the figures the same.
        let mut f = std::fs::File::options().append(true).open(&file).unwrap();
        std::io::Write::write_all(&mut f, format!("# saved {k}\n").as_bytes()).unwrap();
        drop(f);
        reload(&mut app, &source);
        report(&format!("after reload {k}, a line added"));
    }
}

/// Starts once and waits until the cache is written.
fn warm_up(source: &Source, cache: &std::path::Path) {
    drop(start(source));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::fs::read_dir(cache).map_or(0, |d| d.count()) == 0 {
        assert!(std::time::Instant::now() < deadline, "no cache was written");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // The cache file is renamed into place when whole.
    std::thread::sleep(std::time::Duration::from_millis(200));
}

/// The dashboard's start, up to the whole model on screen.
fn start(source: &Source) -> App {
    match tiendo::start::open(source).unwrap().ok().unwrap() {
        Start::Whole(model) => App::new(model, Lang::Vi, "bench".into()),
        Start::Head { model, rest } => {
            let mut app = App::new(model, Lang::Vi, "bench".into());
            app.rest = Some(Loading::default());
            let whole = rest.wait().ok().unwrap();
            app.update(Action::Completed(Box::new(whole)));
            if std::mem::take(&mut app.freed) {
                tiendo::memory::give_back();
            }
            app
        }
    }
}

/// `r`, as the terminal loop carries it out.
fn reload(app: &mut App, source: &Source) {
    assert_eq!(app.update(Action::Reload), Effect::Reload);
    let _ = tiendo::memory::before_reloads();
    app.update(Action::Reloading);
    let (send, result) = std::sync::mpsc::channel();
    let source = source.clone();
    let shown = Shown::of(&app.model);
    tiendo::behind::spawn(move || {
        let progress = tiendo::model::LoadProgress::default();
        let (reloaded, pending) = source.reload_pending(&progress, shown);
        let _ = send.send(reloaded);
        if let Some(pending) = pending {
            pending.store_behind();
        }
    });
    match result.recv().unwrap() {
        Reloaded::Read(model) => app.update(Action::Loaded(Ok(model))),
        Reloaded::Unchanged => app.update(Action::Unchanged),
        Reloaded::Failed(problems) => panic!("the data reloads: {problems:?}"),
    };
    // As the loop does once the frame is drawn.
    if std::mem::take(&mut app.freed) {
        tiendo::memory::give_back();
    }
    // Each reload measured whole, the cache it writes behind the screen too.
    tiendo::cache::wait_for_writes(std::time::Duration::from_secs(60));
}

/// The warm-up's cold load is not the start measured: its peak is
/// forgotten (writing 5 to clear_refs sets VmHWM to the resident size now).
#[cfg(target_os = "linux")]
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

#[cfg(not(target_os = "linux"))]
fn reset_peak() {}

#[cfg(target_os = "linux")]
fn report(when: &str) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    println!(
        "{when:<38} peak (VmHWM) {:>6} MB   now (VmRSS) {:>6} MB",
        kb("VmHWM:") / 1024,
        kb("VmRSS:") / 1024
    );
}

#[cfg(not(target_os = "linux"))]
fn report(when: &str) {
    println!("{when:<34} not measured (Linux only)");
}
