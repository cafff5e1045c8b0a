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

/// One column's orders, kept as one list: the members by rising value,
/// ties by name, units without a value last, with where each run of equal
/// values starts. The falling order is those runs taken from the last,
/// each still in name order, the units without a value still last. Units
/// as `u32` and a bit each, where two lists took 8 bytes a unit: 52 orders
/// of up to 100,000 units are kept per load.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sorted {
    rising: Vec<u32>,
    /// How many of `rising` have a value: the runs are among these.
    valued: usize,
    /// Bit `k` set: `rising[k]` starts a run of equal values.
    run_starts: Vec<u64>,
    /// The name column: falling is the rising order reversed, whole.
    reversed_whole: bool,
}

impl Sorted {
    /// The orders of `rising` (value, name rank, unit), sorted, followed
    /// by the units `missing` a value, in name order.
    pub(crate) fn of(rising: &[(u64, u32, u32)], missing: &[u32]) -> Self {
        let mut run_starts = vec![0u64; rising.len().div_ceil(64)];
        let mut last = None;
        for (k, &(value, _, _)) in rising.iter().enumerate() {
            if last != Some(value)
                && let Some(word) = run_starts.get_mut(k / 64)
            {
                *word |= 1 << (k % 64);
            }
            last = Some(value);
        }
        let mut units = Vec::with_capacity(rising.len() + missing.len());
        units.extend(rising.iter().map(|&(_, _, i)| i));
        units.extend_from_slice(missing);
        Sorted {
            rising: units,
            valued: rising.len(),
            run_starts,
            reversed_whole: false,
        }
    }

    /// `of`, with the falling order the rising one reversed, whole (the
    /// name column, whose units without a value come first falling).
    pub(crate) fn reversed_whole(rising: &[(u64, u32, u32)], missing: &[u32]) -> Self {
        Sorted {
            reversed_whole: true,
            ..Sorted::of(rising, missing)
        }
    }

    /// The units in one direction's order.
    pub fn order(&self, descending: bool) -> Order<'_> {
        match (descending, self.reversed_whole) {
            (false, _) => Order::Rising(self.rising.iter()),
            (true, true) => Order::Reversed(self.rising.iter().rev()),
            (true, false) => Order::Falling {
                sorted: self,
                run: 0..0,
                runs_end: self.valued,
                missing: self.valued,
            },
        }
    }

    /// The start of the run that ends at `end` (> 0): the last run start
    /// before it.
    fn run_start_before(&self, end: usize) -> usize {
        let last = end - 1;
        let (mut word, bit) = (last / 64, last % 64);
        // The bits at and below `last` in its word, then whole words down.
        let mut bits = self
            .run_starts
            .get(word)
            .map_or(0, |w| w & (u64::MAX >> (63 - bit)));
        loop {
            if bits != 0 {
                return word * 64 + 63 - bits.leading_zeros() as usize;
            }
            if word == 0 {
                return 0;
            }
            word -= 1;
            bits = self.run_starts.get(word).copied().unwrap_or(0);
        }
    }
}

/// A column's units in one direction (`Sorted::order`).
pub enum Order<'a> {
    Rising(std::slice::Iter<'a, u32>),
    Reversed(std::iter::Rev<std::slice::Iter<'a, u32>>),
    /// The runs of `sorted` from the last (`runs_end` is where the next
    /// one ends), `run` the rest of the current one, then the units from
    /// `missing` on.
    Falling {
        sorted: &'a Sorted,
        run: std::ops::Range<usize>,
        runs_end: usize,
        missing: usize,
    },
}

impl Iterator for Order<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let unit = match self {
            Order::Rising(units) => units.next().copied(),
            Order::Reversed(units) => units.next().copied(),
            Order::Falling {
                sorted,
                run,
                runs_end,
                missing,
            } => {
                if run.start == run.end && *runs_end > 0 {
                    let start = sorted.run_start_before(*runs_end);
                    *run = start..*runs_end;
                    *runs_end = start;
                }
                let k = match run.next() {
                    Some(k) => k,
                    None => {
                        *missing += 1;
                        *missing - 1
                    }
                };
                sorted.rising.get(k).copied()
            }
        };
        unit.map(|i| i as usize)
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

#[cfg(test)]
mod tests {
    use super::{Level, SortKey};
    use crate::point::Era;

    fn bundled() -> crate::Model {
        let loaded = crate::load_files(crate::bundled::files()).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        crate::derive_when_asked(loaded.dataset, today)
    }

    #[test]
    fn an_order_asked_for_is_kept_and_an_earlier_day_judged_leaves_it_for_the_latest() {
        let mut m = bundled();
        let at = (Era::Current, Level::Province, SortKey::Gap);
        assert_eq!(m.sorted(at.0, at.1, at.2), None, "built only when asked");
        m.ensure_sorted(at.0, at.1, at.2);
        let built = crate::sorting::sort(&m, &m.orders, at.0, at.1, at.2);
        assert_eq!(built.order(false).count(), 34);
        assert_eq!(m.sorted(at.0, at.1, at.2), Some(&built));
        // An earlier day's figures order the units otherwise: the latest
        // order is set aside, and back with the latest figures.
        m.set_as_of(chrono::NaiveDate::from_ymd_opt(2024, 12, 31));
        assert_eq!(m.sorted(at.0, at.1, at.2), None);
        m.set_as_of(None);
        assert_eq!(m.sorted(at.0, at.1, at.2), Some(&built));
    }

    #[test]
    fn every_level_listed_has_its_blank_columns_worked_out() {
        let m = bundled();
        let groups: Vec<_> = m.orders.groups().map(|(at, _)| *at).collect();
        assert!(
            groups.contains(&(Era::Current, Level::Province)),
            "{groups:?}"
        );
        for at in groups {
            assert!(m.blank.contains_key(&at), "{at:?}");
        }
    }

    #[test]
    fn a_key_s_index_is_its_place_in_the_cycle() {
        for (i, key) in SortKey::ALL.iter().enumerate() {
            assert_eq!(key.index(), i, "{key:?}");
        }
    }

    #[test]
    fn only_counts_of_people_sort_largest_first_when_first_chosen() {
        let falling: Vec<SortKey> = SortKey::ALL
            .into_iter()
            .filter(|k| k.natural_descending())
            .collect();
        assert_eq!(falling, [SortKey::Participants, SortKey::Population]);
    }
}
