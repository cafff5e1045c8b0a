#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! A figure dated after the judging day (`--today` on an earlier day) is
//! not wrong data: `check` accepts it and the dashboard leaves it out, and
//! both say how many in the same words (issue 24).

use crate::common::Run;
use std::process::Command;

use crate::common;
use tiendo::app::{App, Notice};
use tiendo::model;
use tiendo::text::{self, Lang};

fn tiendo(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .env("TIENDO_CACHE_DIR", tempfile::tempdir().unwrap().path())
        .args(args)
        .run()
        .expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The bundled figures dated after 30/06/2025: its second half of 2025.
fn after_mid_2025() -> usize {
    let loaded = common::load(tiendo::bundled::files());
    model::left_out::dated_after(&loaded.dataset.localities, common::day(2025, 6, 30))
}

#[test]
fn check_and_export_on_an_earlier_day_say_the_same_count_of_figures_left_out() {
    let n = after_mid_2025();
    assert_eq!(n, 32, "the bundled data's figures after 30/06/2025");
    for (lang, said) in [
        (
            "vi",
            "32 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính",
        ),
        (
            "en",
            "32 records dated after the judging day 2025-06-30 are left out",
        ),
    ] {
        let (code, out, _) = tiendo(&["--lang", lang, "check", "--today", "2025-06-30", "bundled"]);
        assert_eq!(code, Some(0), "not errors: {out}");
        let summary = out.lines().last().unwrap();
        assert!(summary.ends_with(&format!("; {said}")), "{summary}");
        let (code, md, _) = tiendo(&[
            "--lang",
            lang,
            "export",
            "--today",
            "2025-06-30",
            "--format",
            "md",
        ]);
        assert_eq!(code, Some(0), "{md}");
        assert!(
            md.lines().any(|l| l.starts_with("- ") && l.ends_with(said)),
            "{md}"
        );
    }
}

/// `tiendo export --today DAY ARGS`.
fn export_on(day: &str, args: &[&str]) -> (Option<i32>, String, String) {
    tiendo(&[&["export", "--today", day], args].concat())
}

#[test]
fn a_json_snapshot_counts_the_figures_left_out_and_a_csv_says_them_beside_it() {
    let said = "tiendo: 32 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính";
    let (code, json, _) = export_on("2025-06-30", &["--format", "json"]);
    assert_eq!(code, Some(0));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["left_out"], 32);
    let (_, json, _) = export_on("2026-11-23", &["--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["left_out"], 0);
    // A csv has no header for it: standard error says it, the rows stay rows.
    let (code, csv, err) = export_on("2025-06-30", &["--format", "csv", "--view", "provinces"]);
    assert_eq!(code, Some(0));
    assert_eq!(err.trim_end(), said);
    assert!(!csv.contains("không được tính"), "{csv}");
    let (_, _, err) = export_on("2026-11-23", &["--format", "csv", "--view", "provinces"]);
    assert_eq!(err, "");
    // A txt snapshot says it in its header, not twice.
    let (_, txt, err) = export_on("2025-06-30", &["--format", "txt"]);
    assert!(txt.contains("32 bản ghi đề ngày sau"), "{txt}");
    assert_eq!(err, "");
}

#[test]
fn on_the_latest_day_nothing_is_left_out_and_nothing_said() {
    let (_, out, _) = tiendo(&["--lang", "en", "check", "--today", "2026-11-23", "bundled"]);
    assert!(!out.contains("left out"), "{out}");
    let a = common::bundled_app(Lang::En);
    assert_eq!(a.notice, None);
}

#[test]
fn the_dashboard_says_it_on_start_in_the_status_line() {
    let loaded = common::load(tiendo::bundled::files());
    let day = common::day(2025, 6, 30);
    let model = model::derive(loaded.dataset, day);
    let mut a = App::new(model, Lang::Vi, "data".into());
    assert_eq!(
        a.notice,
        Some(Notice::LeftOut {
            figures: after_mid_2025(),
            day
        })
    );
    common::resize(&mut a, 120, 40);
    let screen = common::screen_text(&a, 120, 40);
    let status = screen.lines().last().unwrap();
    assert!(
        status.contains(&text::left_out(Lang::Vi, 32, day)),
        "{status}"
    );
}
