//! The Province screen's history chart in words: its title, the series
//! drawn beside the province's own, the legend, the labels of its axis.

use chrono::NaiveDate;
use tiendo_model::history::Points;
use tiendo_model::point::{Point, TargetStep};
use tiendo_model::progress::year_fraction;
use tiendo_model::schema::Precision;
use tiendo_model::{Era, Model, Progress};

use crate::text::{self, Lang};
use crate::value::{ESTIMATE_MARK, Made, Value};

/// The chart's title: `Diễn biến 2017–2027`, with the years its axis runs
/// between when there is a figure to draw.
pub fn title(lang: Lang, years: Option<(i32, i32)>) -> String {
    let mut title = text::words(lang).history.to_string();
    if let Some((first, last)) = years {
        title.push_str(&format!(" {first}–{last}"));
    }
    title
}

/// A progress history as (year, coverage) points, complete ones only:
/// what the chart draws.
pub fn points(points: Points<'_>) -> Vec<(f64, f64)> {
    points
        .judged()
        .map(|x| (year_fraction(x.date), x.coverage))
        .collect()
}

/// What the chart of unit `i` in `era` says when it draws no line: that
/// the unit has no figure, or how many it has that a chart does not draw
/// (partial roll-ups; figures without an exact rate), which the table of
/// its figures lists. It draws complete points only (`points`).
pub fn nothing_drawn(lang: Lang, m: &Model, i: usize, era: Era) -> String {
    let rows = super::figures::rows(m, i, era);
    let partial = rows
        .iter()
        .filter(|r| r.point.is_some_and(|x| x.is_partial()))
        .count();
    let inexact = rows.iter().filter(|r| r.point.is_none()).count();
    let w = text::words(lang);
    match (partial, inexact) {
        (0, 0) => w.no_figures.to_string(),
        (n, 0) => text::counted(lang, w.chart_partial_only, n),
        (0, n) => text::counted(lang, w.chart_inexact_only, n),
        (p, n) => text::counted(lang, w.chart_not_drawn, p + n),
    }
}

/// The date of the numeric target the trend is carried forward to.
pub fn target_by(m: &Model, p: &Progress) -> Option<NaiveDate> {
    m.target(p.numeric_target)
        .filter(|t| t.coverage.is_some())
        .map(|t| t.by)
}

/// The numeric targets of unit `i` due after the last one its chart
/// steps through, each drawn from the day after the one before it to its
/// own date: the horizon of the directives (2030) the Overview's chart
/// runs to. Of several due the same day, the first judged.
pub fn horizon(m: &Model, i: usize, p: &Progress) -> Vec<TargetStep> {
    let Some(mut end) = p.target_steps.last().map(|s| s.until) else {
        return Vec::new();
    };
    let mut steps = Vec::new();
    for (t, _) in m.verdicts(i, Era::Current) {
        let Some((coverage, by)) = m.targets.get(t).and_then(|x| Some((x.coverage?, x.by))) else {
            continue;
        };
        let Some(from) = end.succ_opt().filter(|_| by > end) else {
            continue;
        };
        steps.push(TargetStep {
            target: t,
            from,
            until: by,
            coverage,
        });
        end = by;
    }
    steps
}

/// The years the time axis runs between, both on 1 January, as the title
/// names them: whole years around every figure drawn (the province's and
/// `others`, as year fractions), every target step and the target's date
/// `by`, so labels fall on real dates and no target is cut short. None
/// when there is no figure to draw.
pub fn years(
    p: &Progress,
    drawn: Points<'_>,
    others: &[f64],
    by: Option<NaiveDate>,
) -> Option<(i32, i32)> {
    let data: Vec<f64> = points(drawn)
        .iter()
        .map(|x| x.0)
        .chain(others.iter().copied())
        .collect();
    if data.is_empty() {
        return None;
    }
    let targets = p
        .target_steps
        .iter()
        .flat_map(|s| [s.from, s.until])
        .chain(by)
        .map(year_fraction);
    let every = || data.iter().copied().chain(targets.clone());
    let low = every().fold(f64::INFINITY, f64::min).floor();
    let high = every().fold(f64::NEG_INFINITY, f64::max).ceil();
    if !low.is_finite() || !high.is_finite() {
        return None;
    }
    let first = low as i32;
    Some((first, (high as i32).max(first.saturating_add(1))))
}

