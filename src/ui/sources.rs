//! The `n` panel: every source of the unit in view (the nation on the
//! Overview, a milestone's unit on the Timeline, the province shown or
//! selected), in full, one after
//! another, scrolled with the arrows; the notes under the chart show only
//! as many as fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::notes::wrap;
use super::theme::Theme;
use crate::app::App;
use crate::present::{self, chrome};
use crate::text;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let (Some(first), Some(i)) = (app.sources, app.sources_unit()) else {
        return;
    };
    let w = text::words(app.lang);
    let sources = present::source_entries(&app.model, i, app.era, app.lang);
    let width = area.width.saturating_sub(4).max(1);
    let inner = usize::from(width.saturating_sub(2));
    let lines: Vec<Line<'_>> = sources
        .iter()
        .enumerate()
        .skip(first)
        .flat_map(|(k, s)| {
            let number = chrome::source_number(k);
            let indent = " ".repeat(number.len());
            wrap(s, inner.saturating_sub(number.len()))
                .into_iter()
                .enumerate()
                .map(move |(n, line)| {
                    let lead = if n == 0 {
                        number.clone()
                    } else {
                        indent.clone()
                    };
                    Line::from(vec![Span::styled(lead, t.dim), Span::raw(line)])
                })
        })
        .collect();
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2))
        .max(3);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let name = text::top_name(app.lang, &app.model, i);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(t.title)
                .title(format!(
                    " {} ",
                    chrome::sources_title(app.lang, &name, first, sources.len())
                ))
                .title_bottom(format!(" {} ", w.scroll_close)),
        )
        .render(popup, buf);
}
