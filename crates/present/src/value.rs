//! A cell as a typed value, written once for people (`show`: the screens,
//! txt, md and the summary) and once for programs (`raw`: csv).

use chrono::NaiveDate;

use crate::text::{self, Lang};
use tiendo_model::Point;
use tiendo_model::Status;
use tiendo_model::progress::Projection;
use tiendo_model::schema::Precision;
use tiendo_model::verdict::Outcome;

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

/// A cell of a right-aligned column whose figures may carry a mark after
/// them (`*`, `~`): the mark's cell is kept in every row, a space where
/// there is none, so that the decimals line up (`88,00 % ` above
/// `90,00 %~`).
pub fn with_mark_cell(mut shown: String) -> String {
    let marks = [Made::RolledUp.mark(), Made::Partial.mark()];
    if !marks.iter().any(|m| shown.ends_with(m)) {
        shown.push(' ');
    }
    shown
}

/// Before a figure that is the source's estimate (`ước thực hiện`), as
/// coverage in words is shown approximate.
pub const ESTIMATE_MARK: &str = "≈";

/// The mark before a figure: `≈` for an estimate, nothing otherwise.
pub fn estimate_mark(estimate: bool) -> &'static str {
    if estimate { ESTIMATE_MARK } else { "" }
}

/// After the date of a figure more than 18 months old.
pub const STALE_MARK: &str = "!";

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    /// A percentage, and how it was made.
    Coverage(f64, Made),
    /// A numeric target; `strict` when it is met only above its number;
    /// `year` the year it is due.
    Target {
        coverage: f64,
        strict: bool,
        year: Option<i32>,
    },
    /// Coverage minus target, in points: behind reads negative.
    Points(f64),
    PerYear(f64),
    Count(u64),
    /// A unit's population and the year it was counted: `1.234.567 (2024)`.
    Population {
        count: u64,
        year: i32,
    },
    /// A share of the plan assigned, in percent; `rolled_up` when the
    /// unit's parts add it up.
    Share {
        percent: f64,
        rolled_up: bool,
    },
    /// When the trend reaches `target` (coverage, strict), which it names.
    Projection {
        projection: Projection,
        target: Option<(f64, bool)>,
    },
    /// The verdict on the last target due: its year, the outcome, and the
    /// figure against the target in points (behind reads negative).
    Past {
        year: i32,
        outcome: Outcome,
        points: Option<f64>,
    },
    Status(Status),
    /// A figure of a record marked `estimate = true` (or a roll-up of
    /// one): written `≈` before it, for people; a column of its own in csv.
    Estimated(Box<Value>),
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
            Value::Target {
                coverage,
                strict,
                year,
            } => {
                let n = target_number(lang, *coverage, *strict);
                match year {
                    Some(y) => format!("{n} · {y}"),
                    None => n,
                }
            }
            Value::Points(g) | Value::PerYear(g) => text::points(lang, *g),
            Value::Count(n) => text::count(lang, *n),
            Value::Population { count, year } => format!("{} ({year})", text::count(lang, *count)),
            Value::Share { percent, rolled_up } => {
                let made = if *rolled_up {
                    Made::RolledUp
                } else {
                    Made::Own
                };
                format!("{}{}", text::percent(lang, *percent, 2), made.mark())
            }
            // A cell is narrow: the arrow stands for "vào" / "in".
            Value::Projection {
                projection: Projection::Year(y) | Projection::Passed(y),
                target: Some((c, strict)),
            } => format!("{}→{y}", target_number(lang, *c, *strict)),
            Value::Projection { projection, target } => projected(*projection, *target, lang),
            Value::Past {
                year,
                outcome,
                points,
            } => past(*year, *outcome, *points, lang),
            Value::Status(s) => text::status_label(lang, *s),
            Value::Estimated(v) => format!("{ESTIMATE_MARK}{}", v.show(lang)),
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
            | Value::PerYear(c)
            | Value::Share { percent: c, .. } => format!("{c:.2}"),
            Value::Count(n) | Value::Population { count: n, .. } => n.to_string(),
            Value::Projection {
                projection: Projection::None,
                ..
            }
            | Value::Missing => String::new(),
            Value::Projection {
                projection: Projection::Year(y) | Projection::Passed(y),
                ..
            } => y.to_string(),
            // Met: programs keep the mark; only people read the cell beside
            // the verdict's own `✓`.
            Value::Projection { .. } => "✓".to_string(),
            Value::Past { points, .. } => points.map(|p| format!("{p:.2}")).unwrap_or_default(),
            Value::Status(s) => text::status(lang, *s).to_string(),
            Value::Estimated(v) => v.raw(lang),
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
            | Value::PerYear(c)
            | Value::Share { percent: c, .. } => Some(round2(*c)),
            Value::Past { points, .. } => points.map(round2),
            Value::Estimated(v) => v.number(),
            _ => None,
        }
    }

    pub fn made(&self) -> Option<Made> {
        match self {
            Value::Coverage(_, made) => Some(*made),
            Value::Estimated(v) => v.made(),
            _ => None,
        }
    }

    /// `value`, marked an estimate when `estimate`.
    pub fn estimated(self, estimate: bool) -> Value {
        if estimate {
            Value::Estimated(Box::new(self))
        } else {
            self
        }
    }

    pub fn is_estimate(&self) -> bool {
        matches!(self, Value::Estimated(_))
    }

    pub fn is_stale(&self) -> bool {
        matches!(self, Value::Date { stale: true, .. })
    }
}

