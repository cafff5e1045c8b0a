//! Snapshot export: golden files for every view and format, byte-identity
//! between the CLI and the dashboard's path, and the promises of a snapshot.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::Run;

use std::path::Path;
use std::process::Command;

use tiendo::app::{Action, App};
use tiendo::export::{self, Format};
use tiendo::model::{self, Era};
use tiendo::text::Lang;
use unicode_width::UnicodeWidthStr;

const TAKEN: &str = "23/11/2026";
const VIEWS: [&str; 4] = ["overview", "provinces", "province:bac-ninh", "timeline"];
const FORMATS: [Format; 4] = [Format::Txt, Format::Md, Format::Csv, Format::Json];

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .args(args)
        .run()
        .expect("tiendo runs")
}

fn golden_name(view: &str, format: Format) -> String {
    format!(
        "tests/golden/{}.{}",
        view.replace(':', "-"),
        format.extension()
    )
}

#[test]
fn every_view_and_format_matches_its_golden_file() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for view in VIEWS {
        for format in FORMATS {
            let out = cli(&[
                "export",
                "--view",
                view,
                "--format",
                format.extension(),
                "--today",
                "2026-11-23",
            ]);
            assert!(
                out.status.success(),
                "{view} {format:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let path = golden_name(view, format);
            if update {
                std::fs::write(&path, &out.stdout).unwrap();
            } else if std::fs::read(&path).ok().as_deref() != Some(out.stdout.as_slice()) {
                failures.push(path);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "differ from golden files (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}

#[test]
fn the_cli_and_the_dashboard_give_the_same_bytes() {
    // The dashboard's `e` path: the app's own state rendered, then written
    // through a temporary file. The pty test also presses `e` for real.
    let dir = tempfile::tempdir().unwrap();
    for view in VIEWS {
        let mut a = common::bundled_app(Lang::Vi);
        a.open_view(view).unwrap();
        let text = export::render(&a, Format::Txt, export::DEFAULT_WIDTH, TAKEN).unwrap();
        let written = export::write_new(
            Lang::Vi,
            dir.path(),
            &export::view_file_name(&a),
            "20261123-120000",
            "txt",
            &text,
        )
        .unwrap();
        let from_cli = cli(&["export", "--view", view, "--today", "2026-11-23"]).stdout;
        assert_eq!(std::fs::read(&written).unwrap(), from_cli, "{view}");
    }
}

#[test]
fn a_snapshot_holds_every_row_even_beyond_the_screen() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 80, 24);
    a.update(Action::ShowScreen(tiendo::app::Screen::Provinces));
    a.update(Action::ToggleEra);
    assert_eq!(a.rows.len(), 63);
    assert!(a.page < 63, "more rows than fit on the screen");
    let text = export::render(&a, Format::Txt, 100, TAKEN).unwrap();
    for &i in &a.rows {
        let name = &a.model.locality(i).unwrap().name;
        // The name column takes the longest name first: none is cut.
        assert!(text.contains(name.as_str()), "{name} missing");
    }
    let csv = export::render(&a, Format::Csv, 100, TAKEN).unwrap();
    assert_eq!(csv.lines().count(), 64, "a header and 63 rows");
}

#[test]
fn snapshots_are_plain_nfc_text_within_the_width() {
    for width in [60, 100, 140] {
        for view in VIEWS {
            let mut a = common::bundled_app(Lang::Vi);
            a.open_view(view).unwrap();
            for lang in [Lang::Vi, Lang::En] {
                a.lang = lang;
                let text = export::render(&a, Format::Txt, width, TAKEN).unwrap();
                assert!(
                    text.ends_with('\n') && !text.ends_with("\n\n"),
                    "{view}: one final newline"
                );
                assert!(!text.contains('\u{1b}'), "{view}: no escape sequence");
                assert!(unicode_normalization::is_nfc(&text), "{view}: NFC");
                for line in text.lines() {
                    // The command alone runs past the width: a wrapped
                    // command would not paste into a shell.
                    let command = line.starts_with("Lệnh: tiendo export ")
                        || line.starts_with("Command: tiendo export ");
                    assert!(
                        command || line.width() <= usize::from(width),
                        "{view} at {width}: {line:?}"
                    );
                    assert_eq!(line, line.trim_end(), "{view}: trailing spaces in {line:?}");
                }
            }
        }
    }
}

#[test]
fn the_csv_parses_and_its_figures_are_the_models() {
    let mut a = common::bundled_app(Lang::Vi);
    a.open_view("provinces").unwrap();
    let csv = export::render(&a, Format::Csv, 100, TAKEN).unwrap();
    let body = csv.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.get(0), Some("id"));
    assert_eq!(headers.get(1), Some("Tỉnh/thành"));
    let col = |h: &str| headers.iter().position(|x| x == h).unwrap();
    let (coverage_at, words_at, gap_at) = (
        col("Bao phủ"),
        col("Bao phủ (lời nguồn)"),
        col("Chênh lệch"),
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), a.rows.len());
    for (record, &i) in records.iter().zip(&a.rows) {
        let p = a.model.progress(i, Era::Current).unwrap();
        let l = a.model.locality(i).unwrap();
        assert_eq!(record.get(0), Some(l.id.value.as_str()));
        assert_eq!(record.get(1), Some(l.name.as_str()));
        // Where the source gives words instead of a figure, they have a
        // column of their own and the number's stays empty.
        if let Some(said) = &p.said {
            assert_eq!(record.get(words_at), Some(said.words.as_str()));
            assert_eq!(record.get(coverage_at), Some(""));
            continue;
        }
        assert_eq!(record.get(words_at), Some(""));
        let coverage: Option<f64> = record
            .get(coverage_at)
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap());
        match (coverage, p.coverage()) {
            (Some(c), Some(m)) => assert!((c - m).abs() < 0.005, "{c} vs {m}"),
            (None, None) => {}
            other => panic!("coverage differs: {other:?}"),
        }
        let gap: Option<f64> = record
            .get(gap_at)
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap());
        assert_eq!(gap.is_some(), p.gap.is_some());
        if let (Some(g), Some(m)) = (gap, p.gap) {
            assert!((g - m).abs() < 0.005, "gap {g} vs {m}");
        }
    }
}

