//! Reading a title line's tokens one place at a time: what each place
//! starts (a day, a period, a range, a document's number) and where the
//! next one begins.

use chrono::NaiveDate;

use super::*;

/// What the tokens at a place are.
pub(super) enum Step {
    Said(Said, usize),
    /// Read, and not a date: an invalid date, a year out of range, a
    /// form's number (`Biểu số 02/2025`). Scanning goes on at the index.
    Nothing(usize),
    /// A document's number with letters in it (`số 123/BHXH-TST`).
    Doc(usize),
}

impl Tokens {
    pub(super) fn kind(&self, i: usize) -> Option<&Kind> {
        self.0.get(i).map(|t| &t.kind)
    }

    pub(super) fn word(&self, i: usize, w: &str) -> bool {
        matches!(self.kind(i), Some(Kind::Word(x)) if x == w)
    }

    pub(super) fn any_word(&self, i: usize, ws: &[&str]) -> bool {
        matches!(self.kind(i), Some(Kind::Word(x)) if ws.contains(&x.as_str()))
    }

    pub(super) fn text(&self, i: usize) -> Option<&str> {
        match self.kind(i) {
            Some(Kind::Word(x)) => Some(x),
            _ => None,
        }
    }

    pub(super) fn num(&self, i: usize) -> Option<u32> {
        match self.kind(i) {
            Some(Kind::Num(n)) => Some(*n),
            _ => None,
        }
    }

