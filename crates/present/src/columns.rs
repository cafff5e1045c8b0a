//! The columns of every locality table, each defined once: the Provinces
//! screen, the txt, md and csv snapshots, json and the plain summary all
//! take their headers, cells, sort keys and widths from here.

use chrono::Datelike;

use super::figure;
use super::value::Value;
use crate::text::{self, Lang, Words};
use tiendo_model::schema::Precision;
use tiendo_model::{Level, Model, Progress, SortKey};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The row's place in the table.
    Rank,
    /// A figure the table can be sorted by, named by its sort key.
    Figure(SortKey),
    /// The unit a district or commune belongs to.
    Parent,
    Note,
    Source,
}

use SortKey::{
    Coverage, Date, Gap, Name, Participants, Past, Plan, Population, Projected, Status, Target,
    Trend, YearOnYear,
};

pub struct Spec {
    /// The header in exports and the summary.
    pub header: fn(&Words) -> &'static str,
    /// The header on screen, where room is short.
    pub short: fn(&Words) -> &'static str,
    /// What sorting by the column is called in the status line.
    pub name: fn(&Words) -> &'static str,
    pub sort: Option<SortKey>,
    /// Cells on screen; 0 for a column the screen does not show.
    pub width: u16,
    /// On a narrow screen, the order in which columns give way (1 first);
    /// `None` for those that always show.
    pub gives_way: Option<u8>,
    pub right: bool,
}

/// A row of a locality table: whose figures, under what name.
pub struct Row<'a> {
    pub m: &'a Model,
    pub i: usize,
    pub p: &'a Progress,
    pub name: &'a str,
    /// Place in the table, from 0.
    pub position: usize,
}

type Header = (
    fn(&Words) -> &'static str,
    fn(&Words) -> &'static str,
    u16,
    Option<u8>,
    bool,
);

/// What sorting by `key` is called: `chênh lệch`, `gap`.
pub fn sort_name(lang: Lang, key: SortKey) -> String {
    (Column::Figure(key).spec().name)(text::words(lang)).to_lowercase()
}

/// The arrow a sort shows, the one rule for the header, the status bar,
/// the notice and the exports: the way the numbers go down the table, ↑
/// rising, ↓ falling. Every column sorts by the value its cell shows, with
/// the cell's sign (the gap is coverage − target in the model too), so the
/// order's direction is the numbers' direction.
pub fn sort_arrow(descending: bool) -> &'static str {
    if descending { "↓" } else { "↑" }
}

/// The sort as a header or notice says it: `chênh lệch ↑`.
pub fn sorted_by(lang: Lang, key: SortKey, descending: bool) -> String {
    format!("{} {}", sort_name(lang, key), sort_arrow(descending))
}

impl<'a> Row<'a> {
    /// The locality under its own name.
    pub fn new(m: &'a Model, i: usize, p: &'a Progress) -> Self {
        Row {
            m,
            i,
            p,
            name: m.locality(i).map_or("", |l| l.name.as_str()),
            position: 0,
        }
    }
}

impl Column {
    /// The Provinces screen, left to right.
    pub const SCREEN: [Column; 14] = [
        Column::Rank,
        Column::Figure(Name),
        Column::Figure(Coverage),
        Column::Figure(Target),
        Column::Figure(Gap),
        Column::Figure(Trend),
        Column::Figure(YearOnYear),
        Column::Figure(Projected),
        Column::Figure(Participants),
        Column::Figure(Population),
        Column::Figure(Plan),
        Column::Figure(Status),
        Column::Figure(Past),
        Column::Figure(Date),
    ];

    /// The md and csv tables: the screen's figures, with the note and
    /// source of each.
    pub fn table() -> impl Iterator<Item = Column> {
        Column::SCREEN
            .into_iter()
            .filter(|c| *c != Column::Rank)
            .chain([Column::Note, Column::Source])
    }

    /// `columns` with the parent's after the name, for a list of districts
    /// or communes: many share a name, and the parent tells them apart.
    pub fn with_parent(
        columns: impl Iterator<Item = Column>,
        level: Level,
    ) -> impl Iterator<Item = Column> {
        columns.flat_map(move |c| {
            let parent = (c == Column::NAME && level != Level::Province).then_some(Column::Parent);
            std::iter::once(c).chain(parent)
        })
    }

