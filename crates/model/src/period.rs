//! "So với cùng kỳ năm trước": the change from the same period a year
//! before, as officials report it. Only a locality's own complete figures
//! count, each at its own date; nothing is interpolated.

use chrono::{Datelike, NaiveDate};

use super::point::Point;

/// Whether a figure dated `before` is of the same period a year before one
/// dated `latest`: the same calendar month of the previous year. Officials
/// compare month with month ("cùng kỳ"); a figure from the month before or
/// after is another period, however few days away.
pub fn same_period_a_year_before(before: NaiveDate, latest: NaiveDate) -> bool {
    before.month() == latest.month() && before.year().checked_add(1) == Some(latest.year())
}

/// The change in coverage points from the figure of the same period a
/// year before `latest`, and that figure's date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearOnYear {
    pub before: NaiveDate,
    pub change: f64,
}

/// `latest` against the complete figure of the same calendar month a year
/// before (the latest of that month when there are several); a partial
/// roll-up on either side gives none.
pub fn year_on_year(history: &[Point], latest: &Point) -> Option<YearOnYear> {
    if latest.is_partial() {
        return None;
    }
    history
        .iter()
        .filter(|p| !p.is_partial() && same_period_a_year_before(p.date, latest.date))
        .max_by_key(|p| p.date)
        .map(|p| YearOnYear {
            before: p.date,
            change: latest.coverage - p.coverage,
        })
}

/// How far a locality has come since the directive behind its target in
/// force was issued.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Since {
    /// `latest` against the first complete figure dated after the issue.
    Change(YearOnYear),
    /// The latest figure is the first one after the issue: there is
    /// nothing yet to compare it with.
    OnlyLatest,
    /// No complete figure is dated after the issue.
    NoFigure,
}

