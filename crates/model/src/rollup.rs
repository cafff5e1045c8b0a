//! Each locality's coverage history: its own records, and population-weighted
//! roll-ups of its children, or (before 1 July 2025) of the provinces merged
//! into it, marked partial when they stand for only part of the whole.

use std::cmp::Reverse;
use std::collections::BTreeSet;

use chrono::NaiveDate;
use rayon::prelude::*;

mod own;
mod weighted;

use super::history::{History, Points};
use super::model::Model;
use super::point::Point;
use own::{own_history, own_points};
use weighted::{PartSet, weight};

/// Each locality's history for the current era and, for a unit that
/// absorbed others, for its former territory.
pub struct Histories(pub Vec<(History, Option<History>)>);

impl Histories {
    pub fn build(m: &Model, parent: &[Option<usize>]) -> Self {
        Histories::build_with(m, parent, true)
    }

    /// `build`, its plain units of a depth on every core or, for the test
    /// that the two agree, every unit one at a time.
    fn build_with(m: &Model, parent: &[Option<usize>], levels_on_every_core: bool) -> Self {
        let n = m.localities.len();
        let depth = depths(parent);
        // A unit with no parts has its own points for history, whatever
        // the others': 99 % of them at 100,000 localities, on every core,
        // each into its own place.
        let is_leaf = |i: usize| {
            m.children.get(i).is_none_or(Vec::is_empty)
                && m.absorbed.get(i).is_none_or(Vec::is_empty)
        };
        let mut h = Histories(vec![(History::default(), None); n]);
        h.0.par_iter_mut().enumerate().for_each(|(i, slot)| {
            if is_leaf(i) {
                slot.0 = own_history(m, i);
            }
        });
        // Parts before wholes: deeper units first, and a merged unit before
        // the one it was merged into. Only the units with parts are put in
        // that order (a stable sort: as they stand in the order of all).
        let mut parents: Vec<usize> = (0..n).filter(|&i| !is_leaf(i)).collect();
        parents.sort_by_key(|&i| {
            let merged = m.localities.get(i).is_some_and(|l| l.merged_into.is_some());
            (Reverse(depth.get(i).copied().unwrap_or(0)), Reverse(merged))
        });
        // A unit that neither merged nor absorbed others reads only its
        // children's histories, all deeper: the units of one depth are
        // rolled up on every core (most are districts, each of some thirty
        // communes). The others come first, one at a time, in the order
        // above: a merger's roll-ups read the former territory's own.
        let plain = |i: usize| {
            levels_on_every_core
                && m.absorbed.get(i).is_none_or(Vec::is_empty)
                && m.localities.get(i).is_some_and(|l| l.merged_into.is_none())
        };
        let depth_of = |i: usize| depth.get(i).copied().unwrap_or(0);
        for level in parents.chunk_by(|&a, &b| depth_of(a) == depth_of(b)) {
            for &i in level.iter().filter(|&&i| !plain(i)) {
                h.place(m, i);
            }
            let rolled: Vec<(usize, History)> = level
                .par_iter()
                .filter(|&&i| plain(i))
                .map(|&i| {
                    let mut history = own_points(m, i);
                    h.add_child_rollups(m, i, &mut history, |_| true);
                    (i, History::of(history, m.records(i)))
                })
                .collect();
            for (i, history) in rolled {
                if let Some(slot) = h.0.get_mut(i) {
                    *slot = (history, None);
                }
            }
        }
        h
    }

