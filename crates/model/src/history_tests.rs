use chrono::NaiveDate;
use proptest::prelude::*;

use super::{History, Points, own_point};
use crate::diagnostic::Loc;
use crate::point::{Counts, Origin, Point, Rollup};
use crate::schema::{More, Record};
use crate::shared::Shared;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A record of `year`'s last day with `coverage`, or with words only
/// when it has none.
fn record(year: i32, coverage: Option<f64>) -> Record {
    let mut r = Record::new(day(year, 12, 31), Shared::from("báo cáo"), Loc::new(0, 0));
    r.set_coverage(coverage);
    if coverage.is_none() {
        r.set_more(More {
            coverage_words: Some("gần 95 %".into()),
            ..More::default()
        });
    }
    r
}

fn rolled(date: NaiveDate, coverage: f64, partial: bool) -> Point {
    Point {
        date,
        coverage,
        counts: Counts::new(Some(9), Some(10), None),
        plan_share: None,
        origin: Origin::RolledUp(Rollup::new(1, 2, Some(0.5), partial)),
        estimate: false,
    }
}

fn read(h: &History, records: &[Record]) -> Vec<Point> {
    Points::new(h, records).to_vec()
}

fn own_of(records: &[Record]) -> Vec<Point> {
    (0..records.len())
        .filter_map(|k| own_point(records, k))
        .collect()
}

#[test]
fn a_unit_without_parts_names_its_records_and_reads_them_back_as_points() {
    let records: Vec<Record> = (2019..2026).map(|y| record(y, Some(85.0))).collect();
    let h = History::of_records(&records, 0..records.len());
    assert_eq!(h, History::Records { from: 0, to: 7 });
    let points = read(&h, &records);
    assert_eq!(points, own_of(&records));
    assert_eq!(points.len(), 7);
    assert_eq!(
        points.first().map(|p| (p.date, p.coverage, p.origin)),
        Some((day(2019, 12, 31), 85.0, Origin::Own(0)))
    );
    // Records left out (not yet published on the judging day) leave a run
    // that starts later, or none.
    assert_eq!(
        History::of_records(&records, 2..5),
        History::Records { from: 2, to: 5 }
    );
    let skipping = History::of_records(&records, [0, 1, 3].into_iter());
    assert!(matches!(skipping, History::Mixed { .. }), "{skipping:?}");
    assert_eq!(
        read(&skipping, &records)
            .iter()
            .map(|p| p.origin)
            .collect::<Vec<_>>(),
        [Origin::Own(0), Origin::Own(1), Origin::Own(3)]
    );
}

#[test]
fn a_record_in_words_only_is_no_point_and_breaks_the_run() {
    let records = vec![
        record(2020, Some(80.0)),
        record(2021, None),
        record(2022, Some(90.0)),
    ];
    let h = History::of_records(&records, 0..3);
    assert!(matches!(&h, History::Mixed { slots, kept } if slots.len() == 2 && kept.is_empty()));
    let points = read(&h, &records);
    assert_eq!(
        points.iter().map(|p| p.coverage).collect::<Vec<_>>(),
        [80.0, 90.0]
    );
    assert_eq!(Points::new(&h, &records).len(), 2);
}

#[test]
fn a_point_its_record_does_not_give_as_it_is_is_kept_whole() {
    let records: Vec<Record> = (2020..2023).map(|y| record(y, Some(90.0))).collect();
    let mut own = own_of(&records);
    // The children's plan filled in on the second: no longer the record's.
    if let Some(p) = own.get_mut(1) {
        p.set_plan(Some(1_000));
    }
    let mut points = own.clone();
    points.insert(1, rolled(day(2021, 6, 30), 88.5, true));
    let h = History::of(points.clone(), &records);
    let History::Mixed { slots, kept } = &h else {
        panic!("{h:?}");
    };
    assert_eq!(slots.len(), 4);
    assert_eq!(kept.len(), 2, "the roll-up and the point with its plan");
    assert_eq!(read(&h, &records), points);
    assert_eq!(
        Points::new(&h, &records).get(2).and_then(|p| p.plan()),
        Some(1_000)
    );
}

