//! The model the screens read: the dataset plus every figure derived from
//! it, computed once per load and indexed by locality. The types its fields
//! hold are defined here or below; what computes them (`derive`, `tally`,
//! `as_of`, `sorting`, …) sits above and fills them in.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::figures::{Figures, Progress, STATUSES};
use super::history::{History, Points};
use super::orders::{Level, Orders, SortKey, Sorted};
use super::point::Era;
use super::progress::Status;
use super::schema::{Directive, Locality, LocalityKind, Meta, Milestone, Record, Target};
use super::search_keys::OtherKey;

/// Units or documents by id: looked up for every parent, target and merger
/// of 100,000 units at each load, with a hash quicker than the default one
/// (the ids are the dataset's own, not anyone's attack).
pub(crate) type Ids = HashMap<String, usize, foldhash::fast::RandomState>;

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
    /// Never changed once derived: the histories name their records by
    /// index (`history`). Shared, so that the warm-start cache can be
    /// written from them after the screen has the model.
    pub localities: Arc<Vec<Locality>>,
    /// Parallel to `localities`.
    pub figures: Vec<Figures>,
    /// Parallel to `localities`: the name folded for diacritic-free search.
    pub search_keys: Arc<Vec<String>>,
    /// Parallel to `localities`: its aliases, and its name when it holds
    /// punctuation, as search compares them (empty for most units).
    pub(crate) other_keys: Arc<Vec<Vec<OtherKey>>>,
    pub children: Vec<Vec<usize>>,
    /// Parallel to `localities`: the units merged into each one.
    pub absorbed: Vec<Vec<usize>>,
    /// The top units, which head the Overview (see `tops.rs`): the nation
    /// when the data has one, else its highest units without a parent.
    pub tops: Vec<usize>,
    /// Parallel to `localities`: its parent's index.
    pub(crate) parents: Vec<Option<usize>>,
    /// The units each level lists, and each column's order.
    pub(crate) orders: Orders,
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
    pub(crate) past_counts: [Option<PastCounts>; 2],
    /// Per era and level: the columns that may stay empty and no unit
    /// listed fills (`BLANKABLE`), so the table gives their room to others.
    pub(crate) blank: HashMap<(Era, Level), Vec<SortKey>>,
    /// While an earlier day is shown, the figures as of `now`, so that
    /// coming back costs nothing.
    pub(crate) latest: Option<Box<Judged>>,
    pub(crate) by_id: Ids,
    pub(crate) directive_by_id: Ids,
    /// A fingerprint of the files this model was read from (the program,
    /// then each file's path, size, time and content hash), set by the
    /// reader that knows them: a reload whose files give the same one, on
    /// the same `now`, has nothing new to read. `None` when not taken.
    pub read_from: Option<u64>,
    /// How many records and population figures are dated after `now`:
    /// counted once as the model is derived, as the screens say it on
    /// start, when the rest of a large dataset is read and on each reload.
    pub(crate) left_out: usize,
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

    /// Unit `i`'s records, by date: none when there is no such unit.
    pub fn records(&self, i: usize) -> &[Record] {
        self.localities.get(i).map_or(&[], |l| l.records.as_slice())
    }

    /// Unit `i`'s points in `era` up to its judging day, by date: none
    /// when there is no such unit.
    pub fn points(&self, i: usize, era: Era) -> Points<'_> {
        static NONE: History = History::Records { from: 0, to: 0 };
        match self.progress(i, era) {
            Some(p) => p.points(self.records(i)),
            None => Points::new(&NONE, &[]),
        }
    }

    /// The day `level` stopped existing, when the current map has no unit
    /// of it and the former had some: the districts, from 1 July 2025.
    pub fn abolished_on(&self, era: Era, level: Level) -> Option<NaiveDate> {
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
        self.orders.members(era, Level::Province)
    }

    /// The units a level lists in an era, by name.
    pub fn units(&self, era: Era, level: Level) -> &[usize] {
        self.orders.members(era, level)
    }

    /// The levels the data has units of (in either era), which `c` cycles.
    pub fn levels(&self) -> Vec<Level> {
        Level::ALL
            .into_iter()
            .filter(|&l| !self.units(Era::Former, l).is_empty())
            .collect()
    }

    /// The units of a level in a column's ascending order, those without a
    /// value last.
    pub fn sorted(&self, era: Era, level: Level, key: SortKey) -> Option<&Sorted> {
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
    pub fn past_counts(&self, era: Era) -> Option<PastCounts> {
        self.past_counts[era as usize]
    }

    /// The columns no unit of this era and level fills, of those that may
    /// stay empty (`BLANKABLE`).
    pub fn blank_columns(&self, era: Era, level: Level) -> &[SortKey] {
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

/// What depends on the judging day, kept aside while another day is shown.
#[derive(Clone, Debug)]
pub struct Judged {
    pub(crate) figures: Vec<Figures>,
    pub(crate) sorted: HashMap<(Era, Level, SortKey), Sorted>,
    pub(crate) by_gap: [Vec<usize>; 2],
    pub(crate) statuses: [Vec<Status>; 2],
    pub(crate) status_counts: [[usize; STATUSES]; 2],
    pub(crate) past_counts: [Option<PastCounts>; 2],
    pub(crate) blank: HashMap<(Era, Level), Vec<SortKey>>,
}

/// How the units the Overview counts fared against the last target due:
/// the year of the top unit's last target due (else the latest year any
/// counted unit's is), and the units whose own last target due fell in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PastCounts {
    pub year: i32,
    pub met: usize,
    pub missed: usize,
    /// Reached only by an estimate (`Outcome::Estimated`): never met.
    pub estimated: usize,
    pub partial: usize,
    pub no_figure: usize,
}
