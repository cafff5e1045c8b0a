//! The rules that judge progress: when a figure is stale, when there are
//! enough figures for a trend, the least-squares trend itself, the year it
//! reaches the target, and the status an official reads.

use chrono::{Datelike, Months, NaiveDate};

/// Only figures of the last five years before the judging day shape a trend.
pub const TREND_YEARS: u32 = 5;
/// A trend needs figures at least this far apart: two figures a few months
/// apart say nothing about the pace of a year.
pub const TREND_MIN_MONTHS: u32 = 12;
/// A trend that misses its target by less than this is "at risk", not "off track".
pub const AT_RISK_POINTS: f64 = 2.0;
/// A latest figure older than this before the judging day is stale: shown,
/// never judged.
pub const STALE_MONTHS: u32 = 18;

/// What an official reads about one locality. The first four judge the pace
/// against a target; the others say why there is no such judgement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Achieved,
    OnTrack,
    AtRisk,
    OffTrack,
    /// The trend would reach the target by its date, but only further
    /// than `verdict::PROJECTION_HORIZON_MONTHS` past the latest figure.
    NeedsNewer,
    /// Below target, but too few recent figures to say at what pace.
    TooFewFigures,
    /// The latest figure is too old to judge on.
    Stale,
    /// Only a partial roll-up or a predecessor's figure: shown, never judged.
    Partial,
    /// The source gives coverage only in words (`gần 95 %`).
    InWords,
    /// No numeric target is in force: past the last one, or none was set.
    NoTarget,
    #[default]
    NoData,
}

impl Status {
    pub const ALL: [Status; 11] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NeedsNewer,
        Status::TooFewFigures,
        Status::Stale,
        Status::Partial,
        Status::InWords,
        Status::NoTarget,
        Status::NoData,
    ];

    /// Whether the status judges the pace against a target.
    pub fn is_verdict(self) -> bool {
        matches!(
            self,
            Status::Achieved | Status::OnTrack | Status::AtRisk | Status::OffTrack
        )
    }
}

/// When the trend reaches the target, as far as the figures can say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Projection {
    /// The latest figure meets the target already.
    Met,
    /// The year the trend reaches the target, on or after the judging day.
    Year(i32),
    /// The trend reached the target before the judging day, yet no figure
    /// confirms it: the expected date has passed.
    Passed(i32),
    /// Nothing to say: no trend, a flat or falling one, no target, or a
    /// figure that is not judged.
    #[default]
    None,
}

impl Projection {
    /// The projected year, passed or not.
    pub fn year(self) -> Option<i32> {
        match self {
            Projection::Year(y) | Projection::Passed(y) => Some(y),
            Projection::Met | Projection::None => None,
        }
    }
}

/// A straight line through (year, coverage) points, in points per year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub slope: f64,
    /// The line passes through (mean_year, mean_coverage).
    pub mean_year: f64,
    pub mean_coverage: f64,
    pub points: usize,
    /// The first and last figures the line was fitted to.
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Trend {
    pub fn at(&self, year: f64) -> f64 {
        self.mean_coverage + self.slope * (year - self.mean_year)
    }
}

/// A date as a fractional year: 2023-07-02 is about 2023.5.
pub fn year_fraction(d: NaiveDate) -> f64 {
    // The days since 1 January, which the date holds: no date is made and
    // subtracted for each of the 1.6 million points a load's trends read.
    let days_in_year = if d.leap_year() { 366.0 } else { 365.0 };
    f64::from(d.year()) + f64::from(d.ordinal0()) / days_in_year
}

/// The day a unit is judged on: the judging day, or for a unit that ceased
/// by then (merged or abolished), its last day.
pub fn judging_day(today: NaiveDate, ceased_on: Option<NaiveDate>) -> NaiveDate {
    match ceased_on {
        Some(end) if end <= today => end.pred_opt().unwrap_or(end),
        _ => today,
    }
}

