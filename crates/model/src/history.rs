//! A unit's history kept small. Most points are one of the unit's own
//! records as written (99 % of units at 100,000 localities have no parts,
//! and every point of theirs is one): such a point is named by its record,
//! and worked out again when read, rather than copied into 64 bytes of its
//! own. Only what no record says as it is (a roll-up, or a record whose
//! plan the children filled) is kept whole.
//!
//! A history is built from its points (`History::of`), and a point is
//! named by its record only when the record gives back that very point,
//! so reading it back gives the points it was built from, exactly.

use chrono::NaiveDate;

use super::plan;
use super::point::{Counts, Origin, Point};
use super::schema::Record;

/// The point of a unit's `k`th record as written, when it gives coverage
/// (or counts to work it out from).
pub fn own_point(records: &[Record], k: usize) -> Option<Point> {
    let r = records.get(k)?;
    Some(Point {
        date: r.date,
        coverage: r.coverage_or_ratio()?,
        counts: Counts::new(r.participants(), r.population(), r.plan()),
        plan_share: plan::of_record(r).map(|percent| plan::Share {
            percent,
            rolled_up: false,
        }),
        origin: Origin::own(k),
        estimate: r.estimate,
    })
}

/// Whether the `k`th record gives a point: `own_point` is `Some`.
fn gives_point(records: &[Record], k: usize) -> bool {
    records
        .get(k)
        .is_some_and(|r| r.coverage_or_ratio().is_some())
}

/// A slot of `History::Mixed` with this bit set holds an index into its
/// kept points; without it, a record's.
const KEPT: u32 = 1 << 31;

/// A unit's points by date, each named by its own record or kept whole.
/// Read it with the unit's records: `Points`.
#[derive(Clone, Debug, PartialEq)]
pub enum History {
    /// The records `from..to`, each a point as written.
    Records { from: u32, to: u32 },
    /// Every point kept whole.
    Whole(Box<[Point]>),
    /// A record's index per slot, or with `KEPT` set a kept point's.
    Mixed {
        slots: Box<[u32]>,
        kept: Box<[Point]>,
    },
}

/// Points kept whole, none named by a record: for points no record gives.
impl FromIterator<Point> for History {
    fn from_iter<I: IntoIterator<Item = Point>>(points: I) -> Self {
        History::Whole(points.into_iter().collect())
    }
}

impl Default for History {
    fn default() -> Self {
        History::Records { from: 0, to: 0 }
    }
}

impl History {
    /// The history of these points, in their order: each that its own
    /// record gives back as it is, named by that record.
    pub fn of(points: Vec<Point>, records: &[Record]) -> History {
        let named = |p: &Point| match p.origin {
            Origin::Own(k) => {
                (k < KEPT && own_point(records, k as usize).as_ref() == Some(p)).then_some(k)
            }
            Origin::RolledUp(_) => None,
        };
        if points.is_empty() {
            return History::default();
        }
        let names: Vec<Option<u32>> = points.iter().map(named).collect();
        // Two thousand million points of one unit would not fit a slot:
        // never, but then kept whole rather than named wrong.
        if names.iter().all(Option::is_none) || points.len() >= KEPT as usize {
            return History::Whole(points.into_boxed_slice());
        }
        let named_all = names.iter().all(Option::is_some);
        if let Some(range) = named_all
            .then(|| run_of(names.iter().flatten().map(|&k| k as usize)))
            .flatten()
        {
            return range;
        }
        let mut slots = Vec::with_capacity(points.len());
        let mut kept = Vec::new();
        for (p, name) in points.into_iter().zip(names) {
            match name {
                Some(k) => slots.push(k),
                None => {
                    // Fewer than `KEPT` points, checked above: it fits.
                    slots.push(u32::try_from(kept.len()).unwrap_or(0) | KEPT);
                    kept.push(p);
                }
            }
        }
        History::Mixed {
            slots: slots.into_boxed_slice(),
            kept: kept.into_boxed_slice(),
        }
    }

    /// The records among `ks` that give a point, in that order, each a
    /// point as written: the history of a unit without parts.
    pub fn of_records(records: &[Record], ks: impl Iterator<Item = usize> + Clone) -> History {
        let giving = ks.filter(|&k| gives_point(records, k));
        // Most units: their records in a run, named with nothing allocated.
        if let Some(range) = run_of(giving.clone()) {
            return range;
        }
        let ks: Vec<usize> = giving.collect();
        let names: Option<Vec<u32>> = ks
            .iter()
            .map(|&k| u32::try_from(k).ok().filter(|&k| k < KEPT))
            .collect();
        let Some(names) = names else {
            return History::Whole(ks.iter().filter_map(|&k| own_point(records, k)).collect());
        };
        // Not a run (`run_of` said so above): each record named in a slot.
        History::Mixed {
            slots: names.into_boxed_slice(),
            kept: Box::default(),
        }
    }

