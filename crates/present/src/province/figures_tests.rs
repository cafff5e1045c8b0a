//! The table of figures over time on a small dataset: a province with its
//! own figures (counts, plan, an estimate, the source's words, a record
//! that replaces another) and a district whose parts roll up partly.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use tiendo_model::{Era, Model};

use super::*;

const DATA: &str = r#"schema = 1
[meta]
title = "test"
as_of = 2025-12-31

[[locality]]
id = "p"
name = "P"
kind = "province"
  [[locality.record]]
  date = 2023-12-31
  coverage = 90.0
  participants = 900
  population = 1000
  plan = 950
  source = "Báo cáo 2023"
  [[locality.record]]
  date = 2024-06-30
  coverage_words = "gần 92 %"
  source = "Báo nói"
  [[locality.record]]
  date = 2024-12-31
  coverage = 93.5
  plan_percent = 99.0
  estimate = true
  source = "Ước 2024"

[[locality]]
id = "d"
name = "D"
kind = "district"
parent = "p"

[[locality]]
id = "d1"
name = "D1"
kind = "commune"
parent = "d"
  [[locality.population]]
  date = 2024-12-31
  count = 100
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 80.0
  source = "Xã 1"

[[locality]]
id = "d2"
name = "D2"
kind = "commune"
parent = "d"
  [[locality.population]]
  date = 2024-12-31
  count = 300
  source = "s"
"#;

const REPLACING: &str = r#"
[[locality]]
id = "q"
name = "Q"
kind = "province"
  [[locality.record]]
  date = 2022-12-31
  coverage = 88.0
  source = "Nhanh"
"#;

const REPLACEMENT: &str = r#"schema = 1
[[record]]
"#;

fn model(today: NaiveDate) -> Model {
    let files = vec![("a.toml".to_string(), DATA.as_bytes().to_vec())];
    let loaded = tiendo_model::load_files(files).unwrap();
    tiendo_model::derive(loaded.dataset, today)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn shown(m: &Model, id: &str, lang: Lang) -> Vec<Vec<String>> {
    let i = m.index_of(id).unwrap();
    rows(m, i, Era::Current)
        .iter()
        .map(|r| r.cells(lang).iter().map(|v| v.show(lang)).collect())
        .collect()
}

#[test]
fn every_figure_of_a_unit_is_a_row_with_its_own_cells_and_gaps() {
    let m = model(day(2025, 3, 1));
    assert_eq!(
        shown(&m, "p", Lang::Vi),
        [
            [
                "31/12/2023",
                "90,00 %",
                "900",
                "1.000",
                "94,74 %",
                "—",
                "Báo cáo 2023"
            ],
            // The source's words stay words; no count was given: gaps.
            ["30/06/2024", "gần 92 %", "—", "—", "—", "—", "Báo nói"],
            [
                "31/12/2024",
                "≈93,50 %",
                "—",
                "—",
                "≈99,00 %",
                "số ước thực hiện",
                "Ước 2024"
            ],
        ]
    );
    assert_eq!(
        headers(Lang::En),
        [
            "Date",
            "Coverage",
            "Participants",
            "Population",
            "% plan",
            "Marks",
            "Source"
        ]
    );
}

#[test]
fn a_partial_roll_up_is_marked_and_has_no_source() {
    let m = model(day(2025, 3, 1));
    // D1 alone, a quarter of D's population: partial, never judged.
    assert_eq!(
        shown(&m, "d", Lang::En),
        [[
            "2024-12-31",
            "80.00%~",
            "—",
            "—",
            "—",
            "partly rolled up",
            "—"
        ]]
    );
}

#[test]
fn the_stale_figure_shown_is_marked_and_later_ones_are_not_yet_known() {
    // On 2026-12-01 the latest figure (the estimate of 2024) is 23 months
    // old: stale. As of 2024-07-01 only the first two rows were known.
    let m = model(day(2026, 12, 1));
    let p = shown(&m, "p", Lang::Vi);
    assert_eq!(p[2][0], "31/12/2024 !");
    assert_eq!(p[2][5], "số ước thực hiện, số liệu cũ");
    assert_eq!(p[0][5], "—");
    let early = model(day(2024, 7, 1));
    let p = shown(&early, "p", Lang::Vi);
    assert_eq!(p.len(), 2);
    assert_eq!(p[1][1], "gần 92 %");
}

#[test]
fn a_record_that_replaces_another_says_so() {
    let base = format!("{DATA}{REPLACING}");
    let newer = format!(
        "{REPLACEMENT}locality = \"q\"\ndate = 2022-12-31\ncoverage = 88.4\nreplaces = true\nsource = \"Chính thức\"\n"
    );
    let files = vec![
        ("a.toml".to_string(), base.into_bytes()),
        ("b.toml".to_string(), newer.into_bytes()),
    ];
    let loaded = tiendo_model::load_files(files).unwrap();
    let m = tiendo_model::derive(loaded.dataset, day(2023, 6, 1));
    let q = shown(&m, "q", Lang::Vi);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0][1], "88,40 %");
    assert_eq!(q[0][5], "thay số liệu của nguồn trước");
    assert_eq!(q[0][6], "Chính thức");
}

