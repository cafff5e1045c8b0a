//! What must hold on Windows as on Linux, beyond what the other modules
//! check (`.ci/windows` runs them all under Wine): data in folders whose
//! names have spaces and Vietnamese letters, written with the system's
//! separator (`\` on Windows) or with `/`; files saved with CRLF line ends
//! and a byte-order mark, as Notepad and Excel save them; the warm-start
//! cache in the platform's own cache folder; and `--watch` seeing a change.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::Run;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use tiendo::text::Lang;

/// The bundled dataset's files, as `data/` holds them.
fn bundled_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir("data")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    assert!(files.len() > 30, "data/ holds {} files", files.len());
    files
}

/// A folder as an official might name it, two levels down in `root`.
fn vietnamese_folder(root: &Path) -> PathBuf {
    let folder = root
        .join("Số liệu BHYT")
        .join("Tỉnh thành 2025 (bản chính)");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// `path` as given on the command line: with the system's separators, and
/// (the same on Unix) with `/` alone, which Windows also accepts.
fn spellings(path: &Path) -> Vec<String> {
    let native = path.to_str().unwrap().to_string();
    let slashes = native.replace('\\', "/");
    if slashes == native {
        vec![native]
    } else {
        vec![native, slashes]
    }
}

fn tiendo(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tiendo"));
    // No NO_COLOR: the goldens' commands were taken in colour.
    cmd.args(args)
        .env_remove("NO_COLOR")
        .env_remove("TIENDO_LANG")
        .env_remove(tiendo::cache::DIR_VARIABLE);
    cmd
}

fn succeeds(out: Output) -> Vec<u8> {
    assert!(
        out.status.success(),
        "{:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// `tiendo --data DATA export --view VIEW --format FORMAT` on the goldens' day.
fn export(data: &str, view: &str, format: &str) -> Vec<u8> {
    let args = ["--data", data, "export", "--view", view, "--format", format];
    succeeds(tiendo(&args).args(["--today", "2026-11-23"]).run().unwrap())
}

/// The golden export of the bundled data in VIEW and FORMAT, as the same
/// data given as `--data SHOWN` exports it: the same bytes but for the
/// command in the header (a csv has none).
fn golden(view: &str, format: &str, shown: &str) -> Vec<u8> {
    let name = format!("tests/golden/{}.{format}", view.replace(':', "-"));
    let golden = std::fs::read(name).unwrap();
    if format == "csv" {
        return golden;
    }
    let plain = format!("tiendo export --view {view} --format {format}");
    let given = format!("tiendo export --data {shown} --view {view} --format {format}");
    // In json the command is a string, its `\` and `"` escaped.
    let given = if format == "json" {
        let escaped = serde_json::to_string(&given).unwrap();
        escaped[1..escaped.len() - 1].to_string()
    } else {
        given
    };
    let golden = String::from_utf8(golden).unwrap();
    assert!(golden.contains(&plain), "{view}.{format}");
    golden.replacen(&plain, &given, 1).into_bytes()
}

/// `text` as the system's shells take it back, for a text that must be
/// quoted: in double quotes for PowerShell and cmd.exe on Windows.
fn quoted(text: &str) -> String {
    if cfg!(windows) {
        format!("\"{text}\"")
    } else {
        format!("'{text}'")
    }
}

#[test]
fn the_bundled_data_in_a_vietnamese_folder_with_spaces_exports_its_golden_bytes() {
    let root = tempfile::tempdir().unwrap();
    let folder = vietnamese_folder(root.path());
    for (name, bytes) in bundled_files() {
        std::fs::write(folder.join(name), bytes).unwrap();
    }
    for data in spellings(&folder) {
        for (view, format) in [
            ("provinces", "csv"),
            ("provinces", "txt"),
            ("overview", "json"),
        ] {
            let exported = export(&data, view, format);
            let golden = golden(view, format, &quoted(&data));
            assert!(
                exported == golden,
                "{data}: {view}.{format}:\n{}",
                String::from_utf8_lossy(&exported)
            );
        }
    }
}

#[test]
fn a_file_under_vietnamese_names_is_checked_and_named_as_it_was_given() {
    let root = tempfile::tempdir().unwrap();
    let file = vietnamese_folder(root.path()).join("Bắc Giang tháng 9.toml");
    std::fs::copy("tests/good/warnings.toml", &file).unwrap();
    for path in spellings(&file) {
        let out = tiendo(&["check", &path, "--today", "2025-12-31", "--lang", "en"])
            .run()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.starts_with(&format!("{path}: no errors")),
            "{stdout}"
        );
        let warnings = std::fs::read_to_string("tests/good/warnings.expected").unwrap();
        let first = warnings.lines().next().unwrap();
        let (_, place) = first.split_once(".toml:").unwrap();
        assert!(
            stderr.lines().next() == Some(&format!("{path}:{place}")),
            "{stderr}"
        );
    }
}

#[test]
fn an_export_and_an_import_write_files_named_in_vietnamese() {
    let root = tempfile::tempdir().unwrap();
    let folder = vietnamese_folder(root.path());
    let snapshot = folder.join("Ảnh chụp tỉnh thành.csv");
    let out = tiendo(&["export", "--view", "provinces", "--format", "csv"])
        .args(["--today", "2026-11-23", "-o", snapshot.to_str().unwrap()])
        .run()
        .unwrap();
    succeeds(out);
    assert!(std::fs::read(&snapshot).unwrap() == golden("provinces", "csv", ""));

    let report = folder.join("Báo cáo tháng 9.csv");
    std::fs::copy("tests/import/semicolon-bom.csv", &report).unwrap();
    let written = folder.join("Tháng 9 (nhập).toml");
    let out = tiendo(&["import", report.to_str().unwrap(), "--lang", "en"])
        .args(["-o", written.to_str().unwrap()])
        .run()
        .unwrap();
    succeeds(out);
    let text = std::fs::read_to_string(&written).unwrap();
    // The source names the report by its file name, not the folders above.
    assert!(
        text.contains("source = \"Báo cáo tháng 9.csv, row 7\"\n"),
        "{text}"
    );
    assert_eq!(text.matches("[[record]]").count(), 3, "{text}");
}

/// `text` as Notepad saves it: a byte-order mark, CRLF line ends.
fn notepad(text: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(text).unwrap();
    assert!(!text.contains('\r'), "the fixture already has CR");
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    out
}

#[test]
fn data_saved_with_crlf_and_a_byte_order_mark_exports_the_same_bytes() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("crlf");
    std::fs::create_dir(&folder).unwrap();
    for (name, bytes) in bundled_files() {
        std::fs::write(folder.join(name), notepad(&bytes)).unwrap();
    }
    let data = folder.to_str().unwrap();
    let shown = tiendo::text::shell_quoted(data);
    for (view, format) in [
        ("provinces", "csv"),
        ("overview", "json"),
        ("province:bac-ninh", "md"),
    ] {
        let exported = export(data, view, format);
        assert!(
            exported == golden(view, format, &shown),
            "{view}.{format}:\n{}",
            String::from_utf8_lossy(&exported)
        );
    }
}

#[test]
fn a_mistake_in_a_crlf_file_is_placed_at_the_line_and_column_of_the_lf_one() {
    let root = tempfile::tempdir().unwrap();
    let lf = std::fs::read("tests/bad/unknown-key.toml").unwrap();
    let file = root.path().join("unknown-key.toml");
    std::fs::write(&file, notepad(&lf)).unwrap();
    let path = file.to_str().unwrap();
    let out = tiendo(&["check", path, "--lang", "en"]).run().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let expected = std::fs::read_to_string("tests/bad/unknown-key.expected").unwrap();
    let expected = expected.replace("tests/bad/unknown-key.toml", path);
    assert!(stderr.starts_with(&expected), "{stderr}");
}

/// Where tiendo keeps its cache unless told otherwise, and the variable
/// that moves the platform's cache folders for the child (none on
/// Windows, whose folder is the user's own `AppData\Local`).
#[cfg(windows)]
fn platform_cache(_root: &Path) -> (PathBuf, Option<(&'static str, PathBuf)>) {
    let local = std::env::var_os("LOCALAPPDATA").expect("Windows names the local app data");
    let dir = Path::new(&local)
        .join("tiendo")
        .join("tiendo")
        .join("cache");
    (dir, None)
}

#[cfg(not(windows))]
fn platform_cache(root: &Path) -> (PathBuf, Option<(&'static str, PathBuf)>) {
    let home = root.join("cache-home");
    (home.join("tiendo"), Some(("XDG_CACHE_HOME", home)))
}

fn cache_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

// macOS keeps it in ~/Library/Caches, which no variable moves.
#[cfg(any(windows, target_os = "linux"))]
#[test]
fn a_warm_start_keeps_its_cache_in_the_platforms_cache_folder() {
    let root = tempfile::tempdir().unwrap();
    let file = vietnamese_folder(root.path()).join("Dữ liệu lớn.toml");
    let spec = tiendo::synth::Spec {
        localities: 1200,
        years: 17,
        seed: 11,
    };
    std::fs::write(&file, tiendo::synth::single_file(&spec)).unwrap();
    let (dir, moved) = platform_cache(root.path());
    let before = cache_files(&dir);
    let run = || {
        let mut cmd = tiendo(&["--data", file.to_str().unwrap(), "export"]);
        cmd.args(["--today", "2026-11-23"]);
        if let Some((variable, value)) = &moved {
            cmd.env(variable, value);
        }
        succeeds(cmd.run().unwrap())
    };
    let cold = run();
    let ours: Vec<_> = cache_files(&dir)
        .into_iter()
        .filter(|f| !before.contains(f))
        .collect();
    assert_eq!(
        ours.len(),
        1,
        "one new cache file in {}: {ours:?}",
        dir.display()
    );
    let written = std::fs::metadata(&ours[0]).unwrap().modified().unwrap();
    let warm = run();
    let used = std::fs::metadata(&ours[0]).unwrap().modified().unwrap();
    std::fs::remove_file(&ours[0]).unwrap();
    assert!(warm == cold, "the warm start printed other bytes");
    assert_eq!(used, written, "the cache was read, not written again");
}

/// Waits for one message of `--watch`, or fails the test after 20 s.
fn changed(rx: &std::sync::mpsc::Receiver<()>, what: &str) {
    rx.recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("--watch did not see {what}"));
    // The rest of the same change: a save is often several events.
    while rx.recv_timeout(Duration::from_millis(300)).is_ok() {}
}

#[test]
fn watch_sees_a_file_written_replaced_and_added_under_vietnamese_names() {
    let root = tempfile::tempdir().unwrap();
    let folder = vietnamese_folder(root.path());
    let file = folder.join("Bắc Giang.toml");
    std::fs::copy("tests/good/warnings.toml", &file).unwrap();
    let (_file_watch, file_rx) = tiendo::watch::changes(Lang::Vi, &[file.as_path()]).unwrap();
    let (_folder_watch, folder_rx) = tiendo::watch::changes(Lang::Vi, &[folder.as_path()]).unwrap();

    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("2025", "2024", 1)).unwrap();
    changed(&file_rx, "the file written in place");
    changed(&folder_rx, "a file of the folder written in place");

    // As an editor saves: a new file, then renamed over the old one.
    let saved = folder.join("Bắc Giang.toml~");
    std::fs::write(&saved, &text).unwrap();
    std::fs::rename(&saved, &file).unwrap();
    changed(&file_rx, "the file replaced by a rename");
    changed(&folder_rx, "a file of the folder replaced by a rename");

    std::fs::write(folder.join("Bắc Ninh.toml"), &text).unwrap();
    changed(&folder_rx, "a file added to the folder");
    assert!(
        file_rx.recv_timeout(Duration::from_millis(500)).is_err(),
        "watching one file, a change to another was taken for it"
    );
}
