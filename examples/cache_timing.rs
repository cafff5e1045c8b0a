//! Measures the warm-start cache on a dataset: the candidate encodings
//! (size, encode time, decode time of the whole and of a small head), then
//! the steps of a warm start: reading and keying the files, opening the
//! cache and decoding its head, then its full section.
//! cargo run --release --example cache_timing -- DATASET [formats]
//! cargo run --example cache_timing -- --fuzz-seed FILE   (a valid cache of
//! the bundled data for the key `fuzz`: a seed for the `cache` fuzz target)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use tiendo::model::schema::{Dataset, LocalityKind};

fn time<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let v = f();
    println!("{what}: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    v
}

fn main() {
    let path = std::env::args().nth(1).expect("a dataset path");
    if path == "--fuzz-seed" {
        let out = std::env::args().nth(2).expect("a file to write");
        let d = tiendo::model::load_files(tiendo::bundled::files())
            .unwrap()
            .dataset;
        let mut head = d.clone();
        head.localities
            .retain(|l| matches!(l.kind, LocalityKind::Nation | LocalityKind::Province));
        let full = tiendo::cache::DatasetRef::of(&d);
        let head = tiendo::model::preview::Head { dataset: head };
        std::fs::write(
            out,
            tiendo::cache::file_bytes(b"fuzz", Some(&head), full).unwrap(),
        )
        .unwrap();
        return;
    }
    warm_start(std::path::PathBuf::from(&path));
    if std::env::args().nth(2).as_deref() != Some("formats") {
        return;
    }
    let files = tiendo::model::load::read_path(std::path::Path::new(&path)).unwrap();
    let full = tiendo::model::load_files(files).unwrap().dataset;
    let mut head = full.clone();
    head.localities
        .retain(|l| matches!(l.kind, LocalityKind::Nation | LocalityKind::Province));
    println!(
        "localities: {} (head {})",
        full.localities.len(),
        head.localities.len()
    );
    let runs = 3;
    for _ in 0..runs {
        let p = time("postcard encode full", || {
            postcard::to_stdvec(&full).unwrap()
        });
        let ph = postcard::to_stdvec(&head).unwrap();
        println!("postcard size full {} head {}", p.len(), ph.len());
        time("postcard decode full", || {
            postcard::from_bytes::<Dataset>(&p).unwrap()
        });
        time("postcard decode head", || {
            postcard::from_bytes::<Dataset>(&ph).unwrap()
        });
        drop(p);
        let b = time("bitcode encode full", || bitcode::serialize(&full).unwrap());
        let bh = bitcode::serialize(&head).unwrap();
        println!("bitcode size full {} head {}", b.len(), bh.len());
        time("bitcode decode full", || {
            bitcode::deserialize::<Dataset>(&b).unwrap()
        });
        time("bitcode decode head", || {
            bitcode::deserialize::<Dataset>(&bh).unwrap()
        });
        time("xxh3 of full", || xxhash_rust::xxh3::xxh3_64(&b));
    }
}

fn warm_start(path: std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let source = tiendo::loading::Source {
        paths: vec![path],
        today: None,
        lang: tiendo::text::Lang::En,
        cache: Some(tiendo::cache::Policy {
            dir: dir.path().to_path_buf(),
            min_bytes: 0,
        }),
    };
    let sets = source.files().unwrap();
    let full = tiendo::model::load_sets_checked(
        sets.clone(),
        &tiendo::model::LoadProgress::default(),
        None,
    )
    .unwrap()
    .dataset;
    let mut head = full.clone();
    head.localities
        .retain(|l| matches!(l.kind, LocalityKind::Nation | LocalityKind::Province));
    let full_ref = tiendo::cache::DatasetRef::of(&full);
    time("store (encode and write both sections)", || {
        let head = tiendo::model::preview::Head {
            dataset: head.clone(),
        };
        assert!(tiendo::cache::store(&source, &sets, Some(&head), full_ref))
    });
    drop((full, sets));
    for _ in 0..3 {
        let start = Instant::now();
        let sets = time("read the files", || source.files().unwrap());
        let key = time("key them (stat and hash)", || {
            tiendo::cache::Key::of(&source, &sets).unwrap()
        });
        let cache = time("open the cache", || key.open().unwrap());
        let head = time("decode the head", || cache.head().unwrap());
        println!(
            "first data ({} localities) after {:.1} ms",
            head.dataset.localities.len(),
            start.elapsed().as_secs_f64() * 1000.0
        );
        let full = time("read and decode the full section", || cache.full().unwrap());
        println!("full: {} localities", full.localities.len());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        time("derive the model from it", || {
            tiendo::model::derive(full, today)
        });
    }
}