    pub(super) fn sep(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Sep))
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        self.0.get(i).is_some_and(|t| t.glued)
    }

    /// A separator written against the tokens on both sides of it.
    pub(super) fn joined_sep(&self, i: usize) -> bool {
        self.sep(i) && self.glued(i) && self.glued(i + 1)
    }

    /// After an optional `/`, `-`, `năm` or `of`: the index of the year.
    pub(super) fn skip_to_year(&self, i: usize) -> usize {
        if self.sep(i) || self.any_word(i, &["nam", "of", "year"]) {
            i + 1
        } else {
            i
        }
    }

    /// A period's end at `month` of the year at `j`, or without its year
    /// when there is no number there. `end` is the index after the period's
    /// own words.
    pub(super) fn period_end(&self, month: u32, end: usize, j: usize) -> Step {
        match self.num(j) {
            Some(n) => match valid_year(n).and_then(|y| last_of_month(y, month)) {
                Some(d) => Step::Said(Said::Ends(d), j + 1),
                None => Step::Nothing(j + 1),
            },
            None => Step::Said(
                Said::NoYear {
                    month,
                    day: last_day(month),
                },
                end,
            ),
        }
    }

    pub(super) fn day(&self, y: u32, m: u32, d: u32, next: usize) -> Step {
        match valid_year(y).and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
            Some(date) => Step::Said(Said::Day(date), next),
            None => Step::Nothing(next),
        }
    }

    /// What the tokens from `i` say, if they are a date's.
    pub(super) fn at(&self, i: usize) -> Option<Step> {
        let num = |k| self.num(k);
        // A document's or a form's number: `số 123/BHXH-TST`, `Biểu số
        // 02/2025`, `Mẫu 02/2025/TT-BYT`. Its digits are no date, unless
        // they are a whole one: `Ngày lập biểu: 05/11/2025`.
        let whole_date =
            self.sep(i + 2) && num(i + 3).is_some() && self.sep(i + 4) && num(i + 5).is_some();
        if self.any_word(i, &["so", "bieu", "mau"]) && num(i + 1).is_some() && !whole_date {
            let mut j = i + 2;
            while self.glued(j) {
                j += 1;
            }
            // A form's number (`Biểu số 02/BHYT`) is no paper of its own.
            let form = (i > 0 && self.any_word(i - 1, &["bieu", "mau"])) || !self.word(i, "so");
            let letters = (i + 1..j).any(|k| self.text(k).is_some());
            return Some(if letters && !form {
                Step::Doc(j)
            } else {
                Step::Nothing(j)
            });
        }
        // 2025-09-30, 30/09/2025, 30-9-2025, 30.09.2025
        if let (Some(a), true, Some(b), true, Some(c)) = (
            num(i),
            self.sep(i + 1),
            num(i + 2),
            self.sep(i + 3),
            num(i + 4),
        ) {
            return Some(
                match tiendo_model::dates_as_text::from_numbers(a, b, c, valid_year) {
                    Some(date) => Step::Said(Said::Day(date), i + 5),
                    None => Step::Nothing(i + 5),
                },
            );
        }
        // ngày 30/9, with no year
        if self.word(i, "ngay")
            && let (Some(d), true, Some(m)) = (num(i + 1), self.sep(i + 2), num(i + 3))
            && !self.sep(i + 4)
        {
            return Some(match last_day(m).filter(|last| (1..=*last).contains(&d)) {
                Some(_) => Step::Said(
                    Said::NoYear {
                        month: m,
                        day: Some(d),
                    },
                    i + 4,
                ),
                None => Step::Nothing(i + 4),
            });
        }
        // (ngày) 30 tháng 9 (năm) 2025
        if let (Some(d), true, Some(m)) = (num(i), self.word(i + 1, "thang"), num(i + 2)) {
            let j = self.skip_to_year(i + 3);
            return Some(match num(j) {
                Some(y) => self.day(y, m, d, j + 1),
                None if NaiveDate::from_ymd_opt(2000, m, d).is_some() => Step::Said(
                    Said::NoYear {
                        month: m,
                        day: Some(d),
                    },
                    i + 3,
                ),
                None => Step::Nothing(i + 3),
            });
        }
        // 30 September 2025
        if let (Some(d), Some(m), Some(y)) =
            (num(i), self.text(i + 1).and_then(month_name), num(i + 2))
        {
            return Some(self.day(y, m, d, i + 3));
        }
        // September 30, 2025; September 2025
        if let Some(m) = self.text(i).and_then(month_name) {
            if let (Some(d), Some(y)) = (num(i + 1).filter(|d| *d <= 31), num(i + 2)) {
                return Some(self.day(y, m, d, i + 3));
            }
            let j = if self.sep(i + 1) { i + 2 } else { i + 1 };
            if let Some(y) = num(j) {
                return Some(match valid_year(y).and_then(|y| last_of_month(y, m)) {
                    Some(d) => Step::Said(Said::Month(d), j + 1),
                    None => Step::Nothing(j + 1),
                });
            }
        }
        // tháng 9/2025, tháng 9 năm 2025, tháng 09-2025, month 9/2025;
        // tháng 9 with no year
        if self.any_word(i, &["thang", "month"])
            && let Some(m) = num(i + 1)
        {
            let j = self.skip_to_year(i + 2);
            return Some(match num(j) {
                Some(y) => match valid_year(y).and_then(|y| last_of_month(y, m)) {
                    Some(d) => Step::Said(Said::Month(d), j + 1),
                    None => Step::Nothing(j + 1),
                },
                None if (1..=12).contains(&m) => Step::Said(
                    Said::NoYear {
                        month: m,
                        day: None,
                    },
                    i + 2,
                ),
                None => Step::Nothing(i + 2),
            });
        }
        // quý III/2025, quý 3 năm 2025, quarter 3 of 2025; quý III
        if self.any_word(i, &["quy", "quarter"])
            && let Some(q) = num(i + 1)
                .or_else(|| self.text(i + 1).and_then(roman))
                .filter(|q| (1..=4).contains(q))
        {
            return Some(self.period_end(q * 3, i + 2, self.skip_to_year(i + 2)));
        }
        // Q3/2025, Q3 2025; a Q3 alone may be District 3, so no date
        if self.word(i, "q")
            && self.glued(i + 1)
            && let Some(q) = num(i + 1).filter(|q| (1..=4).contains(q))
        {
            let j = if self.sep(i + 2) { i + 3 } else { i + 2 };
            if num(j).is_some() {
                return Some(self.period_end(q * 3, j, j));
            }
        }
        // third quarter of 2025
        if let Some(q) = ["first", "second", "third", "fourth"]
            .iter()
            .position(|w| self.word(i, w))
            .and_then(|q| u32::try_from(q + 1).ok())
            && self.word(i + 1, "quarter")
        {
            return Some(self.period_end(q * 3, i + 2, self.skip_to_year(i + 2)));
        }
        // first half of 2025, H1 2025, nửa đầu năm 2025
        let half = if self.any_word(i, &["first", "second"]) && self.word(i + 1, "half") {
            Some((if self.word(i, "first") { 6 } else { 12 }, i + 2))
        } else if self.word(i, "h")
            && self.glued(i + 1)
            && let Some(h) = num(i + 1).filter(|h| (1..=2).contains(h))
        {
            Some((h * 6, i + 2))
        } else if self.word(i, "nua") && self.any_word(i + 1, &["dau", "cuoi"]) {
            Some((if self.word(i + 1, "dau") { 6 } else { 12 }, i + 2))
        } else {
            None
        };
        if let Some((month, end)) = half {
            let mut j = self.skip_to_year(end);
            if self.word(j, "the") {
                j = self.skip_to_year(j + 1);
            }
            if num(j).is_none() && (self.word(i, "h") || !self.word(end, "nam")) {
                // H1 alone, "first half" of nothing named
                return None;
            }
            return Some(self.period_end(month, end, j));
        }
        // 6 tháng đầu năm 2025, 9 tháng năm 2025, 6 tháng cuối năm 2025,
        // 9 months of 2025; 6 tháng đầu năm with no year
        if let Some(n) = num(i).filter(|n| (1..=12).contains(n))
            && self.any_word(i + 1, &["thang", "months", "month"])
            && num(i + 2).is_none()
        {
            let (month, j, named) = if self.word(i + 2, "dau") {
                (n, i + 3, true)
            } else if self.word(i + 2, "cuoi") {
                (12, i + 3, true)
            } else {
                (n, i + 2, false)
            };
            let year_at = self.skip_to_year(j);
            if num(year_at).is_some() || (named && self.word(j, "nam")) {
                return Some(self.period_end(month, year_at, year_at));
            }
            return None;
        }
        // năm 2024, year 2024
        if self.any_word(i, &["nam", "year"])
            && let Some(y) = num(i + 1)
        {
            return Some(match valid_year(y) {
                Some(y) => Step::Said(Said::Year(y), i + 2),
                None => Step::Nothing(i + 2),
            });
        }
        // 9/2025 without the word: not part of 30/9/2025 nor of
        // 02/2025/TT-BYT
        if let (Some(m), true, Some(y)) = (num(i), self.sep(i + 1), num(i + 2))
            && !(i > 0 && self.joined_sep(i - 1))
            && !self.joined_sep(i + 3)
            && let Some(y) = valid_year(y)
            && let Some(d) = last_of_month(y, m)
        {
            return Some(Step::Said(Said::Month(d), i + 3));
        }
        None
    }
}
