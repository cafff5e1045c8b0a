//! The top units of a dataset, which head the Overview: the nation when the
//! data has one, else what an office's own file starts from (its province,
//! or its provinces), and the level the Overview counts below them.
//!
//! A provincial office's file holds its province, districts and communes
//! and no nation: inventing one would show the province under the nation's
//! name. So the top is whatever sits highest in the data itself.

use super::model::Model;
use super::orders::Level;
use super::point::Era;
use super::schema::{Locality, LocalityKind};

/// How high a kind sits: the nation first.
pub fn rank(kind: LocalityKind) -> u8 {
    match kind {
        LocalityKind::Nation => 0,
        LocalityKind::Province => 1,
        LocalityKind::District => 2,
        LocalityKind::Commune => 3,
    }
}

/// A kind as the data writes it (`kind = "province"`).
pub fn code(kind: LocalityKind) -> &'static str {
    match kind {
        LocalityKind::Nation => "nation",
        LocalityKind::Province => "province",
        LocalityKind::District => "district",
        LocalityKind::Commune => "commune",
    }
}

/// The top units: of the localities without a parent and not merged into
/// another (a merged province lives on in the one it joined), those of the
/// highest kind present, in alphabetical order. `parents` is parallel to `localities`.
pub fn tops(localities: &[Locality], parents: &[Option<usize>]) -> Vec<usize> {
    let free = |i: &usize| {
        parents.get(*i).copied().flatten().is_none()
            && localities.get(*i).is_some_and(|l| l.merged_into.is_none())
    };
    let kind = |i: usize| localities.get(i).map(|l| rank(l.kind));
    let highest = (0..localities.len()).filter(free).filter_map(kind).min();
    let mut out: Vec<usize> = (0..localities.len())
        .filter(free)
        .filter(|&i| kind(i) == highest)
        .collect();
    out.sort_by_cached_key(|&i| (localities.get(i).map(|l| crate::collation::key(&l.name)), i));
    out
}

impl Model {
    /// The first top unit: the one whose series the Overview draws.
    pub fn top(&self) -> Option<usize> {
        self.tops.first().copied()
    }

    /// The nation, when the data has one: it is then the only top unit.
    pub fn nation(&self) -> Option<usize> {
        self.tops.iter().copied().find(|&i| self.is_nation(i))
    }

    pub fn is_nation(&self, i: usize) -> bool {
        self.localities
            .get(i)
            .is_some_and(|l| l.kind == LocalityKind::Nation)
    }

    /// The level the Overview counts by status and ranks: the first one
    /// below the top units that lists units in this era (a nation's
    /// provinces; a province's districts, or its communes once the
    /// districts were abolished). With nothing below, the top units' own
    /// level, so that a file of provinces alone still counts them.
    pub fn counted_level(&self, era: Era) -> Level {
        let top = self
            .top()
            .and_then(|i| self.locality(i))
            .map_or(0, |l| rank(l.kind));
        let below = Level::ALL
            .into_iter()
            .filter(|l| rank(l.kind()) > top)
            .find(|&l| !self.units(era, l).is_empty());
        let own = Level::ALL.into_iter().find(|l| rank(l.kind()) == top);
        below.or(own).unwrap_or_default()
    }

    /// The units the Overview counts and ranks in this era.
    pub fn counted(&self, era: Era) -> &[usize] {
        self.units(era, self.counted_level(era))
    }
}
