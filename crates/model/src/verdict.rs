//! The verdict on one target. Once its date has passed: met, or missed by
//! so many points, judged on the figure at that date. Before it: the pace
//! of the trend (achieved, on track, at risk, off track), or why there is
//! no such judgement. Status, projection and the reasons come out of one
//! computation, so that they never say different things.

use chrono::{Months, NaiveDate};

use super::point::Point;
use super::progress::{AT_RISK_POINTS, Projection, Status, Trend, is_stale, year_fraction};
use super::schema::Target;

mod ahead;
mod due;

use ahead::ahead;
pub use due::at_due;

/// A target whose date has passed is judged on the figure nearest that
/// date within this many months either side: reports are dated at month
/// or quarter ends, seldom on the day.
pub const DUE_WINDOW_MONTHS: u32 = 3;
/// A trend is not drawn further than this past the latest figure: beyond
/// it, only a newer figure can say where the unit stands.
pub const PROJECTION_HORIZON_MONTHS: u32 = 12;

/// A figure a verdict rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub date: NaiveDate,
    pub coverage: f64,
    /// The source's estimate (`ước thực hiện`): never meets a target.
    pub estimate: bool,
}

impl Figure {
    fn of(p: &Point) -> Self {
        Figure {
            date: p.date,
            coverage: p.coverage,
            estimate: p.estimate,
        }
    }
}

/// How a target whose date has passed was met.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    Met(Figure),
    /// The figure nearest the date reaches the target, but is the
    /// source's estimate: met only once an official figure says so.
    Estimated(Figure),
    /// Missed by `by` points (the target less the figure; zero for a
    /// strict target met exactly, which is not above it).
    Missed {
        figure: Figure,
        by: f64,
    },
    /// Only a partial roll-up near the date: it stands for part of the unit.
    PartialOnly(Figure),
    /// No figure between `from` and `until`.
    NoFigure {
        from: NaiveDate,
        until: NaiveDate,
    },
}

impl Outcome {
    /// Met first, then missed by the least, the most, partial, none: the
    /// order of `SortKey::Past` from best to worst is the other way round.
    pub fn points(self, goal: f64) -> Option<f64> {
        match self {
            Outcome::Met(f) => Some(f.coverage - goal),
            // Neither met nor missed until the official figure: not
            // ranked among those that were.
            Outcome::Estimated(_) => None,
            Outcome::Missed { by, .. } => Some(-by),
            Outcome::PartialOnly(_) | Outcome::NoFigure { .. } => None,
        }
    }
}

/// What decided a verdict, with the numbers that decided it. The words
/// are the presentation layer's; this is what they say.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Rule {
    /// No figure up to the judging day.
    #[default]
    NoFigure,
    /// The source gives coverage only in words, later than any figure.
    WordsOnly { date: NaiveDate },
    /// Only a partial roll-up or a predecessor's figure.
    PartialOnly(Figure),
    /// The latest figure is older than `limit`.
    Stale { latest: Figure, limit: NaiveDate },
    /// No target in force.
    NoTarget,
    /// A target in words only (`toàn dân`): nothing to measure against.
    TargetInWords,
    /// The target's date has passed.
    AtDue(Outcome),
    /// The latest figure meets the target, and the trend, if any, stays
    /// up to its date.
    Meets { latest: Figure },
    /// As `Meets`, but the latest figure is the source's estimate: on
    /// track, not achieved, until an official figure confirms it.
    EstimateMeets { latest: Figure },
    /// The latest figure meets the target, but the trend falls below it
    /// on `on`, before the target's date.
    FallsBelow { latest: Figure, on: NaiveDate },
    /// The latest figure meets the target, but with no trend to carry it
    /// and the target's date past `horizon`: one figure says nothing of
    /// where the unit stands that far from it.
    MetLongBefore { latest: Figure, horizon: NaiveDate },
    /// Below the target with too few figures for a trend.
    TooFew { latest: Figure },
    /// The trend reaches the target on `on`, by its date and within the
    /// horizon.
    Reaches { latest: Figure, on: NaiveDate },
    /// The trend would cross the target on `on`, by its date but past
    /// `horizon`: too far from the latest figure to say.
    BeyondHorizon {
        latest: Figure,
        on: NaiveDate,
        horizon: NaiveDate,
    },
    /// The trend misses: at the target's date it stands at `expected`. It
    /// reaches the target later on `on`, when that is within the horizon.
    Misses {
        latest: Figure,
        expected: f64,
        on: Option<NaiveDate>,
    },
}