    /// How many points it holds.
    pub fn len(&self) -> usize {
        match self {
            History::Records { from, to } => to.saturating_sub(*from) as usize,
            History::Whole(points) => points.len(),
            History::Mixed { slots, .. } => slots.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Only the points dated on or before `day`, in place when all are.
    pub fn until(self, records: &[Record], day: NaiveDate) -> History {
        let view = Points::new(&self, records);
        if (0..view.len()).all(|k| view.date(k).is_none_or(|d| d <= day)) {
            return self;
        }
        let kept: Vec<Point> = view.iter().filter(|p| p.date <= day).collect();
        History::of(kept, records)
    }
}

/// The run of records `from..to` that the indices are, if they are one
/// that fits a slot.
fn run_of(mut ks: impl Iterator<Item = usize>) -> Option<History> {
    let Some(first) = ks.next() else {
        return Some(History::default());
    };
    let from = u32::try_from(first).ok().filter(|&k| k < KEPT)?;
    let mut next = first.checked_add(1)?;
    for k in ks {
        if k != next {
            return None;
        }
        next = next.checked_add(1)?;
    }
    let to = u32::try_from(next).ok().filter(|&k| k <= KEPT)?;
    Some(History::Records { from, to })
}

/// A history read with its unit's records: its points, by value.
#[derive(Clone, Copy, Debug)]
pub struct Points<'a> {
    history: &'a History,
    records: &'a [Record],
}

impl<'a> Points<'a> {
    pub fn new(history: &'a History, records: &'a [Record]) -> Self {
        Points { history, records }
    }

    pub fn len(&self) -> usize {
        self.history.len()
    }

    pub fn is_empty(&self) -> bool {
        self.history.is_empty()
    }

    /// The `k`th point, by date.
    pub fn get(&self, k: usize) -> Option<Point> {
        match self.history {
            History::Records { from, to } => {
                let at = (*from as usize).checked_add(k)?;
                (at < *to as usize).then(|| own_point(self.records, at))?
            }
            History::Whole(points) => points.get(k).copied(),
            History::Mixed { slots, kept } => {
                let slot = *slots.get(k)?;
                if slot & KEPT == 0 {
                    own_point(self.records, slot as usize)
                } else {
                    kept.get((slot & !KEPT) as usize).copied()
                }
            }
        }
    }

    /// Every point, by date.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = Point> + 'a {
        (0..self.len()).filter_map(move |k| self.get(k))
    }

    /// Complete points only: what the trend and chart lines are drawn from.
    pub fn judged(self) -> impl DoubleEndedIterator<Item = Point> + 'a {
        self.iter().filter(|p| !p.is_partial())
    }

    /// The date of the `k`th point, read without working the point out.
    pub fn date(&self, k: usize) -> Option<NaiveDate> {
        let record = |k: usize| self.records.get(k).map(|r| r.date);
        match self.history {
            History::Records { from, to } => {
                let at = (*from as usize).checked_add(k)?;
                record(at).filter(|_| at < *to as usize)
            }
            History::Whole(points) => points.get(k).map(|p| p.date),
            History::Mixed { slots, kept } => {
                let slot = *slots.get(k)?;
                if slot & KEPT == 0 {
                    record(slot as usize)
                } else {
                    kept.get((slot & !KEPT) as usize).map(|p| p.date)
                }
            }
        }
    }

    /// The plan of the `k`th point (`Point::plan`), read without working
    /// the point out: a record's point has the record's plan.
    pub fn plan(&self, k: usize) -> Option<u64> {
        match self.history {
            History::Records { from, to } => {
                let at = (*from as usize).checked_add(k)?;
                self.records.get(at).filter(|_| at < *to as usize)?.plan()
            }
            History::Whole(points) => points.get(k)?.plan(),
            History::Mixed { slots, kept } => {
                let slot = *slots.get(k)?;
                if slot & KEPT == 0 {
                    self.records.get(slot as usize)?.plan()
                } else {
                    kept.get((slot & !KEPT) as usize)?.plan()
                }
            }
        }
    }

    /// The first complete point dated `d`. Read often (every part of a
    /// roll-up at each of its dates), so it compares dates before it
    /// works out a point: only a kept point can be partial.
    pub fn complete_at(&self, d: NaiveDate) -> Option<Point> {
        let record_on = |k: u32| self.records.get(k as usize).is_some_and(|r| r.date == d);
        let k = match self.history {
            // Each record of the run gives a point: it was named for it.
            History::Records { from, to } => (*from..*to).position(record_on)?,
            History::Whole(points) => points.iter().position(|p| p.date == d && !p.is_partial())?,
            History::Mixed { slots, kept } => slots.iter().position(|&slot| {
                if slot & KEPT == 0 {
                    record_on(slot)
                } else {
                    kept.get((slot & !KEPT) as usize)
                        .is_some_and(|p| p.date == d && !p.is_partial())
                }
            })?,
        };
        self.get(k)
    }

    pub fn first(&self) -> Option<Point> {
        self.get(0)
    }

    pub fn last(&self) -> Option<Point> {
        self.get(self.len().checked_sub(1)?)
    }

    pub fn to_vec(&self) -> Vec<Point> {
        let mut out = Vec::with_capacity(self.len());
        out.extend(self.iter());
        out
    }
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
