//! The targets in force: for each locality and day, its own target or the
//! nearest parent's, and the steps a yearly plan draws.

use chrono::NaiveDate;

use super::figures::{Model, TargetStep};

/// Where targets are found for each locality, and from when each applies.
pub(super) struct Targets<'a> {
    pub(super) parent: &'a [Option<usize>],
    pub(super) own: &'a [Vec<usize>],
    /// Parallel to `Model::targets`: the day its document was issued; a
    /// target that names none applies from the start.
    pub(super) set_on: Vec<Option<NaiveDate>>,
}

impl Targets<'_> {
    fn chain(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(i), |&x| self.parent.get(x).copied().flatten())
            .take(self.parent.len() + 1)
    }

    /// The target in force on `day`: the locality's own next one already set
    /// by then, else its parent's, and so up to the nation. None past the
    /// last one.
    pub(super) fn in_force(
        &self,
        m: &Model,
        i: usize,
        day: NaiveDate,
        numeric: bool,
    ) -> Option<usize> {
        let applies = |t: usize| {
            m.targets.get(t).is_some_and(|x| {
                (!numeric || x.coverage.is_some())
                    && x.by >= day
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
            let Some(t) = self.in_force(m, i, from, true) else {
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
