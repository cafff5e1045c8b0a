//! The rules that judge progress: when a figure is stale, when there are
//! enough figures for a trend, the least-squares trend itself, the year it
//! reaches the target, and the status an official reads.

use chrono::{Datelike, Months, NaiveDate};

use super::schema::Target;

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
    /// Below target, but too few recent figures to say at what pace.
    TooFewFigures,
    /// The latest figure is too old to judge on.
    Stale,
    /// No numeric target is in force: past the last one, or none was set.
    NoTarget,
    #[default]
    NoData,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::TooFewFigures,
        Status::Stale,
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
    let start = NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d);
    let days_in_year = if d.leap_year() { 366.0 } else { 365.0 };
    f64::from(d.year())
        + f64::from(u32::try_from((d - start).num_days()).unwrap_or(0)) / days_in_year
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

/// When the trend reaches `goal`, for a latest figure below it, judged on
/// `day`.
pub fn projection(trend: Option<&Trend>, goal: f64, day: NaiveDate) -> Projection {
    let Some(t) = trend else {
        return Projection::None;
    };
    if t.slope <= 1e-9 {
        return Projection::None;
    }
    let year = t.mean_year + (goal - t.mean_coverage) / t.slope;
    // Beyond this a projection says nothing an official can use.
    if !year.is_finite() || year > 9999.0 {
        return Projection::None;
    }
    let whole = year.floor() as i32;
    if year < year_fraction(day) {
        Projection::Passed(whole)
    } else {
        Projection::Year(whole)
    }
}

/// A latest figure, the target in force and the trend, as judged on `day`.
pub struct Judged {
    pub status: Status,
    pub projection: Projection,
}