/// Whether a latest figure dated `latest` is too old to judge on `day`.
pub fn is_stale(latest: NaiveDate, day: NaiveDate) -> bool {
    day.checked_sub_months(Months::new(STALE_MONTHS))
        .is_some_and(|limit| latest < limit)
}

/// Least squares through the figures of the `TREND_YEARS` years up to `day`;
/// none unless at least two of them lie `TREND_MIN_MONTHS` apart.
pub fn trend(points: &[(NaiveDate, f64)], day: NaiveDate) -> Option<Trend> {
    let from = day.checked_sub_months(Months::new(12 * TREND_YEARS))?;
    // Computed over the slice without copying it: this runs for every
    // locality of every load.
    let window = || points.iter().filter(|(d, _)| (from..=day).contains(d));
    let first = window().map(|(d, _)| *d).min()?;
    let last = window().map(|(d, _)| *d).max()?;
    if first.checked_add_months(Months::new(TREND_MIN_MONTHS))? > last {
        return None;
    }
    let xy = || window().map(|(d, c)| (year_fraction(*d), *c));
    let n = xy().count();
    let count = n as f64;
    let mean_year = xy().map(|(x, _)| x).sum::<f64>() / count;
    let mean_coverage = xy().map(|(_, y)| y).sum::<f64>() / count;
    let sxx: f64 = xy().map(|(x, _)| (x - mean_year).powi(2)).sum();
    let sxy: f64 = xy()
        .map(|(x, y)| (x - mean_year) * (y - mean_coverage))
        .sum();
    Some(Trend {
        slope: sxy / sxx,
        mean_year,
        mean_coverage,
        points: n,
        first,
        last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Target;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn target(goal: f64, by: NaiveDate, strict: bool) -> Target {
        Target::of_nation(Some(goal), by, strict)
    }

    #[test]
    fn a_year_fraction_is_the_days_since_new_year_over_the_year_s_days() {
        assert_eq!(year_fraction(d(2023, 1, 1)), 2023.0);
        assert_eq!(year_fraction(d(2023, 7, 2)), 2023.0 + 182.0 / 365.0);
        assert_eq!(year_fraction(d(2024, 12, 31)), 2024.0 + 365.0 / 366.0);
        assert_eq!(year_fraction(d(2025, 12, 31)), 2025.0 + 364.0 / 365.0);
        // Every day from 1990 to 2040, as a date subtracted from its 1 January.
        let mut day = d(1990, 1, 1);
        while day < d(2040, 1, 1) {
            let new_year = d(day.year(), 1, 1);
            let days = if day.leap_year() { 366.0 } else { 365.0 };
            let expected = f64::from(day.year()) + (day - new_year).num_days() as f64 / days;
            assert_eq!(year_fraction(day), expected, "{day}");
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn trend_is_least_squares_over_the_five_years_before_the_day() {
        // Year-ends 2020..2023 at 90, 91, 92, 93: one point a year, slope 1.
        // 2015 at 50 lies more than five years before the day and is left
        // out, or the slope would be far steeper.
        let pts = [
            (d(2015, 12, 31), 50.0),
            (d(2020, 12, 31), 90.0),
            (d(2021, 12, 31), 91.0),
            (d(2022, 12, 31), 92.0),
            (d(2023, 12, 31), 93.0),
        ];
        let t = trend(&pts, d(2024, 6, 30)).unwrap();
        assert_eq!(t.points, 4);
        assert!((t.slope - 1.0).abs() < 0.01, "slope {}", t.slope);
        assert_eq!((t.first, t.last), (d(2020, 12, 31), d(2023, 12, 31)));
        assert!((t.at(2023.0) - 92.0).abs() < 0.01);
    }

    #[test]
    fn the_five_year_window_is_counted_from_the_judging_day() {
        // Judged on 2025-12-31 the window opens on 2020-12-31, itself in;
        // a day later it has moved past that figure and only one is left.
        let pts = [(d(2020, 12, 31), 80.0), (d(2021, 12, 31), 90.0)];
        assert!(trend(&pts, d(2025, 12, 31)).is_some());
        assert!(trend(&pts, d(2026, 1, 1)).is_none());
    }

    #[test]
    fn figures_after_the_judging_day_shape_no_trend() {
        let pts = [(d(2022, 12, 31), 90.0), (d(2023, 12, 31), 92.0)];
        assert!(trend(&pts, d(2023, 12, 30)).is_none());
        assert!(trend(&pts, d(2023, 12, 31)).is_some());
    }

    #[test]
    fn a_trend_needs_two_figures_twelve_months_apart() {
        // One figure, or two on one date: nothing.
        assert!(trend(&[(d(2023, 12, 31), 93.0)], d(2024, 1, 1)).is_none());
        let same_day = [(d(2023, 12, 31), 93.0), (d(2023, 12, 31), 94.0)];
        assert!(trend(&same_day, d(2024, 1, 1)).is_none());
        // 11 months apart: still none; exactly 12 months: a trend.
        let eleven = [(d(2023, 1, 31), 92.0), (d(2023, 12, 31), 93.0)];
        assert!(trend(&eleven, d(2024, 1, 1)).is_none());
        let twelve = [(d(2022, 12, 31), 92.0), (d(2023, 12, 31), 93.0)];
        assert!(trend(&twelve, d(2024, 1, 1)).is_some());
        // Three figures within 11 months: none, however many.
        let bunched = [
            (d(2023, 1, 31), 90.0),
            (d(2023, 6, 30), 91.0),
            (d(2023, 12, 30), 92.0),
        ];
        assert!(trend(&bunched, d(2024, 1, 1)).is_none());
    }

    #[test]
    fn stale_is_more_than_eighteen_months_before_the_day() {
        let day = d(2026, 11, 25);
        // 18 months before is 2025-05-25: that day is not stale, the one
        // before it is.
        assert!(!is_stale(d(2025, 5, 25), day));
        assert!(is_stale(d(2025, 5, 24), day));
        assert!(!is_stale(d(2026, 11, 25), day));
    }

    #[test]
    fn a_unit_that_ceased_is_judged_on_its_last_day() {
        let today = d(2026, 11, 25);
        assert_eq!(judging_day(today, None), today);
        assert_eq!(
            judging_day(today, Some(d(2025, 7, 1))),
            d(2025, 6, 30),
            "merged on 1 July 2025: its last day was 30 June"
        );
        // Judged before it ceased, it is judged on the judging day.
        assert_eq!(
            judging_day(d(2024, 6, 30), Some(d(2025, 7, 1))),
            d(2024, 6, 30)
        );
        // Ceasing on the judging day itself: the day before.
        assert_eq!(
            judging_day(d(2025, 7, 1), Some(d(2025, 7, 1))),
            d(2025, 6, 30)
        );
    }

    #[test]
    fn a_strict_target_is_met_only_above_its_number() {
        let by = d(2026, 12, 31);
        assert!(!target(95.0, by, true).is_met_by(95.0));
        assert!(target(95.0, by, true).is_met_by(95.01));
        assert!(target(95.0, by, false).is_met_by(95.0));
        assert!(!target(95.0, by, false).is_met_by(94.99));
        let mut words = target(95.0, by, false);
        words.coverage = None;
        assert!(!words.is_met_by(100.0), "a target in words never judges");
    }

    #[test]
    fn only_the_four_pace_statuses_are_verdicts() {
        let verdicts: Vec<Status> = Status::ALL.into_iter().filter(|s| s.is_verdict()).collect();
        assert_eq!(
            verdicts,
            [
                Status::Achieved,
                Status::OnTrack,
                Status::AtRisk,
                Status::OffTrack
            ]
        );
    }
}
