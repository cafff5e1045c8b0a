//! The plan assigned (`plan`, `Kế hoạch giao`) and the share of it achieved
//! (`% KH`): how a record's share is found, how a parent's is rolled up from
//! its parts, when `check` warns that a stated share disagrees with the
//! counts, and the sentences that refuse a plan that is no count. The
//! dataset, `tests/plan/plans.toml`, is made up; each expected figure is
//! worked out in a comment there or here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use std::path::Path;

use tiendo::model::plan::Share;
use tiendo::model::{self, Era, Model, Severity};
use tiendo::text::Lang;

fn plans_as_of(day: chrono::NaiveDate) -> Model {
    let path = "tests/plan/plans.toml".to_string();
    let bytes = std::fs::read(&path).unwrap();
    model::derive(common::load(vec![(path, bytes)]).dataset, day)
}

/// The plan and share at the latest figure of `id`.
fn latest(m: &Model, id: &str) -> (Option<u64>, Option<Share>) {
    let p = m.progress(m.index_of(id).unwrap(), Era::Current).unwrap();
    let x = p.latest_point().unwrap();
    (x.plan(), x.plan_share)
}

fn own(percent: f64) -> Option<Share> {
    Some(Share {
        percent,
        rolled_up: false,
    })
}

fn summed(percent: f64) -> Option<Share> {
    Some(Share {
        percent,
        rolled_up: true,
    })
}

#[test]
fn a_record_gives_its_stated_share_else_participants_over_plan() {
    let m = plans_as_of(common::today());
    // 950,000 of a plan of 960,000.
    assert_eq!(
        latest(&m, "dong-an"),
        (Some(960_000), own(950_000.0 * 100.0 / 960_000.0))
    );
    assert_eq!(
        format!("{:.2}", 950_000.0 * 100.0 / 960_000.0),
        "98.96",
        "the figure the table shows"
    );
    // Only the share, as stated.
    assert_eq!(latest(&m, "tay-binh"), (None, own(101.5)));
    // No plan at all: no share, and none made up.
    assert_eq!(latest(&m, "kim-son"), (None, None));
}

#[test]
fn the_share_is_of_the_figure_shown_on_the_judging_day() {
    // Before the 2025 figure was known, the 2024 one stands: 930,000 of 940,000.
    let m = plans_as_of(common::day(2025, 6, 30));
    assert_eq!(
        latest(&m, "dong-an"),
        (Some(940_000), own(930_000.0 * 100.0 / 940_000.0))
    );
}

#[test]
fn a_parent_without_a_figure_sums_its_childrens_participants_and_plans() {
    let m = plans_as_of(common::today());
    // (400,000 + 500,000) / (410,000 + 500,000) = 98.901… %.
    assert_eq!(
        latest(&m, "bac-dinh"),
        (Some(910_000), summed(900_000.0 * 100.0 / 910_000.0))
    );
}

#[test]
fn a_parents_own_figure_without_a_plan_takes_its_childrens_plan() {
    let m = plans_as_of(common::today());
    let i = m.index_of("hoa-phu").unwrap();
    let x = *m.progress(i, Era::Current).unwrap().latest_point().unwrap();
    // The coverage is its own record's; the plan is its districts'
    // (300,000 + 600,000) / (310,000 + 620,000) = 96.774… %.
    assert_eq!(x.coverage, 93.5);
    assert!(!x.is_derived());
    assert_eq!(
        (x.plan(), x.plan_share),
        (Some(930_000), summed(900_000.0 * 100.0 / 930_000.0))
    );
}

#[test]
fn a_units_own_stated_share_wins_over_its_childrens() {
    let m = plans_as_of(common::today());
    // Its districts add up to 500,000 of 500,000 (100 %): its own 97.2 stands.
    assert_eq!(latest(&m, "gia-my"), (None, own(97.2)));
}

#[test]
fn a_partial_set_of_children_gives_no_share() {
    let m = plans_as_of(common::today());
    // One district of two has a figure at the end of 2025: the coverage is
    // a partial roll-up (shown, marked), the plan and its share are none.
    let i = m.index_of("trung-ha").unwrap();
    let x = *m.progress(i, Era::Current).unwrap().latest_point().unwrap();
    assert!(x.is_partial());
    assert_eq!(x.coverage, 90.0);
    assert_eq!((x.plan(), x.plan_share), (None, None));
    // The nation has its own coverage and no plan; Trung Hà's missing
    // complete figure leaves its provinces' plans unsummed.
    assert_eq!(latest(&m, "VN"), (None, None));
}

