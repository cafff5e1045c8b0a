//! The `?` overlay, written from the key table so it never drifts from the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::input::BINDINGS;
use crate::text;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let w = text::words(app.lang);
    let mut lines: Vec<Line<'_>> = BINDINGS
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!(" {:<15}", b.shown), t.header),
                Span::raw((b.help)(w)),
            ])
        })
        .collect();
    lines.extend(
        w.search_keys
            .iter()
            .map(|k| Line::from(Span::styled(format!(" {k}"), t.dim))),
    );
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = area.centered(
        Constraint::Length(60.min(area.width)),
        Constraint::Length(height.min(area.height)),
    );
    let first = app.help_scroll.min(lines.len().saturating_sub(1));
    let shown = usize::from(popup.height.saturating_sub(2));
    let hidden = lines.len().saturating_sub(shown.min(lines.len() - first));
    let mut block = Block::bordered()
        .border_style(t.title)
        .title(format!(" {} · {} ", w.help, w.keys));
    if hidden > 0 {
        block = block.title_bottom(Span::styled(
            format!(" {} ", (w.hidden)(hidden)),
            t.emphasis,
        ));
    }
    Clear.render(popup, buf);
    Paragraph::new(lines.split_off(first))
        .block(block)
        .render(popup, buf);
}
