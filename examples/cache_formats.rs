//! Measures the candidate encodings of the warm-start cache on a dataset:
//! size, encode time, and decode time of the whole and of a small head.
//! cargo run --release --example cache_formats -- /work/big/big.toml
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
    let files = tiendo::model::load::read_path(std::path::Path::new(&path)).unwrap();
    let full = tiendo::model::load_files(files).unwrap().dataset;
    let mut head = full.clone();
    head.localities
        .retain(|l| matches!(l.kind, LocalityKind::Nation | LocalityKind::Province));
    println!("localities: {} (head {})", full.localities.len(), head.localities.len());
    let runs = 3;
    for _ in 0..runs {
        let p = time("postcard encode full", || postcard::to_stdvec(&full).unwrap());
        let ph = postcard::to_stdvec(&head).unwrap();
        println!("postcard size full {} head {}", p.len(), ph.len());
        time("postcard decode full", || postcard::from_bytes::<Dataset>(&p).unwrap());
        time("postcard decode head", || postcard::from_bytes::<Dataset>(&ph).unwrap());
        drop(p);
        let b = time("bitcode encode full", || bitcode::serialize(&full).unwrap());
        let bh = bitcode::serialize(&head).unwrap();
        println!("bitcode size full {} head {}", b.len(), bh.len());
        time("bitcode decode full", || bitcode::deserialize::<Dataset>(&b).unwrap());
        time("bitcode decode head", || bitcode::deserialize::<Dataset>(&bh).unwrap());
        time("xxh3 of full", || xxhash_rust::xxh3::xxh3_64(&b));
    }
}