    /// Builds unit `i`'s histories from its own points and its parts',
    /// which are built already.
    fn place(&mut self, m: &Model, i: usize) {
        let own = own_points(m, i);
        let absorbed = m.absorbed.get(i).map(Vec::as_slice).unwrap_or(&[]);
        let merger = absorbed
            .iter()
            .filter_map(|&a| m.localities.get(a)?.merged_on)
            .min();
        let records = m.records(i);
        let entry = match merger {
            None => {
                let mut history = own;
                self.add_child_rollups(m, i, &mut history, |_| true);
                (History::of(history, records), None)
            }
            Some(merged_on) => {
                let (before, after): (Vec<Point>, Vec<Point>) =
                    own.into_iter().partition(|p| p.date < merged_on);
                let mut former = before;
                self.add_child_rollups(m, i, &mut former, |d| d < merged_on);
                let former = History::of(former, records);
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = Some(former.clone());
                }
                let mut current = after;
                self.add_child_rollups(m, i, &mut current, |d| d >= merged_on);
                self.add_merger_rollups(m, i, absorbed, merged_on, &mut current);
                (History::of(current, records), Some(former))
            }
        };
        if let Some(slot) = self.0.get_mut(i) {
            *slot = entry;
        }
    }

    /// The complete point of locality `c` at date `d`, in the era that date
    /// belongs to for it.
    fn point_at(&self, m: &Model, c: usize, d: NaiveDate) -> Option<Point> {
        let (current, former) = self.0.get(c)?;
        let history = match (former, merger_date(m, c)) {
            (Some(f), Some(on)) if d < on => f,
            _ => current,
        };
        Points::new(history, m.records(c)).complete_at(d)
    }

    /// Unit `c`'s histories, both when it has a former one, each with its
    /// records: read a point at a time, so that a date can be compared
    /// before the point is worked out.
    fn views_of<'a>(&'a self, m: &'a Model, c: usize) -> impl Iterator<Item = Points<'a>> + 'a {
        let records = m.records(c);
        self.0
            .get(c)
            .into_iter()
            .flat_map(|(cur, former)| std::iter::once(cur).chain(former))
            .map(move |h| Points::new(h, records))
    }

    fn add_child_rollups(
        &self,
        m: &Model,
        i: usize,
        history: &mut Vec<Point>,
        in_era: impl Fn(NaiveDate) -> bool,
    ) {
        let kids = m.children.get(i).map(Vec::as_slice).unwrap_or(&[]);
        if kids.is_empty() {
            return;
        }
        // Own points without a plan figure, which the children's plans may
        // fill; the other own dates need no roll-up at all.
        let (mut own, mut planless) = (BTreeSet::new(), BTreeSet::new());
        for p in history.iter() {
            own.insert(p.date);
            if p.plan().is_none() && p.plan_share.is_none() {
                planless.insert(p.date);
            }
        }
        let dates: BTreeSet<NaiveDate> = kids
            .iter()
            .flat_map(|&c| self.views_of(m, c))
            .flat_map(|v| (0..v.len()).map(move |k| (v, k)))
            .filter_map(|(v, k)| {
                let d = v.date(k)?;
                let wanted = !own.contains(&d) || (planless.contains(&d) && v.plan(k).is_some());
                wanted.then_some(d)
            })
            .filter(|d| in_era(*d))
            .collect();
        for d in dates {
            let parts: Vec<usize> = kids
                .iter()
                .copied()
                .filter(|&c| {
                    m.localities
                        .get(c)
                        .is_some_and(|l| l.ceased_on().is_none_or(|end| end > d))
                })
                .collect();
            let set = PartSet::Children {
                whole: weight(m, i, d),
            };
            let Some(p) = self.rollup(m, &parts, d, set) else {
                continue;
            };
            if !own.contains(&d) {
                history.push(p);
                continue;
            }
            // The unit's own record wins, as for coverage: its children's
            // plan stands in only where the record gives no plan figure.
            if let Some(x) = history.iter_mut().find(|x| x.date == d) {
                x.set_plan(p.plan());
                x.plan_share = p.plan_share;
            }
        }
        history.sort_by_key(|p| p.date);
    }

    fn add_merger_rollups(
        &self,
        m: &Model,
        i: usize,
        absorbed: &[usize],
        merged_on: NaiveDate,
        history: &mut Vec<Point>,
    ) {
        let mut parts = vec![i];
        parts.extend_from_slice(absorbed);
        let dates: BTreeSet<NaiveDate> = parts
            .iter()
            .filter_map(|&c| {
                let (cur, former) = self.0.get(c)?;
                let history = if c == i {
                    former.as_ref().unwrap_or(cur)
                } else {
                    cur
                };
                Some(Points::new(history, m.records(c)).iter())
            })
            .flatten()
            .map(|p| p.date)
            .filter(|d| *d < merged_on)
            .collect();
        for d in dates {
            if let Some(p) = self.rollup(m, &parts, d, PartSet::Merger) {
                history.push(p);
            }
        }
        history.sort_by_key(|p| p.date);
    }
}

pub fn merger_date(m: &Model, i: usize) -> Option<NaiveDate> {
    m.absorbed
        .get(i)?
        .iter()
        .filter_map(|&a| m.localities.get(a)?.merged_on)
        .min()
}

