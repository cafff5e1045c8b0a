//! A locality's coverage on one date and where it comes from, and the
//! plain values derived figures are made of: the era of a map, a target's
//! days in force, coverage given only in words.

use chrono::NaiveDate;

/// Which map of the provinces a figure belongs to: the 34 units since
/// 1 July 2025, or the 63 before.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Era {
    #[default]
    Current = 0,
    Former = 1,
}

/// Where a point of a locality's history comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// One of the locality's own records (index into `Locality::records`).
    Own(usize),
    /// A population-weighted average of its parts at that date.
    RolledUp(Rollup),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rollup {
    /// Parts with a figure at that date, and parts in all.
    pub with_figures: u32,
    pub parts: u32,
    /// Share of the parts' population that the figures cover, when known.
    pub population_share: Option<f64>,
    /// Stands for only some of the whole: shown, marked, never used to
    /// judge status.
    pub partial: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub date: NaiveDate,
    pub coverage: f64,
    /// Participants, population and the plan assigned (`Kế hoạch giao`),
    /// in people: `participants()`, `population()`, `plan()`.
    pub counts: Counts,
    /// The share of the plan achieved (`% KH`).
    pub plan_share: Option<super::plan::Share>,
    pub origin: Origin,
    /// The source's estimate (`ước thực hiện`), or a roll-up of parts of
    /// which one is: shown `≈`, never taken to meet a target.
    pub estimate: bool,
}

/// A point's participants, population and plan, each when known: 25 bytes
/// where three `Option<u64>` take 48, packed so that a point's small fields
/// fill what would be padding. A point is kept for every figure of every
/// unit (1.6 million at 100,000 localities): 80 bytes, where 96 unpacked.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C, packed)]
pub struct Counts {
    values: [u64; 3],
    known: u8,
}

impl Counts {
    pub fn new(participants: Option<u64>, population: Option<u64>, plan: Option<u64>) -> Self {
        let mut c = Counts::default();
        for (k, v) in [participants, population, plan].into_iter().enumerate() {
            c.set(k, v);
        }
        c
    }

    // Packed fields are copied out and back, never borrowed in place.
    fn get(&self, k: usize) -> Option<u64> {
        let values = self.values;
        (self.known & (1 << k) != 0).then(|| values.get(k).copied().unwrap_or(0))
    }

    fn set(&mut self, k: usize, v: Option<u64>) {
        let bit = 1u8 << k;
        let mut values = self.values;
        if let Some(slot) = values.get_mut(k) {
            *slot = v.unwrap_or(0);
        }
        self.values = values;
        if v.is_some() {
            self.known |= bit;
        } else {
            self.known &= !bit;
        }
    }
}

impl Point {
    pub fn participants(&self) -> Option<u64> {
        self.counts.get(0)
    }

    pub fn population(&self) -> Option<u64> {
        self.counts.get(1)
    }

    /// The plan assigned (`Kế hoạch giao`), in people.
    pub fn plan(&self) -> Option<u64> {
        self.counts.get(2)
    }

    pub fn set_plan(&mut self, plan: Option<u64>) {
        self.counts.set(2, plan);
    }

    pub fn is_derived(&self) -> bool {
        matches!(self.origin, Origin::RolledUp(_))
    }

    pub fn is_partial(&self) -> bool {
        matches!(self.origin, Origin::RolledUp(r) if r.partial)
    }
}

/// A numeric target over the days it was in force: from the day it was set
/// (its document's date) or the previous target's date, to its own date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetStep {
    /// Index into `Model::targets`.
    pub target: usize,
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub coverage: f64,
}

/// Coverage a record gives only in words ("gần 95 %"), later than any figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub date: NaiveDate,
    pub words: String,
    /// Index into `Locality::records`: where the words come from.
    pub record: usize,
}

#[cfg(test)]
mod tests {
    use super::Counts;

    #[test]
    fn counts_keep_each_value_and_each_gap() {
        let c = Counts::new(Some(0), None, Some(u64::MAX));
        assert_eq!(
            (c.get(0), c.get(1), c.get(2)),
            (Some(0), None, Some(u64::MAX))
        );
        let mut d = c;
        d.set(2, None);
        d.set(1, Some(7));
        assert_eq!((d.get(0), d.get(1), d.get(2)), (Some(0), Some(7), None));
        assert_eq!(Counts::new(None, None, None), Counts::default());
        assert!(std::mem::size_of::<super::Point>() <= 80);
    }

    #[test]
    fn a_point_reads_back_each_count_and_a_new_plan() {
        let mut p = super::Point {
            date: chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
            coverage: 95.0,
            counts: Counts::new(Some(950), Some(1000), Some(990)),
            plan_share: None,
            origin: super::Origin::Own(0),
            estimate: false,
        };
        assert_eq!(
            (p.participants(), p.population(), p.plan()),
            (Some(950), Some(1000), Some(990))
        );
        p.set_plan(Some(7));
        assert_eq!((p.participants(), p.plan()), (Some(950), Some(7)));
        p.set_plan(None);
        assert_eq!(p.plan(), None);
    }
}
