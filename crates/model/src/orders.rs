//! The orders the locality table can show, computed once at load: which
//! units each level lists, and each column's ascending order. A key press
//! then picks an order instead of sorting 100,000 rows.

use std::collections::HashMap;

use super::point::Era;
use super::schema::LocalityKind;

/// The columns the table can be sorted by, in the order `s` cycles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    Name,
    Coverage,
    Target,
    #[default]
    Gap,
    Trend,
    /// The change from the same period a year before.
    YearOnYear,
    Projected,
    Participants,
    Population,
    /// The share of the plan assigned achieved (`% KH`).
    Plan,
    Status,
    /// The verdict on the last target due: points above or below it.
    Past,
    Date,
}

impl SortKey {
    pub const ALL: [SortKey; 13] = [
        SortKey::Name,
        SortKey::Coverage,
        SortKey::Target,
        SortKey::Gap,
        SortKey::Trend,
        SortKey::YearOnYear,
        SortKey::Projected,
        SortKey::Participants,
        SortKey::Population,
        SortKey::Plan,
        SortKey::Status,
        SortKey::Past,
        SortKey::Date,
    ];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The direction that answers "who is behind" first: the largest
    /// populations; names A→Z, the most negative gap (coverage − target),
    /// the lowest coverage and share of the plan, the oldest figure.
    pub fn natural_descending(self) -> bool {
        matches!(self, SortKey::Participants | SortKey::Population)
    }
}

/// Which units the table lists.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Level {
    #[default]
    Province,
    District,
    Commune,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Province, Level::District, Level::Commune];

    pub fn kind(self) -> LocalityKind {
        match self {
            Level::Province => LocalityKind::Province,
            Level::District => LocalityKind::District,
            Level::Commune => LocalityKind::Commune,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Orders {
    /// Per era and level: the units listed, by name. They do not change with
    /// the judging day.
    pub(crate) members: HashMap<(Era, Level), Vec<usize>>,
    /// Each unit's place in name order, so that ties break by name cheaply.
    pub(crate) name_rank: Vec<u32>,
    /// Per era, level and column: the members ascending, units without a
    /// value last; ties by name. Each is built when first asked for
    /// (`Model::ensure_sorted`), and again after a change of judging day.
    pub(crate) sorted: HashMap<(Era, Level, SortKey), Sorted>,
}

/// One column's orders. Units without a value come last in both; ties
/// keep name order in both.
/// Units as `u32`: 52 orders of up to 100,000 units are kept per load.
#[derive(Clone, Debug, Default)]
pub struct Sorted {
    pub ascending: Vec<u32>,
    pub descending: Vec<u32>,
}

impl Sorted {
    /// The units in one direction's order.
    pub fn order(&self, descending: bool) -> impl Iterator<Item = usize> + '_ {
        let order = if descending {
            &self.descending
        } else {
            &self.ascending
        };
        order.iter().map(|&i| i as usize)
    }
}

impl Orders {
    /// Every era and level with the units it lists.
    pub fn groups(&self) -> impl Iterator<Item = (&(Era, Level), &Vec<usize>)> {
        self.members.iter()
    }

    pub fn members(&self, era: Era, level: Level) -> &[usize] {
        self.members.get(&(era, level)).map_or(&[], Vec::as_slice)
    }

    pub fn sorted(&self, era: Era, level: Level, key: SortKey) -> Option<&Sorted> {
        self.sorted.get(&(era, level, key))
    }

    /// The sorted orders, taken away: they hold for one judging day only.
    pub fn take_sorted(&mut self) -> HashMap<(Era, Level, SortKey), Sorted> {
        std::mem::take(&mut self.sorted)
    }

    pub fn insert_sorted(&mut self, at: (Era, Level, SortKey), sorted: Sorted) {
        self.sorted.insert(at, sorted);
    }

    pub fn put_sorted(&mut self, sorted: HashMap<(Era, Level, SortKey), Sorted>) {
        self.sorted = sorted;
    }
}
