//! The `?` overlay, written from the key table so it never drifts from the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme::Theme;
use crate::app::{Action, App};
use crate::input::Binding;
use crate::present::chrome;
use crate::text;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let w = text::words(app.lang);
    let m = &app.model;
    let does = |b: &Binding, what: fn(&Action) -> bool| b.keys.iter().any(|(_, a)| what(a));
    let era = |a: &Action| matches!(a, Action::ToggleEra);
    let level = |a: &Action| matches!(a, Action::CycleLevel);
    let mut lines: Vec<Line<'_>> = crate::input::help_bindings(m)
        .map(|b| {
            let help = if does(b, era) {
                text::era_help(app.lang, m)
            } else if does(b, level) {
                text::level_help(app.lang, m)
            } else {
                (b.help)(w).to_string()
            };
            Line::from(vec![
                Span::styled(format!(" {:<15}", b.shown), t.header),
                Span::raw(help),
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
    let shown = usize::from(popup.height.saturating_sub(2)).min(lines.len());
    // Never past the last line at the bottom: no blank lines below it.
    let first = app.help_scroll.min(lines.len() - shown);
    let hidden = lines.len() - shown;
    let mut block = Block::bordered()
        .border_style(t.title)
        .title(format!(" {} ", chrome::help_title(app.lang)));
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
