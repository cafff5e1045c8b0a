//! A coverage history as a chart: the figures, the targets in force over
//! time and the trend carried forward to the target's date.

mod axis;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Margin, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

use super::theme::{Mark, Theme};
use crate::model::history::Points;
use crate::model::point::TargetStep;
use crate::model::progress::Trend;
use crate::model::progress::year_fraction;
use crate::model::{Era, Model, Progress};
use crate::present::province::history;
use crate::text::Lang;

/// Another unit's own series drawn beside the main one: a former province
/// of a merged one, under its own name.
pub struct Part {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

/// A unit's judged figures and the points they were judged on: what a
/// chart of it draws.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub p: &'a Progress,
    pub points: Points<'a>,
}

impl<'a> Shown<'a> {
    pub fn of(m: &'a Model, i: usize, era: Era) -> Option<Self> {
        Some(Shown {
            p: m.progress(i, era)?,
            points: m.points(i, era),
        })
    }
}

/// A progress history as (year, coverage) points, complete ones only.
pub fn points_of(points: Points<'_>) -> Vec<(f64, f64)> {
    history::points(points)
}

/// The years the time axis runs between, both on 1 January: its first and
/// last labels, so a title that names them says what the axis shows. None
/// when there is no figure to draw.
pub fn x_range(m: &Model, s: Shown<'_>, parts: &[Part]) -> Option<(i32, i32)> {
    x_range_to(m, s, parts, &[])
}

/// `x_range` on to the date of the last of `horizon`'s targets.
pub fn x_range_to(
    m: &Model,
    s: Shown<'_>,
    parts: &[Part],
    horizon: &[TargetStep],
) -> Option<(i32, i32)> {
    span(s, parts, axis_end(m, s.p, horizon))
}

/// The date the axis runs to: the last target of the horizon drawn, else
/// the target the trend is carried forward to.
fn axis_end(m: &Model, p: &Progress, horizon: &[TargetStep]) -> Option<NaiveDate> {
    horizon
        .last()
        .map(|s| s.until)
        .or_else(|| history::target_by(m, p))
}

fn span(s: Shown<'_>, parts: &[Part], by: Option<NaiveDate>) -> Option<(i32, i32)> {
    let others: Vec<f64> = parts
        .iter()
        .flat_map(|x| x.points.iter().map(|pt| pt.0))
        .collect();
    history::years(s.p, s.points, &others, by)
}

/// The trend over the years it was fitted to, carried on to `by`, and cut
/// where it would rise above 100 % (or, falling, where it comes down
/// below it): coverage cannot pass 100.
fn trend_line(tr: &Trend, by: Option<NaiveDate>) -> Vec<(f64, f64)> {
    let mut from = year_fraction(tr.first);
    let last = year_fraction(tr.last);
    let mut to = by.map_or(last, |b| year_fraction(b).max(last));
    if tr.slope.abs() > 1e-9 {
        let full = tr.mean_year + (100.0 - tr.mean_coverage) / tr.slope;
        if tr.slope > 0.0 {
            to = to.min(full);
        } else {
            from = from.max(full);
        }
    } else if tr.at(from) > 100.0 {
        return Vec::new();
    }
    if !(from.is_finite() && to.is_finite()) || to <= from {
        return Vec::new();
    }
    vec![(from, tr.at(from).min(100.0)), (to, tr.at(to).min(100.0))]
}

/// A lone point draws no line: it is marked with a whole-cell glyph to be
/// seen, `•` where the line's marker is too fine.
fn lone_marker(mark: Mark) -> Option<Marker> {
    (axis::dots_across(mark.marker) > 1).then_some(Marker::Dot)
}

/// What the legend shows for a line of `points` points: the glyph drawn.
fn key(mark: Mark, points: usize) -> &'static str {
    match lone_marker(mark) {
        Some(_) if points == 1 => "•",
        _ => mark.key,
    }
}

fn line<'a>(mark: Mark, style: ratatui::style::Style, data: &'a [(f64, f64)]) -> Dataset<'a> {
    let lone = data.len() == 1;
    let marker = lone_marker(mark).filter(|_| lone).unwrap_or(mark.marker);
    Dataset::default()
        .marker(marker)
        .graph_type(if lone {
            GraphType::Scatter
        } else {
            GraphType::Line
        })
        .style(style)
        .data(data)
}

/// `empty`: what the chart says when it draws no line
/// (`province::history::nothing_drawn`).
#[allow(clippy::too_many_arguments)]
pub fn history(
    m: &Model,
    s: Shown<'_>,
    parts: &[Part],
    empty: &str,
    lang: Lang,
    t: &Theme,
    block: Block<'_>,
    area: Rect,
    buf: &mut Buffer,
) {
    history_to(m, s, parts, &[], empty, lang, t, block, area, buf);
}

/// `history` with the targets of `horizon` drawn after those the unit's
/// figures stepped through, the axis running to the last one's date.
#[allow(clippy::too_many_arguments)]
pub fn history_to(
    m: &Model,
    s: Shown<'_>,
    parts: &[Part],
    horizon: &[TargetStep],
    empty: &str,
    lang: Lang,
    t: &Theme,
    block: Block<'_>,
    area: Rect,
    buf: &mut Buffer,
) {
    let ends = Ends {
        trend: history::target_by(m, s.p),
        axis: axis_end(m, s.p, horizon),
    };
    draw(s, ends, (parts, horizon), empty, lang, t, block, area, buf);
}