/// One target judged: the status, the projection and the rule that gave
/// both.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub status: Status,
    pub projection: Projection,
    pub rule: Rule,
}

impl Verdict {
    fn of(status: Status, rule: Rule) -> Self {
        Verdict {
            status,
            projection: Projection::None,
            rule,
        }
    }

    /// The outcome of a target whose date has passed.
    pub fn outcome(&self) -> Option<Outcome> {
        match self.rule {
            Rule::AtDue(o) => Some(o),
            _ => None,
        }
    }
}

/// What a unit's figures give a verdict, up to its judging day.
pub struct Evidence<'a> {
    /// By date, none after the judging day.
    pub history: &'a [Point],
    pub trend: Option<&'a Trend>,
    /// The date of words that stand in for a figure (`gần 95 %`).
    pub words: Option<NaiveDate>,
}

impl Evidence<'_> {
    fn latest_complete(&self) -> Option<&Point> {
        self.history.iter().rev().find(|p| !p.is_partial())
    }
}

/// The first day of a fractional year (2026.5 is about 2 July 2026).
pub fn date_of(year: f64) -> Option<NaiveDate> {
    if !year.is_finite() || !(1.0..=9999.0).contains(&year) {
        return None;
    }
    let whole = year.floor() as i32;
    let start = NaiveDate::from_ymd_opt(whole, 1, 1)?;
    let days = if start.leap_year() { 366.0 } else { 365.0 };
    let offset = ((year - f64::from(whole)) * days).floor() as u64;
    start.checked_add_days(chrono::Days::new(offset))
}

/// The day the trend line reaches `level`, going the way of its slope;
/// none for a line too flat to reach it.
fn crossing(t: &Trend, level: f64) -> Option<NaiveDate> {
    if t.slope.abs() <= 1e-9 {
        return None;
    }
    date_of(t.mean_year + (level - t.mean_coverage) / t.slope)
}

/// Judges the figures against one target on `day`.
pub fn judge(evidence: &Evidence<'_>, target: Option<&Target>, day: NaiveDate) -> Verdict {
    // A target whose date has passed is judged on the figures at its date,
    // whatever came after.
    if let Some(t) = target.filter(|t| t.by <= day && t.coverage.is_some()) {
        let outcome = at_due(evidence.history, t);
        let status = match outcome {
            Outcome::Met(_) => Status::Achieved,
            // The date has passed and only an estimate says it was met:
            // what is missing is the official figure.
            Outcome::Estimated(_) => Status::NeedsNewer,
            Outcome::Missed { .. } => Status::OffTrack,
            Outcome::PartialOnly(_) => Status::Partial,
            Outcome::NoFigure { .. } => Status::NoData,
        };
        return Verdict::of(status, Rule::AtDue(outcome));
    }
    if let Some(date) = evidence.words {
        return Verdict::of(Status::InWords, Rule::WordsOnly { date });
    }
    let Some(latest) = evidence.latest_complete().map(Figure::of) else {
        return match evidence.history.last() {
            Some(p) => Verdict::of(Status::Partial, Rule::PartialOnly(Figure::of(p))),
            None => Verdict::of(Status::NoData, Rule::NoFigure),
        };
    };
    let Some(target) = target else {
        return stale_or(latest, day, Verdict::of(Status::NoTarget, Rule::NoTarget));
    };
    let Some(goal) = target.coverage else {
        return stale_or(
            latest,
            day,
            Verdict::of(Status::NoTarget, Rule::TargetInWords),
        );
    };
    stale_or(
        latest,
        day,
        ahead(latest, evidence.trend, target, goal, day),
    )
}

/// `verdict`, unless the latest figure is too old to judge on.
fn stale_or(latest: Figure, day: NaiveDate, verdict: Verdict) -> Verdict {
    if is_stale(latest.date, day) {
        let limit = day
            .checked_sub_months(Months::new(super::progress::STALE_MONTHS))
            .unwrap_or(day);
        return Verdict::of(Status::Stale, Rule::Stale { latest, limit });
    }
    verdict
}

#[cfg(test)]
#[path = "verdict_tests.rs"]
mod tests;
