#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! One gap sign, coverage − target, from the model to the last output:
//! three provinces at 90, 95 and 97 % against the nation's 95 % are −5, 0
//! and +2 points, and every reader takes them so.

use crate::common;

use serde_json::Value;
use tiendo::app::{App, Level, SortKey};
use tiendo::export::{self, Format};
use tiendo::model::{self, Era, Model};
use tiendo::present::{Column, Row};
use tiendo::text::Lang;

const DATA: &str = r#"schema = 1
[meta]
title = "gap"
as_of = 2025-12-31

[[target]]
locality = "VN"
by = 2026-12-31
coverage = 95.0
source = "s"

[[locality]]
id = "VN"
name = "Việt Nam"
kind = "nation"

[[locality]]
id = "behind"
name = "Behind"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  source = "s"

[[locality]]
id = "level"
name = "Level"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2025-12-31
  coverage = 95.0
  source = "s"

[[locality]]
id = "ahead"
name = "Ahead"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2025-12-31
  coverage = 97.0
  source = "s"
"#;

fn model() -> Model {
    let files = vec![("gap.toml".to_string(), DATA.as_bytes().to_vec())];
    model::derive(common::load(files).dataset, common::today())
}

fn ids(m: &Model, order: &[usize]) -> Vec<String> {
    order
        .iter()
        .map(|&i| m.locality(i).unwrap().id.value.clone())
        .collect()
}

fn gap(m: &Model, id: &str) -> Option<f64> {
    m.progress(m.index_of(id).unwrap(), Era::Current)
        .unwrap()
        .gap
}

#[test]
fn the_gap_is_coverage_minus_target_negative_behind() {
    let m = model();
    assert_eq!(gap(&m, "behind"), Some(-5.0), "90 − 95");
    assert_eq!(gap(&m, "level"), Some(0.0), "95 − 95");
    assert_eq!(gap(&m, "ahead"), Some(2.0), "97 − 95");
}

#[test]
fn by_gap_puts_the_most_negative_first() {
    let m = model();
    assert_eq!(
        ids(&m, m.by_gap(Era::Current)),
        ["behind", "level", "ahead"]
    );
}

#[test]
fn the_gap_sorts_rising_by_default_so_the_furthest_behind_leads() {
    assert!(!SortKey::Gap.natural_descending());
    let m = model();
    let sorted = m
        .sorted(Era::Current, Level::Province, SortKey::Gap)
        .unwrap();
    let order = |descending| sorted.order(descending).collect::<Vec<_>>();
    assert_eq!(ids(&m, &order(false)), ["behind", "level", "ahead"]);
    assert_eq!(ids(&m, &order(true)), ["ahead", "level", "behind"]);
    let app = App::new(m, Lang::Vi, "data".into());
    assert_eq!(app.sort, SortKey::Gap);
    assert!(!app.descending);
    assert_eq!(ids(&app.model, &app.rows), ["behind", "level", "ahead"]);
}

#[test]
fn the_overview_lists_behind_below_zero_and_ahead_above_it() {
    let app = App::new(model(), Lang::Vi, "data".into());
    let [behind, ahead] = app.overview_lists();
    assert_eq!(ids(&app.model, &behind), ["behind"]);
    // `level` is on its target (gap 0): neither behind nor ahead.
    assert_eq!(ids(&app.model, &ahead), ["ahead"]);
}

#[test]
fn the_gap_cell_shows_the_models_sign() {
    let m = model();
    let cell = |id: &str| {
        let i = m.index_of(id).unwrap();
        let row = Row {
            m: &m,
            i,
            p: m.progress(i, Era::Current).unwrap(),
            name: id,
            position: 0,
        };
        Column::GAP.value(&row, Lang::Vi).show(Lang::Vi)
    };
    assert_eq!(cell("behind"), "−5,00");
    assert_eq!(cell("ahead"), "+2,00");
}

#[test]
fn json_writes_the_gap_as_coverage_minus_target() {
    let mut app = App::new(model(), Lang::Vi, "data".into());
    app.open_view("provinces").unwrap();
    let doc: Value =
        serde_json::from_str(&export::render(&app, Format::Json, 100, "t").unwrap()).unwrap();
    let gaps: Vec<(String, f64)> = doc["localities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["id"].as_str().unwrap().to_string(),
                x["gap"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        [
            ("behind".to_string(), -5.0),
            ("level".to_string(), 0.0),
            ("ahead".to_string(), 2.0)
        ]
    );
    assert_eq!(doc["descending"], false, "rising numbers, rising sort");
}