#[test]
fn roll_ups_alone_are_kept_whole_and_an_empty_history_is_a_run_of_none() {
    let points = vec![
        rolled(day(2020, 12, 31), 90.0, false),
        rolled(day(2021, 12, 31), 91.0, true),
    ];
    let h = History::of(points.clone(), &[]);
    assert_eq!(h, History::Whole(points.clone().into_boxed_slice()));
    assert_eq!(read(&h, &[]), points);
    assert_eq!(History::of(Vec::new(), &[]), History::default());
    let collected: History = points.iter().copied().collect();
    assert_eq!(read(&collected, &[]), points, "collected: kept whole");
    assert!(History::default().is_empty());
    assert_eq!(Points::new(&History::default(), &[]).last(), None);
}

#[test]
fn a_point_naming_a_record_that_is_not_there_is_kept_whole() {
    let records = vec![record(2020, Some(90.0))];
    let mut stray = own_of(&records);
    stray.push(Point {
        origin: Origin::Own(5),
        ..rolled(day(2021, 12, 31), 91.0, false)
    });
    let h = History::of(stray.clone(), &records);
    assert_eq!(read(&h, &records), stray);
    let mut other = own_of(&records);
    if let Some(p) = other.first_mut() {
        p.coverage = 90.5;
    }
    assert_eq!(
        History::of(other.clone(), &records),
        History::Whole(other.into_boxed_slice())
    );
}

#[test]
fn until_keeps_the_points_up_to_the_day_and_a_run_stays_a_run() {
    let records: Vec<Record> = (2019..2026).map(|y| record(y, Some(85.0))).collect();
    let h = History::of_records(&records, 0..records.len());
    assert_eq!(
        h.clone().until(&records, day(2022, 12, 31)),
        History::Records { from: 0, to: 4 }
    );
    assert_eq!(
        h.clone().until(&records, day(2022, 12, 30)),
        History::Records { from: 0, to: 3 }
    );
    assert_eq!(h.clone().until(&records, day(2030, 1, 1)), h);
    assert!(h.until(&records, day(2000, 1, 1)).is_empty());
}

#[test]
fn complete_at_finds_the_first_complete_point_of_a_day() {
    let records: Vec<Record> = (2020..2023).map(|y| record(y, Some(90.0))).collect();
    let mut points = own_of(&records);
    points.insert(1, rolled(day(2021, 12, 31), 50.0, true));
    points.push(rolled(day(2023, 12, 31), 70.0, false));
    points.push(rolled(day(2024, 12, 31), 71.0, true));
    let h = History::of(points, &records);
    let at = |d| Points::new(&h, &records).complete_at(d).map(|p| p.coverage);
    assert_eq!(
        at(day(2021, 12, 31)),
        Some(90.0),
        "the partial one passed over"
    );
    assert_eq!(at(day(2023, 12, 31)), Some(70.0));
    assert_eq!(at(day(2024, 12, 31)), None, "partial only");
    assert_eq!(at(day(2019, 12, 31)), None);
    let run = History::of_records(&records, 0..3);
    let at = |d| Points::new(&run, &records).complete_at(d).map(|p| p.origin);
    assert_eq!(at(day(2022, 12, 31)), Some(Origin::Own(2)));
    assert_eq!(at(day(2022, 12, 30)), None);
}

