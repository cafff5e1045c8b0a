//! Problems of a value that should be a date, a number, a count of people
//! or a yes or no, each with the value to write instead.

use super::Found;

/// A problem of one key's value. `key` is the key as the schema names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A date with a time or a time zone; `fix` is the date alone.
    DateWithTime { key: String, fix: String },
    /// A date the calendar does not have, as written.
    NotADay { date: String },
    /// A date in quotes; `fix` is the date meant (or an example).
    DateInQuotes { key: String, fix: String },
    /// A date written as something else.
    NotADate { key: String, found: Found },
    /// A number in quotes; `fix` is the number meant (or an example).
    NumberInQuotes { key: String, fix: String },
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
    /// A count with decimals, as written.
    CountNotWhole { key: String, written: String },
    /// A count in quotes or with separators; `fix` is the count meant (or
    /// an example).
    CountInQuotes { key: String, fix: String },
    /// A count written as something else.
    NotACount { key: String, found: Found },
    /// `"true"` or `"false"` in quotes; `written` is which.
    BooleanInQuotes { key: String, written: String },
    /// A yes or no written as something else.
    NotABoolean { key: String, found: Found },
}
