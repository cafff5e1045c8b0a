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
//! it is left out of the head, and so is what depends on it, until the rest
//! is read; the screen says how many provinces wait.

use std::collections::{BTreeSet, HashSet};

use chrono::NaiveDate;

use super::schema::{Dataset, Locality, LocalityKind};

/// Whether a unit of this kind is in the head.
pub fn in_head(kind: LocalityKind) -> bool {
    matches!(kind, LocalityKind::Nation | LocalityKind::Province)
}

/// The head to draw first: its dataset, and how many provinces are left
/// out of it until the rest is read.
#[derive(Clone, Debug)]
pub struct Head {
    pub dataset: Dataset,
    pub waiting: usize,
}

/// The head of a whole dataset (see the module's comment); `None` when the
/// data has no nation, the nation's own figure depends on the rest, or
/// there is no rest.
pub fn head_of(dataset: &Dataset) -> Option<Head> {
    let (head, rest): (Vec<&Locality>, Vec<&Locality>) =
        dataset.localities.iter().partition(|l| in_head(l.kind));
    if rest.is_empty() {
        return None;
    }
    let parents: HashSet<&str> = rest
        .iter()
        .filter_map(|l| l.parent.as_ref().map(|p| p.value.as_str()))
        .collect();
    let dates: BTreeSet<NaiveDate> = rest.iter().flat_map(|l| point_dates(l)).collect();
    let left_out = to_leave_out(&head, Some(&parents), &dates)?;
    Some(Head {
        dataset: Dataset {
            meta: dataset.meta.clone(),
            directives: dataset.directives.clone(),
            milestones: dataset.milestones.clone(),
            targets: dataset.targets.clone(),
            localities: head
                .iter()
                .filter(|l| !left_out.contains(l.id.value.as_str()))
                .map(|l| (*l).clone())
                .collect(),
            refused_ids: Vec::new(),
        },
        waiting: left_out.len(),
    })
}

/// The head units whose figures depend on the rest, by id: those lacking
/// their own figure on one of the `dates` a unit of the rest has one on
/// (a superset does no harm) while a unit of the rest is their child
/// (`parents` names them; `None`: any unit may be), and, in turn, those
/// lacking a date whose child is left out, or into which a unit left out
/// was merged (a merged province's history before the merger is its
/// parts'). `None` when the nation is among them or the head has none:
/// without it there is no first screen.
pub fn to_leave_out<'a>(
    head: &[&'a Locality],
    parents: Option<&HashSet<&str>>,
    dates: &BTreeSet<NaiveDate>,
) -> Option<HashSet<&'a str>> {
    let mut all = dates.clone();
    all.extend(head.iter().flat_map(|l| point_dates(l)));
    let lacks = |l: &Locality| {
        let own: BTreeSet<NaiveDate> = point_dates(l).collect();
        !all.is_subset(&own)
    };
    let mut out: HashSet<&str> = head
        .iter()
        .filter(|l| lacks(l) && parents.is_none_or(|p| p.contains(l.id.value.as_str())))
        .map(|l| l.id.value.as_str())
        .collect();
    // Each pass adds at least one unit or ends: at most one pass per unit.
    for _ in 0..head.len() {
        let more: Vec<&str> = head
            .iter()
            .filter(|l| !out.contains(l.id.value.as_str()))
            .filter(|l| {
                let id = l.id.value.as_str();
                head.iter().any(|c| {
                    let child = c.parent.as_ref().is_some_and(|p| p.value == id);
                    let part = c.merged_into.as_ref().is_some_and(|m| m.value == id);
                    out.contains(c.id.value.as_str()) && (part || (child && lacks(l)))
                })
            })
            .map(|l| l.id.value.as_str())
            .collect();
        if more.is_empty() {
            break;
        }
        out.extend(more);
    }
    // The Overview stands on the nation and counts the provinces, all in
    // the head. Data without a nation (a province's own file) is headed by
    // its province, whose Overview counts its districts or communes: the
    // rest itself. Such data loads whole rather than show empty counts.
    let nation = head.iter().find(|l| l.kind == LocalityKind::Nation)?;
    (!out.contains(nation.id.value.as_str())).then_some(out)
}

/// The dates of a unit's records that give a figure (and so a point of its
/// history); a record in words only gives none.
fn point_dates(l: &Locality) -> impl Iterator<Item = NaiveDate> + '_ {
    l.records
        .iter()
        .filter(|r| r.coverage_or_ratio().is_some())
        .map(|r| r.date)
}
