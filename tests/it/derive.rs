//! Derived figures on small hand-made datasets, each expected value worked
//! out by hand in a comment.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::day;

use chrono::NaiveDate;
use tiendo::model::point::Origin;
use tiendo::model::progress::Projection;
use tiendo::model::{self, Era, Model, Status};

fn model(body: &str) -> Model {
    model_on(body, day(2026, 11, 23))
}

fn model_on(body: &str, today: NaiveDate) -> Model {
    let text = format!(
        r#"schema = 1
[meta]
title = "test"
as_of = 2025-12-31

[[directive]]
id = "OLD"
code = "1/QĐ"
issued = 2016-01-01
issuer = "x"
title = "older"
source = "s"

[[directive]]
id = "NEW"
code = "2/CT"
issued = 2025-10-03
issuer = "x"
title = "newer"
source = "s"

[[target]]
locality = "VN"
by = 2026-12-31
coverage = 95.0
directive = "NEW"
source = "s"

[[locality]]
id = "VN"
name = "Việt Nam"
kind = "nation"
{body}"#
    );
    let loaded = common::load(vec![("t.toml".into(), text.into_bytes())]);
    model::derive(loaded.dataset, today)
}

fn progress<'m>(m: &'m Model, id: &str, era: Era) -> &'m model::Progress {
    m.progress(m.index_of(id).unwrap(), era).unwrap()
}

#[test]
fn coverage_comes_from_participants_and_population_when_not_given() {
    // 900 of 1000 people: 90 %. Judged a year later, the figure is recent.
    let m = model_on(
        r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2024-12-31
  participants = 900
  population = 1000
  source = "s"
"#,
        day(2025, 12, 31),
    );
    let p = progress(&m, "p", Era::Current);
    assert_eq!(p.coverage(), Some(90.0));
    // Gap to the nation's 95 % target: coverage − target, 90 − 95, five
    // points behind.
    assert_eq!(p.gap, Some(-5.0));
}

const TWO_DISTRICTS: &str = r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.population]]
  date = 2024-12-31
  count = 400
  source = "s"

[[locality]]
id = "a"
name = "A"
kind = "district"
parent = "p"
  [[locality.population]]
  date = 2024-12-31
  count = 100
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 90.0
  source = "s"

[[locality]]
id = "b"
name = "B"
kind = "district"
parent = "p"
  [[locality.population]]
  date = 2024-12-31
  count = 300
  source = "s"
"#;

#[test]
fn a_parent_without_figures_gets_the_weighted_roll_up_of_its_children() {
    // A: 100 people at 90 %, B: 300 at 98 %. (100×90 + 300×98) / 400 = 96.
    // Judged on 2025-12-31, a year after the figures: not stale.
    let m = model_on(
        &format!(
            "{TWO_DISTRICTS}  [[locality.record]]\n  date = 2024-12-31\n  coverage = 98.0\n  source = \"s\"\n"
        ),
        day(2025, 12, 31),
    );
    let p = progress(&m, "p", Era::Current);
    let latest = p.latest_point().unwrap();
    assert!((latest.coverage - 96.0).abs() < 1e-9, "{}", latest.coverage);
    assert!(latest.is_derived() && !latest.is_partial());
    // 96 ≥ 95 on one figure, but two years before the 2026 target's date:
    // met, and a newer figure is needed to say it still holds then.
    assert_eq!(p.status, Status::NeedsNewer);
    assert!(matches!(
        p.rule,
        tiendo::model::verdict::Rule::MetLongBefore { latest, .. } if (latest.coverage - 96.0).abs() < 1e-9
    ));
}

#[test]
fn a_roll_up_of_only_some_children_is_partial_and_judges_nothing() {
    // Only A (100 of 400 people) has a figure: the point stands for a
    // quarter of the province, so it is shown as partial, with no gap, and
    // the status is "partial figure", neither A's 90 % nor "no data".
    let m = model(TWO_DISTRICTS);
    let p = progress(&m, "p", Era::Current);
    let point = m
        .points(m.index_of("p").unwrap(), Era::Current)
        .first()
        .unwrap();
    assert!(point.is_partial());
    match point.origin {
        Origin::RolledUp(r) => assert_eq!(r.population_share(), Some(0.25)),
        Origin::Own(_) => panic!("expected a roll-up"),
    }
    assert!(p.latest_point().is_some_and(|x| x.is_partial()));
    assert_eq!(p.gap, None);
    assert_eq!(p.status, Status::Partial);
}

const MERGER: &str = r#"
[[locality]]
id = "n"
name = "N"
kind = "province"
parent = "VN"
  [[locality.population]]
  date = 2020-12-31
  count = 100
  source = "s"
  [[locality.population]]
  date = 2025-07-01
  count = 420
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 90.0
  source = "s"

[[locality]]
id = "m"
name = "M"
kind = "province"
parent = "VN"
merged_into = "n"
merged_on = 2025-07-01
  [[locality.population]]
  date = 2020-12-31
  count = 300
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 80.0
  source = "s"
"#;

#[test]
fn a_merged_province_gets_the_roll_up_of_its_former_units_before_the_merger() {
    // Before 1 July 2025 N's territory was old N (100 people, 90 %) and M
    // (300 people, 80 %): (100×90 + 300×80) / 400 = 82.5. The 420 counted
    // after the merger is not a weight for the old territory.
    let m = model(MERGER);
    let current = progress(&m, "n", Era::Current);
    let p = current.latest_point().unwrap();
    assert!((p.coverage - 82.5).abs() < 1e-9, "{}", p.coverage);
    assert!(p.is_derived() && !p.is_partial());
    // In the 63-province view N is its old self: 90 %.
    let former = progress(&m, "n", Era::Former);
    assert_eq!(former.coverage(), Some(90.0));
    assert!(!former.latest_point().unwrap().is_derived());
    // The 34 current provinces hold N only; the 63 former hold both.
    assert_eq!(m.provinces(Era::Current).len(), 1);
    assert_eq!(m.provinces(Era::Former).len(), 2);
}

