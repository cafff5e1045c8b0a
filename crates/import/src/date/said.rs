//! What a stretch of a title line says: a day, the end of a period, a
//! month, a year, or a month without its year; and the words and numbers
//! that name them (months in English, quarters in Roman numerals).

use chrono::{Datelike, NaiveDate};

use super::*;

/// What a stretch of tokens says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Said {
    /// A day written out.
    Day(NaiveDate),
    /// The last day of a period: exact.
    Ends(NaiveDate),
    /// A month, at its last day.
    Month(NaiveDate),
    Year(i32),
    NoYear {
        month: u32,
        day: Option<u32>,
    },
}

impl Said {
    /// The same, named as the end of a range or after `đến hết`: through
    /// its last day.
    pub(super) fn through(self) -> Said {
        match self {
            Said::Month(d) => Said::Ends(d),
            Said::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).map_or(self, Said::Ends),
            Said::NoYear { month, day: None } => Said::NoYear {
                month,
                day: last_day(month),
            },
            other => other,
        }
    }

    /// Its first day, to tell a range's start from its end.
    pub(super) fn first(self) -> Option<NaiveDate> {
        match self {
            Said::Day(d) | Said::Ends(d) => Some(d),
            Said::Month(d) => d.with_day(1),
            Said::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Said::NoYear { .. } => None,
        }
    }

    pub(super) fn last(self) -> Option<NaiveDate> {
        match self {
            Said::Day(d) | Said::Ends(d) | Said::Month(d) => Some(d),
            Said::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            Said::NoYear { .. } => None,
        }
    }

    pub(super) fn month(self) -> Option<u32> {
        match self {
            Said::NoYear { month, .. } => Some(month),
            Said::Year(_) => None,
            other => other.last().map(|d| d.month()),
        }
    }

    pub(super) fn candidate(self) -> Option<Candidate> {
        Some(match self {
            Said::Day(d) | Said::Ends(d) => Candidate::At(d, Found::Day),
            Said::Month(d) => Candidate::At(d, Found::Month),
            Said::Year(y) => Candidate::At(NaiveDate::from_ymd_opt(y, 12, 31)?, Found::Year),
            Said::NoYear { month, day } => Candidate::NoYear { month, day },
        })
    }
}

/// Whether `a … b` reads as a range from `a` to `b`, not backwards.
pub(super) fn in_order(a: Said, b: Said) -> bool {
    match (a.first(), b.last()) {
        (Some(a), Some(b)) => a <= b,
        _ => match (a.month(), b.month()) {
            (Some(a), Some(b)) => a <= b,
            _ => false,
        },
    }
}

/// Whether one of `a` and `b` lies in the other.
pub(super) fn nested(a: Said, b: Said) -> bool {
    let inside = |outer: Said, inner: Said| match (outer.candidate(), inner.last()) {
        (Some(c), Some(d)) => c.contains(d),
        _ => false,
    };
    inside(a, b) || inside(b, a)
}

/// A year the import accepts: between 1990 and 2100.
pub(super) fn valid_year(n: u32) -> Option<i32> {
    (1990..=2100).contains(&n).then(|| i32::try_from(n).ok())?
}

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(super) fn month_name(w: &str) -> Option<u32> {
    let w = if w == "sept" { "sep" } else { w };
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w)))
        .and_then(|i| u32::try_from(i + 1).ok())
}

pub(super) fn roman(w: &str) -> Option<u32> {
    match w {
        "i" => Some(1),
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        _ => None,
    }
}

/// Words that may stand between the start and the end of a range.
pub(super) const RANGE_WORDS: &[&str] = &[
    "den", "ngay", "het", "cuoi", "to", "until", "till", "through",
];
