//! The warm-start cache from the command line: `export` gives the same
//! bytes from the cache as from the TOML, notices a changed file and a
//! damaged cache, and `--no-cache` and `check` write none. Every run points
//! TIENDO_CACHE_DIR at a temporary folder, never the user's own.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The data folder with one dataset file of a little over 1 MB, and an
/// empty cache folder.
struct Setup {
    _data: tempfile::TempDir,
    file: PathBuf,
    cache: tempfile::TempDir,
}

fn setup() -> Setup {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    let text = tiendo::synth::single_file(&tiendo::synth::Spec {
        localities: 1200,
        years: 17,
        seed: 4,
    });
    assert!(text.len() as u64 > tiendo::cache::MIN_BYTES);
    std::fs::write(&file, text).unwrap();
    Setup {
        _data: data,
        file,
        cache: tempfile::tempdir().unwrap(),
    }
}

fn tiendo(cache: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .env("TIENDO_CACHE_DIR", cache)
        .args(["--today", "2026-11-23"])
        .args(args)
        .run()
        .expect("tiendo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

impl Setup {
    fn export(&self, more: &[&str]) -> String {
        let mut args = vec!["--data", self.file.to_str().unwrap(), "export"];
        args.extend_from_slice(more);
        String::from_utf8(tiendo(self.cache.path(), &args).stdout).unwrap()
    }

    fn cache_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.cache.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    }
}

#[test]
fn a_second_export_reads_the_cache_and_prints_the_same_bytes() {
    let s = setup();
    let first = s.export(&[]);
    let files = s.cache_files();
    assert_eq!(files.len(), 1, "one cache file: {files:?}");
    let written = std::fs::metadata(&files[0]).unwrap().modified().unwrap();
    assert_eq!(s.export(&[]), first);
    let csv = s.export(&["--format", "csv", "--level", "commune"]);
    assert!(csv.lines().count() > 1000);
    assert_eq!(
        std::fs::metadata(&files[0]).unwrap().modified().unwrap(),
        written,
        "a cache that was used is not written again"
    );
}

#[test]
fn a_changed_file_is_read_again_even_at_the_same_size_and_time() {
    let s = setup();
    assert!(s.export(&[]).contains("Số liệu đến: 31/12/2025"));
    let time = std::fs::metadata(&s.file).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&s.file).unwrap();
    std::fs::write(&s.file, text.replacen("2025-12-31", "2025-12-30", 1)).unwrap();
    let f = std::fs::File::options().write(true).open(&s.file).unwrap();
    f.set_modified(time).unwrap();
    drop(f);
    assert!(s.export(&[]).contains("Số liệu đến: 30/12/2025"));
    // And the cache now holds the new data.
    assert!(s.export(&[]).contains("Số liệu đến: 30/12/2025"));
}

#[test]
fn a_truncated_or_corrupted_cache_is_ignored_and_written_anew() {
    let s = setup();
    let first = s.export(&[]);
    let file = s.cache_files().remove(0);
    let whole = std::fs::read(&file).unwrap();
    std::fs::write(&file, &whole[..whole.len() / 2]).unwrap();
    assert_eq!(s.export(&[]), first);
    assert_eq!(std::fs::read(&file).unwrap(), whole, "written anew");
    let mut flipped = whole.clone();
    let at = flipped.len() - 100;
    flipped[at] ^= 0x55;
    std::fs::write(&file, &flipped).unwrap();
    assert_eq!(s.export(&[]), first);
    assert_eq!(std::fs::read(&file).unwrap(), whole, "written anew");
    std::fs::write(&file, b"not a cache").unwrap();
    assert_eq!(s.export(&[]), first);
}

#[test]
fn no_cache_and_check_write_no_cache() {
    let s = setup();
    let path = s.file.to_str().unwrap();
    tiendo(s.cache.path(), &["--data", path, "export", "--no-cache"]);
    tiendo(s.cache.path(), &["--no-cache", "--data", path, "export"]);
    tiendo(s.cache.path(), &["check", path]);
    tiendo(s.cache.path(), &["--data", path, "check"]);
    assert!(s.cache_files().is_empty(), "{:?}", s.cache_files());
}

/// `TIENDO_TIMINGS` names a file each step of a load is logged to: a warm
/// export keys the files as they stream and decodes the cache, reading no
/// file into memory; a cold one reads them.
#[test]
fn timings_show_a_warm_export_reads_no_file_into_memory() {
    let s = setup();
    let log = s.cache.path().join("timings.txt");
    let steps = |more: &[&str]| {
        let _ = std::fs::remove_file(&log);
        let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .env("TIENDO_CACHE_DIR", s.cache.path())
            .env("TIENDO_TIMINGS", &log)
            .args([
                "--today",
                "2026-11-23",
                "--data",
                s.file.to_str().unwrap(),
                "export",
            ])
            .args(more)
            .run()
            .unwrap();
        assert!(out.status.success());
        let text = std::fs::read_to_string(&log).unwrap();
        let lines: Vec<(f64, String)> = text
            .lines()
            .map(|l| {
                let (ms, step) = l.split_once(' ').unwrap();
                (ms.parse().unwrap(), step.to_string())
            })
            .collect();
        assert!(lines.windows(2).all(|w| w[0].0 <= w[1].0), "{text}");
        lines.into_iter().map(|(_, s)| s).collect::<Vec<_>>()
    };
    let cold = steps(&[]);
    assert_eq!(
        cold,
        [
            "files keyed",
            "files read",
            "dataset loaded",
            "model derived",
            "cache written",
            "model ready",
            "view opened",
            "rendered",
            "written"
        ]
    );
    let warm = steps(&["--format", "csv"]);
    assert_eq!(
        warm,
        [
            "files keyed",
            "cache decoded",
            "model ready",
            "view opened",
            "rendered",
            "written"
        ]
    );
    // Without the variable, nothing is logged.
    let _ = std::fs::remove_file(&log);
    s.export(&[]);
    assert!(!log.exists());
}