    /// The plain summary printed when the output is not a terminal.
    pub const SUMMARY: [Column; 8] = [
        Column::Figure(Name),
        Column::Figure(Coverage),
        Column::Figure(Target),
        Column::Figure(Gap),
        Column::Figure(Projected),
        Column::Figure(Status),
        Column::Figure(Past),
        Column::Figure(Date),
    ];

    pub const NAME: Column = Column::Figure(Name);
    pub const COVERAGE: Column = Column::Figure(Coverage);
    pub const GAP: Column = Column::Figure(Gap);
    pub const TREND: Column = Column::Figure(Trend);
    pub const STATUS: Column = Column::Figure(Status);
    pub const DATE: Column = Column::Figure(Date);

    /// Headers, widths and the order of giving way, in one table.
    pub fn spec(self) -> Spec {
        // header (exports), short header (screen), screen width, gives way
        // as, right-aligned.
        let (header, short, width, gives_way, right): Header = match self {
            Column::Rank => (|_| "#", |_| "#", 3, Some(7), false),
            Column::Figure(Name) => (|w| w.province, |w| w.province, 11, None, false),
            Column::Figure(Coverage) => (|w| w.coverage, |w| w.coverage, 11, None, true),
            Column::Figure(Target) => (|w| w.target, |w| w.target, 15, Some(8), true),
            Column::Figure(Gap) => (|w| w.gap, |w| w.gap_short, 6, None, true),
            Column::Figure(Trend) => (|w| w.trend_per_year, |w| w.trend, 8, Some(4), false),
            Column::Figure(YearOnYear) => (
                |w| w.year_on_year,
                |w| w.year_on_year_short,
                9,
                Some(3),
                true,
            ),
            Column::Figure(Projected) => {
                (|w| w.projected, |w| w.projected_short, 14, Some(9), true)
            }
            Column::Figure(Past) => (
                |w| w.verdict.past,
                |w| w.verdict.past_short,
                18,
                Some(6),
                false,
            ),
            Column::Figure(Participants) => {
                (|w| w.participants, |w| w.participants, 14, Some(2), true)
            }
            // `14.002.598 (2025)`: the largest province with its year, whole.
            Column::Figure(Population) => (|w| w.population, |w| w.population, 17, Some(1), true),
            // Before the verdict on the last target due: the plan is the
            // office's yearly count, the target the directive's.
            Column::Figure(Plan) => (|w| w.plan_share, |w| w.plan_share, 10, Some(5), true),
            Column::Figure(Status) => (|w| w.status, |w| w.status, 18, None, false),
            Column::Figure(Date) => (|w| w.as_of, |w| w.as_of, 12, Some(10), false),
            Column::Parent => (|w| w.part_of, |w| w.part_of, 16, Some(11), false),
            Column::Note => (|w| w.note, |w| w.note, 0, None, false),
            Column::Source => (|w| w.source, |w| w.source, 0, None, false),
        };
        let (sort, name): (_, fn(&Words) -> &'static str) = match self {
            Column::Figure(Name) => (Some(Name), |w| w.name_word),
            Column::Figure(Trend) => (Some(Trend), |w| w.trend),
            Column::Figure(YearOnYear) => (Some(YearOnYear), |w| w.year_on_year_short),
            Column::Figure(Date) => (Some(Date), |w| w.date_of_figure),
            Column::Figure(Plan) => (Some(Plan), |w| w.plan_share_name),
            Column::Figure(key) => (Some(key), header),
            _ => (None, header),
        };
        Spec {
            header,
            short,
            name,
            sort,
            width,
            gives_way,
            right,
        }
    }

    /// Whether the column's figures may carry a mark after them (`*`,
    /// `~`): right-aligned, each of its cells keeps the mark's cell
    /// (`value::with_mark_cell`).
    pub fn marks_after(self) -> bool {
        matches!(self, Column::Figure(Coverage) | Column::Figure(Plan))
    }

