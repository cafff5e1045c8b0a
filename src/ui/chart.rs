//! A coverage history as a chart: the figures, the target line and the trend
//! carried forward to the target's date.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Widget};

use super::theme::Theme;
use crate::model::progress::year_fraction;
use crate::model::{Model, Progress};
use crate::text::{self, Lang};

/// Another unit's own series drawn beside the main one: a former province
/// of a merged one, under its own name.
pub struct Part {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

/// A progress history as (year, coverage) points, complete ones only.
pub fn points_of(p: &Progress) -> Vec<(f64, f64)> {
    p.judged_points()
        .map(|x| (year_fraction(x.date), x.coverage))
        .collect()
}

#[allow(clippy::too_many_arguments)]
pub fn history(
    m: &Model,
    p: &Progress,
    parts: &[Part],
    lang: Lang,
    t: &Theme,
    block: Block<'_>,
    area: Rect,
    buf: &mut Buffer,
) {
    let points = points_of(p);
    let every = || {
        points
            .iter()
            .chain(parts.iter().flat_map(|x| x.points.iter()))
    };
    if every().next().is_none() {
        // An empty chart with only a target line would look like a figure.
        let w = text::words(lang);
        let inner = block.inner(area);
        block.render(area, buf);
        let middle = inner
            .centered_vertically(ratatui::layout::Constraint::Length(1))
            .inner(ratatui::layout::Margin::new(2, 0));
        ratatui::widgets::Paragraph::new(w.no_figures)
            .style(t.dim)
            .render(middle, buf);
        return;
    }
    let target = m
        .target(p.numeric_target)
        .and_then(|x| Some((x.coverage?, year_fraction(x.by))));
    let first = every().map(|x| x.0).fold(f64::INFINITY, f64::min).floor();
    let first = if first.is_finite() { first } else { 2009.0 };
    let last_data = every().map(|x| x.0).fold(first + 1.0, f64::max);
    let end = target
        .map_or(last_data, |(_, by)| by.max(last_data))
        .ceil()
        .max(first + 1.0);
    let end = roomy_end(first, end);
    let low = every()
        .map(|x| x.1)
        .chain(target.map(|x| x.0))
        .fold(100.0_f64, f64::min);
    let y_min = ((low - 5.0) / 10.0).floor().clamp(0.0, 9.0) * 10.0;
    let target_line: Vec<(f64, f64)> = target
        .map(|(c, _)| vec![(first, c), (end, c)])
        .unwrap_or_default();
    let trend_line: Vec<(f64, f64)> = match (p.trend, points.last(), target) {
        (Some(tr), Some(&(x0, _)), Some((_, by))) if by > x0 => {
            vec![(x0, tr.at(x0)), (by, tr.at(by))]
        }
        _ => Vec::new(),
    };
    let mut datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(t.target_line)
            .data(&target_line),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(t.trend_line)
            .data(&trend_line),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(t.series)
            .data(&points),
    ];
    if points.len() == 1 {
        // A single figure draws no line: mark it so it is seen.
        datasets.push(
            Dataset::default()
                .marker(Marker::Dot)
                .style(t.series)
                .data(&points),
        );
    }
    for (k, part) in parts.iter().enumerate() {
        let style = t.parts.get(k % t.parts.len()).copied().unwrap_or(t.dim);
        let marker = if part.points.len() == 1 {
            Marker::Dot
        } else {
            Marker::Braille
        };
        datasets.push(
            Dataset::default()
                .marker(marker)
                .graph_type(if part.points.len() == 1 {
                    GraphType::Scatter
                } else {
                    GraphType::Line
                })
                .style(style)
                .data(&part.points),
        );
    }
    let x_labels: Vec<Span<'_>> = year_labels(first, end).into_iter().map(Span::raw).collect();
    let y_labels: Vec<Span<'_>> = [y_min, (y_min + 100.0) / 2.0, 100.0]
        .iter()
        .map(|v| Span::raw(text::decimal(lang, *v, 0)))
        .collect();
    Chart::new(datasets)
        .block(block)
        .x_axis(
            Axis::default()
                .bounds([first, end])
                .labels(x_labels)
                .style(t.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([y_min, 100.0])
                .labels(y_labels)
                .style(t.dim),
        )
        .render(area, buf);
}

/// The legend under a history chart: what each line is.
pub fn legend(m: &Model, p: &Progress, parts: &[Part], lang: Lang, t: &Theme) -> Line<'static> {
    let w = text::words(lang);
    let mut spans = vec![
        Span::styled("━ ", t.series),
        Span::raw(w.coverage.to_string()),
    ];
    if let Some(target) = m.target(p.numeric_target).and_then(|x| x.coverage) {
        spans.push(Span::styled("  ━ ", t.target_line));
        spans.push(Span::raw(format!(
            "{} {}",
            w.target,
            text::percent(lang, target, if target.fract() == 0.0 { 0 } else { 2 })
        )));
    }
    if p.trend.is_some() {
        spans.push(Span::styled("  ━ ", t.trend_line));
        spans.push(Span::raw(w.trend.to_string()));
    }
    for (k, part) in parts.iter().enumerate() {
        let style = t.parts.get(k % t.parts.len()).copied().unwrap_or(t.dim);
        spans.push(Span::styled("  ━ ", style));
        spans.push(Span::raw(part.name.clone()));
    }
    Line::from(spans)
}

/// The axis end, pushed out by up to four years when that lets more
/// evenly spaced year labels divide the span (19 years has no divisor).
fn roomy_end(first: f64, end: f64) -> f64 {
    if year_labels(first, end).len() >= 4 {
        return end;
    }
    (0..5)
        .map(|k| end + f64::from(k))
        .max_by_key(|e| (year_labels(first, *e).len().min(4), -(*e as i64)))
        .unwrap_or(end)
}

/// Years for the x axis. ratatui spaces axis labels evenly, so the years
/// must be evenly spaced too: the most of 2–6 labels that divide the span.
fn year_labels(first: f64, end: f64) -> Vec<String> {
    let span = (end - first).round().max(1.0) as i64;
    let count = (2..=6)
        .rev()
        .find(|n| span % (n - 1) == 0 && span / (n - 1) >= 1)
        .unwrap_or(2);
    let step = span / (count - 1);
    (0..count)
        .map(|k| format!("{:.0}", first + (k * step) as f64))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_end_moves_out_for_better_labels() {
        // 2008–2027 is 19 years: only the ends could be labelled; 2028 gives
        // 20 years, six labels four years apart. 2019–2027 already has five.
        assert_eq!(roomy_end(2008.0, 2027.0), 2028.0);
        assert_eq!(roomy_end(2019.0, 2027.0), 2027.0);
        assert_eq!(
            year_labels(2008.0, 2028.0),
            ["2008", "2012", "2016", "2020", "2024", "2028"]
        );
    }

    #[test]
    fn year_labels_are_evenly_spaced_years() {
        assert_eq!(
            year_labels(2009.0, 2027.0),
            ["2009", "2015", "2021", "2027"]
        );
        assert_eq!(
            year_labels(2023.0, 2027.0),
            ["2023", "2024", "2025", "2026", "2027"]
        );
        assert_eq!(year_labels(2020.0, 2021.0), ["2020", "2021"]);
    }
}
