//! Roll-ups at the edges: a merger's parts before and on its day, children
//! that ceased, population shares at the 98 % line, and parts with no weight.
//! Each expected figure is worked out in a comment.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::day;

use chrono::NaiveDate;
use tiendo::model::point::{Origin, Point};
use tiendo::model::{self, Era, Model};

fn model(body: &str) -> Model {
    let text = format!(
        r#"schema = 1
[meta]
title = "roll-ups"
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
{body}"#
    );
    let loaded = common::load(vec![("t.toml".into(), text.into_bytes())]);
    model::derive(loaded.dataset, day(2026, 11, 23))
}

fn history(m: &Model, id: &str, era: Era) -> Vec<Point> {
    let i = m.index_of(id).unwrap();
    assert!(m.progress(i, era).is_some());
    m.points(i, era).to_vec()
}

fn at(m: &Model, id: &str, era: Era, d: NaiveDate) -> Option<Point> {
    history(m, id, era).into_iter().find(|p| p.date == d)
}

fn dates(m: &Model, id: &str, era: Era) -> Vec<NaiveDate> {
    history(m, id, era).iter().map(|p| p.date).collect()
}

fn share(p: &Point) -> Option<f64> {
    match p.origin {
        Origin::RolledUp(r) => r.population_share(),
        Origin::Own(_) => panic!("expected a roll-up at {}", p.date),
    }
}

/// N absorbed O on 2025-07-01. N: 1,000 people before, 4,000 after; its district K
/// (1,000 people) with a figure at the end of 2023; N's own figures at the
/// end of 2024 (90), on the day of the merger (93) and at the end of 2025
/// (95). O: 3,000 people, 98 at the end of 2024, 97 at the end of 2022.
const MERGER: &str = r#"
[[locality]]
id = "n"
name = "N"
kind = "province"
parent = "VN"
  [[locality.population]]
  date = 2024-12-31
  count = 1000
  source = "s"
  [[locality.population]]
  date = 2025-07-01
  count = 4000
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 90.0
  source = "s"
  [[locality.record]]
  date = 2025-07-01
  coverage = 93.0
  source = "s"
  [[locality.record]]
  date = 2025-12-31
  coverage = 95.0
  source = "s"

[[locality]]
id = "k"
name = "K"
kind = "district"
parent = "n"
  [[locality.population]]
  date = 2023-12-31
  count = 1000
  source = "s"
  [[locality.record]]
  date = 2023-12-31
  coverage = 80.0
  source = "s"

[[locality]]
id = "o"
name = "O"
kind = "province"
parent = "VN"
merged_into = "n"
merged_on = 2025-07-01
  [[locality.population]]
  date = 2024-12-31
  count = 3000
  source = "s"
  [[locality.record]]
  date = 2022-12-31
  coverage = 97.0
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 98.0
  source = "s"
"#;

#[test]
fn a_merger_day_figure_belongs_to_the_new_unit() {
    let m = model(MERGER);
    // N's own figures split at the merger: the one of 1 July is the new
    // unit's, not the former territory's.
    assert_eq!(
        dates(&m, "n", Era::Former),
        [day(2023, 12, 31), day(2024, 12, 31)]
    );
    let current = dates(&m, "n", Era::Current);
    assert!(current.contains(&day(2025, 7, 1)));
    assert!(current.contains(&day(2025, 12, 31)));
}

#[test]
fn the_former_territory_rolls_up_its_districts_before_the_merger_only() {
    let m = model(MERGER);
    // K (all of N's 1,000 people) at 80 in 2023: N's former territory.
    let k = at(&m, "n", Era::Former, day(2023, 12, 31)).unwrap();
    assert!(k.is_derived() && !k.is_partial());
    assert!((k.coverage - 80.0).abs() < 1e-9);
    // Own figures are never doubled by a roll-up of the same date.
    let former = dates(&m, "n", Era::Former);
    let mut unique = former.clone();
    unique.dedup();
    assert_eq!(former, unique);
}

#[test]
fn the_new_unit_rolls_up_its_parts_before_the_merger() {
    let m = model(MERGER);
    // End of 2024: N 1,000 at 90 and O 3,000 at 98: (90 000 + 294 000) /
    // 4,000 = 96, the whole.
    let p = at(&m, "n", Era::Current, day(2024, 12, 31)).unwrap();
    assert!((p.coverage - 96.0).abs() < 1e-9, "{}", p.coverage);
    assert!(!p.is_partial());
    assert_eq!(share(&p), Some(1.0));
    // End of 2022: only O (3,000 of 4,000 people): partial, 75 %.
    let p = at(&m, "n", Era::Current, day(2022, 12, 31)).unwrap();
    assert!(p.is_partial());
    assert_eq!(share(&p), Some(0.75));
    assert!((p.coverage - 97.0).abs() < 1e-9);
    // End of 2023: N's former territory has K's roll-up (80), O nothing:
    // partial, N's 1,000 of 4,000.
    let p = at(&m, "n", Era::Current, day(2023, 12, 31)).unwrap();
    assert!(p.is_partial());
    assert_eq!(share(&p), Some(0.25));
    // No merger roll-up on or after the merger day: those are N's own.
    assert!(
        history(&m, "n", Era::Current)
            .iter()
            .filter(|p| p.date >= day(2025, 7, 1))
            .all(|p| !p.is_derived())
    );
}

