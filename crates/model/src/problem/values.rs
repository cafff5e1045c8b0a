//! Problems of a value that should be a date, a number, a count of people
//! or a yes or no, each with the value to write instead.

use super::Found;
pub use crate::partial_dates::{DateMeaning, Partial};

/// A problem of one key's value. `key` is the key as the schema names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A date with a time or a time zone; `fix` is the date alone (none
    /// for a time without a date: no day is made up).
    DateWithTime { key: String, fix: Option<String> },
    /// A date the calendar does not have, as written.
    NotADay { date: String },
    /// A date typed as its year or its year and month alone (`date =
    /// 2019`, `date = 2024-10`, or in quotes): the day to write follows
    /// from `meaning`, and keeps the period typed.
    PartialDate {
        key: String,
        period: Partial,
        meaning: DateMeaning,
    },
    /// A date in quotes; `fix` is the date meant, when the text can be
    /// read as one (never an example, which copied would be a figure).
    DateInQuotes { key: String, fix: Option<String> },
    /// A date written as something else.
    NotADate { key: String, found: Found },
    /// A number in quotes; `fix` is the number meant, when the text can
    /// be read as one.
    NumberInQuotes { key: String, fix: Option<String> },
    /// A number written as something else.
    NotANumber { key: String, found: Found },
    /// `nan` or `inf`.
    NotFinite { key: String },
    /// A percentage of a population outside 0–100.
    OutsidePercent { key: String, n: f64 },
    /// A share of a plan below 0.
    NegativeShare { key: String, n: f64 },
    /// A plan of 0 people or fewer.
    PlanNotAbove0 { key: String, n: i128 },
    /// A count of people below 0.
    NegativeCount { key: String, n: i128 },
    /// A count of people past what the program counts (`n`, when it could
    /// be read at all).
    CountTooLarge { key: String, n: Option<i128> },
    /// A count written with a decimal point, whole all the same.
    CountWithPoint { key: String, n: f64 },
    /// A count written `322.000`: TOML reads 322.0, yet in Vietnamese a dot
    /// parts thousands. Neither reading is certain, so both are told:
    /// `thousands` (`322000`) if the dot parts thousands, `whole` (`322`)
    /// if it is a decimal point before zeros (none for `322.500`).
    CountDotAmbiguous {
        key: String,
        written: String,
        thousands: String,
        whole: Option<String>,
    },
    /// A count with decimals, as written.
    CountNotWhole { key: String, written: String },
    /// A count in quotes or with separators; `fix` is the count meant,
    /// when the text can be read as one.
    CountInQuotes { key: String, fix: Option<String> },
    /// A count written as something else.
    NotACount { key: String, found: Found },
    /// `"true"` or `"false"` in quotes; `written` is which.
    BooleanInQuotes { key: String, written: String },
    /// A yes or no written as something else.
    NotABoolean { key: String, found: Found },
}
