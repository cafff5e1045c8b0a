//! Dates, numbers, percentages and counts read from single TOML values.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::Reader;
use crate::dates_as_text;
use crate::hints::describe;
use crate::numbers_as_text::{self, Kind};
use crate::partial_dates::{self, Partial};
use crate::problem::Value;

/// A number's digits as written, before they are read: TOML's, or the
/// direct reader's (`load::direct`), so that both are read by one rule.
#[derive(Clone, Copy, Debug)]
pub enum Digits<'t> {
    /// Digits in `radix`, with their sign.
    Integer(&'t str, u32),
    Float(&'t str),
}

impl Reader<'_> {
    /// A plain date, written as a TOML date without quotes. `table` (as
    /// TOML writes it) says what day a year or a month typed alone stands
    /// for (`partial_dates::meaning`).
    pub fn date(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
        table: &str,
    ) -> Option<NaiveDate> {
        let partial = match value.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => Partial::read(i.as_str()),
            DeValue::String(s) if dates_as_text::read(s).is_none() => Partial::read(s),
            _ => None,
        };
        if let Some(period) = partial {
            let problem = Value::PartialDate {
                key: key.to_string(),
                period,
                meaning: partial_dates::meaning(table, key),
            };
            self.error(value.span(), problem);
            return None;
        }
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let (Some(d), None, None) = (dt.date, dt.time, dt.offset) else {
                    let fix = dt.date.map(|d| d.to_string());
                    let problem = Value::DateWithTime {
                        key: key.to_string(),
                        fix,
                    };
                    self.error(value.span(), problem);
                    return None;
                };
                let date = NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                );
                if date.is_none() {
                    let problem = Value::NotADay {
                        date: d.to_string(),
                    };
                    self.error(value.span(), problem);
                }
                date
            }
            DeValue::String(s) => {
                let fix = dates_as_text::iso(s);
                let problem = Value::DateInQuotes {
                    key: key.to_string(),
                    fix,
                };
                self.error(value.span(), problem);
                None
            }
            other => {
                let problem = Value::NotADate {
                    key: key.to_string(),
                    found: describe(other),
                };
                self.error(value.span(), problem);
                None
            }
        }
    }

    /// A number such as a percentage: a TOML float or integer (`91` is
    /// 91 %, as an official typing it means), finite.
    pub fn number(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let digits = match value.get_ref() {
            DeValue::Float(f) => Digits::Float(f.as_str()),
            DeValue::Integer(i) => Digits::Integer(i.as_str(), i.radix()),
            DeValue::String(s) => {
                let fix = numbers_as_text::plain(s, Kind::Percent).ok().flatten();
                // `"91"` means 91: a whole number is a number too (the
                // sentence tells the two apart by the point).
                let problem = Value::NumberInQuotes {
                    key: key.to_string(),
                    fix,
                };
                self.error(value.span(), problem);
                return None;
            }
            other => {
                let problem = Value::NotANumber {
                    key: key.to_string(),
                    found: describe(other),
                };
                self.error(value.span(), problem);
                return None;
            }
        };
        self.number_of(digits, value.span(), key)
    }

    /// `number` of digits as written at `span`, whichever reader read them.
    pub fn number_of(&mut self, digits: Digits<'_>, span: Range<usize>, key: &str) -> Option<f64> {
        let parsed = match digits {
            Digits::Float(f) => f.parse::<f64>().ok(),
            Digits::Integer(i, radix) => i64::from_str_radix(i, radix).ok().map(|n| n as f64),
        };
        match parsed {
            Some(n) if n.is_finite() => Some(n),
            _ => {
                let problem = Value::NotFinite {
                    key: key.to_string(),
                };
                self.error(span, problem);
                None
            }
        }
    }

    /// A percentage of a population, between 0 and 100.
    pub fn percent(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        self.within_percent(n, value.span(), key)
    }

    /// `percent` of digits as written at `span`.
    pub fn percent_of(&mut self, digits: Digits<'_>, span: Range<usize>, key: &str) -> Option<f64> {
        let n = self.number_of(digits, span.clone(), key)?;
        self.within_percent(n, span, key)
    }

    fn within_percent(&mut self, n: f64, span: Range<usize>, key: &str) -> Option<f64> {
        if (0.0..=100.0).contains(&n) {
            Some(n)
        } else {
            let problem = Value::OutsidePercent {
                key: key.to_string(),
                n,
            };
            self.error(span, problem);
            None
        }
    }

    /// A share of a plan, which may exceed 100 but not fall below 0.
    pub fn plan_share(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        self.not_below_0(n, value.span(), key)
    }

    /// `plan_share` of digits as written at `span`.
    pub fn plan_share_of(
        &mut self,
        digits: Digits<'_>,
        span: Range<usize>,
        key: &str,
    ) -> Option<f64> {
        let n = self.number_of(digits, span.clone(), key)?;
        self.not_below_0(n, span, key)
    }

    fn not_below_0(&mut self, n: f64, span: Range<usize>, key: &str) -> Option<f64> {
        if n >= 0.0 {
            Some(n)
        } else {
            let problem = Value::NegativeShare {
                key: key.to_string(),
                n,
            };
            self.error(span, problem);
            None
        }
    }

    /// A plan assigned: a count of people above 0. A plan of none is no
    /// plan, and a share of it could not be reckoned.
    pub fn plan(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<u64> {
        match value.get_ref() {
            DeValue::Integer(i) => self.plan_of(i.as_str(), i.radix(), value.span(), key),
            _ => self.count(value, key),
        }
    }

    /// `plan` of a whole number's digits as written at `span`.
    pub fn plan_of(
        &mut self,
        digits: &str,
        radix: u32,
        span: Range<usize>,
        key: &str,
    ) -> Option<u64> {
        if let Ok(n) = i128::from_str_radix(digits, radix)
            && n <= 0
        {
            let problem = Value::PlanNotAbove0 {
                key: key.to_string(),
                n,
            };
            self.error(span, problem);
            return None;
        }
        self.count_of(digits, radix, span, key)
    }

    /// A count of people: a whole number, not negative.
    pub fn count(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<u64> {
        match value.get_ref() {
            DeValue::Integer(i) => self.count_of(i.as_str(), i.radix(), value.span(), key),
            DeValue::Float(f) if thousands_dot(f.as_str()).is_some() => {
                let thousands = thousands_dot(f.as_str()).unwrap_or_default();
                let whole = f
                    .as_str()
                    .split_once('.')
                    .filter(|(_, decimals)| decimals.chars().all(|c| c == '0'))
                    .map(|(units, _)| units.to_string());
                let problem = Value::CountDotAmbiguous {
                    key: key.to_string(),
                    written: f.as_str().to_string(),
                    thousands,
                    whole,
                };
                self.error(value.span(), problem);
                None
            }
            DeValue::Float(f) => {
                let whole = f
                    .as_str()
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && n.fract() == 0.0 && *n >= 0.0);
                let problem = match whole {
                    Some(n) => Value::CountWithPoint {
                        key: key.to_string(),
                        n,
                    },
                    None => Value::CountNotWhole {
                        key: key.to_string(),
                        written: f.to_string(),
                    },
                };
                self.error(value.span(), problem);
                None
            }
            DeValue::String(s) => {
                // `_` too: TOML's own separator of digits, typed in quotes.
                let fix = numbers_as_text::plain(&s.replace('_', ""), Kind::Count)
                    .ok()
                    .flatten()
                    .filter(|n| n.chars().all(|c| c.is_ascii_digit()));
                let problem = Value::CountInQuotes {
                    key: key.to_string(),
                    fix,
                };
                self.error(value.span(), problem);
                None
            }
            other => {
                let problem = Value::NotACount {
                    key: key.to_string(),
                    found: describe(other),
                };
                self.error(value.span(), problem);
                None
            }
        }
    }

    /// `count` of a whole number's digits as written at `span`.
    pub fn count_of(
        &mut self,
        digits: &str,
        radix: u32,
        span: Range<usize>,
        key: &str,
    ) -> Option<u64> {
        match i128::from_str_radix(digits, radix) {
            Ok(n) if n < 0 => {
                let problem = Value::NegativeCount {
                    key: key.to_string(),
                    n,
                };
                self.error(span, problem);
                None
            }
            Ok(n) => u64::try_from(n).ok().or_else(|| {
                let problem = Value::CountTooLarge {
                    key: key.to_string(),
                    n: Some(n),
                };
                self.error(span, problem);
                None
            }),
            Err(_) => {
                let problem = Value::CountTooLarge {
                    key: key.to_string(),
                    n: None,
                };
                self.error(span, problem);
                None
            }
        }
    }

    /// A yes-or-no setting, written `true` or `false` without quotes.
    pub fn boolean(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            DeValue::String(s) if matches!(s.as_ref(), "true" | "false") => {
                let problem = Value::BooleanInQuotes {
                    key: key.to_string(),
                    written: s.to_string(),
                };
                self.error(value.span(), problem);
                None
            }
            other => {
                let problem = Value::NotABoolean {
                    key: key.to_string(),
                    found: describe(other),
                };
                self.error(value.span(), problem);
                None
            }
        }
    }
}