/// A nation with one province whose one record gives `fields`, checked in
/// `lang` as of 2025-12-31.
fn checked(fields: &str) -> Result<model::Loaded, model::Invalid> {
    let text = format!(
        r#"schema = 1
[meta]
title = "t"
as_of = 2025-12-31

[[locality]]
id = "VN"
name = "Việt Nam"
kind = "nation"

[[locality]]
id = "bac-giang"
name = "Bắc Giang"
kind = "province"
parent = "VN"

  [[locality.record]]
  date = 2025-12-31
{fields}
  source = "s"
"#
    );
    model::load_files_checked(
        vec![("t.toml".into(), text.into_bytes())],
        &Default::default(),
        Some(common::day(2025, 12, 31)),
    )
}

fn warnings(fields: &str, lang: Lang) -> Vec<String> {
    let loaded = checked(fields).unwrap_or_else(|e| panic!("{:?}", e.diagnostics));
    loaded
        .warnings
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| tiendo::text::diagnostic(lang, d))
        .collect()
}

#[test]
fn a_stated_share_more_than_half_a_point_from_the_counts_is_warned() {
    // 985 of 1,000 is 98.5 %.
    let counts = "  participants = 985\n  plan = 1000\n";
    assert_eq!(
        warnings(&format!("{counts}  plan_percent = 99.0"), Lang::En),
        Vec::<String>::new(),
        "exactly half a point is within"
    );
    assert_eq!(
        warnings(&format!("{counts}  plan_percent = 98.0"), Lang::En),
        Vec::<String>::new()
    );
    assert_eq!(
        warnings(&format!("{counts}  plan_percent = 99.01"), Lang::En),
        [
            "t.toml:17:3: warning: plan_percent = 99.01 but participants / plan = 98.50 for `bac-giang` on 2025-12-31: check both figures; the stated share is the one shown"
        ]
    );
    assert_eq!(
        warnings(&format!("{counts}  plan_percent = 97.9"), Lang::Vi),
        [
            "t.toml:17:3: cảnh báo: plan_percent = 97.9 nhưng participants / plan = 98.50 đối với `bac-giang` ngày 2025-12-31: hãy kiểm tra cả hai số liệu; tỷ lệ ghi sẵn là tỷ lệ được hiển thị"
        ]
    );
}

fn errors(fields: &str, lang: Lang) -> Vec<String> {
    match checked(fields) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| tiendo::text::diagnostic(lang, d))
            .collect(),
    }
}

#[test]
fn a_plan_that_is_no_count_above_0_is_refused_at_its_value_in_both_languages() {
    assert_eq!(
        errors("  participants = 5\n  plan = 0", Lang::Vi),
        [
            "t.toml:20:10: `plan` = 0: kế hoạch giao là số người lớn hơn 0; hãy bỏ `plan` khi nguồn không ghi"
        ]
    );
    assert_eq!(
        errors("  participants = 5\n  plan = -3", Lang::En),
        [
            "t.toml:20:10: `plan` = -3: a plan assigned is a number of people above 0; leave `plan` out when the source gives none"
        ]
    );
    assert_eq!(
        errors("  participants = 5\n  plan = 12.5", Lang::Vi),
        ["t.toml:20:10: `plan` = 12.5 không phải số nguyên: số người không có phần thập phân"]
    );
    assert_eq!(
        errors("  participants = 5\n  plan = \"1.234.567\"", Lang::En),
        [
            "t.toml:20:10: write plan = 1234567: a count is a whole number without quotes or separators"
        ]
    );
    assert_eq!(
        errors("  participants = 5\n  plan = 1", Lang::En),
        Vec::<String>::new()
    );
}

#[test]
fn a_plan_alone_holds_no_result() {
    assert_eq!(
        errors("  plan = 1234567", Lang::Vi),
        [
            "t.toml:17:3: [[locality.record]] chỉ ghi `plan` (số được giao) mà không có số liệu đạt được: hãy ghi thêm `participants`, `coverage` hoặc `plan_percent`, hoặc một `note`"
        ]
    );
    // With what was achieved beside it, or a note, it loads.
    assert_eq!(
        errors("  plan = 1234567\n  plan_percent = 99.1", Lang::En),
        Vec::<String>::new()
    );
    assert_eq!(
        errors("  plan = 1234567\n  note = \"n\"", Lang::En),
        Vec::<String>::new()
    );
}

#[test]
fn the_test_dataset_checks_clean_but_for_one_stale_district() {
    let files = model::load::read_path(Path::new("tests/plan/plans.toml")).unwrap();
    let loaded = model::load_files_checked(files, &Default::default(), Some(common::today()))
        .unwrap_or_else(|e| panic!("{:?}", e.diagnostics));
    let said: Vec<String> = loaded
        .warnings
        .iter()
        .map(|d| tiendo::text::diagnostic(Lang::En, d))
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("`trung-ha-2` is of 2024-12-31"),
        "{said:?}"
    );
}
