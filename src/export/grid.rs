//! A table as typed cells for spreadsheets: csv writes them as text, xlsx
//! as numbers, dates and words. A number column holds only numbers: the
//! source's words for a figure (`gần 97,5 %`), a target's strictness and
//! year, what a projection's year cannot say and how the last target due
//! went each get a column of their own.

use chrono::NaiveDate;

use super::table::Section;
use crate::model::progress::Projection;
use crate::model::schema::Precision;
use crate::model::verdict::Outcome;
use crate::model::{SortKey, Status};
use crate::present::{Column, Made, Value};
use crate::text::{self, Lang};

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A percentage or points, shown with two decimals.
    Number(f64),
    /// People.
    Count(u64),
    Year(i32),
    Date(NaiveDate, Precision),
    /// A mark column's cell: `x` when set.
    Flag(bool),
    Status(Status),
    /// Words coloured as the status they stand for: a target's verdict.
    Judged(String, Status),
}

pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Grid {
    /// `section`'s cells, a figures section split by column.
    pub fn of(lang: Lang, section: &Section) -> Grid {
        Grid {
            headers: Grid::headers(lang, section),
            rows: Grid::rows(lang, section).collect(),
        }
    }

    pub fn headers(lang: Lang, section: &Section) -> Vec<String> {
        match &section.figures {
            Some(f) => figures_headers(lang, section, &f.columns),
            None => section.headers.clone(),
        }
    }

    /// The rows one by one: a csv of 100,000 rows is written without
    /// holding all their cells at once.
    pub fn rows<'a>(lang: Lang, section: &'a Section) -> impl Iterator<Item = Vec<Cell>> + 'a {
        (0..section.rows.len()).filter_map(move |k| Grid::row(lang, section, k))
    }

    /// Row `k`'s cells, if the section has that row.
    pub fn row(lang: Lang, section: &Section, k: usize) -> Option<Vec<Cell>> {
        let row = section.rows.get(k)?;
        Some(match &section.figures {
            Some(f) => figures_row(lang, &f.columns, f.ids.get(k), row),
            None => row.iter().map(|v| plain(lang, v)).collect(),
        })
    }
}

/// A cell of a table that is not one of figures: as it comes.
fn plain(lang: Lang, v: &Value) -> Cell {
    match v {
        Value::Text(s) => Cell::Text(s.clone()),
        Value::Coverage(c, _)
        | Value::Target { coverage: c, .. }
        | Value::Points(c)
        | Value::PerYear(c)
        | Value::Share { percent: c, .. } => Cell::Number(*c),
        Value::Count(n) | Value::Population { count: n, .. } => Cell::Count(*n),
        Value::Status(s) => Cell::Status(*s),
        Value::Estimated(v) => plain(lang, v),
        Value::Date {
            date, precision, ..
        } => Cell::Date(*date, *precision),
        Value::Missing => Cell::Empty,
        Value::Projection { .. } | Value::Past { .. } => Cell::Text(v.raw(lang)),
    }
}

/// The headers `column` takes in a spreadsheet: its own, then those of the
/// parts split off it.
fn headers(lang: Lang, column: Column, own: &str) -> Vec<String> {
    let (s, v) = (text::sheet_words(lang), text::verdict_words(lang));
    let split: &[&str] = match column {
        Column::Figure(SortKey::Coverage) => &[text::figure_words(lang).coverage_words],
        Column::Figure(SortKey::Target) => &[s.target_strict, v.target_year],
        Column::Figure(SortKey::Projected) => &[s.projected_year, s.projected_words],
        Column::Figure(SortKey::Past) => &[s.past_points, v.past_year, s.past_outcome],
        Column::Figure(SortKey::Population) => &[text::figure_words(lang).population_year],
        _ => &[],
    };
    match column {
        // The number's header says what it is; the parts follow.
        Column::Figure(SortKey::Projected | SortKey::Past) => {
            split.iter().map(|h| h.to_string()).collect()
        }
        _ => std::iter::once(own.to_string())
            .chain(split.iter().map(|h| h.to_string()))
            .collect(),
    }
}

