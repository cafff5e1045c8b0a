//! The model the screens read: the dataset plus every figure derived from it,
//! computed once per load and indexed by locality.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::progress::{Projection, Status, Trend};
use super::schema::{Directive, Locality, LocalityKind, Meta, Milestone, Target};
use super::verdict::{Outcome, Rule};

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
    /// by date.
    pub history: Vec<Point>,
    /// Index in `history` of the latest point shown: the latest complete one,
    /// else the latest partial roll-up (shown, marked, never judged).
    pub latest: Option<usize>,
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
    /// The numeric targets in force over time, for the chart.
    pub target_steps: Vec<TargetStep>,
    pub said: Option<Said>,
}

impl Progress {
    pub fn latest_point(&self) -> Option<&Point> {
        self.history.get(self.latest?)
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

    /// Complete points only: what the trend and chart lines are drawn from.
    pub fn judged_points(&self) -> impl Iterator<Item = &Point> {
        self.history.iter().filter(|p| !p.is_partial())
    }
}

#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub current: Progress,
    /// Differs from `current` only for a unit that absorbed others in the
    /// merger: its own former territory, before the merger.
    pub former: Option<Progress>,
}

impl Figures {
    pub fn get(&self, era: Era) -> &Progress {
        match era {
            Era::Former => self.former.as_ref().unwrap_or(&self.current),
            Era::Current => &self.current,
        }
    }
}

/// How many statuses there are.
pub const STATUSES: usize = Status::ALL.len();

/// The dataset and its derived figures, ready for the screens.
#[derive(Clone, Debug)]
pub struct Model {
    pub meta: Meta,
    /// The day every figure is judged on: the as-of day when one is set,
    /// else `now`. Nothing dated after it is used.
    pub today: NaiveDate,
    /// `--today` or the clock: the latest day the dataset can be judged on.
    pub now: NaiveDate,
    pub directives: Vec<Directive>,
    /// By date.
    pub milestones: Vec<Milestone>,
    pub targets: Vec<Target>,
    pub localities: Vec<Locality>,
    /// Parallel to `localities`.
    pub figures: Vec<Figures>,
    /// Parallel to `localities`: the name folded for diacritic-free search.
    pub search_keys: Vec<String>,
    /// Parallel to `localities`: its aliases, and its name when it holds
    /// punctuation, as search compares them (empty for most units).
    pub(crate) other_keys: Vec<Vec<super::search::OtherKey>>,
    pub children: Vec<Vec<usize>>,
    /// Parallel to `localities`: the units merged into each one.
    pub absorbed: Vec<Vec<usize>>,
    /// The top units, which head the Overview (see `tops.rs`): the nation
    /// when the data has one, else its highest units without a parent.
    pub tops: Vec<usize>,
    /// Parallel to `localities`: its parent's index.
    pub(crate) parents: Vec<Option<usize>>,
    /// The units each level lists, and each column's order.
    pub(crate) orders: super::orders::Orders,
    /// Parallel to `localities`: its own targets, by date.
    pub own_targets: Vec<Vec<usize>>,
    /// Parallel to `targets`: the day each counts from (its document's
    /// issue date), if known.
    pub(crate) target_set_on: Vec<Option<NaiveDate>>,
    /// Per era: the units the Overview counts (`Model::counted`) with a
    /// gap, furthest behind first.
    pub(crate) by_gap: [Vec<usize>; 2],
    /// Per era and locality: its status, packed so that filtering 100,000
    /// rows reads 100 KB rather than every locality's figures.
    pub(crate) statuses: [Vec<Status>; 2],
    /// Per era: how many of the units the Overview counts have each
    /// status, in `Status::ALL` order.
    pub(crate) status_counts: [[usize; STATUSES]; 2],
    /// Per era: how the provinces fared against the last target due.
    pub(crate) past_counts: [Option<super::tally::PastCounts>; 2],
    /// Per era and level: the columns that may stay empty and no unit
    /// listed fills (`BLANKABLE`), so the table gives their room to others.
    pub(crate) blank: HashMap<(Era, super::orders::Level), Vec<super::orders::SortKey>>,
    /// While an earlier day is shown, the figures as of `now`, so that
    /// coming back costs nothing.
    pub(crate) latest: Option<Box<super::as_of::Judged>>,
    pub(crate) by_id: HashMap<String, usize>,
    pub(crate) directive_by_id: HashMap<String, usize>,
}

impl Model {
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn locality(&self, i: usize) -> Option<&Locality> {
        self.localities.get(i)
    }

