//! Deriving the figures of a loaded dataset: histories with roll-ups to
//! parents and to merged provinces, targets in force, trend and status.

use std::cmp::Reverse;
use std::collections::HashMap;

use chrono::{Months, NaiveDate};

use super::figures::{Era, Figures, Model, Point, Progress};
use super::progress::{self, Status};
use super::schema::{Dataset, LocalityKind};
use super::validate::STALE_MONTHS;

/// Builds the model: every figure the screens show, once.
pub fn derive(dataset: Dataset, today: NaiveDate) -> Model {
    let Dataset {
        meta,
        directives,
        mut milestones,
        targets,
        localities,
    } = dataset;
    milestones.sort_by_key(|m| m.date);
    let by_id: HashMap<String, usize> = localities
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.value.clone(), i))
        .collect();
    let directive_by_id: HashMap<String, usize> = directives
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.value.clone(), i))
        .collect();
    let n = localities.len();
    let parent: Vec<Option<usize>> = localities
        .iter()
        .map(|l| l.parent.as_ref().and_then(|p| by_id.get(&p.value).copied()))
        .collect();
    let mut children = vec![Vec::new(); n];
    let mut absorbed = vec![Vec::new(); n];
    for (i, l) in localities.iter().enumerate() {
        if let Some(c) = parent
            .get(i)
            .copied()
            .flatten()
            .and_then(|p| children.get_mut(p))
        {
            c.push(i);
        }
        if let Some(a) = l
            .merged_into
            .as_ref()
            .and_then(|m| by_id.get(&m.value))
            .and_then(|&m| absorbed.get_mut(m))
        {
            a.push(i);
        }
    }
    let nation = localities
        .iter()
        .position(|l| l.kind == LocalityKind::Nation)
        .unwrap_or(0);

    let mut own_targets: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (t, target) in targets.iter().enumerate() {
        if let Some(list) = by_id
            .get(&target.locality.value)
            .and_then(|&i| own_targets.get_mut(i))
        {
            list.push(t);
        }
    }
    let issued = |t: usize| {
        targets
            .get(t)
            .and_then(|x| x.directive.as_ref())
            .and_then(|d| directive_by_id.get(&d.value))
            .and_then(|&d| directives.get(d))
            .map(|d| d.issued)
    };
    for list in &mut own_targets {
        list.sort_by_key(|&t| (targets.get(t).map(|x| x.by), Reverse(issued(t)), Reverse(t)));
    }

    let search_keys: Vec<String> = localities
        .iter()
        .map(|l| super::fold::fold(&l.name))
        .collect();
    let mut model = Model {
        meta,
        today,
        directives,
        milestones,
        targets,
        localities,
        figures: vec![Figures::default(); n],
        search_keys,
        children,
        absorbed,
        nation,
        orders: Default::default(),
        own_targets: Vec::new(),
        by_gap: [Vec::new(), Vec::new()],
        statuses: [Vec::new(), Vec::new()],
        status_counts: [[0; 5]; 2],
        by_id,
        directive_by_id,
    };
    let histories = super::rollup::Histories::build(&model, &parent);
    for (i, (current, former)) in histories.0.into_iter().enumerate() {
        let figures = Figures {
            current: judge(&model, &parent, &own_targets, i, current),
            former: former.map(|h| judge(&model, &parent, &own_targets, i, h)),
        };
        if let Some(slot) = model.figures.get_mut(i) {
            *slot = figures;
        }
    }
    model.own_targets = own_targets;
    model.orders = super::orders::build(&model);
    for era in [Era::Current, Era::Former] {
        model.statuses[era as usize] = model.figures.iter().map(|f| f.get(era).status).collect();
    }
    for era in [Era::Current, Era::Former] {
        let provinces = model.provinces(era).to_vec();
        let mut counts = [0; 5];
        for &i in &provinces {
            if let Some(p) = model.progress(i, era)
                && let Some(slot) = Status::ALL
                    .iter()
                    .position(|s| *s == p.status)
                    .and_then(|k| counts.get_mut(k))
            {
                *slot += 1;
            }
        }
        let gap = |i: usize| model.progress(i, era).and_then(|p| p.gap);
        let mut ranked: Vec<usize> = provinces
            .into_iter()
            .filter(|&i| gap(i).is_some())
            .collect();
        ranked.sort_by(|&a, &b| {
            gap(b)
                .partial_cmp(&gap(a))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        model.by_gap[era as usize] = ranked;
        model.status_counts[era as usize] = counts;
    }
    model
}

/// The target in force from `today`: the locality's own next one, else its
/// parent's, and so up to the nation. A numeric target falls back to the
/// last one already due when none lies ahead.
fn target_in_force(
    m: &Model,
    parent: &[Option<usize>],
    own: &[Vec<usize>],
    i: usize,
    numeric: bool,
) -> Option<usize> {
    let chain = || {
        std::iter::successors(Some(i), |&x| parent.get(x).copied().flatten()).take(parent.len() + 1)
    };
    let fits = |t: usize| {
        m.targets
            .get(t)
            .is_some_and(|t| !numeric || t.coverage.is_some())
    };
    let due = |t: usize| m.targets.get(t).map(|t| t.by);
    for x in chain() {
        let list = own.get(x).map(Vec::as_slice).unwrap_or(&[]);
        if let Some(&t) = list.iter().find(|&&t| fits(t) && due(t) >= Some(m.today)) {
            return Some(t);
        }
    }
    if !numeric {
        return None;
    }
    for x in chain() {
        let list = own.get(x).map(Vec::as_slice).unwrap_or(&[]);
        if let Some(&t) = list.iter().filter(|&&t| fits(t)).max_by_key(|&&t| due(t)) {
            return Some(t);
        }
    }
    None
}

fn judge(
    m: &Model,
    parent: &[Option<usize>],
    own: &[Vec<usize>],
    i: usize,
    history: Vec<Point>,
) -> Progress {
    let latest = history.iter().rposition(|p| !p.is_partial());
    let target = target_in_force(m, parent, own, i, false);
    let numeric_target = target_in_force(m, parent, own, i, true);
    let goal = m
        .target(numeric_target)
        .and_then(|t| Some((t.coverage?, t.by)));
    let judged: Vec<(NaiveDate, f64)> = history
        .iter()
        .filter(|p| !p.is_partial())
        .map(|p| (p.date, p.coverage))
        .collect();
    let trend = progress::trend(&judged);
    let last = latest.and_then(|k| history.get(k));
    let gap = last.zip(goal).map(|(p, (g, _))| g - p.coverage);
    let projected_year = match (last, goal) {
        (Some(p), Some((g, _))) if p.coverage < g => {
            progress::projected_year(trend.as_ref(), g, p.date)
        }
        _ => None,
    };
    let status = progress::status(last.map(|p| p.coverage), goal, trend.as_ref(), m.today);
    let reference = m
        .localities
        .get(i)
        .and_then(|l| l.ceased_on())
        .map_or(m.meta.as_of, |c| c.min(m.meta.as_of));
    let stale = last.is_some_and(|p| {
        reference
            .checked_sub_months(Months::new(STALE_MONTHS))
            .is_some_and(|limit| p.date < limit)
    });
    Progress {
        history,
        latest,
        target,
        numeric_target,
        gap,
        trend,
        projected_year,
        status,
        stale,
    }
}

impl Era {
    pub fn toggled(self) -> Self {
        match self {
            Era::Current => Era::Former,
            Era::Former => Era::Current,
        }
    }
}
