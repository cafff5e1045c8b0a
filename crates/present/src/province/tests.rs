//! The rules the Province screen's words decide: which pieces the gauge
//! says, the target line's name, the units box's title.

use chrono::NaiveDate;
use tiendo_model::history::History;
use tiendo_model::point::{Origin, Point, TargetStep};
use tiendo_model::schema::Dataset;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn empty() -> Model {
    tiendo_model::derive(Dataset::default(), d(2026, 12, 6))
}

fn point(date: NaiveDate, coverage: f64) -> Point {
    Point {
        date,
        coverage,
        counts: tiendo_model::point::Counts::new(None, None, None),
        plan_share: None,
        origin: Origin::Own(0),
        estimate: false,
    }
}

fn step(from: NaiveDate, until: NaiveDate, coverage: f64) -> TargetStep {
    TargetStep {
        target: 0,
        from,
        until,
        coverage,
    }
}

fn with_steps(steps: Vec<TargetStep>) -> Progress {
    Progress {
        target_steps: steps.into(),
        ..Progress::default()
    }
}

#[test]
fn a_stale_figure_says_so_unless_its_status_does() {
    let m = empty();
    let mut p = Progress {
        history: History::Whole(Box::new([point(d(2023, 12, 31), 91.0)])),
        latest: Some(0),
        shown: Some(point(d(2023, 12, 31), 91.0)),
        status: Status::OffTrack,
        stale: true,
        judged_on: d(2026, 12, 6),
        ..Progress::default()
    };
    let pieces = gauge_words(Lang::Vi, &m, &p);
    assert_eq!(
        pieces[1..],
        [
            "31/12/2023".to_string(),
            "số liệu cũ (quá 18 tháng)".to_string()
        ]
    );
    p.status = Status::Stale;
    assert_eq!(
        gauge_words(Lang::Vi, &m, &p)[1..],
        ["31/12/2023".to_string()]
    );
}

#[test]
fn a_ceased_unit_says_the_day_it_is_judged_on() {
    let m = empty();
    let p = Progress {
        history: History::Whole(Box::new([point(d(2024, 12, 31), 93.0)])),
        latest: Some(0),
        shown: Some(point(d(2024, 12, 31), 93.0)),
        ceased: true,
        judged_on: d(2025, 6, 30),
        ..Progress::default()
    };
    let pieces = gauge_words(Lang::En, &m, &p);
    assert_eq!(pieces.last().unwrap(), "judged as of 2025-06-30");
    assert_eq!(pieces[0], Value::Status(p.status).show(Lang::En));
}

#[test]
fn the_target_line_is_named_by_its_number_or_how_it_changes() {
    let one = with_steps(vec![step(d(2017, 6, 15), d(2030, 12, 31), 95.0)]);
    assert_eq!(
        history::target_name(&one, Lang::Vi).as_deref(),
        Some("Mục tiêu 95 %")
    );
    let odd = with_steps(vec![step(d(2017, 6, 15), d(2030, 12, 31), 95.15)]);
    assert_eq!(
        history::target_name(&odd, Lang::En).as_deref(),
        Some("Target 95.15%")
    );
    // Steps of 366 days at most are a plan set year by year.
    let yearly = with_steps(vec![
        step(d(2024, 1, 1), d(2024, 12, 31), 92.0),
        step(d(2025, 1, 1), d(2025, 12, 31), 93.5),
    ]);
    assert_eq!(
        history::target_name(&yearly, Lang::En).as_deref(),
        Some("Target (yearly)")
    );
    let long = with_steps(vec![
        step(d(2016, 1, 1), d(2020, 12, 31), 90.0),
        step(d(2021, 1, 1), d(2025, 12, 31), 95.0),
    ]);
    assert_eq!(
        history::target_name(&long, Lang::Vi).as_deref(),
        Some("Các mục tiêu")
    );
    assert_eq!(
        history::target_name(&with_steps(Vec::new()), Lang::En),
        None
    );
}

#[test]
fn the_legend_lists_the_estimates_by_date() {
    let mut estimate = point(d(2025, 12, 31), 95.2);
    estimate.estimate = true;
    let p = Progress {
        history: History::Whole(Box::new([point(d(2024, 12, 31), 94.0), estimate])),
        ..Progress::default()
    };
    let legend = history::legend(Lang::Vi, &p, p.points(&[]));
    assert_eq!(legend.coverage, "Bao phủ");
    assert_eq!(
        legend.estimates.as_deref(),
        Some("(≈ số ước thực hiện: 31/12/2025)")
    );
    assert_eq!(legend.trend, None);
    let none = Progress::default();
    assert_eq!(
        history::legend(Lang::Vi, &none, none.points(&[])).estimates,
        None
    );
}

#[test]
fn the_title_names_the_years_only_when_there_are_some() {
    assert_eq!(
        history::title(Lang::Vi, Some((2017, 2027))),
        "Diễn biến 2017–2027"
    );
    assert_eq!(history::title(Lang::En, None), "History");
}

#[test]
fn the_units_box_says_former_units_when_it_holds_the_former_self() {
    let own = Unit {
        index: 1,
        depth: 0,
        former_self: false,
    };
    let former = Unit {
        former_self: true,
        ..own
    };
    assert_eq!(units_title(Lang::Vi, &[own]), "Đơn vị");
    assert_eq!(
        units_title(Lang::Vi, &[former, own]),
        "Đơn vị trước sáp nhập"
    );
    assert_eq!(units_title(Lang::En, &[]), "Units");
}

#[test]
fn groups_lacking_are_said_and_coded_for_programs() {
    assert_eq!(no_groups(Lang::Vi), "Nhóm đối tượng: chưa có số liệu");
    assert_eq!(group_code(Group::ChildrenUnder6), "children_under_6");
}

#[test]
fn a_year_on_the_axis_has_no_thousands_separator_in_either_language() {
    assert_eq!(super::history::year_label(2026), "2026");
    assert_ne!(
        crate::text::count(Lang::Vi, 2026),
        "2026",
        "a count would be 2.026"
    );
}
