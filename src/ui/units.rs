//! The Province screen's list of units: a merged province's former self and
//! the provinces merged into it, districts and communes, each with its latest
//! figure or, lacking one, what its record does say. Enter opens the one
//! highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::present::{self, Unit, province};
use crate::text;

pub fn render(app: &App, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    let list = present::units(m, i, app.era);
    let title = province::units_title(app.lang, &list);
    let mut lines: Vec<Line<'_>> = if list.is_empty() && app.rest.is_some() {
        Vec::new()
    } else if list.is_empty() {
        vec![Line::from(Span::styled(format!(" {}", w.no_units), t.dim))]
    } else {
        list.iter()
            .enumerate()
            .filter_map(|(k, u)| {
                let p = m.progress(u.index, Unit::ERA)?;
                let head = format!("{}{} ", " ".repeat(u.depth * 2 + 1), u.name(m, app.lang));
                let room = usize::from(area.width.saturating_sub(2))
                    .saturating_sub(usize::from(text::width(&head)) + 2);
                let line = Line::from(vec![
                    Span::raw(head),
                    Span::styled(text::status_symbol(p.status), t.status(p.status)),
                    Span::styled(
                        format!(
                            " {}",
                            text::truncate(&province::unit_figure(app.lang, m, u.index, p), room)
                        ),
                        t.dim,
                    ),
                ]);
                // The highlighted unit is the one Enter opens.
                Some(if k == app.unit {
                    line.style(t.selected)
                } else {
                    line
                })
            })
            .collect()
    };
    // The lower levels are still being read: said where they will show.
    if let Some(loading) = app.rest {
        let room = usize::from(area.width.saturating_sub(3));
        lines.push(Line::from(Span::styled(
            format!(
                " {}",
                text::truncate(&text::rest_reading(app.lang, loading), room)
            ),
            t.dim,
        )));
    }
    // Keep the highlighted unit in view.
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let start = app
        .unit
        .saturating_sub(height - 1)
        .min(lines.len().saturating_sub(height));
    let lines: Vec<Line<'_>> = lines.into_iter().skip(start).collect();
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(t.border)
                .title(super::cells::truncate(
                    &format!(" {title} · ↑↓ Enter "),
                    usize::from(area.width.saturating_sub(2)),
                )),
        )
        .render(area, buf);
}
