//! A cell as a typed value, written once for people (`show`: the screens,
//! txt, md and the summary) and once for programs (`raw`: csv).

use chrono::NaiveDate;

use crate::model::Point;
use crate::model::Status;
use crate::model::progress::Projection;
use crate::model::schema::Precision;
use crate::text::{self, Lang};

/// Where a coverage figure comes from, as its mark says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Made {
    Own,
    /// The population-weighted roll-up of its parts.
    RolledUp,
    /// Rolled up from only some of the parts: shown, never judged.
    Partial,
}

impl Made {
    pub fn of(point: &Point) -> Made {
        if point.is_partial() {
            Made::Partial
        } else if point.is_derived() {
            Made::RolledUp
        } else {
            Made::Own
        }
    }

    /// The mark after the figure, and in every table's footnote.
    pub fn mark(self) -> &'static str {
        match self {
            Made::Own => "",
            Made::RolledUp => "*",
            Made::Partial => "~",
        }
    }
}

/// After the date of a figure more than 18 months old.
pub const STALE_MARK: &str = "!";

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    /// A percentage, and how it was made.
    Coverage(f64, Made),
    /// A numeric target; `strict` when it is met only above its number.
    Target {
        coverage: f64,
        strict: bool,
    },
    /// Coverage minus target, in points: behind reads negative.
    Points(f64),
    PerYear(f64),
    Count(u64),
    Projection(Projection),
    Status(Status),
    Date {
        date: NaiveDate,
        precision: Precision,
        stale: bool,
    },
    Missing,
}

impl Value {
    /// As a person reads it, in the interface language.
    pub fn show(&self, lang: Lang) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Coverage(c, made) => format!("{}{}", text::percent(lang, *c, 2), made.mark()),
            Value::Target { coverage, strict } => {
                let n = text::target_percent(lang, *coverage);
                if *strict { format!(">{n}") } else { n }
            }
            Value::Points(g) | Value::PerYear(g) => text::points(lang, *g),
            Value::Count(n) => text::count(lang, *n),
            Value::Projection(p) => projected(*p, lang),
            Value::Status(s) => text::status_label(lang, *s),
            Value::Date {
                date,
                precision,
                stale,
            } => {
                let d = text::date_at(lang, *date, *precision);
                if *stale {
                    format!("{d} {STALE_MARK}")
                } else {
                    d
                }
            }
            Value::Missing => "—".to_string(),
        }
    }

    /// For a spreadsheet: dot decimals, ISO dates as precise as known, whole
    /// numbers without separators, no marks (csv gives them columns of
    /// their own), nothing for a gap.
    pub fn raw(&self, lang: Lang) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Coverage(c, _)
            | Value::Target { coverage: c, .. }
            | Value::Points(c)
            | Value::PerYear(c) => format!("{c:.2}"),
            Value::Count(n) => n.to_string(),
            Value::Projection(Projection::None) | Value::Missing => String::new(),
            Value::Projection(Projection::Year(y)) => y.to_string(),
            Value::Projection(p) => projected(*p, lang),
            Value::Status(s) => text::status(lang, *s).to_string(),
            Value::Date {
                date, precision, ..
            } => text::iso_date(*date, *precision),
        }
    }

    /// The number a json field gives: rounded as the screen shows it, so
    /// no float noise (`6.790000000000006`) reaches a program.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Coverage(c, _)
            | Value::Target { coverage: c, .. }
            | Value::Points(c)
            | Value::PerYear(c) => Some(round2(*c)),
            _ => None,
        }
    }

    pub fn made(&self) -> Option<Made> {
        match self {
            Value::Coverage(_, made) => Some(*made),
            _ => None,
        }
    }

    pub fn is_stale(&self) -> bool {
        matches!(self, Value::Date { stale: true, .. })
    }
}

/// Two decimals, as every figure is shown.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// When the trend reaches the target: `2028`, `✓` when met, `2025 đã qua`
/// when that year has passed with no figure confirming it, `—` when the
/// figures cannot say.
pub fn projected(p: Projection, lang: Lang) -> String {
    match p {
        Projection::Met => "✓".to_string(),
        Projection::Year(y) => y.to_string(),
        Projection::Passed(y) => format!("{y} {}", text::words(lang).passed),
        Projection::None => "—".to_string(),
    }
}

/// The projection in full, for a line of its own.
pub fn projected_long(p: Projection, lang: Lang) -> String {
    match p {
        Projection::Passed(y) => format!("{y}, {}", text::words(lang).passed_long),
        _ => projected(p, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn marks_say_how_a_figure_was_made() {
        assert_eq!(Value::Coverage(94.5, Made::Own).show(Lang::Vi), "94,50 %");
        assert_eq!(
            Value::Coverage(94.5, Made::RolledUp).show(Lang::Vi),
            "94,50 %*"
        );
        assert_eq!(
            Value::Coverage(94.5, Made::Partial).show(Lang::En),
            "94.50%~"
        );
        assert_eq!(Value::Coverage(94.5, Made::Partial).raw(Lang::En), "94.50");
    }

    #[test]
    fn a_stale_date_is_marked_and_a_year_stays_a_year() {
        let stale = Value::Date {
            date: day(2023, 12, 31),
            precision: Precision::Day,
            stale: true,
        };
        assert_eq!(stale.show(Lang::Vi), "31/12/2023 !");
        assert_eq!(stale.raw(Lang::Vi), "2023-12-31");
        let year = Value::Date {
            date: day(2011, 1, 1),
            precision: Precision::Year,
            stale: false,
        };
        assert_eq!(year.show(Lang::Vi), "2011");
        assert_eq!(year.raw(Lang::En), "2011");
        let month = Value::Date {
            date: day(2011, 5, 1),
            precision: Precision::Month,
            stale: false,
        };
        assert_eq!(month.show(Lang::Vi), "05/2011");
        assert_eq!(month.raw(Lang::Vi), "2011-05");
    }

    #[test]
    fn numbers_for_programs_are_rounded_as_shown() {
        assert_eq!(Value::Points(-6.790000000000006).number(), Some(-6.79));
        assert_eq!(Value::Points(-7.0).show(Lang::Vi), "−7,00");
        assert_eq!(Value::Count(3).number(), None);
    }

    #[test]
    fn targets_and_projections_read_as_on_screen() {
        let strict = Value::Target {
            coverage: 95.0,
            strict: true,
        };
        assert_eq!(strict.show(Lang::Vi), ">95 %");
        assert_eq!(
            Value::Projection(Projection::Passed(2025)).show(Lang::Vi),
            "2025 đã qua"
        );
        assert_eq!(Value::Projection(Projection::None).raw(Lang::Vi), "");
        assert_eq!(
            projected_long(Projection::Passed(2025), Lang::Vi),
            "2025, đã qua mà chưa có số liệu xác nhận"
        );
        assert_eq!(projected_long(Projection::Year(2028), Lang::En), "2028");
        assert_eq!(Value::Status(Status::Stale).show(Lang::En), "! Stale");
        assert_eq!(Value::Status(Status::Stale).raw(Lang::En), "Stale");
    }
}