#[test]
fn the_own_target_overrides_the_parents_and_the_later_document_wins_a_tie() {
    // The province has its own 96 % target for the same date as the
    // nation's 95 %: its own wins. Two own targets for 2026: the one of the
    // later document (NEW, 2025) wins over OLD (2016).
    let m = model(
        r#"
[[target]]
locality = "p"
by = 2026-12-31
coverage = 97.0
directive = "OLD"
source = "s"

[[target]]
locality = "p"
by = 2026-12-31
coverage = 96.0
directive = "NEW"
source = "s"

[[target]]
locality = "VN"
by = 2030-12-31
label = "toàn dân"
directive = "NEW"
source = "s"

[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2025-12-31
  coverage = 95.5
  source = "s"
"#,
    );
    let p = progress(&m, "p", Era::Current);
    let t = m.target(p.numeric_target).unwrap();
    assert_eq!(t.coverage, Some(96.0));
    assert_eq!(m.target_code(t), Some("2/CT"));
    // 95.5 < 96: not achieved; one record gives no trend, so there is no
    // verdict on the pace.
    assert_eq!(p.status, Status::TooFewFigures);
    assert!((p.gap.unwrap() + 0.5).abs() < 1e-9, "95.5 − 96 is −0.5");
}

#[test]
fn a_target_without_a_number_is_shown_but_never_judges() {
    // On 1 June 2027 the nation's only target ahead is "toàn dân" (no
    // number): it is the target shown, but it judges nothing. Past the last
    // numeric target (95 % by 2026) there is no target: neither the nation
    // at 95.2 % nor a province at 94 % gets a verdict.
    let m = model_on(
        r#"  [[locality.record]]
  date = 2025-12-31
  coverage = 95.2
  source = "s"

[[target]]
locality = "VN"
by = 2030-12-31
label = "toàn dân"
directive = "NEW"
source = "s"

[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2025-12-31
  coverage = 94.0
  source = "s"
"#,
        day(2027, 6, 1),
    );
    let nation = progress(&m, "VN", Era::Current);
    let shown = m.target(nation.target).unwrap();
    assert_eq!(
        (shown.coverage, shown.label.as_deref()),
        (None, Some("toàn dân"))
    );
    assert_eq!(nation.numeric_target, None);
    assert_eq!(nation.status, Status::NoTarget);
    assert_eq!(nation.gap, None);
    assert_eq!(progress(&m, "p", Era::Current).status, Status::NoTarget);
}

#[test]
fn trend_projection_and_staleness_of_a_series() {
    // 91 at end 2021 up to 94 at end 2024: +1 point a year. Judged on
    // 2025-10-31 (after the 2026 target was set), 95 is reached on the line
    // at the end of 2025, and by 2026-12-31 the line is at 96 ≥ 95: on
    // track, projected 2025. Judged on 2026-11-23 the end-2024 figure is
    // more than 18 months old: stale, neither judged nor projected.
    let series = r#"
[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2021-12-31
  coverage = 91.0
  source = "s"
  [[locality.record]]
  date = 2022-12-31
  coverage = 92.0
  source = "s"
  [[locality.record]]
  date = 2023-12-31
  coverage = 93.0
  source = "s"
  [[locality.record]]
  date = 2024-12-31
  coverage = 94.0
  source = "s"
"#;
    let m = model_on(series, day(2025, 10, 31));
    let p = progress(&m, "p", Era::Current);
    assert_eq!(p.projection, Projection::Year(2025));
    assert_eq!(p.status, Status::OnTrack);
    assert!(!p.stale);
    assert!((p.trend.unwrap().slope - 1.0).abs() < 0.01);

    let m = model(series);
    let p = progress(&m, "p", Era::Current);
    assert!(p.stale);
    assert_eq!(p.status, Status::Stale);
    assert_eq!(p.projection, Projection::None);
    assert_eq!(p.coverage(), Some(94.0), "a stale figure keeps its value");
}

#[test]
fn units_under_the_same_targets_share_one_list_of_steps_and_a_unit_with_its_own_has_its_own() {
    // Three provinces in file order: a and c under the nation's 95 % by
    // 2026 alone, b with its own 96 % for the same day between them.
    let unit = |id: &str| {
        format!(
            r#"
[[locality]]
id = "{id}"
name = "{id}"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2024-12-31
  coverage = 90.0
  source = "s"
  [[locality.record]]
  date = 2025-12-31
  coverage = 92.0
  source = "s"
"#
        )
    };
    let body = format!(
        r#"
[[target]]
locality = "b"
by = 2026-12-31
coverage = 96.0
directive = "NEW"
source = "s"
{}{}{}"#,
        unit("a"),
        unit("b"),
        unit("c")
    );
    let m = model(&body);
    let steps = |id: &str| progress(&m, id, Era::Current).target_steps.clone();
    let (a, b, c) = (steps("a"), steps("b"), steps("c"));
    let goals = |s: &[model::point::TargetStep]| s.iter().map(|x| x.coverage).collect::<Vec<_>>();
    assert_eq!(goals(&a), [95.0]);
    assert_eq!(goals(&b), [96.0]);
    assert_eq!(*a, *c);
    // The same steps are one list in memory (judged on one thread or two,
    // each keeps the last it made); different ones never are.
    assert!(!std::sync::Arc::ptr_eq(&a, &b) && !std::sync::Arc::ptr_eq(&b, &c));
    // In force from the day its directive was issued.
    assert!(a.first().is_some_and(|s| s.from == day(2025, 10, 3)));
}
