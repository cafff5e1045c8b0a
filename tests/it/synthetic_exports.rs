//! Exports of generated datasets, byte for byte as the program gave them
//! before the model was made compact (records of 96 bytes, shared sources,
//! rows written one by one): the goldens in `tests/golden/synthetic/` were
//! written by the build of commit f47e967, and a change that alters one
//! figure, one order or one byte of these exports fails here. Each export
//! is taken twice, from the TOML and from the warm-start cache it leaves,
//! and both must be the golden.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::path::{Path, PathBuf};
use std::process::Command;

use tiendo::model::synth::{Spec, single_file};

/// Large enough to be cached (over `MIN_BYTES`), small enough to be quick.
const SETS: [(&str, Spec); 2] = [
    (
        "s700",
        Spec {
            localities: 700,
            years: 17,
            seed: 7,
        },
    ),
    (
        "s1300",
        Spec {
            localities: 1300,
            years: 9,
            seed: 3,
        },
    ),
];

/// Each view with its name in the golden's, and the formats taken of it
/// (json of every commune would be megabytes of goldens).
const VIEWS: [(&str, &[&str], &[&str]); 5] = [
    (
        "overview",
        &["--view", "overview"],
        &["txt", "md", "csv", "json"],
    ),
    (
        "provinces",
        &["--view", "provinces"],
        &["txt", "md", "csv", "json"],
    ),
    (
        "communes",
        &["--view", "provinces", "--level", "commune"],
        &["txt", "md", "csv"],
    ),
    (
        "districts-by-gap",
        &[
            "--view",
            "provinces",
            "--level",
            "district",
            "--sort",
            "gap",
        ],
        &["txt", "csv"],
    ),
    (
        "province-tinh-01",
        &["--view", "province:tinh-01"],
        &["txt", "md", "csv", "json"],
    ),
];

fn export(data: &Path, cache: &Path, view: &[&str], format: &str) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .env_remove("NO_COLOR")
        .env("TIENDO_CACHE_DIR", cache)
        .args([
            "--data",
            data.to_str().unwrap(),
            "export",
            "--today",
            "2026-12-06",
        ])
        .args(view)
        .args(["--format", format])
        .run()
        .expect("tiendo runs");
    assert!(
        out.status.success(),
        "{view:?} {format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn generated_datasets_export_as_before_from_the_toml_and_from_the_cache() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    // A path relative to the package, so that the header's command is the
    // same on every machine.
    let dir = Path::new("target/synthetic-exports");
    std::fs::create_dir_all(dir).unwrap();
    let mut failures = Vec::new();
    for (name, spec) in &SETS {
        // Joined with `/` on every system, as the goldens' commands name it.
        let data = PathBuf::from(format!("target/synthetic-exports/{name}.toml"));
        std::fs::write(&data, single_file(spec)).unwrap();
        let cache = tempfile::tempdir().unwrap();
        for (shown, view, formats) in VIEWS {
            for &format in formats {
                let cold = export(&data, cache.path(), view, format);
                let warm = export(&data, cache.path(), view, format);
                let path = format!("tests/golden/synthetic/{name}.{shown}.{format}");
                if update {
                    std::fs::create_dir_all("tests/golden/synthetic").unwrap();
                    std::fs::write(&path, &cold).unwrap();
                } else if std::fs::read(&path).ok().as_deref() != Some(cold.as_slice()) {
                    failures.push(path.clone());
                }
                if warm != cold {
                    failures.push(format!("{path} (from the cache)"));
                }
            }
        }
        assert!(
            std::fs::read_dir(cache.path()).unwrap().count() > 0,
            "{name}: no cache was written, so none was read"
        );
    }
    assert!(
        failures.is_empty(),
        "differ from golden files (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}
