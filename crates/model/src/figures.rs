//! What is derived for one locality in one era, as of its judging day:
//! its history, target, gap, pace, projection and verdict.

use chrono::NaiveDate;

use super::history::{History, Points};
use super::point::{Era, Point, Said, TargetStep};
use super::progress::{Projection, Status, Trend};
use super::schema::Record;
use super::verdict::{Outcome, Rule};

/// A target whose date has passed, and whether it was met.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Past {
    /// Index into `Model::targets`.
    pub target: usize,
    pub outcome: Outcome,
}

/// Everything derived for one locality in one era, as of its judging day.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    /// Coverage over time up to the judging day, own and rolled-up points,
    /// by date: read with the unit's records (`points`).
    pub history: History,
    /// Index in `history` of the latest point shown: the latest complete one,
    /// else the latest partial roll-up (shown, marked, never judged).
    /// (A history's points are numbered in 32 bits, as its records are.)
    pub latest: Option<u32>,
    /// That point, kept whole: read for every unit by sorts, counts and
    /// tables.
    pub shown: Option<Point>,
    /// The next target in force (index into `Model::targets`), numeric or not.
    pub target: Option<usize>,
    /// The numeric target status is judged against.
    pub numeric_target: Option<usize>,
    /// Latest coverage minus target, in points: negative is behind. Only for
    /// a complete figure against a numeric target. Every reader, from the
    /// sort to the exports, takes it with this sign.
    pub gap: Option<f64>,
    pub trend: Option<Trend>,
    /// The change from the same period a year before the latest figure.
    pub year_on_year: Option<super::period::YearOnYear>,
    /// The change since the first figure after the directive behind the
    /// target in force was issued; none when that target names no document.
    pub since_directive: Option<super::period::Since>,
    pub projection: Projection,
    pub status: Status,
    /// What decided `status` and `projection`, with its numbers.
    pub rule: Rule,
    /// The verdict on the last target whose date has passed.
    pub past: Option<Past>,
    pub stale: bool,
    /// The day figures are judged on: the judging day, or a ceased unit's
    /// last day.
    pub judged_on: NaiveDate,
    /// The unit had ceased (merged or abolished) by the judging day, so it
    /// is judged as of its last day.
    pub ceased: bool,
    /// The numeric targets in force over time, for the chart. Shared by
    /// the units whose steps are the same: at 100,000 communes under the
    /// nation's targets, one list rather than 100,000.
    pub target_steps: std::sync::Arc<[TargetStep]>,
    /// Boxed: words stand in for a figure on few units.
    pub said: Option<Box<Said>>,
    /// The population nearest the judging day, from the unit's records
    /// and population entries of the territory this history stands for.
    pub population: Option<super::population::Population>,
}

impl Progress {
    pub fn latest_point(&self) -> Option<&Point> {
        self.shown.as_ref()
    }

    /// The history read with the unit's records (`Model::points` finds
    /// them).
    pub fn points<'a>(&'a self, records: &'a [Record]) -> Points<'a> {
        Points::new(&self.history, records)
    }

    pub fn coverage(&self) -> Option<f64> {
        self.latest_point().map(|p| p.coverage)
    }

    /// The date of what stands in the coverage column: the source's words
    /// when they stand in for a figure, else the latest point.
    pub fn shown_date(&self) -> Option<NaiveDate> {
        match &self.said {
            Some(said) => Some(said.date),
            None => self.latest_point().map(|p| p.date),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub current: Progress,
    /// Differs from `current` only for a unit that absorbed others in the
    /// merger: its own former territory, before the merger. Boxed: 34 units
    /// of 100,000 have one.
    pub former: Option<Box<Progress>>,
}

impl Figures {
    pub fn get(&self, era: Era) -> &Progress {
        match era {
            Era::Former => self.former.as_deref().unwrap_or(&self.current),
            Era::Current => &self.current,
        }
    }
}

/// How many statuses there are.
pub const STATUSES: usize = Status::ALL.len();

#[cfg(test)]
mod tests {
    /// 100,000 units hold one each (and the 34 that absorbed others a
    /// second): its target steps shared, its rare words boxed, the latest
    /// point's index in 32 bits. Growing it is a choice to make here.
    #[test]
    fn a_unit_s_judged_figures_stay_small() {
        assert_eq!(std::mem::size_of::<super::Progress>(), 360);
    }
}
