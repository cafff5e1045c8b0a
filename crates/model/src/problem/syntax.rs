//! Syntax errors of the TOML parser, with the fix for the slips a person
//! typing Vietnamese figures makes most (see `crate::syntax`).

/// A syntax error. `parser` is the TOML parser's own message, in English
/// as it writes it: the words of a sentence that explains it are not the
/// model's.
#[derive(Clone, Debug, PartialEq)]
pub enum Syntax {
    /// `coverage = 94,47`: `fix` is `94.47`.
    DecimalComma { key: String, fix: String },
    /// `date = 31/12/2023`: `fix` is `2023-12-31`.
    DayFirstDate { key: String, fix: String },
    /// `date = 2023-02-30`: a date the calendar does not have.
    NotACalendarDay {
        key: String,
        value: String,
        parser: String,
    },
    /// `coverage = 92%`: `fix` is `92`, the number without its sign.
    PercentSign { key: String, fix: String },
    /// `population = 1.741.540` or `1 741 540`: `digits` is `1741540`.
    ThousandsSeparators { key: String, digits: String },
    /// `[locality]` where the file has `[[locality]]` too.
    SingleBrackets { name: String },
    /// A text not closed on its line.
    UnclosedText,
    /// Values nested deeper than the parser goes.
    TooDeep,
    /// A control character in a comment.
    ControlInComment { c: char },
    /// A control character outside any text or comment.
    ControlHere { c: char },
    /// Any other syntax error.
    NotToml { parser: String },
    /// More syntax errors than are told in one file.
    More { more: usize },
}
