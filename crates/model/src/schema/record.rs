//! A locality's figures as written: its records (coverage and counts on a
//! date, with the rarer fields boxed) and its population figures.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Loc;
use crate::shared::Shared;

/// Coverage of population groups, in percent, as a record gives them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Groups {
    pub poor: Option<f64>,
    pub near_poor: Option<f64>,
    pub children_under_6: Option<f64>,
    pub over_80: Option<f64>,
    pub students: Option<f64>,
    pub farming_households: Option<f64>,
}

impl Groups {
    /// Each group with its value, in the order the screens show them.
    pub fn entries(&self) -> [(Group, Option<f64>); 6] {
        [
            (Group::Poor, self.poor),
            (Group::NearPoor, self.near_poor),
            (Group::ChildrenUnder6, self.children_under_6),
            (Group::Over80, self.over_80),
            (Group::Students, self.students),
            (Group::FarmingHouseholds, self.farming_households),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.entries().iter().all(|(_, v)| v.is_none())
    }

    /// Boxed when it gives any group's coverage.
    pub fn boxed(self) -> Option<Box<Groups>> {
        (!self.is_empty()).then(|| Box::new(self))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    Poor,
    NearPoor,
    ChildrenUnder6,
    Over80,
    Students,
    FarmingHouseholds,
}

/// One figure of a locality on a date. Kept for every year of every
/// commune (1.6 million at 100,000 localities), so it holds inline only
/// what nearly every record has: 48 bytes, where the TOML text of one is
/// about 100; the rest, which few records give, is boxed in `more`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Record {
    #[serde(with = "crate::days")]
    pub date: NaiveDate,
    /// `coverage()`, `participants()` and `population()`, each there when
    /// its bit of `given` is set: 8 bytes where an `Option` takes 16.
    coverage: f64,
    /// A count in 32 bits, as every count of people in one country is;
    /// one above that (a typing slip, a sum of money read as people) is
    /// kept whole, exactly as written, in `more` (`WIDE_…` bits).
    participants: u32,
    population: u32,
    given: u8,
    /// Written the same on many records: kept once (`shared`).
    pub source: Shared,
    pub at: Loc,
    /// `estimate = true`: the source's own estimate (`ước thực hiện`), not
    /// its counted figure: shown marked `≈`, never taken to meet a target.
    pub estimate: bool,
    /// `replaces = true`: the record supersedes the one for the same unit
    /// and date loaded before it (see `load::replace`).
    pub replaces: bool,
    /// Private: it also holds a count too large for 32 bits, which
    /// setting it whole would lose (`set_more` keeps it).
    more: Option<Box<More>>,
}

/// What a record gives beyond its date, coverage and counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct More {
    /// The day the figure was made public, when later than `date`: a
    /// year-end figure is announced weeks after the year ends, and until
    /// then nobody could have judged on it.
    #[serde(with = "crate::days::option")]
    pub published: Option<NaiveDate>,
    /// The plan assigned to the unit (`Kế hoạch giao`): how many people it
    /// is to have enrolled, a number above 0.
    pub plan: Option<u64>,
    pub plan_percent: Option<f64>,
    /// Coverage in the source's own words when it gives no exact figure
    /// ("gần 95 %", "trên 99 %"): shown where the figure would be, never
    /// used as a number.
    pub coverage_words: Option<Box<str>>,
    pub note: Option<Shared>,
    /// Boxed apart: few records give any, and a plan alone (on many a
    /// commune's record) should not carry room for six.
    pub groups: Option<Box<Groups>>,
    /// The record it superseded, once the load has dropped that one:
    /// which source gave way to which stays visible.
    pub replaced: Option<Box<Replaced>>,
    /// The record's counts that do not fit its 32 bits: set only by its
    /// `set_participants` and `set_population`.
    pub wide: WideCounts,
}

/// A record's counts above `u32::MAX`, kept as written; empty unless its
/// own setters put one there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WideCounts(Option<Box<Wide>>);

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Wide {
    participants: Option<u64>,
    population: Option<u64>,
}

impl More {
    /// Boxed when it gives anything: a record without it stays small, and
    /// compares equal however it was built.
    pub fn boxed(self) -> Option<Box<More>> {
        (self != More::default()).then(|| Box::new(self))
    }
}

/// A record dropped for the one that replaced it: where it was written and
/// what it said, and what it had itself replaced, if anything.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Replaced {
    pub source: Shared,
    pub at: Loc,
    pub coverage: Option<f64>,
    pub estimate: bool,
    pub earlier: Option<Box<Replaced>>,
}

