//! Hostile input: garbage, deep nesting, huge text, many files. Each gives a
//! clear error, never a panic, and never floods the screen.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::process::Command;

fn check(path: &std::path::Path) -> (i32, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .arg("check")
        .arg(path)
        .args(["--lang", "en"])
        .run()
        .expect("tiendo runs");
    let stderr = String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect();
    (out.status.code().unwrap_or(-1), stderr)
}

/// splitmix64, so the garbage is the same every run.
fn bytes(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            (z >> 56) as u8
        })
        .collect()
}

#[test]
fn ten_megabytes_of_binary_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.toml");
    std::fs::write(&path, bytes(10 << 20, 1)).unwrap();
    let (code, lines) = check(&path);
    assert_eq!(code, 1);
    assert!(lines[0].contains("is not valid UTF-8 at byte"), "{lines:?}");
}

#[test]
fn ten_megabytes_of_text_garbage_gives_a_capped_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.toml");
    let alphabet = b"abc=[]{}\"\n #.,0123456789xyz";
    let text: Vec<u8> = bytes(10 << 20, 2)
        .iter()
        .map(|b| alphabet[*b as usize % alphabet.len()])
        .collect();
    std::fs::write(&path, text).unwrap();
    let (code, lines) = check(&path);
    assert_eq!(code, 1);
    assert!(lines.len() <= 22, "{} lines", lines.len());
    assert!(
        lines
            .iter()
            .any(|l| l.contains("more syntax errors in this file: is it a dataset in TOML?"))
    );
}

#[test]
fn a_50000_deep_nested_array() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.toml");
    let text = format!(
        "schema = 1\nx = {}{}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    std::fs::write(&path, text).unwrap();
    let (code, lines) = check(&path);
    assert_eq!(code, 1);
    assert!(
        lines[0].ends_with(
            "values are nested too deeply here: a dataset needs at most a few levels of [ ] and { }"
        ),
        "{lines:?}"
    );
}

#[test]
fn a_one_megabyte_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("name.toml");
    let text = format!(
        "schema = 1\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n[[locality]]\nid = \"VN\"\nname = \"{}\"\nkind = \"nation\"\n",
        "Bắc".repeat(350_000)
    );
    std::fs::write(&path, text).unwrap();
    let (code, lines) = check(&path);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 2, "one error and the count: {lines:?}");
    assert!(
        lines[0].ends_with(":7:8: `name` is longer than 200 characters: shorten it"),
        "{lines:?}"
    );
}

#[test]
fn a_folder_of_10000_files_with_one_broken() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        let mut s = String::from("schema = 1\n");
        if i == 0 {
            s.push_str("[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n[[locality]]\nid = \"VN\"\nname = \"VN\"\nkind = \"nation\"\n");
        } else if i == 7_777 {
            s.push_str("[[locality]]\nid = \"p7777\"\nname = \"P\"\nkind = \"province\"\nparent = \"VN\"\n  [[locality.record]]\n  date = 2024-12-31\n  coverage = 94,5\n  source = \"s\"\n");
        } else {
            s.push_str(&format!("[[locality]]\nid = \"p{i}\"\nname = \"P {i}\"\nkind = \"province\"\nparent = \"VN\"\n"));
        }
        std::fs::write(dir.path().join(format!("f{i:05}.toml")), s).unwrap();
    }
    let (code, lines) = check(dir.path());
    assert_eq!(code, 1);
    assert!(
        lines[0]
            .ends_with("f07777.toml:9:16: write coverage = 94.5: a number with a decimal point"),
        "{lines:?}"
    );
}

#[test]
fn control_and_invisible_characters_never_reach_an_export() {
    for (what, text) in [
        ("escape", "\\u001B[2J"),
        ("bidi override", "\\u202E"),
        ("zero-width space", "\\u200B"),
        ("bell", "\\u0007"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.toml");
        std::fs::write(
            &path,
            format!("schema = 1\n[meta]\ntitle = \"t{text}\"\nas_of = 2025-12-31\n[[locality]]\nid = \"VN\"\nname = \"VN\"\nkind = \"nation\"\n"),
        )
        .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .args(["export", "--lang", "en", "--data"])
            .arg(&path)
            .run()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{what} is refused");
        assert!(out.stdout.is_empty(), "{what}: nothing exported");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{202e}'),
            "{what}: not echoed back"
        );
        assert!(err.contains("`title` holds"), "{what}: {err}");
    }
}
