//! Timeline: the road from the first milestone to 2030 on one axis, with a
//! today marker, the targets ahead, and the selected milestone described.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::cells;
use super::theme::Theme;
use crate::app::App;
use crate::model::progress::year_fraction;
use crate::present::timeline;

/// The axis ends with Directive 52's horizon.
const LAST_YEAR: i32 = 2030;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let [axis, detail, list] = area.layout(&Layout::vertical([
        Constraint::Length(6),
        Constraint::Length(5),
        Constraint::Fill(1),
    ]));
    // What each symbol stands for, under the axis.
    let legend = cells::truncate(
        &format!(" {} ", timeline::legend(app.lang, &app.model)),
        usize::from(axis.width.saturating_sub(2)),
    );
    let inner_axis = Block::bordered()
        .border_style(t.border)
        .title_bottom(Span::styled(legend, t.dim));
    let axis_inner = inner_axis.inner(axis);
    inner_axis.render(axis, buf);
    Paragraph::new(axis_lines(app, t, usize::from(axis_inner.width))).render(axis_inner, buf);
    Paragraph::new(detail_lines(app, t))
        .wrap(Wrap { trim: false })
        .render(detail, buf);
    render_list(app, t, list, buf);
}

struct Canvas {
    rows: Vec<Vec<(char, Style)>>,
}

impl Canvas {
    fn new(width: usize, height: usize) -> Self {
        Canvas {
            rows: vec![vec![(' ', Style::new()); width]; height],
        }
    }

    fn put(&mut self, row: usize, col: usize, c: char, style: Style) {
        if let Some(cell) = self.rows.get_mut(row).and_then(|r| r.get_mut(col)) {
            *cell = (c, style);
        }
    }

    /// Writes `text` from `col` if every cell it needs is free.
    fn write_if_free(&mut self, row: usize, col: usize, text: &str, style: Style) -> bool {
        let n = text.chars().count();
        let Some(r) = self.rows.get(row) else {
            return false;
        };
        let span = col.saturating_sub(1)..(col + n + 1).min(r.len());
        if col + n > r.len()
            || r.get(span)
                .is_none_or(|cells| cells.iter().any(|(c, _)| *c != ' '))
        {
            return false;
        }
        for (k, c) in text.chars().enumerate() {
            self.put(row, col + k, c, style);
        }
        true
    }

    fn lines(self) -> Vec<Line<'static>> {
        self.rows
            .into_iter()
            .map(|row| {
                let mut spans: Vec<Span<'static>> = Vec::new();
                let mut run = String::new();
                let mut style = Style::new();
                for (c, s) in row {
                    if s != style && !run.is_empty() {
                        spans.push(Span::styled(std::mem::take(&mut run), style));
                    }
                    style = s;
                    run.push(c);
                }
                spans.push(Span::styled(run, style));
                Line::from(spans)
            })
            .collect()
    }
}

fn axis_lines(app: &App, t: &Theme, width: usize) -> Vec<Line<'static>> {
    let m = &app.model;
    let first = m
        .milestones
        .first()
        .map_or(2009, |x| chrono::Datelike::year(&x.date))
        .min(2009);
    let (start, end) = (f64::from(first), f64::from(LAST_YEAR + 1));
    let usable = width.saturating_sub(2).max(1);
    let x = |year: f64| {
        1 + (((year - start) / (end - start)).clamp(0.0, 1.0) * (usable - 1) as f64).round()
            as usize
    };
    let mut c = Canvas::new(width, 4);
    // Row 0: today; row 1: years; row 2: axis and markers; row 3: labels.
    for col in 1..=usable {
        c.put(2, col, '─', t.dim);
    }
    let step = if usable >= 100 {
        2
    } else if usable >= 60 {
        3
    } else {
        5
    };
    let mut year = first;
    while year <= LAST_YEAR {
        let col = x(f64::from(year));
        c.put(2, col, '┼', t.dim);
        c.write_if_free(1, col, &timeline::year(year), t.dim);
        year += step;
    }
    let today = x(year_fraction(m.today));
    c.put(0, today, '▼', t.today);
    let label = timeline::today_label(app.lang, m);
    c.write_if_free(0, today + 2, &label, t.today);
    // Unselected first, so the selected marker and label win their cells.
    let order = (0..m.milestones.len())
        .filter(|&k| k != app.milestone)
        .chain(std::iter::once(app.milestone));
    for k in order {
        let Some(ms) = m.milestones.get(k) else {
            continue;
        };
        let col = x(year_fraction(ms.date));
        let selected = k == app.milestone;
        let style = if selected {
            t.selected
        } else if ms.date > m.today {
            t.target_line
        } else {
            t.series
        };
        c.put(2, col, timeline::symbol(ms.kind), style);
    }
    let mut labelled = vec![app.milestone];
    labelled.extend((0..m.milestones.len()).filter(|&k| k != app.milestone));
    for k in labelled {
        let Some(ms) = m.milestones.get(k) else {
            continue;
        };
        let col = x(year_fraction(ms.date));
        let label = timeline::short_label(ms);
        let style = if k == app.milestone {
            t.selected
        } else {
            t.dim
        };
        let n = label.chars().count();
        let at = col.saturating_sub(n / 2).min(width.saturating_sub(n));
        c.write_if_free(3, at, &label, style);
    }
    c.lines()
}

fn detail_lines(app: &App, t: &Theme) -> Vec<Line<'static>> {
    let Some(sel) = timeline::selected(app.lang, &app.model, app.milestone) else {
        return vec![Line::from(Span::styled(
            format!(" {}", timeline::no_milestones(app.lang)),
            t.dim,
        ))];
    };
    let mut head = vec![
        Span::styled(format!(" ▸ {} ", sel.symbol), t.today),
        Span::styled(sel.when, t.emphasis),
    ];
    for piece in sel.about {
        head.push(Span::raw(format!(" · {piece}")));
    }
    let mut lines = vec![
        Line::from(head),
        Line::from(Span::styled(format!("   {}", sel.title), t.emphasis)),
    ];
    if let Some(s) = sel.summary {
        lines.push(Line::from(format!("   {s}")));
    }
    lines.push(Line::from(Span::styled(
        format!("   {}", sel.source),
        t.dim,
    )));
    lines
}

fn render_list(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let entries = timeline::entries(app.lang, m);
    let block = Block::bordered().border_style(t.border).title(format!(
        " {} ",
        timeline::list_title(app.lang, entries.len())
    ));
    let inner = block.inner(area);
    block.render(area, buf);
    let height = usize::from(inner.height).max(1);
    let label_width = entries
        .iter()
        .map(|x| cells::width(&x.label))
        .max()
        .unwrap_or(0)
        .min(14);
    let start = app
        .milestone
        .saturating_sub(height / 2)
        .min(entries.len().saturating_sub(height));
    let lines: Vec<Line<'_>> = entries
        .into_iter()
        .zip(&m.milestones)
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(k, (entry, ms))| {
            let style = if k == app.milestone {
                t.selected
            } else if ms.date > m.today {
                t.target_line
            } else {
                Style::new()
            };
            let label = cells::truncate(&entry.label, usize::from(label_width));
            let pad = usize::from(label_width.saturating_sub(cells::width(&label)));
            let row = format!(
                " {} {:<10} {label}{} {}",
                entry.symbol,
                entry.when,
                " ".repeat(pad),
                entry.title
            );
            Line::from(Span::styled(
                cells::truncate(&row, usize::from(inner.width)),
                style,
            ))
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}