/// `322.000` or `1.500`: one to three digits, a dot and three digits, as a
/// Vietnamese writer parts thousands; the count that reading gives
/// (`322000`). `1.5`, `322.0` and `1234.000` are not written so.
fn thousands_dot(written: &str) -> Option<String> {
    let (units, rest) = written.split_once('.')?;
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    (digits(units, 1..=3) && digits(rest, 3..=3) && !units.starts_with('0'))
        .then(|| format!("{units}{rest}"))
}

#[cfg(test)]
mod tests {
    use super::thousands_dot;

    #[test]
    fn only_a_dot_before_three_digits_may_part_thousands() {
        assert_eq!(thousands_dot("322.000").as_deref(), Some("322000"));
        assert_eq!(thousands_dot("1.500").as_deref(), Some("1500"));
        assert_eq!(thousands_dot("322.500").as_deref(), Some("322500"));
        assert_eq!(thousands_dot("322.0"), None);
        assert_eq!(thousands_dot("322.00"), None);
        assert_eq!(thousands_dot("322.0000"), None);
        assert_eq!(thousands_dot("1234.000"), None);
        assert_eq!(thousands_dot("0.500"), None);
        assert_eq!(thousands_dot("1_000.000"), None);
        assert_eq!(thousands_dot("1e3"), None);
    }
}