fn depths(parent: &[Option<usize>]) -> Vec<usize> {
    (0..parent.len())
        .into_par_iter()
        .map(|i| {
            let mut depth = 0;
            let mut at = parent.get(i).copied().flatten();
            // Bounded: validation refused cycles, but a bound costs nothing.
            while let Some(p) = at {
                depth += 1;
                if depth > parent.len() {
                    break;
                }
                at = parent.get(p).copied().flatten();
            }
            depth
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A nation, a province and a district with no figures of their own
    /// (the province and the district with their population, which weighs
    /// them), and two communes: each whole is rolled up from the level
    /// below, which must be built first.
    const CHAIN: &str = r#"schema = 1
[meta]
title = "t"
as_of = 2025-12-31

[[locality]]
id = "vn"
name = "VN"
kind = "nation"

[[locality]]
id = "p"
name = "P"
kind = "province"
parent = "vn"
  [[locality.population]]
  date = 2025-01-01
  count = 400
  source = "s"

[[locality]]
id = "d"
name = "D"
kind = "district"
parent = "p"
  [[locality.population]]
  date = 2025-01-01
  count = 400
  source = "s"

[[locality]]
id = "c1"
name = "C1"
kind = "commune"
parent = "d"
  [[locality.record]]
  date = 2025-12-31
  coverage = 90.0
  population = 100
  source = "s"

[[locality]]
id = "c2"
name = "C2"
kind = "commune"
parent = "d"
  [[locality.record]]
  date = 2025-12-31
  coverage = 80.0
  population = 300
  source = "s"
"#;

    #[test]
    fn each_depth_is_rolled_up_after_the_one_below_it() {
        let loaded = crate::load::load_files(vec![("t.toml".into(), CHAIN.as_bytes().to_vec())]);
        let dataset = loaded.map(|l| l.dataset).unwrap_or_default();
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let m = crate::derive::derive_when_asked(dataset, today);
        let levels = Histories::build_with(&m, &m.parents, true).0;
        assert_eq!(levels, Histories::build_with(&m, &m.parents, false).0);
        // (90 × 100 + 80 × 300) / 400 = 82.5, for the district, the
        // province and the nation alike.
        for id in ["d", "p", "vn"] {
            let i = m.index_of(id).unwrap_or(usize::MAX);
            let history = levels
                .get(i)
                .map(|(h, _)| Points::new(h, m.records(i)).to_vec())
                .unwrap_or_default();
            assert_eq!(history.len(), 1, "{id}");
            assert!(
                history
                    .iter()
                    .all(|p| p.is_derived() && (p.coverage - 82.5).abs() < 1e-9),
                "{id}"
            );
        }
    }

    #[test]
    fn the_units_of_a_depth_rolled_up_on_every_core_are_those_rolled_up_one_at_a_time() {
        let text = crate::synth::single_file(&crate::synth::Spec {
            localities: 1500,
            years: 17,
            seed: 3,
        });
        let merged = crate::synth::merge_province;
        let text = merged(&merged(&text, "tinh-02", "tinh-01"), "tinh-04", "tinh-03");
        let loaded = crate::load::load_files(vec![("s.toml".into(), text.into_bytes())]);
        let dataset = loaded.map(|l| l.dataset).unwrap_or_default();
        assert_eq!(
            dataset
                .localities
                .iter()
                .filter(|l| l.merged_into.is_some())
                .count(),
            2
        );
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let m = crate::derive::derive_when_asked(dataset, today);
        let levels = Histories::build_with(&m, &m.parents, true).0;
        let one_at_a_time = Histories::build_with(&m, &m.parents, false).0;
        assert_eq!(levels.len(), 1500);
        assert_eq!(levels, one_at_a_time);
        // The merged provinces have their former era, and many units roll up.
        let formers = levels
            .iter()
            .filter(|(_, f)| f.as_ref().is_some_and(|f| !f.is_empty()));
        assert_eq!(formers.count(), 2);
        let rolled = |i: usize| {
            levels
                .get(i)
                .is_some_and(|(h, _)| Points::new(h, m.records(i)).iter().any(|p| p.is_derived()))
        };
        let n = (0..1500).filter(|&i| rolled(i)).count();
        assert!(n >= 20, "{n}");
    }
}
