//! The Overview's parts as finished words, the same for the screen and
//! every export: the top boxes' titles and gauge key, the series' title,
//! the count of the units by status, the line on the last target due, and
//! the lists of who is furthest behind and ahead.

use tiendo_model::history::Points;
use tiendo_model::{Era, Model, Progress, Status};

use tiendo_model::schema::Precision;

use crate::columns::{Column, Row};
use crate::text::{self, Lang};
use crate::value::{Made, Value};

/// A top unit's box title: `Cả nước`, or the province's name.
pub fn top_title(lang: Lang, m: &Model, i: usize) -> String {
    text::top_name(lang, m, i)
}

/// Under the last top box drawn: how many more top units the table lists.
pub fn more_tops(lang: Lang, more: usize) -> String {
    text::counted(lang, text::words(lang).more_tops, more)
}

/// The gauge's key after its bar: `│95` for the numeric target's mark,
/// `┊2030` for the year of universal coverage, which has no number.
pub fn gauge_key(lang: Lang, m: &Model, i: usize, p: &Progress) -> String {
    gauge_marks(lang, m, i, p)
        .into_iter()
        .map(|x| format!(" {}", x.key))
        .collect()
}

/// What the gauge's marks stand for, for its box's title: `│95 mục tiêu
/// 2025 · ┊2030 hạn bao phủ toàn dân`; empty without marks.
pub fn gauge_legend(lang: Lang, m: &Model, i: usize, p: &Progress) -> String {
    let w = text::words(lang);
    gauge_marks(lang, m, i, p)
        .into_iter()
        .map(|x| match x.key.starts_with('┊') {
            true => format!("{} {}", x.key, w.gauge_universal),
            false => format!("{} {}", x.key, (w.gauge_target)(&x.year)),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A mark of the gauge's key and the target it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct GaugeMark {
    /// As the key writes it: `│95`, `┊2030`.
    pub key: String,
    /// The target in words with its document: `trên 95 % (52-CT/TW)`.
    pub target: String,
    /// The year it is due.
    pub year: String,
}

/// The gauge's marks: the numeric target's, then universal coverage's.
pub fn gauge_marks(lang: Lang, m: &Model, i: usize, p: &Progress) -> Vec<GaugeMark> {
    let mut marks = Vec::new();
    let target = m.target(p.numeric_target);
    if let Some((t, c)) = target.and_then(|x| Some((x, x.coverage?))) {
        let n = text::decimal(lang, c, if c.fract() == 0.0 { 0 } else { 2 });
        marks.push(GaugeMark {
            key: format!("│{n}"),
            target: with_code(lang, m, t),
            year: t.by.format("%Y").to_string(),
        });
    }
    if let Some(x) = universal_target(m, i, p) {
        let year = x.by.format("%Y").to_string();
        marks.push(GaugeMark {
            key: format!("┊{year}"),
            target: with_code(lang, m, x),
            year,
        });
    }
    marks
}

/// `trên 95 % (52-CT/TW)`: a target's words and the document setting it.
fn with_code(lang: Lang, m: &Model, t: &tiendo_model::schema::Target) -> String {
    let figure = crate::figure::target_figure(t, lang);
    match m.target_code(t) {
        Some(code) => format!("{figure} ({code})"),
        None => figure,
    }
}

/// The gauge's line as words, its bar left out: `Bao phủ 95,20 % │95
/// ┊2030`.
pub fn gauge_words(lang: Lang, m: &Model, i: usize, p: &Progress) -> String {
    format!(
        "{} {}{}",
        text::words(lang).coverage,
        crate::figure::coverage(p, lang),
        gauge_key(lang, m, i, p)
    )
}

/// The points the series draws, a date and a figure each, as the cells
/// of a table write them.
pub fn series_points(drawn: Points<'_>) -> Vec<(Value, Value)> {
    drawn
        .judged()
        .map(|x| {
            (
                Value::Date {
                    date: x.date,
                    precision: Precision::Day,
                    stale: false,
                },
                Value::Coverage(x.coverage, Made::of(&x)).estimated(x.estimate),
            )
        })
        .collect()
}

/// The target of universal coverage after the numeric one, which has a
/// label and no number: the gauge marks where the bar ends for it.
pub fn universal_target<'m>(
    m: &'m Model,
    i: usize,
    p: &Progress,
) -> Option<&'m tiendo_model::schema::Target> {
    let target = m.target(p.numeric_target);
    m.own_targets_after(i, target.map_or(m.today, |x| x.by))
        .find(|x| x.coverage.is_none() && x.label.is_some())
}

/// The series' title: `Diễn biến · Cả nước 2008–2030`, the first top
/// unit named when others are drawn beside it, and the years the axis
/// runs between.
pub fn history_title(
    lang: Lang,
    m: &Model,
    first: Option<usize>,
    years: Option<(i32, i32)>,
) -> String {
    let mut title = text::words(lang).history.to_string();
    if let Some(i) = first {
        title.push_str(&format!(" · {}", text::top_name(lang, m, i)));
    }
    if let Some((from, to)) = years {
        title.push_str(&format!(" {from}–{to}"));
    }
    title
}

/// The counts' title: `34 tỉnh/thành theo trạng thái`.
pub fn counts_title(lang: Lang, m: &Model, era: Era) -> String {
    format!(
        "{} {}",
        text::counted_units(lang, m, era),
        text::words(lang).by_status
    )
}

/// A status's count as the counts' column writes it, three wide.
pub fn count_cell(n: usize) -> String {
    format!("{n:>3}")
}

/// A status that judges nothing, by its symbol, when they share a line:
/// `» 2`.
pub fn symbol_count(s: Status, n: usize) -> String {
    format!("{} {n}", text::status_symbol(s))
}

/// How the units counted fared against the last target due, as one
/// sentence; none before any target is due.
pub fn last_due(lang: Lang, m: &Model, era: Era) -> Option<String> {
    let c = m.past_counts(era)?;
    let units = text::counted_units(lang, m, era);
    Some((text::verdict_words(lang).count)(
        &units,
        c.year,
        [c.met, c.missed, c.estimated, c.partial, c.no_figure],
    ))
}

/// One entry of the lists of who is furthest behind or ahead.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub index: usize,
    pub name: String,
    /// The gap as its column writes it: `−7,00`.
    pub gap: String,
    /// The gap as rounded for programs, coverage − target.
    pub points: Option<f64>,
    pub status: Status,
}

/// The entries of one list, in its order; units without figures in `era`
/// are left out.
pub fn ranked(lang: Lang, m: &Model, era: Era, list: &[usize]) -> Vec<Ranked> {
    list.iter()
        .filter_map(|&i| {
            let p = m.progress(i, era)?;
            let value = Column::GAP.value(&Row::new(m, i, p), lang);
            Some(Ranked {
                index: i,
                name: m.locality(i)?.name.clone(),
                gap: value.show(lang),
                points: value.number(),
                status: p.status,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_three_wide_and_a_symbol_leads_its_count() {
        assert_eq!(count_cell(7), "  7");
        assert_eq!(count_cell(1234), "1234");
        assert_eq!(
            symbol_count(Status::Stale, 2),
            format!("{} 2", text::status_symbol(Status::Stale))
        );
    }
}