#[test]
fn a_parent_reads_a_merged_child_in_the_era_of_each_date() {
    // The nation has no population: its children at each date are the
    // whole. End of 2024: N (former territory, 90) and O (98), weighted
    // 1,000 and 3,000: 96. 1 July 2025: O has ceased; N's own 93 is the
    // new unit's: 93. End of 2025: 95.
    let m = model(MERGER);
    let vn = |d| at(&m, "VN", Era::Current, d).map(|p| p.coverage);
    assert!((vn(day(2024, 12, 31)).unwrap() - 96.0).abs() < 1e-9);
    assert_eq!(vn(day(2025, 7, 1)), Some(93.0));
    assert_eq!(vn(day(2025, 12, 31)), Some(95.0));
    for d in [day(2024, 12, 31), day(2025, 7, 1), day(2025, 12, 31)] {
        let p = at(&m, "VN", Era::Current, d).unwrap();
        assert!(!p.is_partial(), "{d}");
    }
}

#[test]
fn a_child_that_ceased_is_no_part_after_its_last_day() {
    // P has no population. D1 (abolished 2025-07-01) and D2, 100 people
    // each: end of 2024 both at 80 and 90, so 85; end of 2025 only D2 is
    // left, at 92, and it is the whole.
    let m = model(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"

[[locality]]
id = "d1"
name = "D1"
kind = "district"
parent = "p"
abolished_on = 2025-07-01
  [[locality.record]]
  date = 2024-12-31
  coverage = 80.0
  population = 100
  source = "s"

[[locality]]
id = "d2"
name = "D2"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2024-12-31
  coverage = 90.0
  population = 100
  source = "s"
  [[locality.record]]
  date = 2025-12-31
  coverage = 92.0
  population = 100
  source = "s"
"#,
    );
    let p2024 = at(&m, "p", Era::Current, day(2024, 12, 31)).unwrap();
    assert!((p2024.coverage - 85.0).abs() < 1e-9);
    assert!(!p2024.is_partial());
    let p2025 = at(&m, "p", Era::Current, day(2025, 12, 31)).unwrap();
    assert_eq!(p2025.coverage, 92.0);
    assert!(!p2025.is_partial());
}

fn two_children(b_population: u64) -> Model {
    model(&format!(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.population]]
  date = 2025-12-31
  count = 1000
  source = "s"

[[locality]]
id = "a"
name = "A"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  population = 500
  source = "s"

[[locality]]
id = "b"
name = "B"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2025-12-31
  coverage = 100.0
  population = {b_population}
  source = "s"
"#
    ))
}

#[test]
fn children_are_the_whole_from_98_percent_of_the_parents_population() {
    // 500 + 490 = 990 of 1,000 people: 99 %, the whole.
    let m = two_children(490);
    let p = at(&m, "p", Era::Current, day(2025, 12, 31)).unwrap();
    assert!(!p.is_partial());
    assert_eq!(share(&p), Some(0.99));
    // 500 + 480 = 980: exactly 98 %, still the whole.
    let m = two_children(480);
    assert!(
        !at(&m, "p", Era::Current, day(2025, 12, 31))
            .unwrap()
            .is_partial()
    );
    // 500 + 470 = 970: 97 %, partial.
    let m = two_children(470);
    let p = at(&m, "p", Era::Current, day(2025, 12, 31)).unwrap();
    assert!(p.is_partial());
    assert_eq!(share(&p), Some(0.97));
}

#[test]
fn a_part_whose_weight_is_nothing_gives_no_roll_up() {
    // A's only population figure is 0: a figure weighted by nothing says
    // nothing, and no average may divide by it.
    let m = model(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"

[[locality]]
id = "a"
name = "A"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  population = 0
  source = "s"
"#,
    );
    assert!(history(&m, "p", Era::Current).is_empty());
    assert!(
        (0..m.localities.len())
            .flat_map(|i| m.points(i, Era::Current).iter())
            .all(|p| p.coverage.is_finite())
    );
}

#[test]
fn a_parent_without_population_is_partial_while_a_child_lacks_a_figure() {
    // P has no population of its own: A has a figure at the end of 2025,
    // B only a year earlier. At the end of 2025 A alone is a part of P:
    // partial, never judged.
    let m = model(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"

[[locality]]
id = "a"
name = "A"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  population = 100
  source = "s"

[[locality]]
id = "b"
name = "B"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2024-12-31
  coverage = 80.0
  population = 100
  source = "s"
"#,
    );
    let p = at(&m, "p", Era::Current, day(2025, 12, 31)).unwrap();
    assert!(p.is_partial());
    let p = at(&m, "p", Era::Current, day(2024, 12, 31)).unwrap();
    assert!(p.is_partial());
}

#[test]
fn a_child_without_a_figure_leaves_the_roll_up_partial_whatever_the_share() {
    // A (990 of P's 1,000 people) has a figure, B (10) none: 99 % of the
    // people, but not every part: partial.
    let m = model(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.population]]
  date = 2025-12-31
  count = 1000
  source = "s"

[[locality]]
id = "a"
name = "A"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  population = 990
  source = "s"

[[locality]]
id = "b"
name = "B"
kind = "district"
parent = "p"
  [[locality.population]]
  date = 2025-12-31
  count = 10
  source = "s"
"#,
    );
    let p = at(&m, "p", Era::Current, day(2025, 12, 31)).unwrap();
    assert!(p.is_partial());
    assert_eq!(share(&p), Some(0.99));
}

#[test]
fn a_parent_whose_population_is_nought_gives_no_share() {
    // P's population is written as 0: no share of it can be worked out, so
    // its child's figure never stands for the whole of it.
    let m = model(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.population]]
  date = 2025-12-31
  count = 0
  source = "s"

[[locality]]
id = "a"
name = "A"
kind = "district"
parent = "p"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  population = 100
  source = "s"
"#,
    );
    let p = at(&m, "p", Era::Current, day(2025, 12, 31)).unwrap();
    assert!(p.is_partial());
    assert_eq!(share(&p), None);
}
