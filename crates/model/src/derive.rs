//! Deriving the figures of a loaded dataset: histories with roll-ups to
//! parents and to merged provinces, targets in force, trend and status.

use super::names::Names;
use std::cmp::Reverse;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::figures::STATUSES;
use super::model::Model;
use super::schema::Dataset;
use super::tally::tally;

mod judge;

pub(super) use judge::judge_all;

/// Builds the model: every figure the screens show, once, and every
/// column's order (what benchmarks and tests compare the lazy orders of
/// `derive_when_asked`, which the program uses, against).
pub fn derive(dataset: Dataset, today: NaiveDate) -> Model {
    let mut model = derive_when_asked(dataset, today);
    model.sort_every();
    model
}

/// `derive`, with each column's order built only when first asked for
/// (`Model::ensure_sorted`): a command that shows one view needs one of
/// them, the dashboard one per column it is sorted by, and the 52 of
/// 100,000 units hold up a start or a reload by 70–90 ms on two cores.
pub fn derive_when_asked(dataset: Dataset, today: NaiveDate) -> Model {
    derive_named(dataset, today, None)
}

/// `derive_when_asked`, with the names' part (`names`) taken as given when
/// it is that of these units, as the cache keeps it beside the dataset.
pub fn derive_named(dataset: Dataset, today: NaiveDate, names: Option<Names>) -> Model {
    let Dataset {
        meta,
        directives,
        mut milestones,
        targets,
        localities,
        refused_ids: _,
    } = dataset;
    milestones.sort_by_key(|m| m.date);
    let names = names.filter(|n| n.fit(localities.len()));
    // The index of ids is built on one core (25–30 ms at 100,000 units)
    // while the names, unless given, are folded on the others.
    let fold = names.is_none();
    let (by_id, folded) = rayon::join(
        || -> super::model::Ids {
            localities
                .iter()
                .enumerate()
                .map(|(i, l)| (l.id.value.clone(), i))
                .collect()
        },
        || -> (Vec<String>, Vec<_>) {
            if !fold {
                return (Vec::new(), Vec::new());
            }
            // Folding 100,000 names takes a tenth of a second on one core.
            localities
                .par_iter()
                .map(|l| {
                    let folded = super::fold::fold(&l.name);
                    let other = super::search_keys::other_keys(l, &folded);
                    (folded, other)
                })
                .unzip()
        },
    );
    let directive_by_id: super::model::Ids = directives
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.value.clone(), i))
        .collect();
    let n = localities.len();
    let parent: Vec<Option<usize>> = localities
        .par_iter()
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

    // The day each target counts from: its document's issue date; a
    // target that names none, the day its source was published.
    let target_set_on: Vec<Option<NaiveDate>> = targets
        .iter()
        .map(|t| match t.directive.as_ref() {
            None => t.published,
            Some(d) => directive_by_id
                .get(&d.value)
                .and_then(|&k| directives.get(k))
                .map(|d| d.issued),
        })
        .collect();
    let (search_keys, other_keys, in_name_order) = match names {
        Some(n) => (n.search_keys, n.other_keys, Some((n.members, n.name_rank))),
        None => (folded.0, folded.1, None),
    };
    // 1.6 million records at 100,000 units: on every core.
    let left_out = localities
        .par_iter()
        .map(|l| super::left_out::dated_after(std::slice::from_ref(l), today))
        .sum();
    let tops = super::tops::tops(&localities, &parent);
    let mut model = Model {
        meta,
        today,
        now: today,
        directives,
        milestones,
        targets,
        localities: Arc::new(localities),
        figures: Vec::new(),
        search_keys: Arc::new(search_keys),
        other_keys: Arc::new(other_keys),
        children,
        absorbed,
        parents: parent,
        tops,
        orders: Default::default(),
        own_targets,
        target_set_on,
        by_gap: [Vec::new(), Vec::new()],
        statuses: [Vec::new(), Vec::new()],
        status_counts: [[0; STATUSES]; 2],
        past_counts: [None; 2],
        blank: HashMap::new(),
        latest: None,
        by_id,
        directive_by_id,
        read_from: None,
        left_out,
    };
    model.figures = judge_all(&model);
    model.orders = match in_name_order {
        Some((members, name_rank)) => Names::orders(members, name_rank),
        None => super::sorting::members(&model),
    };
    tally(&mut model);
    model
}
