//! "So với cùng kỳ năm trước": the change from the same period a year
//! before, as officials report it. Only a locality's own complete figures
//! count, each at its own date; nothing is interpolated.

use chrono::{Months, NaiveDate};

use super::figures::Point;

/// How far from the same day a year before a figure may be and still count
/// as the same period: a quarterly report may be dated a few weeks apart.
pub const SAME_PERIOD_DAYS: i64 = 45;

/// The change in coverage points from the figure of the same period a
/// year before `latest`, and that figure's date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearOnYear {
    pub before: NaiveDate,
    pub change: f64,
}

/// `latest` against the complete figure nearest to its date a year before,
/// within `SAME_PERIOD_DAYS`; a partial roll-up on either side gives none.
pub fn year_on_year(history: &[Point], latest: &Point) -> Option<YearOnYear> {
    if latest.is_partial() {
        return None;
    }
    let target = latest.date.checked_sub_months(Months::new(12))?;
    history
        .iter()
        // A year away, the window never reaches `latest` itself.
        .filter(|p| !p.is_partial())
        .map(|p| (p, (p.date - target).num_days().abs()))
        .filter(|&(_, off)| off <= SAME_PERIOD_DAYS)
        .min_by_key(|&(p, off)| (off, std::cmp::Reverse(p.date)))
        .map(|(p, _)| YearOnYear {
            before: p.date,
            change: latest.coverage - p.coverage,
        })
}

/// `latest` against the first complete figure dated on or after `issued`,
/// the day the directive in force was issued: how far the locality has
/// come under it. None when `latest` is that first figure.
pub fn since(history: &[Point], latest: &Point, issued: NaiveDate) -> Option<YearOnYear> {
    if latest.is_partial() {
        return None;
    }
    history
        .iter()
        .find(|p| !p.is_partial() && p.date >= issued && p.date < latest.date)
        .map(|p| YearOnYear {
            before: p.date,
            change: latest.coverage - p.coverage,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::figures::{Origin, Rollup};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn own(date: NaiveDate, coverage: f64) -> Point {
        Point {
            date,
            coverage,
            participants: None,
            population: None,
            origin: Origin::Own(0),
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
    fn forty_five_days_away_counts_and_forty_six_does_not() {
        let latest = own(day(2025, 6, 30), 95.0);
        let near = [own(day(2024, 8, 14), 94.0), latest];
        assert_eq!(
            year_on_year(&near, &latest).unwrap().before,
            day(2024, 8, 14)
        );
        let far = [own(day(2024, 8, 15), 94.0), latest];
        assert_eq!(year_on_year(&far, &latest), None);
        let early = [own(day(2024, 5, 16), 94.0), latest];
        assert_eq!(
            year_on_year(&early, &latest).unwrap().before,
            day(2024, 5, 16)
        );
        let too_early = [own(day(2024, 5, 15), 94.0), latest];
        assert_eq!(year_on_year(&too_early, &latest), None);
    }

    #[test]
    fn the_nearest_figure_wins_and_a_later_one_breaks_a_tie() {
        let latest = own(day(2025, 6, 30), 95.0);
        let h = [
            own(day(2024, 5, 31), 90.0),
            own(day(2024, 6, 30), 91.0),
            own(day(2024, 7, 31), 92.0),
            latest,
        ];
        assert_eq!(year_on_year(&h, &latest).unwrap().before, day(2024, 6, 30));
        let tie = [
            own(day(2024, 6, 20), 90.0),
            own(day(2024, 7, 10), 91.0),
            latest,
        ];
        assert_eq!(
            year_on_year(&tie, &latest).unwrap().before,
            day(2024, 7, 10)
        );
    }

    #[test]
    fn a_partial_roll_up_is_never_compared() {
        let partial = Point {
            origin: Origin::RolledUp(Rollup {
                with_figures: 1,
                parts: 2,
                population_share: None,
                partial: true,
            }),
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
    fn since_the_directive_counts_from_the_first_figure_on_or_after_its_day() {
        let h = [
            own(day(2025, 9, 30), 90.0),
            own(day(2025, 10, 3), 91.0),
            own(day(2025, 12, 31), 93.0),
            own(day(2026, 6, 30), 94.5),
        ];
        let got = since(&h, &h[3], day(2025, 10, 3)).unwrap();
        assert_eq!(got.before, day(2025, 10, 3));
        assert!((got.change - 3.5).abs() < 1e-9);
        assert_eq!(
            since(&h, &h[3], day(2025, 10, 4)).unwrap().before,
            day(2025, 12, 31)
        );
        assert_eq!(since(&h, &h[3], day(2026, 6, 30)), None);
    }

    #[test]
    fn no_figure_a_year_before_gives_none() {
        let latest = own(day(2025, 6, 30), 95.0);
        assert_eq!(year_on_year(&[latest], &latest), None);
    }
}
