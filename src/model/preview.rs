//! The head of a dataset: the nation and the provinces, with the meta,
//! directives, milestones and targets that judge them. It is what the
//! Overview shows, and it can be drawn while the districts and communes are
//! still being read, but only when its figures are exactly those the whole
//! dataset gives: a verdict that changes a second later is worse than one
//! that comes a second later.
//!
//! A unit's history is its own figures plus, on dates it has none, roll-ups
//! of its children (`rollup.rs`). A head unit whose children are all in the
//! head rolls up the same with or without the rest. A head unit with a
//! child outside the head could gain a roll-up on any date some unit of the
//! rest has a figure: unless its own records already cover every such date,
//! the units under it are read with the head, so that its figure is the
//! whole's. A cycle in the parents (an invalid dataset) cannot loop: each
//! unit joins once.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;

use super::schema::{Dataset, Locality, LocalityKind};

/// Whether a unit of this kind is in the head.
pub fn in_head(kind: LocalityKind) -> bool {
    matches!(kind, LocalityKind::Nation | LocalityKind::Province)
}

/// A unit outside the head, as far as it is known before it is read: its
/// id and the id of its parent.
#[derive(Clone, Debug, Default)]
pub struct Outside {
    pub id: String,
    pub parent: Option<String>,
}

/// The head of a whole dataset (see the module's comment): the nation, the
/// provinces, and the units under any province whose figures depend on
/// them; `None` when that head would hold most of the dataset, so that
/// reading it first gains nothing.
pub fn head_of(dataset: &Dataset) -> Option<Dataset> {
    let (head, rest): (Vec<&Locality>, Vec<&Locality>) =
        dataset.localities.iter().partition(|l| in_head(l.kind));
    let outside: Vec<Outside> = rest
        .iter()
        .map(|l| Outside {
            id: l.id.value.clone(),
            parent: l.parent.as_ref().map(|p| p.value.clone()),
        })
        .collect();
    let dates: BTreeSet<NaiveDate> = rest.iter().flat_map(|l| point_dates(l)).collect();
    let joined = to_join(&head, &outside, &dates);
    if rest.len() <= joined.len() * 2 {
        return None;
    }
    let mut localities: Vec<Locality> = head.into_iter().cloned().collect();
    localities.extend(
        joined
            .iter()
            .filter_map(|&k| rest.get(k).map(|l| (*l).clone())),
    );
    Some(Dataset {
        meta: dataset.meta.clone(),
        directives: dataset.directives.clone(),
        milestones: dataset.milestones.clone(),
        targets: dataset.targets.clone(),
        localities,
        refused_ids: Vec::new(),
    })
}

/// The units outside the head that must be read with it so that every
/// head figure is exact (by their place in `outside`): the whole tree under
/// each head unit that lacks its own figure on one of the `dates` some
/// unit outside has one on (a superset of those dates does no harm), since
/// that unit's history would gain roll-ups from them on those dates.
pub fn to_join(head: &[&Locality], outside: &[Outside], dates: &BTreeSet<NaiveDate>) -> Vec<usize> {
    let mut all = dates.clone();
    all.extend(head.iter().flat_map(|l| point_dates(l)));
    let mut frontier: HashSet<&str> = head
        .iter()
        .filter(|l| {
            let own: BTreeSet<NaiveDate> = point_dates(l).collect();
            !all.is_subset(&own)
        })
        .map(|l| l.id.value.as_str())
        .collect();
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, o) in outside.iter().enumerate() {
        if let Some(p) = &o.parent {
            children.entry(p.as_str()).or_default().push(k);
        }
    }
    let mut joined = BTreeSet::new();
    while !frontier.is_empty() {
        let next: HashSet<&str> = frontier
            .iter()
            .flat_map(|id| children.get(id).into_iter().flatten())
            .filter(|&&k| joined.insert(k))
            .filter_map(|&k| outside.get(k).map(|o| o.id.as_str()))
            .collect();
        frontier = next;
    }
    joined.into_iter().collect()
}

/// The dates of a unit's records that give a figure (and so a point of its
/// history); a record in words only gives none.
fn point_dates(l: &Locality) -> impl Iterator<Item = NaiveDate> + '_ {
    l.records
        .iter()
        .filter(|r| r.coverage_or_ratio().is_some())
        .map(|r| r.date)
}
