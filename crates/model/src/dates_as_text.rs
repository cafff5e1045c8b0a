//! Dates written as text, as Vietnamese reports and people write them:
//! `2025-09-30` year first, or `30/09/2025`, `30-9-2025`, `30.09.2025` day
//! first. Never month first: `05/11/2025` is 5 November, and `11/30/2025`
//! is no date at all rather than a guess. `check` suggests the fix for a
//! date written in quotes or day first with it; the import reads a title's
//! dates with `from_numbers`.

use chrono::NaiveDate;

/// The day three numbers written in a row stand for: year first when the
/// first is a year by `year`, else day, month, year. Each caller says what
/// a year is: the import, among a title's other numbers, only takes one
/// near today's (1990–2100); text known to be a date takes any.
pub fn from_numbers(
    a: u32,
    b: u32,
    c: u32,
    year: impl Fn(u32) -> Option<i32>,
) -> Option<NaiveDate> {
    match year(a) {
        Some(y) => NaiveDate::from_ymd_opt(y, b, c),
        None => NaiveDate::from_ymd_opt(year(c)?, b, a),
    }
}

/// The day `text` writes: three numbers parted by one of `-`, `/` or `.`,
/// the year in four digits (from 1000), first or last.
pub fn read(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    // Digits only (`parse` alone takes `+5`); an empty part fails to parse.
    let number = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())?
    };
    let (na, nb, nc) = (number(a)?, number(b)?, number(c)?);
    // The year is the part of four digits; day and month have one or two.
    let four = |s: &str| s.len() == 4;
    let short = |s: &str| s.len() <= 2;
    let year_first = four(a) && short(b) && short(c);
    let year_last = short(a) && short(b) && four(c);
    if !(year_first || year_last) {
        return None;
    }
    // Day and month are two digits at most: only the year can be 1000 or more.
    from_numbers(na, nb, nc, |n| {
        (n >= 1000).then(|| i32::try_from(n).ok())?
    })
}

/// `read`, written as TOML writes a date: `2025-09-30`.
pub fn iso(text: &str) -> Option<String> {
    read(text).map(|d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn year_first_or_day_first_never_month_first() {
        assert_eq!(read("2023-12-31"), d(2023, 12, 31));
        assert_eq!(read("31/12/2023"), d(2023, 12, 31));
        assert_eq!(read("31-12-2023"), d(2023, 12, 31));
        assert_eq!(read("31.12.2023"), d(2023, 12, 31));
        assert_eq!(read(" 1/7/2025 "), d(2025, 7, 1));
        // dd/mm against mm/dd: always the day first.
        assert_eq!(read("05/11/2025"), d(2025, 11, 5));
        assert_eq!(read("11/05/2025"), d(2025, 5, 11));
        assert_eq!(read("12/31/2025"), None);
        assert_eq!(iso("31/12/2023").as_deref(), Some("2023-12-31"));
    }

    #[test]
    fn no_calendar_day_no_date() {
        // A day or a month has two digits at most, however it is padded.
        assert_eq!(read("2023/012/05"), None);
        assert_eq!(read("05/012/2023"), None);
        assert_eq!(read("2023/12/005"), None);
        assert_eq!(read("+5/12/2023"), None);
        assert_eq!(read("/12/2023"), None);
        assert_eq!(read("31/02/2025"), None);
        assert_eq!(read("29/02/2024"), d(2024, 2, 29));
        // A year of two digits is not guessed at.
        assert_eq!(read("31/12/23"), None);
        assert_eq!(read("23-12-31"), None);
        assert_eq!(read("05/11/0005"), None);
        assert_eq!(read("31/12-2023"), None);
        assert_eq!(read("1.234.567"), None);
        assert_eq!(read("2023/12"), None);
        assert_eq!(read("ngày 31/12/2023"), None);
    }

    #[test]
    fn from_numbers_takes_the_callers_years() {
        let recent = |n: u32| (1990..=2100).contains(&n).then(|| i32::try_from(n).ok())?;
        assert_eq!(from_numbers(2025, 9, 30, recent), d(2025, 9, 30));
        assert_eq!(from_numbers(30, 9, 2025, recent), d(2025, 9, 30));
        assert_eq!(from_numbers(5, 11, 2025, recent), d(2025, 11, 5));
        assert_eq!(from_numbers(2, 3, 1800, recent), None);
        assert_eq!(from_numbers(2025, 13, 1, recent), None);
    }
}