#[test]
fn the_json_is_the_models_figures() {
    let out = cli(&[
        "export",
        "--view",
        "provinces",
        "--format",
        "json",
        "--today",
        "2026-11-23",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["as_of"], "2025-12-31");
    assert_eq!(doc["nation"]["status"], "achieved");
    assert_eq!(doc["localities"].as_array().unwrap().len(), 34);
    assert_eq!(doc["localities"][0]["id"], "an-giang");
}

#[test]
fn the_e_key_never_overwrites_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("tiendo-provinces-20261123-120000.txt");
    std::fs::write(&first, "an official's own notes").unwrap();
    let a = export::write_new(
        Lang::Vi,
        dir.path(),
        "provinces",
        "20261123-120000",
        "txt",
        "one",
    )
    .unwrap();
    let b = export::write_new(
        Lang::Vi,
        dir.path(),
        "provinces",
        "20261123-120000",
        "txt",
        "two",
    )
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        "an official's own notes"
    );
    assert!(a.ends_with("tiendo-provinces-20261123-120000-2.txt"));
    assert!(b.ends_with("tiendo-provinces-20261123-120000-3.txt"));
    assert_eq!(std::fs::read_to_string(&b).unwrap(), "two");
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(leftovers, 0, "no temporary file is left behind");
}