#[test]
fn the_sources_panel_says_which_figure_each_source_backs() {
    let m = model(day(2025, 3, 1));
    let p = m.index_of("p").unwrap();
    assert_eq!(
        crate::source_entries(&m, p, Era::Current, Lang::Vi),
        [
            "31/12/2023 · 90,00 % — Báo cáo 2023",
            "30/06/2024 · gần 92 % — Báo nói",
            "31/12/2024 · ≈93,50 % — Ước 2024",
        ]
    );
    // A unit's figure after its name.
    let d = m.index_of("d").unwrap();
    assert_eq!(
        crate::source_entries(&m, d, Era::Current, Lang::En),
        ["D1: 2024-12-31 · 80.00% — Xã 1"]
    );
    // A source of several figures lists their dates only.
    let twice = format!(
        "{DATA}{REPLACING}  [[locality.record]]\n  date = 2023-12-31\n  coverage = 89.0\n  source = \"Nhanh\"\n"
    );
    let files = vec![("a.toml".to_string(), twice.into_bytes())];
    let loaded = tiendo_model::load_files(files).unwrap();
    let m = tiendo_model::derive(loaded.dataset, day(2025, 3, 1));
    let q = m.index_of("q").unwrap();
    assert_eq!(
        crate::source_entries(&m, q, Era::Current, Lang::Vi),
        ["31/12/2022, 31/12/2023 — Nhanh"]
    );
}

/// A chart draws complete figures only; when it draws none, it says how
/// many of these rows it leaves out, and why, or that there are none.
#[test]
fn an_empty_chart_counts_the_rows_it_cannot_draw() {
    let extra = r#"
[[locality]]
id = "w"
name = "W"
kind = "province"
  [[locality.record]]
  date = 2019-08-31
  coverage_words = "gần 97,5 %"
  source = "Báo"
  [[locality.record]]
  date = 2020-12-31
  participants = 500
  source = "Báo"

[[locality]]
id = "x"
name = "X"
kind = "district"
parent = "w"
  [[locality.record]]
  date = 2023-12-31
  coverage_words = "trên 90 %"
  source = "Báo"

[[locality]]
id = "x1"
name = "X1"
kind = "commune"
parent = "x"
  [[locality.population]]
  date = 2024-12-31
  count = 100
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 80.0
  source = "Xã"

[[locality]]
id = "x2"
name = "X2"
kind = "commune"
parent = "x"
  [[locality.population]]
  date = 2024-12-31
  count = 300
  source = "s"
"#;
    let files = vec![("a.toml".to_string(), format!("{DATA}{extra}").into_bytes())];
    let m = tiendo_model::derive(
        tiendo_model::load_files(files).unwrap().dataset,
        day(2025, 3, 1),
    );
    let said = |id: &str, lang: Lang| {
        let i = m.index_of(id).unwrap();
        crate::province::history::nothing_drawn(lang, &m, i, Era::Current)
    };
    // A partial roll-up only (D1 of D's two communes reports).
    assert_eq!(said("d", Lang::Vi), "Chỉ có 1 số liệu một phần, không vẽ");
    assert_eq!(said("d", Lang::En), "Only 1 partial figure, not drawn");
    // The source's words, and counts without a rate: no exact rate.
    assert_eq!(
        said("w", Lang::Vi),
        "Chỉ có 2 số liệu không có tỷ lệ chính xác, không vẽ"
    );
    assert_eq!(
        said("w", Lang::En),
        "Only 2 figures without an exact rate, not drawn"
    );
    // Both: its own words, and its communes' partial roll-up.
    assert_eq!(
        said("x", Lang::Vi),
        "Chỉ có 2 số liệu một phần hoặc không có tỷ lệ chính xác, không vẽ"
    );
    // Nothing at all.
    assert_eq!(said("d2", Lang::Vi), "Chưa có số liệu");
    assert_eq!(said("d2", Lang::En), "No data");
}
