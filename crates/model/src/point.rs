//! A locality's coverage on one date and where it comes from, and the
//! plain values derived figures are made of: the era of a map, a target's
//! days in force, coverage given only in words.

use chrono::NaiveDate;

/// Which map of the provinces a figure belongs to: the 34 units since
/// 1 July 2025, or the 63 before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Era {
    #[default]
    Current = 0,
    Former = 1,
}

/// Where a point of a locality's history comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// One of the locality's own records (index into `Locality::records`).
    Own(usize),
    /// A population-weighted average of its parts at that date.
    RolledUp(Rollup),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rollup {
    /// Parts with a figure at that date, and parts in all.
    pub with_figures: usize,
    pub parts: usize,
    /// Share of the parts' population that the figures cover, when known.
    pub population_share: Option<f64>,
    /// Stands for only some of the whole: shown, marked, never used to
    /// judge status.
    pub partial: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub date: NaiveDate,
    pub coverage: f64,
    pub participants: Option<u64>,
    pub population: Option<u64>,
    /// The plan assigned (`Kế hoạch giao`), in people.
    pub plan: Option<u64>,
    /// The share of the plan achieved (`% KH`).
    pub plan_share: Option<super::plan::Share>,
    pub origin: Origin,
    /// The source's estimate (`ước thực hiện`), or a roll-up of parts of
    /// which one is: shown `≈`, never taken to meet a target.
    pub estimate: bool,
}

impl Point {
    pub fn is_derived(&self) -> bool {
        matches!(self.origin, Origin::RolledUp(_))
    }

    pub fn is_partial(&self) -> bool {
        matches!(self.origin, Origin::RolledUp(r) if r.partial)
    }
}

/// A numeric target over the days it was in force: from the day it was set
/// (its document's date) or the previous target's date, to its own date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetStep {
    /// Index into `Model::targets`.
    pub target: usize,
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub coverage: f64,
}

/// Coverage a record gives only in words ("gần 95 %"), later than any figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub date: NaiveDate,
    pub words: String,
    /// Index into `Locality::records`: where the words come from.
    pub record: usize,
}
