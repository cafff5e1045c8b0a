//! The targets in force: for each locality and day, its own target or the
//! nearest parent's, and the steps a yearly plan draws.

use chrono::{Datelike, NaiveDate};

use super::model::Model;
use super::point::{Era, TargetStep};
use super::verdict::{Evidence, Verdict, judge};

/// Where targets are found for each locality, and from when each applies.
pub(super) struct Targets<'a> {
    pub(super) parent: &'a [Option<usize>],
    pub(super) own: &'a [Vec<usize>],
    /// Parallel to `Model::targets`: the day its document was issued; a
    /// target that names none applies from the start.
    pub(super) set_on: &'a [Option<NaiveDate>],
}

impl<'a> Targets<'a> {
    pub(super) fn of(m: &'a Model) -> Self {
        Targets {
            parent: &m.parents,
            own: &m.own_targets,
            set_on: &m.target_set_on,
        }
    }
}

impl Targets<'_> {
    fn chain(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(i), |&x| self.parent.get(x).copied().flatten())
            .take(self.parent.len() + 1)
    }

    /// The target in force on `day`: the locality's own next one already set
    /// by then and due after it, else its parent's, and so up to the top.
    /// None past the last one. On its own date a target is judged as
    /// passed (met or missed), and the next one is in force.
    pub(super) fn in_force(
        &self,
        m: &Model,
        i: usize,
        day: NaiveDate,
        numeric: bool,
    ) -> Option<usize> {
        self.pick(m, i, day, numeric, false)
    }

    /// The target `in_force` gives, or with `due_today`, the one due on
    /// `day` itself if there is one: a chart draws at a figure's date the
    /// target that figure was due against.
    fn pick(
        &self,
        m: &Model,
        i: usize,
        day: NaiveDate,
        numeric: bool,
        due_today: bool,
    ) -> Option<usize> {
        let applies = |t: usize| {
            m.targets.get(t).is_some_and(|x| {
                (!numeric || x.coverage.is_some())
                    && (x.by > day || (due_today && x.by == day))
                    && self
                        .set_on
                        .get(t)
                        .copied()
                        .flatten()
                        .is_none_or(|set| set <= day)
            })
        };
        self.chain(i)
            .find_map(|x| self.own.get(x)?.iter().copied().find(|&t| applies(t)))
    }

    /// Every target that applies to locality `i` and was set by `day`, by
    /// date: its own, else its parent's, and so up to the top. A target of
    /// a unit further up is left out for a year a nearer unit sets its own
    /// for: a province's plan for 2025 replaces the nation's for 2025.
    pub(super) fn applicable(&self, m: &Model, i: usize, day: NaiveDate) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        // The years of the nearer units' targets: a unit further up gives
        // none for them. Read for every unit judged: no list is made for
        // each unit of the chain.
        let mut years: Vec<i32> = Vec::new();
        let set = |t: &usize| {
            self.set_on
                .get(*t)
                .copied()
                .flatten()
                .is_none_or(|set| set <= day)
        };
        for x in self.chain(i) {
            let nearer = years.len();
            for t in self.own.get(x).into_iter().flatten().copied().filter(set) {
                let Some(year) = m.targets.get(t).map(|x| x.by.year()) else {
                    continue;
                };
                if !years.iter().take(nearer).any(|&y| y == year) {
                    out.push(t);
                }
                years.push(year);
            }
        }
        // Own lists are sorted by date, then by the latest document first:
        // a stable sort by date keeps that order across units.
        out.sort_by_key(|&t| m.targets.get(t).map(|x| x.by));
        out
    }

    /// The numeric target whose date is the latest on or before `day`, of
    /// those that apply: of several due that day, the one the latest
    /// document set, as `in_force` would have chosen the day before.
    pub(super) fn last_passed(&self, m: &Model, i: usize, day: NaiveDate) -> Option<usize> {
        let applicable = self.applicable(m, i, day);
        let passed = || {
            applicable.iter().copied().filter(|&t| {
                m.targets
                    .get(t)
                    .is_some_and(|x| x.by <= day && x.coverage.is_some())
            })
        };
        let due = passed().filter_map(|t| Some(m.targets.get(t)?.by)).max()?;
        passed().find(|&t| m.targets.get(t).is_some_and(|x| x.by == due))
    }

    /// The numeric targets in force from `start` to `day`, each from the day
    /// it took over to its own date: a yearly plan draws as steps.
    pub(super) fn steps(
        &self,
        m: &Model,
        i: usize,
        start: NaiveDate,
        day: NaiveDate,
    ) -> Vec<TargetStep> {
        if self
            .chain(i)
            .all(|x| self.own.get(x).is_none_or(Vec::is_empty))
        {
            return Vec::new();
        }
        let mut changes: Vec<NaiveDate> = vec![start];
        for x in self.chain(i) {
            for &t in self.own.get(x).into_iter().flatten() {
                changes.extend(self.set_on.get(t).copied().flatten());
                changes.extend(m.targets.get(t).and_then(|x| x.by.succ_opt()));
            }
        }
        changes.retain(|d| (start..=day).contains(d));
        changes.sort_unstable();
        changes.dedup();
        let mut steps: Vec<TargetStep> = Vec::new();
        for (k, &from) in changes.iter().enumerate() {
            let Some(t) = self.pick(m, i, from, true, true) else {
                continue;
            };
            let Some((coverage, by)) = m.targets.get(t).and_then(|x| Some((x.coverage?, x.by)))
            else {
                continue;
            };
            let next = changes.get(k + 1).and_then(|d| d.pred_opt());
            let until = next.map_or(by, |n| n.min(by));
            match steps.last_mut() {
                Some(last) if last.target == t => last.until = until,
                _ => steps.push(TargetStep {
                    target: t,
                    from,
                    until,
                    coverage,
                }),
            }
        }
        steps.shrink_to_fit();
        steps
    }
}

impl Model {
    /// Every target that applies to unit `i` in `era` and was set by its
    /// judging day, by date, each with its verdict.
    pub fn verdicts(&self, i: usize, era: Era) -> Vec<(usize, Verdict)> {
        let Some(p) = self.progress(i, era) else {
            return Vec::new();
        };
        let history = self.points(i, era).to_vec();
        let evidence = Evidence {
            history: &history,
            trend: p.trend.as_ref(),
            words: p.said.as_ref().map(|s| s.date),
        };
        let mut applicable = Targets::of(self).applicable(self, i, p.judged_on);
        // Within a year, numeric targets first: they are the ones judged.
        applicable.sort_by_key(|&t| {
            self.targets
                .get(t)
                .map(|x| (x.by.year(), x.coverage.is_none()))
        });
        applicable
            .into_iter()
            .filter_map(|t| {
                let target = self.targets.get(t)?;
                Some((t, judge(&evidence, Some(target), p.judged_on)))
            })
            .collect()
    }
}
