//! Progress toward a target: the least-squares trend, the year it reaches the
//! target, and the status an official reads.

use chrono::{Datelike, NaiveDate};

/// Records older than this before the latest one do not shape the trend.
pub const TREND_YEARS: i32 = 5;
/// A trend that misses its target by less than this is "at risk", not "off track".
pub const AT_RISK_POINTS: f64 = 2.0;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Achieved,
    OnTrack,
    AtRisk,
    OffTrack,
    #[default]
    NoData,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NoData,
    ];
}

/// A straight line through (year, coverage) points, in points per year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub slope: f64,
    /// The line passes through (mean_year, mean_coverage).
    pub mean_year: f64,
    pub mean_coverage: f64,
    pub points: usize,
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

/// Least squares through the points of the last `TREND_YEARS` years before
/// the latest one; none when fewer than two points or all on one date.
pub fn trend(points: &[(NaiveDate, f64)]) -> Option<Trend> {
    let latest = points.iter().map(|(d, _)| *d).max()?;
    let from = latest
        .with_year(latest.year() - TREND_YEARS)
        .unwrap_or(latest);
    let window: Vec<(f64, f64)> = points
        .iter()
        .filter(|(d, _)| *d >= from)
        .map(|(d, c)| (year_fraction(*d), *c))
        .collect();
    if window.len() < 2 {
        return None;
    }
    let n = window.len() as f64;
    let mean_year = window.iter().map(|(x, _)| x).sum::<f64>() / n;
    let mean_coverage = window.iter().map(|(_, y)| y).sum::<f64>() / n;
    let sxx: f64 = window.iter().map(|(x, _)| (x - mean_year).powi(2)).sum();
    if sxx <= f64::EPSILON {
        return None;
    }
    let sxy: f64 = window
        .iter()
        .map(|(x, y)| (x - mean_year) * (y - mean_coverage))
        .sum();
    Some(Trend {
        slope: sxy / sxx,
        mean_year,
        mean_coverage,
        points: window.len(),
    })
}

/// The calendar year in which the trend reaches `target`; none when the trend
/// is flat or falling. A line already above the target while the latest
/// figure is below it gives the latest figure's year.
pub fn projected_year(trend: Option<&Trend>, target: f64, latest: NaiveDate) -> Option<i32> {
    let t = trend?;
    if t.slope <= 1e-9 {
        return None;
    }
    let year = t.mean_year + (target - t.mean_coverage) / t.slope;
    let year = year.max(year_fraction(latest));
    // Beyond this a projection says nothing an official can use.
    if year > 9999.0 {
        return None;
    }
    Some(year.floor() as i32)
}

/// Status of a latest figure against a numeric target due `by`, judged `today`.
pub fn status(
    latest: Option<f64>,
    target: Option<(f64, NaiveDate)>,
    trend: Option<&Trend>,
    today: NaiveDate,
) -> Status {
    let (Some(latest), Some((target, by))) = (latest, target) else {
        return Status::NoData;
    };
    if latest >= target {
        return Status::Achieved;
    }
    if by < today {
        return Status::OffTrack;
    }
    // Without a trend the figure is taken as flat: it misses by its gap.
    let expected = trend.map_or(latest, |t| t.at(year_fraction(by)));
    if expected >= target {
        Status::OnTrack
    } else if target - expected < AT_RISK_POINTS {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn trend_is_least_squares_over_the_last_five_years() {
        // Year-ends 2020..2023 at 90, 91, 92, 93: one point a year, slope 1.
        // 2015 at 50 lies more than five years before 2023 and is left out,
        // or the slope would be far steeper.
        let pts = [
            (d(2015, 12, 31), 50.0),
            (d(2020, 12, 31), 90.0),
            (d(2021, 12, 31), 91.0),
            (d(2022, 12, 31), 92.0),
            (d(2023, 12, 31), 93.0),
        ];
        let t = trend(&pts).unwrap();
        assert_eq!(t.points, 4);
        assert!((t.slope - 1.0).abs() < 0.01, "slope {}", t.slope);
    }

    #[test]
    fn one_point_or_one_date_gives_no_trend() {
        assert!(trend(&[(d(2023, 12, 31), 93.0)]).is_none());
        assert!(trend(&[(d(2023, 12, 31), 93.0), (d(2023, 12, 31), 94.0)]).is_none());
    }

    #[test]
    fn projection_is_the_year_the_line_reaches_the_target() {
        // 93 at end 2023 rising 1 point a year reaches 95 two years later,
        // at the end of 2025: the year is 2025 (2025.99…).
        let pts = [(d(2022, 12, 31), 92.0), (d(2023, 12, 31), 93.0)];
        let t = trend(&pts).unwrap();
        assert_eq!(projected_year(Some(&t), 95.0, d(2023, 12, 31)), Some(2025));
        // A falling line never reaches it.
        let falling = trend(&[(d(2022, 12, 31), 93.0), (d(2023, 12, 31), 92.0)]).unwrap();
        assert_eq!(projected_year(Some(&falling), 95.0, d(2023, 12, 31)), None);
    }

    #[test]
    fn status_follows_the_trend_to_the_deadline() {
        let today = d(2026, 11, 23);
        let by = d(2026, 12, 31);
        // At 95.2 against 95: achieved.
        assert_eq!(
            status(Some(95.2), Some((95.0, by)), None, today),
            Status::Achieved
        );
        // 94 in 2024, rising 1 a year: about 96 by end 2026 → on track.
        let rising = trend(&[(d(2023, 12, 31), 93.0), (d(2024, 12, 31), 94.0)]).unwrap();
        assert_eq!(
            status(Some(94.0), Some((95.0, by)), Some(&rising), today),
            Status::OnTrack
        );
        // Flat at 93.5: misses by 1.5 < 2 → at risk; flat at 92: misses by 3 → off track.
        assert_eq!(
            status(Some(93.5), Some((95.0, by)), None, today),
            Status::AtRisk
        );
        assert_eq!(
            status(Some(92.0), Some((95.0, by)), None, today),
            Status::OffTrack
        );
        // A deadline already past and not met: off track whatever the trend.
        assert_eq!(
            status(
                Some(94.9),
                Some((95.0, d(2025, 12, 31))),
                Some(&rising),
                today
            ),
            Status::OffTrack
        );
        assert_eq!(status(None, Some((95.0, by)), None, today), Status::NoData);
    }
}
