//! The `w` panel: why the province shown, or the row selected, has its
//! verdict, in the words `present::reason` gives the exports too.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::notes::wrap;
use super::theme::Theme;
use crate::app::App;
use crate::present::{chrome, reason};
use crate::text;

/// A reason line as rows of the panel: its style and its wrapped text,
/// list entries indented under their first row.
fn rows<'a>(line: &reason::Line, t: &Theme, width: usize) -> Vec<Line<'a>> {
    let (lead, rest, style) = match line {
        reason::Line::Heading(_) => ("", "", t.header),
        reason::Line::Text(_) => ("  ", "  ", ratatui::style::Style::default()),
        reason::Line::Item(_) => ("  • ", "    ", ratatui::style::Style::default()),
    };
    wrap(line.text(), width.saturating_sub(rest.len()))
        .into_iter()
        .enumerate()
        .map(|(k, s)| {
            let indent = if k == 0 { lead } else { rest };
            Line::from(vec![Span::raw(indent), Span::styled(s, style)])
        })
        .collect()
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let (Some(at), Some(i)) = (app.why, app.province()) else {
        return;
    };
    let w = text::words(app.lang);
    let width = area.width.saturating_sub(4).max(1);
    let inner = usize::from(width.saturating_sub(2));
    let wrapped: Vec<Vec<Line<'_>>> = reason::lines(&app.model, i, app.era, app.lang)
        .iter()
        .map(|l| rows(l, t, inner))
        .collect();
    let total: usize = wrapped.iter().map(Vec::len).sum();
    let height = u16::try_from(total + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2))
        .max(3);
    let shown = usize::from(height.saturating_sub(2));
    // Scrolled no further than the line whose rows fill the last page, so
    // the panel never shows empty rows below the reasons.
    let mut first = at.min(wrapped.len().saturating_sub(1));
    while first > 0
        && wrapped
            .get(first - 1..)
            .is_some_and(|rest| rest.iter().map(Vec::len).sum::<usize>() <= shown)
    {
        first -= 1;
    }
    let above: usize = wrapped.iter().take(first).map(Vec::len).sum();
    let lines: Vec<Line<'_>> = wrapped.into_iter().skip(first).flatten().collect();
    let hidden = above + lines.len().saturating_sub(shown);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let name = app.model.locality(i).map_or("", |l| l.name.as_str());
    let mut block = Block::bordered()
        .border_style(t.title)
        .title(format!(" {} ", chrome::why_title(app.lang, name)));
    block = if hidden > 0 {
        block.title_bottom(Span::styled(
            format!(" {} ", (w.hidden)(hidden)),
            t.emphasis,
        ))
    } else {
        block.title_bottom(format!(" {} ", w.dismiss))
    };
    Clear.render(popup, buf);
    Paragraph::new(lines).block(block).render(popup, buf);
}
