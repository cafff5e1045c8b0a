//! The population column (issue 23): the figure nearest the judging day,
//! from the unit's records and `[[locality.population]]` entries, with its
//! year; as of a day only what was known that day; a unit with none of its
//! own takes its complete roll-up's sum, never a partial one's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use chrono::NaiveDate;
use tiendo::model::population::Population;
use tiendo::model::{self, Era, Model};
use tiendo::present::{Column, Row};
use tiendo::text::Lang;

const DATA: &str = r#"schema = 1
[meta]
title = "test"
as_of = 2025-12-31

[[locality]]
id = "p"
name = "P"
kind = "province"
  [[locality.population]]
  date = 2020-12-31
  count = 1000000
  source = "GSO 2020"
  [[locality.record]]
  date = 2024-12-31
  published = 2025-02-15
  coverage = 90.0
  participants = 1134000
  population = 1260000
  source = "Báo cáo năm 2024"

[[locality]]
id = "w"
name = "W"
kind = "province"

[[locality]]
id = "w1"
name = "W1"
kind = "district"
parent = "w"
  [[locality.population]]
  date = 2023-12-31
  count = 300
  source = "s"
  [[locality.record]]
  date = 2023-12-31
  coverage = 90.0
  participants = 270
  population = 300
  source = "s"

[[locality]]
id = "w2"
name = "W2"
kind = "district"
parent = "w"
  [[locality.population]]
  date = 2023-12-31
  count = 700
  source = "s"
"#;

fn model_on(today: NaiveDate) -> Model {
    let loaded = common::load(vec![("p.toml".into(), DATA.as_bytes().to_vec())]);
    model::derive(loaded.dataset, today)
}

fn population(m: &Model, id: &str) -> Option<Population> {
    m.progress(m.index_of(id).unwrap(), Era::Current)
        .unwrap()
        .population
}

fn cell(m: &Model, id: &str, lang: Lang) -> String {
    let i = m.index_of(id).unwrap();
    let p = m.progress(i, Era::Current).unwrap();
    Column::Figure(model::SortKey::Population)
        .value(&Row::new(m, i, p), lang)
        .show(lang)
}

#[test]
fn a_figure_published_after_the_day_is_not_used_even_when_nearer() {
    // As of 2025-01-31 the 2024 record (published 2025-02-15) was not
    // known: the 2020 entry stands, though four years off.
    let early = model_on(common::day(2025, 1, 31));
    assert_eq!(
        population(&early, "p"),
        Some(Population {
            count: 1_000_000,
            date: common::day(2020, 12, 31)
        })
    );
    assert_eq!(cell(&early, "p", Lang::Vi), "1.000.000 (2020)");
    // Once published it is the nearest.
    let later = model_on(common::day(2025, 3, 1));
    assert_eq!(cell(&later, "p", Lang::En), "1,260,000 (2024)");
    // The same through `--as-of` on a model judged later.
    let mut m = model_on(common::day(2026, 6, 30));
    m.set_as_of(Some(common::day(2025, 1, 31)));
    assert_eq!(cell(&m, "p", Lang::Vi), "1.000.000 (2020)");
    m.set_as_of(None);
    assert_eq!(cell(&m, "p", Lang::Vi), "1.260.000 (2024)");
}

#[test]
fn a_unit_without_its_own_takes_its_complete_roll_up_never_a_partial_one() {
    // W1 alone has a figure: 30 % of W's population, a partial roll-up.
    let m = model_on(common::day(2024, 6, 30));
    assert_eq!(population(&m, "w"), None);
    assert_eq!(cell(&m, "w", Lang::Vi), "—");
    // With W2's figure the roll-up is complete: its records' 300 + 700.
    let both = DATA.replace(
        "  count = 700\n  source = \"s\"\n",
        "  count = 700\n  source = \"s\"\n  [[locality.record]]\n  date = 2023-12-31\n  coverage = 95.0\n  participants = 665\n  population = 700\n  source = \"s\"\n",
    );
    let loaded = common::load(vec![("p.toml".into(), both.into_bytes())]);
    let m = model::derive(loaded.dataset, common::day(2024, 6, 30));
    assert_eq!(cell(&m, "w", Lang::Vi), "1.000 (2023)");
}

#[test]
fn as_of_every_year_end_no_population_is_dated_after_the_day() {
    let mut m = common::bundled_model();
    for year in 2010..=2025 {
        let day = common::day(year, 12, 31);
        m.set_as_of(Some(day));
        for i in 0..m.localities.len() {
            for era in [Era::Current, Era::Former] {
                if let Some(x) = m.progress(i, era).unwrap().population {
                    assert!(
                        x.date <= day,
                        "{} as of {day}: {x:?}",
                        m.localities[i].id.value
                    );
                }
            }
        }
    }
    // Every province of today's map shows one.
    m.set_as_of(None);
    let missing: Vec<&str> = m
        .provinces(Era::Current)
        .iter()
        .filter(|&&i| m.progress(i, Era::Current).unwrap().population.is_none())
        .map(|&i| m.localities[i].id.value.as_str())
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}
