//! The menu `e` opens: the formats a snapshot can be written in, each with
//! its key and what it holds; the one last written is marked, and Enter
//! writes it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme::Theme;
use crate::app::{App, CHOICES, Choice};
use crate::text;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    if !app.export_menu {
        return;
    }
    let w = text::words(app.lang);
    let note = |c: Choice| {
        w.format_notes
            .iter()
            .find(|(name, _)| *name == c.name())
            .map_or("", |(_, note)| note)
    };
    let last = |c: &Choice| c.format == app.export_format && c.csv == app.csv_style;
    let mut lines: Vec<Line<'_>> = CHOICES
        .into_iter()
        .map(|c| {
            let style = if last(&c) {
                t.selected
            } else {
                ratatui::style::Style::default()
            };
            Line::from(vec![
                Span::styled(format!(" {}  ", c.key), t.emphasis),
                Span::styled(format!("{:<6} {}", c.name(), note(c)), style),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(format!(
        " {}: {} · {}",
        w.export_enter,
        CHOICES.iter().find(|c| last(c)).map_or("", |c| c.name()),
        w.export_close
    )));
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    let width = u16::try_from(widest + 3)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(t.emphasis)
                .title(format!(" {} ", w.export_menu)),
        )
        .render(popup, buf);
}
