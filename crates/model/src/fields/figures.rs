//! Dates, numbers, percentages and counts read from single TOML values.

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::Reader;
use crate::dates_as_text;
use crate::hints::describe;
use crate::numbers_as_text::{self, Kind};

impl Reader<'_> {
    /// A plain date, written as a TOML date without quotes.
    pub fn date(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<NaiveDate> {
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let (Some(d), None, None) = (dt.date, dt.time, dt.offset) else {
                    let fix = dt
                        .date
                        .map_or_else(|| "2025-12-31".to_string(), |d| d.to_string());
                    let message = say!(
                        self.lang,
                        "write {key} = {fix}: `{key}` is a date without a time or time zone",
                        "viết {key} = {fix}: `{key}` là một ngày, không kèm giờ hay múi giờ"
                    );
                    self.error(value.span(), message);
                    return None;
                };
                let date = NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                );
                if date.is_none() {
                    let message = say!(
                        self.lang,
                        "{d} is not a day of the calendar",
                        "{d} không phải là một ngày có thật trên lịch"
                    );
                    self.error(value.span(), message);
                }
                date
            }
            DeValue::String(s) => {
                let fix = dates_as_text::iso(s).unwrap_or_else(|| "2025-12-31".to_string());
                let message = say!(
                    self.lang,
                    "write {key} = {fix}: a date is written year-month-day, without quotes",
                    "viết {key} = {fix}: ngày được viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép"
                );
                self.error(value.span(), message);
                None
            }
            other => {
                let other = describe(self.lang, other);
                let message = say!(
                    self.lang,
                    "write {key} = 2025-12-31: `{key}` is a date (year-month-day), not {other}",
                    "viết {key} = 2025-12-31: `{key}` là một ngày (năm-tháng-ngày), không phải {other}"
                );
                self.error(value.span(), message);
                None
            }
        }
    }

    /// A number such as a percentage: a TOML float or integer (`91` is
    /// 91 %, as an official typing it means), finite.
    pub fn number(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let parsed = match value.get_ref() {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::String(s) => {
                let fix = numbers_as_text::plain(s, Kind::Percent)
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| "94.47".to_string());
                // `"91"` means 91: a whole number is a number too.
                let message = if fix.contains('.') {
                    say!(
                        self.lang,
                        "write {key} = {fix}: a number with a decimal point, without quotes",
                        "viết {key} = {fix}: số có dấu chấm thập phân, không có dấu ngoặc kép"
                    )
                } else {
                    say!(
                        self.lang,
                        "write {key} = {fix}: a number, without quotes",
                        "viết {key} = {fix}: một số, không có dấu ngoặc kép"
                    )
                };
                self.error(value.span(), message);
                return None;
            }
            other => {
                let other = describe(self.lang, other);
                let message = say!(
                    self.lang,
                    "write {key} = 94.47: `{key}` is a number, not {other}",
                    "viết {key} = 94.47: `{key}` là một số, không phải {other}"
                );
                self.error(value.span(), message);
                return None;
            }
        };
        match parsed {
            Some(n) if n.is_finite() => Some(n),
            _ => {
                let message = say!(
                    self.lang,
                    "`{key}` must be a real number: nan and inf are not figures",
                    "`{key}` phải là một số thực: `nan` và `inf` không phải là số liệu"
                );
                self.error(value.span(), message);
                None
            }
        }
    }

    /// A percentage of a population, between 0 and 100.
    pub fn percent(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        if (0.0..=100.0).contains(&n) {
            Some(n)
        } else {
            let message = say!(
                self.lang,
                "`{key}` = {n} is outside 0–100: a share of the population is a percentage",
                "`{key}` = {n} nằm ngoài khoảng 0–100: tỷ lệ so với dân số được tính bằng phần trăm"
            );
            self.error(value.span(), message);
            None
        }
    }

    /// A share of a plan, which may exceed 100 but not fall below 0.
    pub fn plan_share(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        if n >= 0.0 {
            Some(n)
        } else {
            let message = say!(
                self.lang,
                "`{key}` = {n} is negative: a share of a plan is 0 or more",
                "`{key}` = {n} là số âm: tỷ lệ so với kế hoạch phải từ 0 trở lên"
            );
            self.error(value.span(), message);
            None
        }
    }

    /// A plan assigned: a count of people above 0. A plan of none is no
    /// plan, and a share of it could not be reckoned.
    pub fn plan(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<u64> {
        if let DeValue::Integer(i) = value.get_ref()
            && let Ok(n) = i128::from_str_radix(i.as_str(), i.radix())
            && n <= 0
        {
            let message = say!(
                self.lang,
                "`{key}` = {n}: a plan assigned is a number of people above 0; leave `{key}` out when the source gives none",
                "`{key}` = {n}: kế hoạch giao là số người lớn hơn 0; hãy bỏ `{key}` khi nguồn không ghi"
            );
            self.error(value.span(), message);
            return None;
        }
        self.count(value, key)
    }

    /// A count of people: a whole number, not negative.
    pub fn count(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<u64> {
        match value.get_ref() {
            DeValue::Integer(i) => match i128::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if n < 0 => {
                    let message = say!(
                        self.lang,
                        "`{key}` = {n} is negative: a count of people is 0 or more",
                        "`{key}` = {n} là số âm: số người phải từ 0 trở lên"
                    );
                    self.error(value.span(), message);
                    None
                }
                Ok(n) => u64::try_from(n).ok().or_else(|| {
                    let message = say!(
                        self.lang,
                        "`{key}` = {n} is too large to be a count of people",
                        "`{key}` = {n} quá lớn để là một số người"
                    );
                    self.error(value.span(), message);
                    None
                }),
                Err(_) => {
                    let message = say!(
                        self.lang,
                        "`{key}` is too large to be a count of people",
                        "`{key}` quá lớn để là một số người"
                    );
                    self.error(value.span(), message);
                    None
                }
            },
            DeValue::Float(f) => {
                let whole = f
                    .as_str()
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && n.fract() == 0.0 && *n >= 0.0);
                let message = match whole {
                    Some(n) => say!(
                        self.lang,
                        "write {key} = {n:.0}: a count is a whole number, without a decimal point",
                        "viết {key} = {n:.0}: số người là số nguyên, không có dấu chấm thập phân"
                    ),
                    None => say!(
                        self.lang,
                        "`{key}` = {f} is not a whole number: a count of people has no decimals",
                        "`{key}` = {f} không phải số nguyên: số người không có phần thập phân"
                    ),
                };
                self.error(value.span(), message);
                None
            }
            DeValue::String(s) => {
                // `_` too: TOML's own separator of digits, typed in quotes.
                let fix = numbers_as_text::plain(&s.replace('_', ""), Kind::Count)
                    .ok()
                    .flatten()
                    .filter(|n| n.chars().all(|c| c.is_ascii_digit()))
                    .unwrap_or_else(|| "1741540".to_string());
                let message = say!(
                    self.lang,
                    "write {key} = {fix}: a count is a whole number without quotes or separators",
                    "viết {key} = {fix}: số người là số nguyên, không có dấu ngoặc kép hay dấu phân cách hàng nghìn"
                );
                self.error(value.span(), message);
                None
            }
            other => {
                let other = describe(self.lang, other);
                let message = say!(
                    self.lang,
                    "write {key} = 1741540: `{key}` is a whole number, not {other}",
                    "viết {key} = 1741540: `{key}` là số nguyên, không phải {other}"
                );
                self.error(value.span(), message);
                None
            }
        }
    }

    /// A yes-or-no setting, written `true` or `false` without quotes.
    pub fn boolean(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            DeValue::String(s) if matches!(s.as_ref(), "true" | "false") => {
                let message = say!(
                    self.lang,
                    "write {key} = {s}: true or false, without quotes",
                    "viết {key} = {s}: `true` hoặc `false`, không có dấu ngoặc kép"
                );
                self.error(value.span(), message);
                None
            }
            other => {
                let other = describe(self.lang, other);
                let message = say!(
                    self.lang,
                    "write {key} = true or {key} = false: `{key}` is yes or no, not {other}",
                    "viết `{key} = true` hoặc `{key} = false`: `{key}` là có hoặc không, không phải {other}"
                );
                self.error(value.span(), message);
                None
            }
        }
    }
}