/// Status and projection of a latest figure (with its date) against the
/// numeric target in force, judged on `day`.
pub fn judge(
    latest: Option<(NaiveDate, f64)>,
    target: Option<&Target>,
    trend: Option<&Trend>,
    day: NaiveDate,
) -> Judged {
    let none = |status| Judged {
        status,
        projection: Projection::None,
    };
    let Some((date, coverage)) = latest else {
        return none(Status::NoData);
    };
    if is_stale(date, day) {
        return none(Status::Stale);
    }
    let Some((target, goal)) = target.and_then(|t| Some((t, t.coverage?))) else {
        return none(Status::NoTarget);
    };
    if target.is_met_by(coverage) {
        return Judged {
            status: Status::Achieved,
            projection: Projection::Met,
        };
    }
    let Some(trend) = trend else {
        return none(Status::TooFewFigures);
    };
    let expected = trend.at(year_fraction(target.by));
    let status = if target.is_met_by(expected) {
        Status::OnTrack
    } else if goal - expected < AT_RISK_POINTS {
        Status::AtRisk
    } else {
        Status::OffTrack
    };
    Judged {
        status,
        projection: projection(Some(trend), goal, day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diagnostic::Loc;
    use crate::model::schema::Located;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn target(goal: f64, by: NaiveDate, strict: bool) -> Target {
        Target {
            locality: Located {
                value: "VN".into(),
                at: Loc::default(),
            },
            by,
            coverage: Some(goal),
            strict,
            label: None,
            directive: None,
            published: None,
            note: None,
            source: String::new(),
            at: Loc::default(),
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
    fn projection_is_the_year_the_line_reaches_the_target() {
        // 93 at end 2023 rising 1 point a year reaches 95 two years later,
        // at the end of 2025: the year is 2025 (2025.99…).
        let pts = [(d(2022, 12, 31), 92.0), (d(2023, 12, 31), 93.0)];
        let t = trend(&pts, d(2024, 1, 1)).unwrap();
        assert_eq!(
            projection(Some(&t), 95.0, d(2024, 1, 1)),
            Projection::Year(2025)
        );
        // The same line judged in 2026: the year has passed with no figure
        // to confirm it.
        assert_eq!(
            projection(Some(&t), 95.0, d(2026, 11, 25)),
            Projection::Passed(2025)
        );
        assert_eq!(Projection::Passed(2025).year(), Some(2025));
        assert_eq!(Projection::Met.year(), None);
        // A falling or flat line never reaches it; no line says nothing.
        let falling = [(d(2022, 12, 31), 93.0), (d(2023, 12, 31), 92.0)];
        let falling = trend(&falling, d(2024, 1, 1)).unwrap();
        assert_eq!(
            projection(Some(&falling), 95.0, d(2024, 1, 1)),
            Projection::None
        );
        let flat = [(d(2022, 12, 31), 93.0), (d(2023, 12, 31), 93.0)];
        let flat = trend(&flat, d(2024, 1, 1)).unwrap();
        assert_eq!(
            projection(Some(&flat), 95.0, d(2024, 1, 1)),
            Projection::None
        );
        assert_eq!(projection(None, 95.0, d(2024, 1, 1)), Projection::None);
    }

    #[test]
    fn a_projection_within_the_judging_year_but_before_the_day_has_passed() {
        // The line crosses 95 in mid-2025: judged on 2025-12-31 that date
        // has passed; judged on 2025-01-01 it lies ahead.
        let pts = [(d(2023, 6, 30), 93.0), (d(2024, 6, 30), 94.0)];
        let t = trend(&pts, d(2024, 7, 1)).unwrap();
        assert_eq!(
            projection(Some(&t), 95.0, d(2025, 12, 31)),
            Projection::Passed(2025)
        );
        assert_eq!(
            projection(Some(&t), 95.0, d(2025, 1, 1)),
            Projection::Year(2025)
        );
    }

    #[test]
    fn a_projection_that_falls_on_the_judging_day_has_not_passed() {
        // 93 on 1 January 2023, 94 a year later: 95 on 1 January 2025.
        let pts = [(d(2023, 1, 1), 93.0), (d(2024, 1, 1), 94.0)];
        let t = trend(&pts, d(2024, 1, 1)).unwrap();
        assert_eq!(
            projection(Some(&t), 95.0, d(2025, 1, 1)),
            Projection::Year(2025)
        );
        assert_eq!(
            projection(Some(&t), 95.0, d(2025, 1, 2)),
            Projection::Passed(2025)
        );
    }

    #[test]
    fn a_projection_beyond_the_year_9999_is_none() {
        let pts = [(d(2022, 12, 31), 10.0), (d(2023, 12, 31), 10.0001)];
        let t = trend(&pts, d(2024, 1, 1)).unwrap();
        assert_eq!(projection(Some(&t), 95.0, d(2024, 1, 1)), Projection::None);
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
    fn status_follows_the_trend_to_the_deadline() {
        let day = d(2026, 11, 23);
        let by = d(2026, 12, 31);
        let goal = target(95.0, by, false);
        let latest = |c: f64| Some((d(2026, 9, 30), c));
        let status = |c: f64, t: Option<&Trend>| judge(latest(c), Some(&goal), t, day).status;
        assert_eq!(status(95.2, None), Status::Achieved);
        assert_eq!(status(95.0, None), Status::Achieved);
        // Rising 1 a year from 94 at end 2024: 96 by end 2026, on track.
        let rising = [(d(2023, 12, 31), 93.0), (d(2024, 12, 31), 94.0)];
        let rising = trend(&rising, day).unwrap();
        assert_eq!(status(94.0, Some(&rising)), Status::OnTrack);
        // Flat lines: 93.5 misses by 1.5 < 2 (at risk); 93.0 misses by
        // exactly 2 (off track); 92 by 3.
        let flat = |c: f64| trend(&[(d(2024, 12, 31), c), (d(2025, 12, 31), c)], day).unwrap();
        assert_eq!(status(93.5, Some(&flat(93.5))), Status::AtRisk);
        assert_eq!(status(93.0, Some(&flat(93.0))), Status::OffTrack);
        assert_eq!(status(92.0, Some(&flat(92.0))), Status::OffTrack);
        // The trend reaching the target exactly at its date is on track.
        assert_eq!(status(94.0, Some(&flat(95.0))), Status::OnTrack);
    }

    #[test]
    fn on_track_against_a_strict_target_means_above_it_at_its_date() {
        let day = d(2026, 11, 23);
        let strict = target(95.0, d(2026, 12, 31), true);
        let flat = trend(&[(d(2024, 12, 31), 95.0), (d(2025, 12, 31), 95.0)], day).unwrap();
        let j = judge(
            Some((d(2025, 12, 31), 94.0)),
            Some(&strict),
            Some(&flat),
            day,
        );
        assert_eq!(
            j.status,
            Status::AtRisk,
            "95.00 at the date is not above 95"
        );
        // Exactly 95.00 is not achieved against "trên 95 %", and with too
        // few figures there is no verdict on the pace.
        let j = judge(Some((d(2025, 12, 31), 95.0)), Some(&strict), None, day);
        assert_eq!(j.status, Status::TooFewFigures);
        assert_eq!(j.projection, Projection::None);
    }

    #[test]
    fn no_verdict_without_a_figure_a_recent_figure_a_target_or_a_trend() {
        let day = d(2026, 11, 25);
        let goal = target(95.0, d(2026, 12, 31), false);
        let j = |latest, t: Option<&Target>| judge(latest, t, None, day).status;
        assert_eq!(j(None, Some(&goal)), Status::NoData);
        // A stale figure is never judged, even one above target.
        assert_eq!(j(Some((d(2016, 12, 31), 99.0)), Some(&goal)), Status::Stale);
        // No numeric target: none, even for a figure above 95.
        assert_eq!(j(Some((d(2026, 6, 30), 99.0)), None), Status::NoTarget);
        let mut words = target(95.0, d(2030, 12, 31), false);
        words.coverage = None;
        assert_eq!(
            j(Some((d(2026, 6, 30), 99.0)), Some(&words)),
            Status::NoTarget
        );
        // Below target with one figure: too few to judge the pace.
        assert_eq!(
            j(Some((d(2026, 6, 30), 90.0)), Some(&goal)),
            Status::TooFewFigures
        );
        // At or above target one figure is enough.
        let met = judge(Some((d(2026, 6, 30), 96.0)), Some(&goal), None, day);
        assert_eq!(
            (met.status, met.projection),
            (Status::Achieved, Projection::Met)
        );
    }

    #[test]
    fn a_judged_figure_below_target_carries_its_projection() {
        let day = d(2024, 1, 1);
        let goal = target(95.0, d(2026, 12, 31), false);
        let pts = [(d(2022, 12, 31), 92.0), (d(2023, 12, 31), 93.0)];
        let t = trend(&pts, day).unwrap();
        let j = judge(Some((d(2023, 12, 31), 93.0)), Some(&goal), Some(&t), day);
        assert_eq!(j.status, Status::OnTrack);
        assert_eq!(j.projection, Projection::Year(2025));
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