/// `latest` against the first complete figure dated after `issued`, the
/// day the directive in force was issued. A figure of the issue day itself
/// tells where the locality stood before the directive could act, so it is
/// not "since". None when `latest` is a partial roll-up, which is never
/// compared, and a complete figure after the issue exists.
pub fn since(history: &[Point], latest: &Point, issued: NaiveDate) -> Option<Since> {
    let first = history
        .iter()
        .filter(|p| !p.is_partial() && p.date > issued)
        .min_by_key(|p| p.date);
    match first {
        None => Some(Since::NoFigure),
        Some(_) if latest.is_partial() => None,
        Some(p) if p.date >= latest.date => Some(Since::OnlyLatest),
        Some(p) => Some(Since::Change(YearOnYear {
            before: p.date,
            change: latest.coverage - p.coverage,
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::point::{Origin, Rollup};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn own(date: NaiveDate, coverage: f64) -> Point {
        Point {
            date,
            coverage,
            counts: crate::point::Counts::new(None, None, None),
            plan_share: None,
            origin: Origin::Own(0),
            estimate: false,
        }
    }

    #[test]
    fn the_same_date_a_year_before_gives_the_change_in_points() {
        let h = [own(day(2024, 6, 30), 93.0), own(day(2025, 6, 30), 95.5)];
        let got = year_on_year(&h, &h[1]).unwrap();
        assert_eq!(got.before, day(2024, 6, 30));
        assert!((got.change - 2.5).abs() < 1e-9);
    }

    #[test]
    fn the_same_period_is_the_same_calendar_month_a_year_before() {
        let latest = day(2024, 12, 31);
        assert!(!same_period_a_year_before(day(2023, 11, 30), latest));
        assert!(same_period_a_year_before(day(2023, 12, 1), latest));
        assert!(same_period_a_year_before(day(2023, 12, 31), latest));
        assert!(!same_period_a_year_before(day(2024, 1, 1), latest));
        assert!(!same_period_a_year_before(day(2022, 12, 31), latest));
        assert!(!same_period_a_year_before(day(2024, 12, 1), latest));
    }

    #[test]
    fn a_figure_of_the_month_before_or_after_is_not_the_same_period() {
        let latest = own(day(2024, 12, 31), 95.0);
        let h = [own(day(2023, 11, 30), 94.0), latest];
        assert_eq!(year_on_year(&h, &latest), None);
        let h = [own(day(2024, 1, 1), 94.0), latest];
        assert_eq!(year_on_year(&h, &latest), None);
        let h = [own(day(2023, 12, 1), 94.0), latest];
        assert_eq!(year_on_year(&h, &latest).unwrap().before, day(2023, 12, 1));
    }

    #[test]
    fn the_latest_figure_of_that_month_wins() {
        let latest = own(day(2024, 12, 31), 95.0);
        let h = [
            own(day(2023, 11, 30), 90.0),
            own(day(2023, 12, 15), 91.0),
            own(day(2023, 12, 31), 92.0),
            latest,
        ];
        let got = year_on_year(&h, &latest).unwrap();
        assert_eq!(got.before, day(2023, 12, 31));
        assert!((got.change - 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_partial_roll_up_is_never_compared() {
        let partial = Point {
            origin: Origin::RolledUp(Rollup::new(1, 2, None, true)),
            ..own(day(2024, 6, 30), 90.0)
        };
        let latest = own(day(2025, 6, 30), 95.0);
        assert_eq!(year_on_year(&[partial, latest], &latest), None);
        let before = own(day(2024, 6, 30), 90.0);
        let latest_partial = Point {
            date: day(2025, 6, 30),
            ..partial
        };
        assert_eq!(
            year_on_year(&[before, latest_partial], &latest_partial),
            None
        );
    }

    #[test]
    fn since_the_directive_counts_from_the_first_figure_after_its_day() {
        let h = [
            own(day(2025, 9, 30), 90.0),
            own(day(2025, 10, 3), 91.0),
            own(day(2025, 12, 31), 93.0),
            own(day(2026, 6, 30), 94.5),
        ];
        let Some(Since::Change(got)) = since(&h, &h[3], day(2025, 10, 3)) else {
            panic!("a change from 31/12/2025");
        };
        // The figure of the issue day itself is where the unit stood before.
        assert_eq!(got.before, day(2025, 12, 31));
        assert!((got.change - 1.5).abs() < 1e-9);
        let Some(Since::Change(got)) = since(&h, &h[3], day(2025, 10, 2)) else {
            panic!("a change from 03/10/2025");
        };
        assert_eq!(got.before, day(2025, 10, 3));
    }

    #[test]
    fn the_latest_as_the_only_figure_since_is_said_so() {
        // Đồng Nai: 52-CT/TW of 03/10/2025, its only later figure 31/10/2025.
        let h = [own(day(2025, 5, 24), 92.3), own(day(2025, 10, 31), 90.3)];
        assert_eq!(since(&h, &h[1], day(2025, 10, 3)), Some(Since::OnlyLatest));
        assert_eq!(since(&h, &h[1], day(2025, 10, 31)), Some(Since::NoFigure));
        assert_eq!(since(&h, &h[1], day(2026, 1, 1)), Some(Since::NoFigure));
    }

    #[test]
    fn a_partial_figure_after_the_issue_is_not_compared_from() {
        let partial = Point {
            origin: Origin::RolledUp(Rollup::new(1, 2, None, true)),
            ..own(day(2025, 12, 31), 80.0)
        };
        let latest = own(day(2026, 6, 30), 94.0);
        let h = [partial, latest];
        assert_eq!(
            since(&h, &latest, day(2025, 10, 3)),
            Some(Since::OnlyLatest)
        );
        assert_eq!(since(&h, &partial, day(2025, 10, 3)), None);
        // No complete figure after the issue: said so, even beside a
        // partial latest figure.
        let h = [own(day(2025, 6, 30), 90.0), partial];
        assert_eq!(since(&h, &partial, day(2025, 10, 3)), Some(Since::NoFigure));
    }

    #[test]
    fn no_figure_a_year_before_gives_none() {
        let latest = own(day(2025, 6, 30), 95.0);
        assert_eq!(year_on_year(&[latest], &latest), None);
    }
}