/// Records of a unit, some in words only, and a history made of some of
/// their points (some changed, as a filled-in plan changes them) and
/// roll-ups between them.
fn unit() -> impl Strategy<Value = (Vec<Record>, Vec<Point>)> {
    let records = prop::collection::vec(
        (
            2009..2031i32,
            prop::option::weighted(0.8, 0.0..100.0f64),
            prop::option::of(1..5_000u64),
        ),
        0..12,
    )
    .prop_map(|rs| {
        rs.into_iter()
            .map(|(y, c, plan)| {
                let mut r = record(y, c);
                if c.is_some() {
                    r.set_more(More {
                        plan,
                        ..More::default()
                    });
                }
                r
            })
            .collect::<Vec<_>>()
    });
    records.prop_flat_map(|records| {
        let n = records.len();
        let picks = prop::collection::vec(
            (0..n.max(1) + 2, 0..4u8, 2009..2031i32, any::<bool>()),
            0..16,
        );
        (Just(records), picks).prop_map(|(records, picks)| {
            let points = picks
                .into_iter()
                .map(|(k, how, y, partial)| match (own_point(&records, k), how) {
                    (Some(p), 0 | 1) => p,
                    (Some(mut p), 2) => {
                        p.set_plan(Some(7));
                        p
                    }
                    _ => rolled(day(y, 12, 31), f64::from(y % 100), partial),
                })
                .collect();
            (records, points)
        })
    })
}

proptest! {
    /// Whatever the points, the history reads back exactly those points,
    /// in their order; cut to a day, exactly those up to it.
    #[test]
    fn a_history_reads_back_the_points_it_was_built_from(
        (records, points) in unit(),
        y in 2008..2032i32,
    ) {
        let h = History::of(points.clone(), &records);
        prop_assert_eq!(read(&h, &records), points.clone());
        prop_assert_eq!(h.len(), points.len());
        let view = Points::new(&h, &records);
        for (k, p) in points.iter().enumerate() {
            prop_assert_eq!(view.date(k), Some(p.date));
            prop_assert_eq!(view.plan(k), p.plan());
        }
        prop_assert_eq!(view.date(points.len()), None);
        prop_assert_eq!(view.plan(points.len()), None);
        let cut = day(y, 12, 31);
        let until: Vec<Point> = points.iter().copied().filter(|p| p.date <= cut).collect();
        prop_assert_eq!(read(&h.until(&records, cut), &records), until);
    }

    /// A unit without parts: its history is the points of the records
    /// that count, in record order.
    #[test]
    fn a_history_of_records_reads_back_their_points(
        (records, _) in unit(),
        keep in prop::collection::vec(any::<bool>(), 12),
    ) {
        let ks = (0..records.len()).filter(|&k| keep.get(k).copied().unwrap_or(true));
        let h = History::of_records(&records, ks.clone());
        let expected: Vec<Point> = ks.filter_map(|k| own_point(&records, k)).collect();
        prop_assert_eq!(read(&h, &records), expected);
    }
}

#[test]
fn a_view_ends_where_its_history_does() {
    let records: Vec<Record> = (2019..2026).map(|y| record(y, Some(85.0))).collect();
    let run = History::of_records(&records, 2..5);
    let view = Points::new(&run, &records);
    assert_eq!((view.len(), view.is_empty()), (3, false));
    assert_eq!(
        view.get(3),
        None,
        "the record after the run is not its point"
    );
    assert_eq!(view.date(3), None);
    assert_eq!(view.first().map(|p| p.origin), Some(Origin::Own(2)));
    assert_eq!(view.last().map(|p| p.origin), Some(Origin::Own(4)));
    let none = History::default();
    assert!(Points::new(&none, &records).is_empty());
    assert_eq!(Points::new(&none, &records).first(), None);
}

#[test]
fn judged_points_leave_out_partial_roll_ups_and_complete_at_them_too() {
    let points = vec![
        rolled(day(2020, 12, 31), 90.0, true),
        rolled(day(2021, 12, 31), 91.0, false),
        rolled(day(2022, 12, 31), 92.0, true),
    ];
    let h = History::of(points, &[]);
    let view = Points::new(&h, &[]);
    let judged: Vec<f64> = view.judged().map(|p| p.coverage).collect();
    assert_eq!(judged, [91.0]);
    assert_eq!(view.complete_at(day(2020, 12, 31)), None, "partial");
    assert_eq!(
        view.complete_at(day(2022, 12, 30)),
        None,
        "no point that day"
    );
    assert_eq!(
        view.complete_at(day(2021, 12, 31)).map(|p| p.coverage),
        Some(91.0)
    );
}