    /// The unit `i` belongs to, if any.
    pub fn parent(&self, i: usize) -> Option<usize> {
        self.parents.get(i).copied().flatten()
    }

    pub fn progress(&self, i: usize, era: Era) -> Option<&Progress> {
        self.figures.get(i).map(|f| f.get(era))
    }

    /// The day `level` stopped existing, when the current map has no unit
    /// of it and the former had some: the districts, from 1 July 2025.
    pub fn abolished_on(&self, era: Era, level: super::orders::Level) -> Option<NaiveDate> {
        if era != Era::Current || !self.orders.members(Era::Current, level).is_empty() {
            return None;
        }
        self.orders
            .members(Era::Former, level)
            .iter()
            .filter_map(|&i| self.locality(i)?.ceased_on())
            .min()
    }

    /// The provinces since 1 July 2025, or all provinces before it, by name.
    pub fn provinces(&self, era: Era) -> &[usize] {
        self.orders.members(era, super::orders::Level::Province)
    }

    /// The units a level lists in an era, by name.
    pub fn units(&self, era: Era, level: super::orders::Level) -> &[usize] {
        self.orders.members(era, level)
    }

    /// The levels the data has units of (in either era), which `c` cycles.
    pub fn levels(&self) -> Vec<super::orders::Level> {
        super::orders::Level::ALL
            .into_iter()
            .filter(|&l| !self.units(Era::Former, l).is_empty())
            .collect()
    }

    /// The units of a level in a column's ascending order, those without a
    /// value last.
    pub fn sorted(
        &self,
        era: Era,
        level: super::orders::Level,
        key: super::orders::SortKey,
    ) -> Option<&super::orders::Sorted> {
        self.orders.sorted(era, level, key)
    }

    /// The units the Overview counts with a gap, furthest behind first
    /// (the last are furthest ahead).
    pub fn by_gap(&self, era: Era) -> &[usize] {
        &self.by_gap[era as usize]
    }

    pub fn status(&self, i: usize, era: Era) -> Status {
        self.statuses[era as usize]
            .get(i)
            .copied()
            .unwrap_or_default()
    }

    pub fn status_counts(&self, era: Era) -> [usize; STATUSES] {
        self.status_counts[era as usize]
    }

    /// How the provinces fared against the last target due.
    pub fn past_counts(&self, era: Era) -> Option<super::tally::PastCounts> {
        self.past_counts[era as usize]
    }

    /// The columns no unit of this era and level fills, of those that may
    /// stay empty (`BLANKABLE`).
    pub fn blank_columns(
        &self,
        era: Era,
        level: super::orders::Level,
    ) -> &[super::orders::SortKey] {
        self.blank.get(&(era, level)).map_or(&[], Vec::as_slice)
    }

    /// A locality's own targets due after `date`, soonest first, among
    /// those already set on the judging day.
    pub fn own_targets_after(&self, i: usize, date: NaiveDate) -> impl Iterator<Item = &Target> {
        self.own_targets
            .get(i)
            .into_iter()
            .flatten()
            .filter_map(|&t| self.targets.get(t))
            .filter(move |t| t.by > date && self.target_is_set(t))
    }

    pub fn target(&self, i: Option<usize>) -> Option<&Target> {
        self.targets.get(i?)
    }

    pub fn directive(&self, id: &str) -> Option<&Directive> {
        self.directives.get(*self.directive_by_id.get(id)?)
    }

    /// The document that set a target, as officials cite it (`52-CT/TW`).
    pub fn target_code(&self, t: &Target) -> Option<&str> {
        Some(self.directive(&t.directive.as_ref()?.value)?.code.as_str())
    }

    /// The units that make up a locality, each with its depth in the list:
    /// in the current era a merged province's former self and the provinces
    /// merged into it (with their districts), then its own children.
    pub fn units_of(&self, i: usize, era: Era) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let absorbed = self.absorbed.get(i).map(Vec::as_slice).unwrap_or(&[]);
        if era == Era::Current && !absorbed.is_empty() {
            out.push((i, 0));
            for &a in absorbed {
                out.push((a, 0));
                out.extend(self.children.get(a).into_iter().flatten().map(|&c| (c, 1)));
            }
        }
        let depth = usize::from(!out.is_empty());
        out.extend(
            self.children
                .get(i)
                .into_iter()
                .flatten()
                .map(|&c| (c, depth)),
        );
        out
    }

    pub fn is_province(&self, i: usize) -> bool {
        self.localities
            .get(i)
            .is_some_and(|l| l.kind == LocalityKind::Province)
    }
}
