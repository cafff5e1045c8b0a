//! A folder is parsed on every core, yet what comes out is as if the files
//! were read one after the other: the first file's [meta] is the dataset's,
//! problems come in file order, and the progress counters reach the totals.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::atomic::Ordering;

use tiendo::model::{self, LoadProgress};
use tiendo::synth::{self, Spec};

/// A large first file (the slowest to parse) and small ones after it, each
/// with a second [meta].
fn files() -> Vec<(String, Vec<u8>)> {
    let big = synth::single_file(&Spec {
        localities: 3000,
        years: 5,
        seed: 1,
    });
    let small = "schema = 1\n\n[meta]\ntitle = \"x\"\nas_of = 2025-12-31\n";
    std::iter::once(("f00.toml".to_string(), big.into_bytes()))
        .chain((1..40).map(|k| (format!("f{k:02}.toml"), small.as_bytes().to_vec())))
        .collect()
}

#[test]
fn problems_come_in_file_order_and_the_first_meta_wins() {
    let files = files();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let progress = LoadProgress::default();
    let Err(invalid) = model::load_files_with(files, &progress) else {
        panic!("39 second [meta]s must be refused");
    };
    let expected: Vec<String> = (1..40)
        .map(|k| {
            format!(
                "f{k:02}.toml:3:1: a second [meta]: the dataset's [meta] is already in f00.toml"
            )
        })
        .collect();
    let errors: Vec<String> = invalid
        .errors()
        .map(|d| tiendo::text::diagnostic(tiendo::text::Lang::En, d))
        .collect();
    assert_eq!(errors, expected);
    assert_eq!(progress.files_done.load(Ordering::Relaxed), 40);
    assert_eq!(progress.files_total.load(Ordering::Relaxed), 40);
    assert_eq!(progress.bytes_done.load(Ordering::Relaxed), bytes as u64);
    assert_eq!(progress.bytes_total.load(Ordering::Relaxed), bytes as u64);
}

#[test]
fn the_same_files_give_the_same_diagnostics_every_time() {
    let first = model::load_files(files()).err().map(|e| e.diagnostics);
    for _ in 0..3 {
        let again = model::load_files(files()).err().map(|e| e.diagnostics);
        assert_eq!(again, first);
    }
}