/// Two decimals, as every figure is shown.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A target's number as a cell writes it, with the two decimals of the
/// coverages beside it: `>95,00 %` when met only above it.
pub fn target_number(lang: Lang, coverage: f64, strict: bool) -> String {
    strict_mark(text::percent(lang, coverage, 2), strict)
}

/// A target's number in a sentence, in its short form: `>95 %`.
fn target_said(lang: Lang, coverage: f64, strict: bool) -> String {
    strict_mark(text::target_percent(lang, coverage), strict)
}

fn strict_mark(n: String, strict: bool) -> String {
    if strict { format!(">{n}") } else { n }
}

/// When the trend reaches the target, naming it: `>95 % vào 2027`; `đã
/// đạt` when met (the verdict beside it has the `✓`); `—` when the figures cannot say. A year already past (the
/// trend reached it before today, no figure confirms it yet) reads the
/// same: the verdict beside it says what that means.
pub fn projected(p: Projection, target: Option<(f64, bool)>, lang: Lang) -> String {
    match (p, target) {
        (Projection::Met, _) => text::verdict_words(lang).already_met.to_string(),
        (Projection::Year(y) | Projection::Passed(y), Some((c, strict))) => format!(
            "{} {} {y}",
            target_said(lang, c, strict),
            text::verdict_words(lang).reach_in
        ),
        (Projection::Year(y) | Projection::Passed(y), None) => y.to_string(),
        (Projection::None, _) => "—".to_string(),
    }
}

/// The projection in full, for a line of its own.
pub fn projected_long(p: Projection, target: Option<(f64, bool)>, lang: Lang) -> String {
    match p {
        Projection::Passed(_) => format!(
            "{}, {}",
            projected(p, target, lang),
            text::words(lang).passed_long
        ),
        _ => projected(p, target, lang),
    }
}