/// The bits of `Record::given`.
const COVERAGE: u8 = 1;
const PARTICIPANTS: u8 = 2;
const POPULATION: u8 = 4;
/// The count is too large for its 32 bits: `more.wide` holds it.
const WIDE_PARTICIPANTS: u8 = 8;
const WIDE_POPULATION: u8 = 16;

impl Record {
    /// A record of `date` from `source`, written at `at`, with no figure yet.
    pub fn new(date: NaiveDate, source: Shared, at: Loc) -> Self {
        Record {
            date,
            coverage: 0.0,
            participants: 0,
            population: 0,
            given: 0,
            source,
            at,
            estimate: false,
            replaces: false,
            more: None,
        }
    }

    /// The coverage the record states, in percent.
    pub fn coverage(&self) -> Option<f64> {
        (self.given & COVERAGE != 0).then_some(self.coverage)
    }

    pub fn participants(&self) -> Option<u64> {
        self.count(PARTICIPANTS, WIDE_PARTICIPANTS, self.participants, |w| {
            w.participants
        })
    }

    pub fn population(&self) -> Option<u64> {
        self.count(POPULATION, WIDE_POPULATION, self.population, |w| {
            w.population
        })
    }

    fn count(&self, bit: u8, wide: u8, narrow: u32, of: fn(&Wide) -> Option<u64>) -> Option<u64> {
        if self.given & bit == 0 {
            None
        } else if self.given & wide == 0 {
            Some(u64::from(narrow))
        } else {
            self.more.as_deref()?.wide.0.as_deref().and_then(of)
        }
    }

    pub fn set_coverage(&mut self, coverage: Option<f64>) {
        self.coverage = coverage.unwrap_or(0.0);
        self.set_given(COVERAGE, coverage.is_some());
    }

    pub fn set_participants(&mut self, participants: Option<u64>) {
        self.participants = self.set_count(participants, PARTICIPANTS, WIDE_PARTICIPANTS, |w| {
            &mut w.participants
        });
    }

    pub fn set_population(&mut self, population: Option<u64>) {
        self.population = self.set_count(population, POPULATION, WIDE_POPULATION, |w| {
            &mut w.population
        });
    }

    /// Sets a count's bits and its wide slot; gives what its 32 bits hold.
    fn set_count(
        &mut self,
        count: Option<u64>,
        bit: u8,
        wide: u8,
        slot: fn(&mut Wide) -> &mut Option<u64>,
    ) -> u32 {
        self.set_given(bit, count.is_some());
        let narrow = count.map(u32::try_from);
        let too_large = matches!(narrow, Some(Err(_)));
        self.set_given(wide, too_large);
        if too_large {
            *slot(self.more_mut().wide.0.get_or_insert_with(Box::default)) = count;
        } else if let Some(more) = self.more.as_deref_mut() {
            if let Some(w) = more.wide.0.as_deref_mut() {
                *slot(w) = None;
            }
            if more.wide.0.as_deref() == Some(&Wide::default()) {
                more.wide = WideCounts::default();
            }
            if *more == More::default() {
                self.more = None;
            }
        }
        narrow.and_then(Result::ok).unwrap_or(0)
    }

    fn set_given(&mut self, bit: u8, given: bool) {
        if given {
            self.given |= bit;
        } else {
            self.given &= !bit;
        }
    }

    /// The first day the figure was known: its `published` day, else its
    /// own date.
    pub fn known_on(&self) -> NaiveDate {
        self.published().map_or(self.date, |p| p.max(self.date))
    }

    /// Whether the figure was known on `day`: judged as of a day, only
    /// what had been made public by then counts.
    pub fn known_by(&self, day: NaiveDate) -> bool {
        self.known_on() <= day
    }

    /// The groups' coverage, each `None` when the record gives none.
    pub fn groups(&self) -> Groups {
        self.more
            .as_deref()
            .and_then(|m| m.groups.as_deref().copied())
            .unwrap_or_default()
    }

    pub fn plan(&self) -> Option<u64> {
        self.more.as_deref()?.plan
    }

    /// The day the figure was made public, when the record gives one.
    pub fn published(&self) -> Option<NaiveDate> {
        self.more.as_deref()?.published
    }

    pub fn plan_percent(&self) -> Option<f64> {
        self.more.as_deref()?.plan_percent
    }

    pub fn coverage_words(&self) -> Option<&str> {
        self.more.as_deref()?.coverage_words.as_deref()
    }

    pub fn note(&self) -> Option<&str> {
        self.more.as_deref()?.note.as_deref()
    }