/// The years of the chart of province `i`: its own figures and those of
/// the series drawn beside them.
pub fn years_of(
    m: &Model,
    p: &Progress,
    drawn: Points<'_>,
    series: &[FormerSeries],
) -> Option<(i32, i32)> {
    let others: Vec<f64> = series
        .iter()
        .flat_map(|x| {
            points(m.points(x.index, Era::Former))
                .into_iter()
                .map(|pt| pt.0)
        })
        .collect();
    years(p, drawn, &others, target_by(m, p))
}

/// A series drawn beside the province's own: one of the former units of a
/// merged province, under its own name.
#[derive(Clone, Debug, PartialEq)]
pub struct FormerSeries {
    pub index: usize,
    /// `Bắc Ninh (cũ)` for the province's own territory before the merger.
    pub name: String,
}

/// A merged province's history before 1 July 2025 is its former units':
/// each drawn under its own name, never summed where the sources differ.
/// Only those with a complete figure; none in the former era, nor for a
/// province that absorbed none.
pub fn former_series(lang: Lang, m: &Model, i: usize, era: Era) -> Vec<FormerSeries> {
    if era != Era::Current {
        return Vec::new();
    }
    let absorbed = m.absorbed.get(i).map(Vec::as_slice).unwrap_or(&[]);
    if absorbed.is_empty() {
        return Vec::new();
    }
    let w = text::words(lang);
    std::iter::once(i)
        .chain(absorbed.iter().copied())
        .filter_map(|j| {
            let name = &m.locality(j)?.name;
            m.points(j, Era::Former).judged().next()?;
            Some(FormerSeries {
                index: j,
                name: if j == i {
                    format!("{name}{}", w.former_self)
                } else {
                    name.clone()
                },
            })
        })
        .collect()
}

/// The legend's words, each after the glyph its line is drawn with.
#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    /// `Bao phủ`.
    pub coverage: &'static str,
    /// The figures that are estimates: `(* ước tính: 31/12/2025)`.
    pub estimates: Option<String>,
    /// The target line: `Mục tiêu 95 %`, or how its number changes.
    pub target: Option<String>,
    /// `Xu hướng`, when a trend is drawn.
    pub trend: Option<&'static str>,
}

pub fn legend(lang: Lang, p: &Progress, drawn: Points<'_>) -> Legend {
    let w = text::words(lang);
    // The chart draws an estimate as any figure: the legend says which.
    let estimates: Vec<String> = drawn
        .judged()
        .filter(|x| x.estimate)
        .map(|x| text::date(lang, x.date))
        .collect();
    Legend {
        coverage: w.coverage,
        estimates: (!estimates.is_empty())
            .then(|| format!("({ESTIMATE_MARK} {}: {})", w.estimate, estimates.join(", "))),
        target: target_name(p, lang),
        trend: p.trend.map(|_| w.trend),
    }
}

/// The target line's name, from the steps drawn: its number when there
/// is one, else how the number changes (year by year, or in steps).
pub fn target_name(p: &Progress, lang: Lang) -> Option<String> {
    let w = text::words(lang);
    let first = p.target_steps.first()?.coverage;
    if p.target_steps.iter().all(|s| s.coverage == first) {
        let decimals = if first.fract() == 0.0 { 0 } else { 2 };
        return Some(format!(
            "{} {}",
            w.target,
            text::percent(lang, first, decimals)
        ));
    }
    // A plan set year by year has steps of a year at most.
    let yearly = p
        .target_steps
        .iter()
        .all(|s| (s.until - s.from).num_days() <= 366);
    Some(
        if yearly {
            w.target_yearly
        } else {
            w.target_stepped
        }
        .to_string(),
    )
}

/// A label of the coverage axis: `85`.
pub fn axis_label(lang: Lang, coverage: f64) -> String {
    text::decimal(lang, coverage, 0)
}

/// A label of the years axis: `2026`, without a thousands separator in
/// either language (a year is a name, not a count).
pub fn year_label(year: i32) -> String {
    year.to_string()
}

/// A figure the chart draws as a row of the exports: its date, then its
/// coverage with the marks of how it was made.
pub fn point_row(x: &Point) -> [Value; 2] {
    [
        Value::Date {
            date: x.date,
            precision: Precision::Day,
            stale: false,
        },
        Value::Coverage(x.coverage, Made::of(x)).estimated(x.estimate),
    ]
}
