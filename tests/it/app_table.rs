#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! What the table lists on `App::update`: sort, status filter, 34/63
//! provinces and the level of units.

use crate::common;

use tiendo::app::{Action, App, Level, Notice, SortKey};
use tiendo::model::{Due, Era, Filter, Status};

#[test]
fn sort_cycles_columns_and_reverses() {
    let mut a = common::app();
    assert_eq!(a.sort, SortKey::Gap);
    // Gap (coverage − target), most negative first: the first row is at
    // least as far behind as the second, and the arrow says ascending.
    assert!(!a.descending);
    let gap = |a: &App, k: usize| {
        a.model
            .progress(a.rows[k], Era::Current)
            .unwrap()
            .gap
            .unwrap_or(f64::MAX)
    };
    assert!(gap(&a, 0) < 0.0, "the furthest behind leads");
    assert!(gap(&a, 0) <= gap(&a, 1));
    a.update(Action::CycleSort);
    assert_eq!(a.sort, SortKey::Trend);
    a.update(Action::CycleSort);
    assert_eq!(a.sort, SortKey::YearOnYear);
    a.update(Action::CycleSort);
    assert_eq!(a.sort, SortKey::Projected);
    for _ in 0..3 {
        a.update(Action::CycleSort);
    }
    assert_eq!(a.sort, SortKey::Plan);
    for _ in 0..4 {
        a.update(Action::CycleSort);
    }
    assert_eq!(a.sort, SortKey::Name);
    assert_eq!(
        common::id_of(&a, a.rows[0]),
        "an-giang",
        "names A→Z, folded"
    );
    a.update(Action::ReverseSort);
    assert_eq!(common::id_of(&a, a.rows[0]), "vinh-long");
    assert_eq!(
        a.notice,
        Some(Notice::Sorted {
            key: SortKey::Name,
            descending: true
        })
    );
}

#[test]
fn descending_sorts_keep_ties_by_name_and_gaps_last() {
    let mut a = common::synthetic(2_000);
    a.update(Action::CycleLevel);
    a.update(Action::CycleLevel);
    while a.sort != SortKey::Status {
        a.update(Action::CycleSort);
    }
    a.update(Action::ReverseSort);
    assert!(a.descending);
    let status = |i: usize| a.model.progress(i, Era::Current).unwrap().status;
    let key = |i: usize| a.model.search_keys[i].clone();
    for pair in a.rows.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        assert!(status(x) >= status(y), "statuses descend");
        if status(x) == status(y) {
            assert!(
                key(x) <= key(y),
                "ties stay A→Z: {} then {}",
                key(x),
                key(y)
            );
        }
    }
}

#[test]
fn filter_cycles_through_statuses_and_back_to_all() {
    let mut a = common::app();
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Status(Status::Achieved)));
    assert_eq!(
        a.notice,
        Some(Notice::Filtered(Some(Filter::Status(Status::Achieved))))
    );
    assert!(
        a.rows
            .iter()
            .all(|&i| a.model.progress(i, Era::Current).unwrap().status == Status::Achieved)
    );
    for _ in 0..5 {
        a.update(Action::CycleFilter);
    }
    assert_eq!(a.filter, Some(Filter::Status(Status::TooFewFigures)));
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Status(Status::Stale)));
    assert!(
        a.rows
            .iter()
            .all(|&i| a.model.progress(i, Era::Current).unwrap().stale)
    );
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Status(Status::Partial)));
    assert!(a.rows.iter().all(|&i| {
        a.model
            .progress(i, Era::Current)
            .unwrap()
            .latest_point()
            .unwrap()
            .is_partial()
    }));
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Status(Status::InWords)));
    a.update(Action::CycleFilter);
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Status(Status::NoData)));
    // Then how each fared against the last target due (2025).
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Due(Due::Met)));
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Due(Due::Missed)));
    let said = a.notice.as_ref().map(|n| tiendo::text::notice(a.lang, n));
    assert_eq!(said.as_deref(), Some("Lọc: Đến hạn: ✗ không đạt"));
    let missed: Vec<&str> = a.rows.iter().map(|&i| common::id_of(&a, i)).collect();
    assert_eq!(missed, ["an-giang", "thanh-hoa", "lao-cai", "dong-nai"]);
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Due(Due::Estimated)));
    let said = a.notice.as_ref().map(|n| tiendo::text::notice(a.lang, n));
    assert_eq!(said.as_deref(), Some("Lọc: Đến hạn: ≈ ước đạt"));
    a.update(Action::CycleFilter);
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Filter::Due(Due::NoFigure)));
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, None);
    assert_eq!(a.rows.len(), 34);
}

#[test]
fn m_toggles_between_34_and_63_provinces() {
    let mut a = common::app();
    assert_eq!(a.rows.len(), 34);
    a.update(Action::ToggleEra);
    assert_eq!(a.era, Era::Former);
    let said = a.notice.as_ref().map(|n| tiendo::text::notice(a.lang, n));
    assert_eq!(said.as_deref(), Some("63 tỉnh/thành trước 01/07/2025"));
    assert_eq!(a.rows.len(), 63);
    a.update(Action::ToggleEra);
    assert_eq!(a.rows.len(), 34);
}

#[test]
fn c_cycles_the_table_through_provinces_districts_and_communes() {
    let mut a = common::synthetic(2_000);
    assert_eq!(a.level, Level::Province);
    assert_eq!(a.rows.len(), 34);
    a.update(Action::CycleLevel);
    assert_eq!(a.level, Level::District);
    assert_eq!(a.notice, Some(Notice::Level(Level::District)));
    let districts = a.rows.len();
    a.update(Action::CycleLevel);
    assert_eq!(a.level, Level::Commune);
    assert_eq!(districts + a.rows.len(), 2_000 - 35);
    a.update(Action::CycleLevel);
    assert_eq!(a.level, Level::Province, "and back");
    // The bundled data has districts (abolished in 2025) and one ward.
    let mut b = common::app();
    b.update(Action::CycleLevel);
    assert_eq!(b.level, Level::District);
    assert!(b.rows.is_empty(), "no district exists since 1 July 2025");
    b.update(Action::ToggleEra);
    assert_eq!(b.rows.len(), 5, "five districts before it");
}
