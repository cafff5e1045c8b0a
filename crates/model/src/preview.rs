//! The head of a dataset: the nation and the provinces, with the meta,
//! directives, milestones and targets that judge them. It is what the
//! Overview shows, and it can be drawn while the rest is still being read,
//! but only when its figures are exactly those the whole dataset gives: a
//! verdict that changes a second later is worse than one that comes a
//! second later.
//!
//! A unit's history is its own figures plus, on dates it has none, roll-ups
//! of its children (`rollup.rs`), and before a merger the roll-up of the
//! units merged into it. A unit of the head whose own records cover every
//! date some unit of the rest has a figure on rolls up the same with or
//! without its children. One that does not (a province with a gap in its
//! records), or whose records give no plan figure where the rest may give
//! one, has its children read with the head, and so on down: a district
//! with a gap brings its communes. Units merged into one read are read
//! too. Every province is then drawn with its exact figures on the first
//! screen. When that would read more than a quarter of the rest, the head
//! is not worth it: the whole is loaded instead.

use std::collections::BTreeSet;

use foldhash::HashSet;

use chrono::NaiveDate;

use super::schema::{Dataset, Locality, LocalityKind, Record};

/// Whether a unit of this kind is in the head.
pub fn in_head(kind: LocalityKind) -> bool {
    matches!(kind, LocalityKind::Nation | LocalityKind::Province)
}

/// The head to draw first: the nation, every province, and the units below
/// them that their roll-ups need.
#[derive(Clone, Debug)]
pub struct Head {
    pub dataset: Dataset,
}

/// A unit of the rest as the head knows it before reading it.
#[derive(Clone, Copy, Debug)]
pub struct Held<'a> {
    pub parent: Option<&'a str>,
    pub merged_into: Option<&'a str>,
}

/// What the head knows of the rest without reading it: figures there may
/// be on any of `dates` (a superset does no harm), and plan figures when
/// `plans`.
#[derive(Clone, Debug, Default)]
pub struct Rest {
    pub dates: BTreeSet<NaiveDate>,
    pub plans: bool,
}

/// The head of a whole dataset (see the module's comment); `None` when the
/// data has no nation, or no rest, or the head would need too much of it.
pub fn head_of(dataset: &Dataset) -> Option<Head> {
    let (mut head, mut rest): (Vec<&Locality>, Vec<&Locality>) =
        dataset.localities.iter().partition(|l| in_head(l.kind));
    if rest.is_empty() || !head.iter().any(|l| l.kind == LocalityKind::Nation) {
        return None;
    }
    let known = Rest {
        dates: rest.iter().flat_map(|l| point_dates(l)).collect(),
        plans: rest.iter().flat_map(|l| &l.records).any(gives_plan),
    };
    let limit = most_read(rest.len());
    let mut read = 0;
    loop {
        let held: Vec<Held<'_>> = rest.iter().map(|l| held(l)).collect();
        let more: HashSet<usize> = to_read(&head, &held, &known).into_iter().collect();
        if more.is_empty() {
            break;
        }
        read += more.len();
        if read > limit {
            return None;
        }
        let mut k = 0;
        rest.retain(|l| {
            let keep = !more.contains(&k);
            if !keep {
                head.push(l);
            }
            k += 1;
            keep
        });
    }
    let ids: HashSet<&str> = head.iter().map(|l| l.id.value.as_str()).collect();
    Some(Head {
        dataset: Dataset {
            meta: dataset.meta.clone(),
            directives: dataset.directives.clone(),
            milestones: dataset.milestones.clone(),
            targets: dataset.targets.clone(),
            // In the whole's order, as a load of the head's pieces gives them.
            localities: dataset
                .localities
                .iter()
                .filter(|l| ids.contains(l.id.value.as_str()))
                .cloned()
                .collect(),
            refused_ids: Vec::new(),
        },
    })
}

/// How many units of a rest of `held` the head may read with it: past a
/// quarter, drawing the head first would delay the whole by more than it
/// brings the first screen forward.
pub fn most_read(held: usize) -> usize {
    held / 4
}

/// Which of the `held` units (by index) the `head` must read before its
/// figures are exact: those whose parent in the head has held children and
/// lacks its own figure on one of the rest's dates (or a plan figure the
/// rest may give), and those merged into a unit of the head, whose history
/// before the merger is its parts'. Called again with what was read added
/// to the head, until it reads nothing more.
pub fn to_read(head: &[&Locality], held: &[Held<'_>], rest: &Rest) -> Vec<usize> {
    let parents: HashSet<&str> = held.iter().filter_map(|h| h.parent).collect();
    let mut all = rest.dates.clone();
    all.extend(head.iter().flat_map(|l| point_dates(l)));
    let needs: HashSet<&str> = head
        .iter()
        .filter(|l| parents.contains(l.id.value.as_str()))
        .filter(|l| lacks(l, &all, rest.plans))
        .map(|l| l.id.value.as_str())
        .collect();
    let ids: HashSet<&str> = head.iter().map(|l| l.id.value.as_str()).collect();
    held.iter()
        .enumerate()
        .filter(|(_, h)| {
            h.parent.is_some_and(|p| needs.contains(p))
                || h.merged_into.is_some_and(|m| ids.contains(m))
        })
        .map(|(k, _)| k)
        .collect()
}

/// A unit of the rest as `to_read` looks at it.
pub fn held(l: &Locality) -> Held<'_> {
    Held {
        parent: l.parent.as_ref().map(|p| p.value.as_str()),
        merged_into: l.merged_into.as_ref().map(|m| m.value.as_str()),
    }
}

/// Whether a record gives a plan figure, which a parent's roll-up adds up.
pub fn gives_plan(r: &Record) -> bool {
    r.plan().is_some() || r.plan_percent().is_some()
}

/// Whether the unit's history could take a roll-up of its children: it has
/// no own figure known from its date on some date of `all`, or, when the
/// rest gives plans, a figure of its own without a plan.
fn lacks(l: &Locality, all: &BTreeSet<NaiveDate>, plans: bool) -> bool {
    // A figure made public after its date is missing while an earlier day
    // is judged, and the children's may stand in then.
    let own: BTreeSet<NaiveDate> = l
        .records
        .iter()
        .filter(|r| r.coverage_or_ratio().is_some() && r.known_on() == r.date)
        .map(|r| r.date)
        .collect();
    let planless = || {
        l.records
            .iter()
            .any(|r| r.coverage_or_ratio().is_some() && !gives_plan(r))
    };
    !all.is_subset(&own) || (plans && planless())
}

/// The dates of a unit's records that give a figure (and so a point of its
/// history); a record in words only gives none.
fn point_dates(l: &Locality) -> impl Iterator<Item = NaiveDate> + '_ {
    l.records
        .iter()
        .filter(|r| r.coverage_or_ratio().is_some())
        .map(|r| r.date)
}