/// The cells of `value` in `column`, as many as `headers` gives it.
pub fn split(lang: Lang, column: Column, value: &Value) -> Vec<Cell> {
    let v = text::verdict_words(lang);
    let value = match value {
        Value::Estimated(inner) => inner,
        _ => value,
    };
    let number = |x: Option<f64>| x.map_or(Cell::Empty, Cell::Number);
    match column {
        Column::Figure(SortKey::Coverage) => match value {
            Value::Text(words) => vec![Cell::Empty, Cell::Text(words.clone())],
            Value::Coverage(c, _) => vec![Cell::Number(*c), Cell::Empty],
            _ => vec![plain(lang, value), Cell::Empty],
        },
        Column::Figure(SortKey::Target) => match value {
            Value::Target {
                coverage,
                strict,
                year,
            } => vec![
                Cell::Number(*coverage),
                Cell::Flag(*strict),
                year.map_or(Cell::Empty, Cell::Year),
            ],
            _ => vec![Cell::Empty, Cell::Empty, Cell::Empty],
        },
        Column::Figure(SortKey::Projected) => match value {
            Value::Projection { projection, .. } => match projection {
                Projection::Year(y) => vec![Cell::Year(*y), Cell::Empty],
                Projection::Passed(y) => vec![
                    Cell::Year(*y),
                    Cell::Text(text::words(lang).passed_long.to_string()),
                ],
                Projection::Met => vec![Cell::Empty, Cell::Text(v.met.to_string())],
                Projection::None => vec![Cell::Empty, Cell::Empty],
            },
            _ => vec![Cell::Empty, Cell::Empty],
        },
        Column::Figure(SortKey::Past) => match value {
            Value::Past {
                year,
                outcome,
                points,
            } => vec![
                number(*points),
                Cell::Year(*year),
                Cell::Text(outcome_words(lang, *outcome).to_string()),
            ],
            _ => vec![Cell::Empty, Cell::Empty, Cell::Empty],
        },
        Column::Figure(SortKey::Population) => match value {
            Value::Population { count, year } => vec![Cell::Count(*count), Cell::Year(*year)],
            _ => vec![plain(lang, value), Cell::Empty],
        },
        _ => vec![plain(lang, value)],
    }
}

/// How a target due went, in a word: `đạt`, `không đạt`, `chưa có số`.
pub fn outcome_words(lang: Lang, outcome: Outcome) -> &'static str {
    let v = text::verdict_words(lang);
    match outcome {
        Outcome::Met(_) => v.met,
        Outcome::Missed { .. } => v.missed,
        Outcome::Estimated(_) => v.estimated_short,
        Outcome::PartialOnly(_) => v.partial_short,
        Outcome::NoFigure { .. } => v.no_figure_short,
    }
}

/// The figures split by column after the unit's id, then the marks the
/// screen writes beside a figure, a column each.
fn figures_headers(lang: Lang, section: &Section, columns: &[Column]) -> Vec<String> {
    let w = text::words(lang);
    let mut head = vec![text::sheet_words(lang).id.to_string()];
    for (c, own) in columns.iter().zip(&section.headers) {
        head.extend(headers(lang, *c, own));
    }
    head.extend([w.rolled_up, w.partial, w.stale, w.estimate].map(String::from));
    head
}

