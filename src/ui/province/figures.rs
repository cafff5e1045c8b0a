//! The Province screen's table of figures over time, in the place of the
//! chart and the boxes beside it when `v` switches to it: the latest rows in view, PgUp PgDn scrolling
//! back. Columns give way right to left when the box is narrow; the date
//! and coverage always show.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Widget};

use crate::app::App;
use crate::present::province::figures::{self, COLUMNS, MARKS_AFTER, RIGHT};
use crate::present::with_mark_cell;
use crate::text;
use crate::ui::cells::truncate;
use crate::ui::theme::Theme;

/// Each column's width; the last column kept takes the room left.
const WIDTHS: [u16; COLUMNS] = [12, 10, 14, 11, 9, 14, 12];
/// The order columns are kept in when room is short (indices): the
/// source before the marks, which the cells' `~ ≈ !` already show.
const KEPT: [usize; COLUMNS] = [0, 1, 4, 2, 3, 6, 5];

/// The columns that fit `width`, in their order, and each one's width.
fn columns(width: u16) -> Vec<(usize, u16)> {
    let mut used: u16 = 0;
    let mut kept: Vec<usize> = Vec::new();
    for k in KEPT {
        let w = WIDTHS.get(k).copied().unwrap_or(0);
        if kept.is_empty() || used + w < width {
            used = used.saturating_add(w + 1);
            kept.push(k);
        }
    }
    kept.sort_unstable();
    // The room left goes to the last column kept: the source, or marks.
    let spare = width.saturating_sub(used);
    let last = kept.last().copied();
    kept.into_iter()
        .map(|k| {
            let w = WIDTHS.get(k).copied().unwrap_or(0);
            (k, if Some(k) == last { w + spare } else { w })
        })
        .collect()
}

pub fn render(app: &App, t: &Theme, i: usize, block: Block<'_>, area: Rect, buf: &mut Buffer) {
    let (m, lang) = (&app.model, app.lang);
    let rows = figures::rows(m, i, app.era);
    let inner = block.inner(area);
    if rows.is_empty() {
        Paragraph::new(Span::styled(
            format!(" {}", text::words(lang).no_figures),
            t.dim,
        ))
        .block(block)
        .render(area, buf);
        return;
    }
    let cols = columns(inner.width.saturating_sub(1));
    let headers = figures::headers(lang);
    let cell = |k: usize, s: String, w: u16| {
        let s = truncate(&s, usize::from(w));
        let line = if RIGHT.get(k).copied().unwrap_or(false) {
            Line::from(s).right_aligned()
        } else {
            Line::from(s)
        };
        Cell::from(Text::from(line))
    };
    // A row for the header; the latest rows fit the rest, scrolled back
    // by as many as PgUp asked.
    let room = usize::from(inner.height.saturating_sub(1)).max(1);
    let back = app
        .figures
        .unwrap_or(0)
        .min(rows.len().saturating_sub(room));
    let end = rows.len().saturating_sub(back);
    let start = end.saturating_sub(room);
    let body: Vec<Row<'_>> = rows
        .get(start..end)
        .unwrap_or(&[])
        .iter()
        .map(|r| {
            let values = r.cells(lang);
            Row::new(cols.iter().map(|&(k, w)| {
                let v = values.get(k).map(|v| v.show(lang)).unwrap_or_default();
                let v = if MARKS_AFTER.get(k).copied().unwrap_or(false) {
                    with_mark_cell(v)
                } else {
                    v
                };
                cell(k, v, w)
            }))
        })
        .collect();
    let header = Row::new(cols.iter().map(|&(k, w)| {
        let h = headers.get(k).cloned().unwrap_or_default();
        cell(k, h, w)
    }))
    .style(t.emphasis);
    let hidden = rows.len() - (end - start);
    let block = if hidden > 0 {
        block.title_bottom(Line::from(Span::styled(
            truncate(
                &format!(" {} ", (text::figure_words(lang).more_rows)(hidden)),
                usize::from(area.width.saturating_sub(2)),
            ),
            t.dim,
        )))
    } else {
        block
    };
    Table::new(body, cols.iter().map(|&(_, w)| Constraint::Length(w)))
        .header(header)
        .column_spacing(1)
        .block(block)
        .render(area, buf);
}
