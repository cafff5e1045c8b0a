//! Dates, numbers, percentages and counts read from single TOML values.

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::Reader;
use crate::model::hints::{describe, guess_date, guess_number};

impl Reader<'_> {
    /// A plain date, written as a TOML date without quotes.
    pub fn date(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<NaiveDate> {
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let (Some(d), None, None) = (dt.date, dt.time, dt.offset) else {
                    let fix = dt
                        .date
                        .map_or_else(|| "2025-12-31".to_string(), |d| d.to_string());
                    self.error(
                        value.span(),
                        format!(
                            "write {key} = {fix}: `{key}` is a date without a time or time zone"
                        ),
                    );
                    return None;
                };
                let date = NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                );
                if date.is_none() {
                    self.error(value.span(), format!("{d} is not a day of the calendar"));
                }
                date
            }
            DeValue::String(s) => {
                let fix = guess_date(s).unwrap_or_else(|| "2025-12-31".to_string());
                self.error(
                    value.span(),
                    format!(
                        "write {key} = {fix}: a date is written year-month-day, without quotes"
                    ),
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = 2025-12-31: `{key}` is a date (year-month-day), not {}",
                        describe(other)
                    ),
                );
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
                let fix = guess_number(s).unwrap_or_else(|| "94.47".to_string());
                // `"91"` means 91: a whole number is a number too.
                let how = if fix.contains('.') {
                    "a number with a decimal point, without quotes"
                } else {
                    "a number, without quotes"
                };
                self.error(value.span(), format!("write {key} = {fix}: {how}"));
                return None;
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = 94.47: `{key}` is a number, not {}",
                        describe(other)
                    ),
                );
                return None;
            }
        };
        match parsed {
            Some(n) if n.is_finite() => Some(n),
            _ => {
                self.error(
                    value.span(),
                    format!("`{key}` must be a real number: nan and inf are not figures"),
                );
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
            self.error(
                value.span(),
                format!(
                    "`{key}` = {n} is outside 0–100: a share of the population is a percentage"
                ),
            );
            None
        }
    }

    /// A share of a plan, which may exceed 100 but not fall below 0.
    pub fn plan_share(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        if n >= 0.0 {
            Some(n)
        } else {
            self.error(
                value.span(),
                format!("`{key}` = {n} is negative: a share of a plan is 0 or more"),
            );
            None
        }
    }

    /// A count of people: a whole number, not negative.
    pub fn count(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<u64> {
        match value.get_ref() {
            DeValue::Integer(i) => match i128::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if n < 0 => {
                    self.error(
                        value.span(),
                        format!("`{key}` = {n} is negative: a count of people is 0 or more"),
                    );
                    None
                }
                Ok(n) => u64::try_from(n).ok().or_else(|| {
                    self.error(
                        value.span(),
                        format!("`{key}` = {n} is too large to be a count of people"),
                    );
                    None
                }),
                Err(_) => {
                    self.error(
                        value.span(),
                        format!("`{key}` is too large to be a count of people"),
                    );
                    None
                }
            },
            DeValue::Float(f) => {
                let whole = f
                    .as_str()
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && n.fract() == 0.0 && *n >= 0.0);
                match whole {
                    Some(n) => self.error(value.span(), format!("write {key} = {n:.0}: a count is a whole number, without a decimal point")),
                    None => self.error(value.span(), format!("`{key}` = {f} is not a whole number: a count of people has no decimals")),
                }
                None
            }
            DeValue::String(s) => {
                let digits: String = s.chars().filter(char::is_ascii_digit).collect();
                let plain = s
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '_'));
                let fix = if plain && !digits.is_empty() {
                    digits
                } else {
                    "1741540".to_string()
                };
                self.error(
                    value.span(),
                    format!("write {key} = {fix}: a count is a whole number without quotes or separators"),
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = 1741540: `{key}` is a whole number, not {}",
                        describe(other)
                    ),
                );
                None
            }
        }
    }

    /// A yes-or-no setting, written `true` or `false` without quotes.
    pub fn boolean(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            DeValue::String(s) if matches!(s.as_ref(), "true" | "false") => {
                self.error(
                    value.span(),
                    format!("write {key} = {s}: true or false, without quotes"),
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = true or {key} = false: `{key}` is yes or no, not {}",
                        describe(other)
                    ),
                );
                None
            }
        }
    }
}