    /// The header in exports; the name column's names what the rows are.
    pub fn header(self, lang: Lang, names: &str) -> String {
        match self {
            Column::Figure(Name) => names.to_string(),
            _ => (self.spec().header)(text::words(lang)).to_string(),
        }
    }

    /// The cell of `row` in this column.
    pub fn value(self, row: &Row<'_>, lang: Lang) -> Value {
        let (m, p) = (row.m, row.p);
        let latest = p.latest_point();
        let opt = |v: Option<Value>| v.unwrap_or(Value::Missing);
        match self {
            // Three wide, as the screen has always shown it.
            Column::Rank => Value::Text(format!("{:>3}", row.position + 1)),
            Column::Figure(Name) => Value::Text(row.name.to_string()),
            Column::Figure(Coverage) => figure::coverage_value(p),
            Column::Figure(Target) => figure::target_value(m, p),
            Column::Figure(Gap) => opt(p.gap.map(Value::Points)),
            Column::Figure(Trend) => opt(p.trend.map(|t| Value::PerYear(t.slope))),
            Column::Figure(YearOnYear) => opt(p.year_on_year.map(|y| Value::Points(y.change))),
            Column::Figure(Projected) => figure::projection_value(m, p),
            Column::Figure(Past) => figure::past_value(m, p),
            Column::Figure(Participants) => {
                opt(latest
                    .and_then(|x| Some(Value::Count(x.participants()?).estimated(x.estimate))))
            }
            Column::Figure(Population) => opt(p.population.map(|x| Value::Population {
                count: x.count,
                year: x.date.year(),
            })),
            Column::Figure(Plan) => opt(figure::plan_value(p)),
            Column::Figure(Status) => Value::Status(p.status),
            Column::Figure(Date) => opt(p.shown_date().map(|date| Value::Date {
                date,
                precision: Precision::Day,
                stale: p.stale,
            })),
            Column::Parent => opt(m
                .parent(row.i)
                .and_then(|j| m.locality(j))
                .map(|l| Value::Text(l.name.clone()))),
            Column::Note => opt(figure::note(m, row.i, p).map(Value::Text)),
            Column::Source => opt(figure::source(m, row.i, p, lang).map(Value::Text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sort_key_has_its_column_on_screen() {
        for key in SortKey::ALL {
            assert_eq!(Column::Figure(key).spec().sort, Some(key), "{key:?}");
        }
        assert_eq!(sort_name(Lang::Vi, SortKey::Gap), "chênh lệch");
        assert_eq!(sort_name(Lang::En, SortKey::Name), "name");
        // Sorting names the figure, not the export header's unit.
        assert_eq!(sort_name(Lang::Vi, SortKey::Trend), "xu hướng");
        assert_eq!(sort_name(Lang::Vi, SortKey::Date), "ngày số liệu");
        assert_eq!(sort_name(Lang::Vi, SortKey::Projected), "dự kiến đạt");
        assert_eq!(sort_name(Lang::Vi, SortKey::Plan), "tỷ lệ đạt kế hoạch");
        assert_eq!(sort_name(Lang::En, SortKey::Plan), "share of plan");
    }

    #[test]
    fn columns_give_way_in_one_order_and_the_verdict_never_does() {
        let mut order: Vec<(u8, Column)> = Column::SCREEN
            .into_iter()
            .filter_map(|c| Some((c.spec().gives_way?, c)))
            .collect();
        order.sort_by_key(|(k, _)| *k);
        let order: Vec<Column> = order.into_iter().map(|(_, c)| c).collect();
        assert_eq!(
            order,
            [
                Column::Figure(Population),
                Column::Figure(Participants),
                Column::Figure(YearOnYear),
                Column::Figure(Trend),
                Column::Figure(Plan),
                Column::Figure(Past),
                Column::Rank,
                Column::Figure(Target),
                Column::Figure(Projected),
                Column::Figure(Date)
            ]
        );
        for c in Column::table() {
            assert_eq!(c.spec().width == 0, !Column::SCREEN.contains(&c), "{c:?}");
        }
    }
}