/// The verdict on a target whose date has passed, in a cell:
/// `2025: ✓ +0,20`, `2025: ✗ −1,05`, `2025: · không có số`.
pub fn past(year: i32, outcome: Outcome, points: Option<f64>, lang: Lang) -> String {
    let w = text::verdict_words(lang);
    let said = match (outcome, points) {
        (Outcome::Met(_), Some(p)) => format!("✓ {}", text::points(lang, p)),
        (Outcome::Missed { .. }, Some(p)) => format!("✗ {}", text::points(lang, p)),
        (Outcome::Estimated(_), _) => format!("≈ {}", w.estimated_short),
        (Outcome::PartialOnly(_), _) => format!("~ {}", w.partial_short),
        _ => format!("· {}", w.no_figure_short),
    };
    format!("{year}: {said}")
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
    fn a_column_with_marks_keeps_the_marks_cell_in_every_row() {
        let own = with_mark_cell(Value::Coverage(88.0, Made::Own).show(Lang::Vi));
        let partial = with_mark_cell(Value::Coverage(90.0, Made::Partial).show(Lang::Vi));
        let rolled = with_mark_cell(Value::Coverage(95.2, Made::RolledUp).show(Lang::En));
        assert_eq!(own, "88,00 % ");
        assert_eq!(partial, "90,00 %~");
        assert_eq!(rolled, "95.20%*");
        // Right-aligned, the decimal marks fall in the same cell.
        assert_eq!(own.rfind(','), partial.rfind(','));
        assert_eq!(with_mark_cell(Value::Missing.show(Lang::Vi)), "— ");
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
    fn a_population_says_its_year_and_gives_programs_the_count() {
        let p = Value::Population {
            count: 3_619_433,
            year: 2025,
        };
        assert_eq!(p.show(Lang::Vi), "3.619.433 (2025)");
        assert_eq!(p.show(Lang::En), "3,619,433 (2025)");
        assert_eq!(p.raw(Lang::Vi), "3619433");
    }

    #[test]
    fn numbers_for_programs_are_rounded_as_shown() {
        assert_eq!(Value::Points(-6.790000000000006).number(), Some(-6.79));
        assert_eq!(Value::Points(-7.0).show(Lang::Vi), "−7,00");
        assert_eq!(Value::Count(3).number(), None);
    }

    #[test]
    fn targets_say_their_year_and_projections_name_their_target() {
        let strict = Value::Target {
            coverage: 95.0,
            strict: true,
            year: Some(2026),
        };
        // Two decimals in a cell, as the coverages beside it.
        assert_eq!(strict.show(Lang::Vi), ">95,00 % · 2026");
        assert_eq!(strict.raw(Lang::Vi), "95.00");
        let plain = Value::Target {
            coverage: 95.15,
            strict: false,
            year: None,
        };
        assert_eq!(plain.show(Lang::En), "95.15%");
        let reach = |projection| Value::Projection {
            projection,
            target: Some((95.0, true)),
        };
        // A cell is narrow: the arrow stands for "vào" / "in".
        assert_eq!(
            reach(Projection::Year(2027)).show(Lang::Vi),
            ">95,00 %→2027"
        );
        assert_eq!(reach(Projection::Year(2027)).show(Lang::En), ">95.00%→2027");
        assert_eq!(
            reach(Projection::Passed(2026)).show(Lang::Vi),
            ">95,00 %→2026"
        );
        assert_eq!(
            projected(Projection::Year(2027), Some((95.0, true)), Lang::Vi),
            ">95 % vào 2027"
        );
        assert_eq!(reach(Projection::Year(2027)).raw(Lang::Vi), "2027");
        // Met: words, so an achieved row does not read `✓ ✓ Đạt`.
        assert_eq!(reach(Projection::Met).show(Lang::Vi), "đã đạt");
        assert_eq!(reach(Projection::Met).show(Lang::En), "already met");
        assert_eq!(reach(Projection::Met).raw(Lang::Vi), "✓");
        assert_eq!(reach(Projection::None).raw(Lang::Vi), "");
        assert_eq!(
            projected_long(Projection::Passed(2025), Some((95.0, false)), Lang::Vi),
            "95 % vào 2025, đã qua mà chưa có số liệu xác nhận"
        );
        assert_eq!(
            projected_long(Projection::Year(2028), Some((95.0, false)), Lang::En),
            "95% in 2028"
        );
        assert_eq!(Value::Status(Status::Stale).show(Lang::En), "! Stale");
        assert_eq!(Value::Status(Status::Stale).raw(Lang::En), "Stale");
    }

    #[test]
    fn a_past_target_says_its_year_and_how_it_went() {
        use tiendo_model::verdict::Figure;
        let f = Figure {
            date: day(2025, 12, 31),
            coverage: 94.1,
            estimate: false,
        };
        let missed = Value::Past {
            year: 2025,
            outcome: Outcome::Missed {
                figure: f,
                by: 1.05,
            },
            points: Some(-1.05),
        };
        assert_eq!(missed.show(Lang::Vi), "2025: ✗ −1,05");
        assert_eq!(missed.raw(Lang::Vi), "-1.05");
        assert_eq!(missed.number(), Some(-1.05));
        let met = Value::Past {
            year: 2025,
            outcome: Outcome::Met(f),
            points: Some(0.2),
        };
        assert_eq!(met.show(Lang::En), "2025: ✓ +0.20");
        let none = Value::Past {
            year: 2024,
            outcome: Outcome::NoFigure {
                from: day(2024, 9, 30),
                until: day(2025, 3, 31),
            },
            points: None,
        };
        assert_eq!(none.show(Lang::Vi), "2024: · chưa có số");
        assert_eq!(none.raw(Lang::Vi), "");
        let partial = Value::Past {
            year: 2024,
            outcome: Outcome::PartialOnly(f),
            points: None,
        };
        assert_eq!(partial.show(Lang::En), "2024: ~ partial");
    }
}