/// Where the trend stops (the date of the target it is carried to) and
/// where the axis does.
struct Ends {
    trend: Option<NaiveDate>,
    axis: Option<NaiveDate>,
}

#[allow(clippy::too_many_arguments)]
fn draw(
    s: Shown<'_>,
    ends: Ends,
    (parts, horizon): (&[Part], &[TargetStep]),
    empty: &str,
    lang: Lang,
    t: &Theme,
    block: Block<'_>,
    area: Rect,
    buf: &mut Buffer,
) {
    // ratatui's Chart writes its axes by index: never past the buffer.
    let area = area.intersection(buf.area);
    let inner = block.inner(area);
    block.render(area, buf);
    let Some((first, last)) = span(s, parts, ends.axis) else {
        // An empty chart with only a target line would look like a figure.
        let room = inner.inner(Margin::new(2, 0));
        // Wrapped in a narrow chart: three lines hold it at 60 columns.
        let fits = unicode_width::UnicodeWidthStr::width(empty) <= usize::from(room.width);
        let middle = room.centered_vertically(Constraint::Length(if fits { 1 } else { 3 }));
        Paragraph::new(empty)
            .wrap(Wrap { trim: true })
            .style(t.dim)
            .render(middle, buf);
        return;
    };
    let (p, points) = (s.p, points_of(s.points));
    let steps: Vec<[(f64, f64); 2]> = p
        .target_steps
        .iter()
        .chain(horizon)
        .map(|s| {
            [
                (year_fraction(s.from), s.coverage),
                (year_fraction(s.until), s.coverage),
            ]
        })
        .collect();
    let trend = p
        .trend
        .map(|tr| trend_line(&tr, ends.trend))
        .unwrap_or_default();
    let low = points
        .iter()
        .chain(parts.iter().flat_map(|x| x.points.iter()))
        .map(|x| x.1)
        .chain(p.target_steps.iter().chain(horizon).map(|s| s.coverage))
        .fold(100.0_f64, f64::min);
    let y_min = ((low - 5.0) / 10.0).floor().clamp(0.0, 9.0) * 10.0;

    let marks = &t.marks;
    let mut datasets: Vec<Dataset<'_>> = steps
        .iter()
        .map(|s| line(marks.target, t.target_line, s))
        .collect();
    datasets.push(line(marks.trend, t.trend_line, &trend));
    datasets.push(line(marks.series, t.series, &points));
    for (k, part) in parts.iter().enumerate() {
        let style = t.parts.get(k % t.parts.len()).copied().unwrap_or(t.dim);
        let mark = marks.parts.get(k % marks.parts.len()).copied();
        datasets.push(line(mark.unwrap_or(marks.series), style, &part.points));
    }

    let y_labels: Vec<String> = [y_min, (y_min + 100.0) / 2.0, 100.0]
        .iter()
        .map(|v| history::axis_label(lang, *v))
        .collect();
    let y_label_width = y_labels
        .iter()
        .map(|s| u16::try_from(s.chars().count()).unwrap_or(u16::MAX))
        .max()
        .unwrap_or(0);
    let bounds = [f64::from(first), f64::from(last)];
    let chart_area = Rect {
        width: inner.width.saturating_sub(axis::RIGHT_ROOM),
        ..inner
    };
    Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds(bounds)
                // One empty label: the chart keeps its axis and a label row
                // (see `axis::plot`) where the years are written at their dates.
                .labels([""])
                .style(t.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([y_min, 100.0])
                .labels(y_labels)
                .style(t.dim),
        )
        .render(chart_area, buf);
    if let Some(plot) = axis::plot(chart_area, y_label_width) {
        axis::render(first, last, plot, inner, marks.series.marker, t.dim, buf);
    }
}

/// The legend under a history chart: what each line is, with the glyph it
/// is drawn with.
pub fn legend(s: Shown<'_>, parts: &[Part], lang: Lang, t: &Theme) -> Line<'static> {
    // Nothing drawn, nothing to name: the chart says why in its middle.
    if s.points.judged().next().is_none() && parts.iter().all(|x| x.points.is_empty()) {
        return Line::default();
    }
    let p = s.p;
    let words = history::legend(lang, p, s.points);
    let marks = &t.marks;
    let mut spans = vec![
        Span::styled(
            format!("{} ", key(marks.series, s.points.judged().count())),
            t.series,
        ),
        // Each entry's words in its line's colour, not the key alone:
        // three lines drawn alike tell apart by colour only.
        Span::styled(words.coverage, t.series),
    ];
    if let Some(estimates) = words.estimates {
        spans.push(Span::raw(format!(" {estimates}")));
    }
    if let Some(name) = words.target {
        spans.push(Span::styled(
            format!("  {} ", marks.target.key),
            t.target_line,
        ));
        spans.push(Span::styled(name, t.target_line));
    }
    if let Some(trend) = words.trend {
        spans.push(Span::styled(
            format!("  {} ", marks.trend.key),
            t.trend_line,
        ));
        spans.push(Span::styled(trend, t.trend_line));
    }
    for (k, part) in parts.iter().enumerate() {
        let style = t.parts.get(k % t.parts.len()).copied().unwrap_or(t.dim);
        let mark = marks.parts.get(k % marks.parts.len()).copied();
        let glyph = key(mark.unwrap_or(marks.series), part.points.len());
        spans.push(Span::styled(format!("  {glyph} "), style));
        spans.push(Span::styled(part.name.clone(), style));
    }
    Line::from(spans)
}
