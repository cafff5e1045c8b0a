//! The panel of a failed reload's problems, `file:line:col: message`, over
//! the last good data until Esc closes it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::text;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(problems) = &app.problems else {
        return;
    };
    let w = text::words(app.lang);
    let mut lines: Vec<Line<'_>> = vec![Line::from(Span::styled(w.reload_failed, t.emphasis))];
    lines.extend(problems.iter().map(|p| Line::from(format!("• {p}"))));
    // As tall as the wrapped lines need, within the screen.
    let width = (area.width.saturating_mul(9) / 10).max(1);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(inner)).sum();
    let height = u16::try_from(rows + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(4))
        .max(3);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .border_style(t.off_track)
                .title(format!(" {} · {} ", w.problems, problems.len()))
                .title_bottom(format!(" {} ", w.dismiss)),
        )
        .render(popup, buf);
}