#[test]
fn a_folder_that_cannot_be_written_gives_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    let e = export::write_new(Lang::En, &missing, "overview", "x", "txt", "text").unwrap_err();
    assert!(
        tiendo::cli::one_sentence(&e).starts_with("cannot write in"),
        "{e:#}"
    );
    let not_a_dir = dir.path().join("file");
    std::fs::write(&not_a_dir, "").unwrap();
    assert!(export::write_new(Lang::Vi, &not_a_dir, "overview", "x", "txt", "text").is_err());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.path().join("read-only");
        std::fs::create_dir(&ro).unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        // root writes anyway; only an ordinary user sees the folder as read-only
        if std::fs::write(ro.join("probe"), "").is_err() {
            assert!(export::write_new(Lang::Vi, &ro, "overview", "x", "txt", "text").is_err());
        }
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn an_unknown_view_or_id_exits_2_and_lists_the_valid_ones() {
    let out = cli(&["export", "--view", "charts", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("overview, provinces, province:<id>, unit:<id> or timeline"),
        "{err}"
    );
    let out = cli(&["export", "--view", "province:atlantis", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the closest are"), "{err}");
    let out = cli(&["export", "--view", "province:Ha-Noi", "--lang", "en"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the closest are ha-noi,"), "{err}");
    assert_eq!(err.lines().count(), 1, "one sentence");
    // In Vietnamese by default.
    let out = cli(&["export", "--view", "province:Ha-Noi"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("các mã gần nhất là ha-noi,"), "{err}");
    let out = cli(&["export", "--view", "charts"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("không có màn hình \"charts\": hãy ghi overview, provinces"),
        "{err}"
    );
    let out = cli(&["export", "--width", "40"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a width under 60 is a usage error"
    );
}

#[test]
fn output_goes_to_a_file_with_o() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("snap.md");
    let out = cli(&[
        "export",
        "--view",
        "timeline",
        "--format",
        "md",
        "-o",
        path.to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let text = std::fs::read_to_string(Path::new(&path)).unwrap();
    assert!(text.starts_with("# tiendo · "));
    assert!(text.contains("| Ngày | Loại |"));
}

/// `-o -` is standard output, as officials piping a snapshot expect: the
/// same bytes as without `-o`, and no file named `-` left behind.
#[test]
fn output_dash_is_standard_output_not_a_file_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["export", "--format", "csv", "--today", "2026-11-23"];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .current_dir(dir.path())
            .args(&args)
            .run()
            .unwrap()
    };
    let plain = run(&[]);
    let dashed = run(&["-o", "-"]);
    assert!(dashed.status.success());
    assert!(!dashed.stdout.is_empty());
    assert_eq!(dashed.stdout, plain.stdout);
    assert!(!dir.path().join("-").exists(), "a file named - was written");
}

#[test]
fn piped_bare_tiendo_prints_the_plain_summary() {
    let out = cli(&["--today", "2026-11-23"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Thực hiện BHYT toàn dân · số liệu đến 31/12/2025")
    );
    assert_eq!(
        lines.next(),
        Some(
            "Cả nước: 95,20 % · Mục tiêu 2026: trên 95 % (52-CT/TW) · ✓ Đạt · Dự kiến đạt: đã đạt"
        )
    );
    assert_eq!(
        text.lines()
            .filter(|l| l.contains(" %  ") || l.contains("—  "))
            .count(),
        34,
        "{text}"
    );
}

#[test]
fn a_table_drawn_page_by_page_reads_the_same_as_drawn_at_once() {
    let mut a = common::bundled_app(Lang::Vi);
    a.open_view("provinces").unwrap();
    a.update(Action::ToggleEra);
    a.update(Action::Down);
    a.update(Action::Down);
    let whole = export::render_txt_paged(&a, 100, TAKEN, 1_000);
    for page in [1, 7, 31, 62, 63, 64] {
        assert_eq!(
            export::render_txt_paged(&a, 100, TAKEN, page),
            whole,
            "pages of {page} rows"
        );
    }
    // A snapshot shows the table, not where the cursor was.
    assert_eq!(whole.matches('▶').count(), 0);
    // No scrollbar: the table's right edge is a plain border on every row.
    let rows: Vec<&str> = whole.lines().filter(|l| l.starts_with('│')).collect();
    assert_eq!(rows.len(), 64, "the header and 63 rows");
    assert!(
        rows.iter().all(|l| l.ends_with('│')),
        "no scrollbar in a snapshot"
    );
}

#[test]
fn a_snapshot_of_more_rows_than_a_buffer_is_high_holds_them_all() {
    // 70,000 communes: more than the 65,535 rows a ratatui buffer can hold.
    let spec = tiendo::synth::Spec {
        localities: 72_500,
        years: 1,
        seed: 9,
    };
    let files = tiendo::synth::per_province(&spec)
        .into_iter()
        .map(|(n, t)| (n, t.into_bytes()))
        .collect();
    let loaded = common::load(files);
    let today = common::today();
    let mut a = App::new(model::derive(loaded.dataset, today), Lang::Vi, "s".into());
    a.update(Action::ShowScreen(tiendo::app::Screen::Provinces));
    a.update(Action::CycleLevel);
    a.update(Action::CycleLevel);
    assert!(
        a.rows.len() > usize::from(u16::MAX),
        "{} rows",
        a.rows.len()
    );
    let text = export::render(&a, Format::Txt, 100, TAKEN).unwrap();
    let rows = text.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, a.rows.len() + 1, "every commune and the header");
}