    pub fn replaced(&self) -> Option<&Replaced> {
        self.more.as_deref()?.replaced.as_deref()
    }

    /// Sets what the record gives beyond its date, coverage and counts,
    /// keeping any count too large for 32 bits, which lives there too.
    pub fn set_more(&mut self, mut more: More) {
        more.wide = self.more.take().map(|m| m.wide).unwrap_or_default();
        self.more = more.boxed();
    }

    /// The record it superseded, taken with the record.
    pub fn into_replaced(self) -> Option<Box<Replaced>> {
        self.more.and_then(|m| m.replaced)
    }

    /// What the record gives beyond its date, coverage and counts, to set.
    pub fn more_mut(&mut self) -> &mut More {
        self.more.get_or_insert_with(Box::default)
    }

    /// The coverage the record states, or the one its own participants and
    /// population give.
    pub fn coverage_or_ratio(&self) -> Option<f64> {
        self.coverage().or_else(|| self.ratio())
    }

    pub fn ratio(&self) -> Option<f64> {
        crate::agreement::percent(self.participants(), self.population())
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PopulationPoint {
    #[serde(with = "crate::days")]
    pub date: NaiveDate,
    pub count: u64,
    pub note: Option<String>,
    pub source: Shared,
    pub at: Loc,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_48_bytes_and_gives_back_each_figure_it_was_given() {
        // 1.6 million of them at 100,000 localities.
        assert!(std::mem::size_of::<Record>() <= 48);
        // What many a commune's record also gives (a plan) costs at most
        // 88 bytes more, boxed.
        assert!(std::mem::size_of::<More>() <= 88);
        let day = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default();
        let mut r = Record::new(day, "s".into(), Loc::default());
        assert_eq!(
            (r.coverage(), r.participants(), r.population()),
            (None, None, None)
        );
        r.set_coverage(Some(0.0));
        assert_eq!(
            (r.coverage(), r.participants(), r.population()),
            (Some(0.0), None, None)
        );
        r.set_participants(Some(0));
        r.set_population(Some(u64::MAX));
        assert_eq!(
            (r.coverage(), r.participants(), r.population()),
            (Some(0.0), Some(0), Some(u64::MAX))
        );
        r.set_coverage(None);
        r.set_participants(Some(7));
        assert_eq!(
            (r.coverage(), r.participants(), r.population()),
            (None, Some(7), Some(u64::MAX))
        );
        r.set_population(None);
        r.set_participants(None);
        assert_eq!(
            (r.coverage(), r.participants(), r.population()),
            (None, None, None)
        );
        // Encoded and decoded (the cache) as it was.
        r.set_coverage(Some(95.25));
        r.set_population(Some(3));
        let back: Record = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(
            (back.coverage(), back.participants(), back.population()),
            (Some(95.25), None, Some(3))
        );
    }

    /// A count fits in 32 bits up to `u32::MAX`; one above is kept whole
    /// in the boxed fields, read back exactly, and gone again when the
    /// count is set small or unset. Setting the rare fields keeps it.
    #[test]
    fn a_count_above_32_bits_is_kept_whole_apart() {
        let day = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default();
        let mut r = Record::new(day, "s".into(), Loc::default());
        let max = u64::from(u32::MAX);
        r.set_participants(Some(max));
        r.set_population(Some(max));
        assert_eq!((r.participants(), r.population()), (Some(max), Some(max)));
        assert!(r.more.is_none(), "{:?}", r.more);
        r.set_population(Some(max + 1));
        assert_eq!(
            (r.participants(), r.population()),
            (Some(max), Some(max + 1))
        );
        r.set_participants(Some(u64::MAX));
        assert_eq!(r.participants(), Some(u64::MAX));
        // The rare fields set whole after: the counts stay.
        r.set_more(More {
            plan: Some(7),
            ..More::default()
        });
        assert_eq!(
            (r.participants(), r.population(), r.plan()),
            (Some(u64::MAX), Some(max + 1), Some(7))
        );
        r.set_participants(Some(3));
        r.set_population(None);
        assert_eq!(
            (r.participants(), r.population(), r.plan()),
            (Some(3), None, Some(7))
        );
        r.set_more(More::default());
        assert!(r.more.is_none(), "{:?}", r.more);
        // A wide count alone boxes only it, and goes with it.
        r.set_population(Some(max + 2));
        assert_eq!(r.population(), Some(max + 2));
        r.set_population(Some(0));
        assert_eq!(r.population(), Some(0));
        assert!(r.more.is_none(), "{:?}", r.more);
    }
}
