//! A unit's figures over time as a table, the same for the Province screen
//! (`v`) and every export: one row per figure, from its records and the
//! roll-ups of its parts, in date order. Nothing is computed for a cell a
//! source left empty: a gap stays a gap.

use chrono::NaiveDate;
use tiendo_model::plan;
use tiendo_model::point::{Origin, Point};
use tiendo_model::schema::{Precision, Record};
use tiendo_model::{Era, Model};

use crate::text::{self, Lang};
use crate::value::{Made, Value};

/// The table's columns: date, coverage, participants, population, share
/// of the plan, marks, source.
pub const COLUMNS: usize = 7;

/// Per column: figures are right-aligned.
pub const RIGHT: [bool; COLUMNS] = [false, true, true, true, true, false, false];

/// Per column: figures may carry a mark after them (`*`, `~`), so each of
/// its cells keeps the mark's cell (`value::with_mark_cell`).
pub const MARKS_AFTER: [bool; COLUMNS] = [false, true, false, false, true, false, false];

/// What a figure can be marked with, in the marks column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    RolledUp,
    Partial,
    Estimate,
    Replaces,
    Stale,
}

impl Mark {
    pub fn word(self, lang: Lang) -> &'static str {
        let w = text::figure_words(lang);
        match self {
            Mark::RolledUp => w.rolled_up,
            Mark::Partial => w.partial,
            Mark::Estimate => w.estimate,
            Mark::Replaces => w.replaces,
            Mark::Stale => w.stale,
        }
    }

    /// As json names it.
    pub fn code(self) -> &'static str {
        match self {
            Mark::RolledUp => "rolled_up",
            Mark::Partial => "partial",
            Mark::Estimate => "estimate",
            Mark::Replaces => "replaces",
            Mark::Stale => "stale",
        }
    }
}

/// One figure of a unit: a point of its history (its own record's, or a
/// roll-up of its parts), or a record that gives no coverage figure (the
/// source's words, or only counts).
#[derive(Clone, Copy, Debug)]
pub struct FigureRow<'a> {
    pub date: NaiveDate,
    pub point: Option<Point>,
    pub record: Option<&'a Record>,
    /// The figure the unit's row shows, more than 18 months old.
    pub stale: bool,
}

/// The headers, in the interface language.
pub fn headers(lang: Lang) -> [String; COLUMNS] {
    let (w, f) = (text::words(lang), text::figure_words(lang));
    [
        f.date,
        w.coverage,
        w.participants,
        w.population,
        w.plan_share,
        f.marks,
        w.source,
    ]
    .map(String::from)
}

/// The figures of unit `i` in `era` up to its judging day, known by the
/// model's, in date order.
pub fn rows(m: &Model, i: usize, era: Era) -> Vec<FigureRow<'_>> {
    let (Some(l), Some(p)) = (m.locality(i), m.progress(i, era)) else {
        return Vec::new();
    };
    let points = p.points(&l.records);
    // Each row with the index of its point, if any: the latest is marked.
    let mut out: Vec<(Option<usize>, FigureRow<'_>)> = (0..points.len())
        .filter_map(|k| Some((k, points.get(k)?)))
        .map(|(k, x)| {
            (
                Some(k),
                FigureRow {
                    date: x.date,
                    point: Some(x),
                    record: match x.origin {
                        Origin::Own(k) => l.records.get(k as usize),
                        Origin::RolledUp(_) => None,
                    },
                    stale: false,
                },
            )
        })
        .collect();
    let span = territory(m, i, era);
    // Every record with a coverage figure is a point already.
    out.extend(
        l.records
            .iter()
            .filter(|r| r.coverage_or_ratio().is_none())
            .filter(|r| r.date <= p.judged_on && r.known_by(m.today) && span(r.date))
            .map(|r| {
                (
                    None,
                    FigureRow {
                        date: r.date,
                        point: None,
                        record: Some(r),
                        stale: false,
                    },
                )
            }),
    );
    out.sort_by_key(|(_, x)| x.date);
    if p.stale {
        // The row the unit's coverage cell shows: the source's words, or
        // the latest point.
        let shown = out.iter().rposition(|(k, x)| match (&p.said, k) {
            (Some(said), _) => {
                x.point.is_none() && l.records.get(said.record).is_some_and(|r| x.is(r))
            }
            (None, Some(_)) => *k == p.latest.and_then(|x| usize::try_from(x).ok()),
            (None, None) => false,
        });
        if let Some((_, row)) = shown.and_then(|k| out.get_mut(k)) {
            row.stale = true;
        }
    }
    out.into_iter().map(|(_, row)| row).collect()
}