fn figures_row(lang: Lang, columns: &[Column], id: Option<&String>, row: &[Value]) -> Vec<Cell> {
    let mut cells = vec![Cell::Text(id.cloned().unwrap_or_default())];
    for (c, v) in columns.iter().zip(row) {
        cells.extend(split(lang, *c, v));
    }
    let made = row.iter().find_map(Value::made);
    cells.extend(
        [
            made.is_some_and(|m| m != Made::Own),
            made == Some(Made::Partial),
            row.iter().any(Value::is_stale),
            row.iter().any(Value::is_estimate),
        ]
        .map(Cell::Flag),
    );
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::csv_text::{CsvStyle, cell};
    use crate::model::verdict::Figure;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const COVERAGE: Column = Column::Figure(SortKey::Coverage);
    const TARGET: Column = Column::Figure(SortKey::Target);

    #[test]
    fn coverage_in_words_never_lands_in_the_number_column() {
        let words = Value::Text("gần 97,5 %".into());
        assert_eq!(
            split(Lang::Vi, COVERAGE, &words),
            [Cell::Empty, Cell::Text("gần 97,5 %".into())]
        );
        let figure = Value::Coverage(88.19, Made::Own).estimated(true);
        assert_eq!(
            split(Lang::Vi, COVERAGE, &figure),
            [Cell::Number(88.19), Cell::Empty]
        );
        assert_eq!(
            split(Lang::Vi, COVERAGE, &Value::Missing),
            [Cell::Empty, Cell::Empty]
        );
        assert_eq!(headers(Lang::En, COVERAGE, "Coverage").len(), 2);
    }

    #[test]
    fn a_strict_target_says_so_beside_its_number_and_year() {
        let strict = Value::Target {
            coverage: 95.0,
            strict: true,
            year: Some(2026),
        };
        assert_eq!(
            split(Lang::Vi, TARGET, &strict),
            [Cell::Number(95.0), Cell::Flag(true), Cell::Year(2026)]
        );
        let plain = Value::Target {
            coverage: 95.65,
            strict: false,
            year: Some(2025),
        };
        let cells = split(Lang::Vi, TARGET, &plain);
        assert_eq!(cells[1], Cell::Flag(false));
        let text: Vec<String> = cells
            .iter()
            .map(|c| cell(Lang::Vi, c, CsvStyle::Plain))
            .collect();
        assert_eq!(text, ["95.65", "", "2025"]);
        let strict: Vec<String> = split(Lang::Vi, TARGET, &strict)
            .iter()
            .map(|c| cell(Lang::Vi, c, CsvStyle::Vi))
            .collect();
        assert_eq!(strict, ["95,00", "x", "2026"]);
        assert_eq!(
            headers(Lang::Vi, TARGET, "Mục tiêu"),
            ["Mục tiêu", "Mục tiêu phải vượt (>)", "Năm của mục tiêu"]
        );
    }

    #[test]
    fn a_projection_gives_its_year_as_a_number_and_the_rest_in_words() {
        let col = Column::Figure(SortKey::Projected);
        let of = |projection| Value::Projection {
            projection,
            target: Some((95.0, true)),
        };
        assert_eq!(
            split(Lang::Vi, col, &of(Projection::Year(2027))),
            [Cell::Year(2027), Cell::Empty]
        );
        assert_eq!(
            split(Lang::En, col, &of(Projection::Met)),
            [Cell::Empty, Cell::Text("met".into())]
        );
        assert_eq!(
            split(Lang::Vi, col, &of(Projection::Passed(2025))),
            [
                Cell::Year(2025),
                Cell::Text("đã qua mà chưa có số liệu xác nhận".into())
            ]
        );
    }

    #[test]
    fn the_last_target_due_splits_into_points_year_and_outcome() {
        let col = Column::Figure(SortKey::Past);
        let figure = Figure {
            date: day(2025, 9, 30),
            coverage: 88.0,
            estimate: false,
        };
        let missed = Value::Past {
            year: 2025,
            outcome: Outcome::Missed { figure, by: 7.0 },
            points: Some(-7.0),
        };
        assert_eq!(
            split(Lang::Vi, col, &missed),
            [
                Cell::Number(-7.0),
                Cell::Year(2025),
                Cell::Text("không đạt".into())
            ]
        );
        let none = Value::Past {
            year: 2024,
            outcome: Outcome::NoFigure {
                from: day(2024, 9, 30),
                until: day(2025, 3, 31),
            },
            points: None,
        };
        assert_eq!(
            split(Lang::En, col, &none),
            [
                Cell::Empty,
                Cell::Year(2024),
                Cell::Text("no figure".into())
            ]
        );
        assert_eq!(cell(Lang::Vi, &Cell::Number(-7.0), CsvStyle::Vi), "-7,00");
    }
}
