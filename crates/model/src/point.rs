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

impl Era {
    pub fn toggled(self) -> Self {
        match self {
            Era::Current => Era::Former,
            Era::Former => Era::Current,
        }
    }
}

/// Where a point of a locality's history comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// One of the locality's own records (index into `Locality::records`).
    Own(u32),
    /// A population-weighted average of its parts at that date.
    RolledUp(Rollup),
}

impl Origin {
    /// The point of the `k`th of the locality's own records.
    pub fn own(k: usize) -> Self {
        Origin::Own(u32::try_from(k).unwrap_or(u32::MAX))
    }
}

/// 16 bytes, so that a point's `origin` is too (`Point`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rollup {
    /// Parts with a figure at that date, and parts in all.
    pub with_figures: u32,
    pub parts: u32,
    /// `population_share()` in billionths, `UNKNOWN` when unknown: 4 bytes
    /// where an `Option<f64>` takes 16. It is only ever shown, to a whole
    /// percent (`1/2 (25 %)`); whether the roll-up is partial is decided on
    /// the exact share before it is kept.
    population_share: u32,
    /// Stands for only some of the whole: shown, marked, never used to
    /// judge status.
    pub partial: bool,
}

impl Rollup {
    const UNKNOWN: u32 = u32::MAX;
    const WHOLE: f64 = 1e9;

    pub fn new(
        with_figures: u32,
        parts: u32,
        population_share: Option<f64>,
        partial: bool,
    ) -> Self {
        Rollup {
            with_figures,
            parts,
            // A share is at most the whole (1), so it fits; `as` saturates
            // and takes NaN to 0, neither of which a share can be.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            population_share: population_share.map_or(Self::UNKNOWN, |s| {
                ((s * Self::WHOLE).round() as u32).min(Self::UNKNOWN - 1)
            }),
            partial,
        }
    }

    /// Share of the parts' population that the figures cover, when known,
    /// to nine decimals: 0.25 and 0.99 come back as those very numbers.
    pub fn population_share(&self) -> Option<f64> {
        (self.population_share != Self::UNKNOWN)
            .then(|| f64::from(self.population_share) / Self::WHOLE)
    }
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
/// unit (1.6 million at 100,000 localities): 64 bytes, where 96 unpacked.
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
        assert_eq!(std::mem::size_of::<super::Point>(), 64);
    }

    #[test]
    fn a_roll_up_gives_back_its_share_to_nine_decimals_and_an_unknown_one_as_none() {
        use super::Rollup;
        let share = |s| Rollup::new(1, 2, s, true).population_share();
        assert_eq!(share(None), None);
        for s in [0.0, 0.25, 0.97, 0.99, 1.0] {
            assert_eq!(share(Some(s)), Some(s));
        }
        let third = share(Some(1.0 / 3.0)).unwrap_or(f64::NAN);
        assert!((third - 1.0 / 3.0).abs() < 1e-9, "{third}");
        assert_ne!(third, 1.0 / 3.0, "kept to nine decimals, not more");
        let r = Rollup::new(7, 9, Some(0.5), false);
        assert_eq!((r.with_figures, r.parts, r.partial), (7, 9, false));
        assert_eq!(std::mem::size_of::<super::Origin>(), 16);
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
