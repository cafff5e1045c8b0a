//! A date typed as its year alone (`date = 2019`) or its year and month
//! (`date = 2024-10`), and the day the schema writes for it, which depends
//! on the key: a figure, a target or `as_of` is dated the period's last day
//! (a year's figure 31 December, data/README.md); a document or an event
//! the period's first day with its `*_precision` key; a publication, a
//! merger or an abolition the exact day the source gives, which no rule
//! can make up. The advice keeps the year and month typed: it never
//! replaces them by an example's.

use chrono::NaiveDate;

/// A year, or a month of a year, as typed where a day was due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Partial {
    Year(i32),
    Month(i32, u32),
}

impl Partial {
    /// `2019`, `2024-10`, `2024/10`, `10/2024`, `10-2024` or `10.2024`
    /// (text of a date key, in quotes or typed bare); the year in four
    /// digits from 1000, the month 1–12. Anything else is not a partial
    /// date: `2024-10-31` is a whole one, `24` no year.
    pub fn read(text: &str) -> Option<Partial> {
        let text = text.trim();
        let year = |s: &str| {
            (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())?
                .filter(|y| *y >= 1000)
        };
        let month = |s: &str| {
            (!s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())?
                .filter(|m| (1..=12).contains(m))
        };
        if let Some(y) = year(text) {
            return Some(Partial::Year(y));
        }
        let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
        let (a, b) = text.split_once(sep)?;
        match (year(a), month(b), month(a), year(b)) {
            (Some(y), Some(m), _, _) if sep != '.' => Some(Partial::Month(y, m)),
            (_, _, Some(m), Some(y)) => Some(Partial::Month(y, m)),
            _ => None,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Partial::Year(y) | Partial::Month(y, _) => y,
        }
    }

    /// 1 January, or the month's 1st.
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            Partial::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Partial::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
        }
    }

    /// 31 December, or the month's last day (29 February in a leap year).
    pub fn last_day(self) -> Option<NaiveDate> {
        match self {
            Partial::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            Partial::Month(y, m) => {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
            }
        }
    }
}

/// What day a key's period is written as (see the module's comment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateMeaning {
    /// The period's last day: a record's or a population's `date`, a
    /// target's `by`, `[meta]`'s `as_of`.
    PeriodEnd,
    /// The period's first day, with `key = "year"` or `"month"`: a
    /// directive's `issued` (`issued_precision`), a milestone's `date`
    /// (`date_precision`).
    Precision { key: String },
    /// The day the source gives: `published`, `merged_on`,
    /// `abolished_on`, and a key not known to be a date.
    Exact,
}

/// The meaning of date `key` in `table` (as TOML writes it: `[meta]`,
/// `[[milestone]]`, `[[locality.record]]`…).
pub fn meaning(table: &str, key: &str) -> DateMeaning {
    let precision = |key: &str| DateMeaning::Precision {
        key: key.to_string(),
    };
    match (table, key) {
        (_, "issued") => precision("issued_precision"),
        ("[[milestone]]", "date") => precision("date_precision"),
        (_, "date" | "as_of" | "by") => DateMeaning::PeriodEnd,
        _ => DateMeaning::Exact,
    }
}

/// The keys of schema 1 whose value is a date.
pub fn is_date_key(key: &str) -> bool {
    matches!(
        key,
        "date" | "as_of" | "by" | "issued" | "published" | "merged_on" | "abolished_on"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn a_year_or_a_month_typed_is_read_as_typed_never_as_another() {
        assert_eq!(Partial::read("2019"), Some(Partial::Year(2019)));
        assert_eq!(Partial::read(" 2024 "), Some(Partial::Year(2024)));
        assert_eq!(Partial::read("2024-10"), Some(Partial::Month(2024, 10)));
        assert_eq!(Partial::read("2024/1"), Some(Partial::Month(2024, 1)));
        assert_eq!(Partial::read("10/2024"), Some(Partial::Month(2024, 10)));
        assert_eq!(Partial::read("10-2024"), Some(Partial::Month(2024, 10)));
        assert_eq!(Partial::read("10.2024"), Some(Partial::Month(2024, 10)));
        // `2024.10` is a number with decimals, not a month.
        assert_eq!(Partial::read("2024.10"), None);
        assert_eq!(Partial::read("2024-13"), None);
        assert_eq!(Partial::read("2024-00"), None);
        assert_eq!(Partial::read("2024-10-31"), None);
        assert_eq!(Partial::read("24"), None);
        assert_eq!(Partial::read("0999"), None);
        assert_eq!(Partial::read("20190"), None);
        assert_eq!(Partial::read("+2019"), None);
        assert_eq!(Partial::read("năm 2019"), None);
    }

    #[test]
    fn a_period_ends_on_its_last_day_and_starts_on_its_first() {
        assert_eq!(Partial::Year(2019).last_day(), d(2019, 12, 31));
        assert_eq!(Partial::Year(2019).first_day(), d(2019, 1, 1));
        assert_eq!(Partial::Month(2024, 10).last_day(), d(2024, 10, 31));
        assert_eq!(Partial::Month(2024, 11).last_day(), d(2024, 11, 30));
        assert_eq!(Partial::Month(2024, 2).last_day(), d(2024, 2, 29));
        assert_eq!(Partial::Month(2025, 2).last_day(), d(2025, 2, 28));
        assert_eq!(Partial::Month(2024, 12).last_day(), d(2024, 12, 31));
        assert_eq!(Partial::Month(2024, 10).first_day(), d(2024, 10, 1));
    }

    #[test]
    fn each_date_key_has_the_meaning_the_schema_gives_it() {
        let precision = |k: &str| DateMeaning::Precision { key: k.into() };
        assert_eq!(
            meaning("[[milestone]]", "date"),
            precision("date_precision")
        );
        assert_eq!(
            meaning("[[directive]]", "issued"),
            precision("issued_precision")
        );
        assert_eq!(
            meaning("[[locality.record]]", "date"),
            DateMeaning::PeriodEnd
        );
        assert_eq!(meaning("[[record]]", "date"), DateMeaning::PeriodEnd);
        assert_eq!(
            meaning("[[locality.population]]", "date"),
            DateMeaning::PeriodEnd
        );
        assert_eq!(meaning("[meta]", "as_of"), DateMeaning::PeriodEnd);
        assert_eq!(meaning("[[target]]", "by"), DateMeaning::PeriodEnd);
        assert_eq!(meaning("[[target]]", "published"), DateMeaning::Exact);
        assert_eq!(
            meaning("[[locality.record]]", "published"),
            DateMeaning::Exact
        );
        assert_eq!(meaning("[[locality]]", "merged_on"), DateMeaning::Exact);
        assert_eq!(meaning("[[locality]]", "abolished_on"), DateMeaning::Exact);
    }
}
