//! The date of a report, read from its title lines: "ĐẾN NGÀY 30/09/2025",
//! "ngày 30 tháng 9 năm 2025", "tháng 9/2025" (its last day), "năm 2024"
//! (31 December).

use chrono::NaiveDate;

use crate::model::fold::fold;

/// How precisely a title gave the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Day,
    Month,
    Year,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Num(u32),
    Word(String),
    Sep,
}

fn tokens(line: &str) -> Vec<Token> {
    let folded = fold(line);
    let mut out = Vec::new();
    let mut chars = folded.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut n = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                n.push(d);
                chars.next();
            }
            out.push(n.parse().map_or(Token::Word(n), Token::Num));
        } else if c.is_alphabetic() {
            let mut w = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                w.push(d);
                chars.next();
            }
            out.push(Token::Word(w));
        } else {
            if matches!(c, '/' | '-' | '.') {
                out.push(Token::Sep);
            }
            chars.next();
        }
    }
    out
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

fn year(n: u32) -> Option<i32> {
    (1990..=2100).contains(&n).then(|| i32::try_from(n).ok())?
}

/// The most precise date one line gives.
pub fn in_line(line: &str) -> Option<(NaiveDate, Found)> {
    let t = tokens(line);
    let word = |i: usize, w: &str| matches!(t.get(i), Some(Token::Word(x)) if x == w);
    let num = |i: usize| match t.get(i) {
        Some(Token::Num(n)) => Some(*n),
        _ => None,
    };
    let sep = |i: usize| matches!(t.get(i), Some(Token::Sep));
    let mut month: Option<NaiveDate> = None;
    let mut year_end: Option<NaiveDate> = None;
    for i in 0..t.len() {
        // 30/09/2025, 30-9-2025, 30.09.2025
        if let (Some(d), true, Some(m), true, Some(y)) = (
            num(i),
            sep(i + 1),
            num(i + 2),
            sep(i + 3),
            num(i + 4).and_then(year),
        ) && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some((date, Found::Day));
        }
        // ngày 30 tháng 9 năm 2025
        if word(i, "ngay")
            && let (Some(d), true, Some(m), true, Some(y)) = (
                num(i + 1),
                word(i + 2, "thang"),
                num(i + 3),
                word(i + 4, "nam"),
                num(i + 5).and_then(year),
            )
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some((date, Found::Day));
        }
        // tháng 9/2025, tháng 9 năm 2025, tháng 09-2025
        if (word(i, "thang") || word(i, "month"))
            && let Some(m) = num(i + 1)
            && (sep(i + 2) || word(i + 2, "nam") || word(i + 2, "year"))
            && let Some(y) = num(i + 3).and_then(year)
        {
            month = month.or_else(|| last_of_month(y, m));
        }
        // 9/2025 without the word
        if month.is_none()
            && let (Some(m), true, Some(y)) = (num(i), sep(i + 1), num(i + 2).and_then(year))
            && (1..=12).contains(&m)
            && !sep(i + 3)
            && (i == 0 || !sep(i - 1))
        {
            month = last_of_month(y, m);
        }
        // năm 2024, year 2024
        if (word(i, "nam") || word(i, "year"))
            && let Some(y) = num(i + 1).and_then(year)
        {
            year_end = year_end.or_else(|| NaiveDate::from_ymd_opt(y, 12, 31));
        }
    }
    month
        .map(|d| (d, Found::Month))
        .or_else(|| year_end.map(|d| (d, Found::Year)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_as_titles_write_them() {
        assert_eq!(
            in_line("TÌNH HÌNH THAM GIA BHYT ĐẾN NGÀY 30/09/2025"),
            Some((day(2025, 9, 30), Found::Day))
        );
        assert_eq!(
            in_line("Báo cáo tháng 9/2025"),
            Some((day(2025, 9, 30), Found::Month))
        );
        assert_eq!(
            in_line("Kết quả năm 2024"),
            Some((day(2024, 12, 31), Found::Year))
        );
        assert_eq!(
            in_line("Tính đến ngày 31 tháng 12 năm 2024"),
            Some((day(2024, 12, 31), Found::Day))
        );
        assert_eq!(
            in_line("tháng 2 năm 2024"),
            Some((day(2024, 2, 29), Found::Month))
        );
        assert_eq!(in_line("Đơn vị: người"), None);
    }
}