/// Which days of unit `i`'s records `era` stands for: a unit that absorbed
/// others has one history before its merger and one since.
fn territory(m: &Model, i: usize, era: Era) -> impl Fn(NaiveDate) -> bool {
    let split = m.figures.get(i).is_some_and(|f| f.former.is_some());
    let on = m
        .absorbed
        .get(i)
        .into_iter()
        .flatten()
        .filter_map(|&a| m.locality(a)?.merged_on)
        .min()
        .filter(|_| split);
    move |d| match (on, era) {
        (None, _) => true,
        (Some(on), Era::Former) => d < on,
        (Some(on), Era::Current) => d >= on,
    }
}

impl<'a> FigureRow<'a> {
    fn is(&self, r: &Record) -> bool {
        self.record.is_some_and(|x| std::ptr::eq(x, r))
    }

    fn estimate(&self) -> bool {
        self.point
            .map_or_else(|| self.record.is_some_and(|r| r.estimate), |x| x.estimate)
    }

    pub fn marks(&self) -> Vec<Mark> {
        let made = self.point.as_ref().map(Made::of);
        [
            (made == Some(Made::RolledUp), Mark::RolledUp),
            (made == Some(Made::Partial), Mark::Partial),
            (self.estimate(), Mark::Estimate),
            (
                self.record.is_some_and(|r| r.replaced().is_some()),
                Mark::Replaces,
            ),
            (self.stale, Mark::Stale),
        ]
        .into_iter()
        .filter_map(|(on, mark)| on.then_some(mark))
        .collect()
    }

    /// The coverage figure with its marks; none for a record without one.
    pub fn coverage(&self) -> Option<Value> {
        let x = self.point?;
        Some(Value::Coverage(x.coverage, Made::of(&x)).estimated(x.estimate))
    }

    /// The coverage the source gives only in words (`gần 97,5 %`).
    pub fn coverage_words(&self) -> Option<&'a str> {
        match self.point {
            Some(_) => None,
            None => self.record?.coverage_words(),
        }
    }

    pub fn participants(&self) -> Option<Value> {
        let n = match self.point {
            Some(x) => x.participants(),
            None => self.record?.participants(),
        }?;
        Some(Value::Count(n).estimated(self.estimate()))
    }

    pub fn population(&self) -> Option<u64> {
        match self.point {
            Some(x) => x.population(),
            None => self.record?.population(),
        }
    }

    pub fn plan(&self) -> Option<Value> {
        let (percent, rolled_up) = match self.point {
            Some(x) => x.plan_share.map(|s| (s.percent, s.rolled_up))?,
            None => (plan::of_record(self.record?)?, false),
        };
        Some(Value::Share { percent, rolled_up }.estimated(self.estimate()))
    }

    pub fn source(&self) -> Option<&'a str> {
        self.record.map(|r| r.source.as_str())
    }

    /// The row's cells, as the screen and the md and txt exports show
    /// them.
    pub fn cells(&self, lang: Lang) -> [Value; COLUMNS] {
        let marks: Vec<&str> = self.marks().into_iter().map(|k| k.word(lang)).collect();
        let or_gap = |v: Option<Value>| v.unwrap_or(Value::Missing);
        [
            Value::Date {
                date: self.date,
                precision: Precision::Day,
                stale: self.stale,
            },
            or_gap(
                self.coverage()
                    .or_else(|| self.coverage_words().map(|s| Value::Text(s.to_string()))),
            ),
            or_gap(self.participants()),
            or_gap(self.population().map(Value::Count)),
            or_gap(self.plan()),
            or_gap((!marks.is_empty()).then(|| Value::Text(marks.join(", ")))),
            or_gap(self.source().map(|s| Value::Text(s.to_string()))),
        ]
    }
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
