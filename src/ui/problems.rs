//! The panel of a failed reload's problems, `file:line:col: message`, over
//! the last good data until Esc closes it; scrolled a problem at a time when
//! they do not all fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::present::chrome;
use crate::text;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(problems) = &app.problems else {
        return;
    };
    let w = text::words(app.lang);
    let width = (area.width.saturating_mul(9) / 10).max(1);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows_of = |l: &Line<'_>| l.width().max(1).div_ceil(inner);
    let heading = Line::from(Span::styled(w.reload_failed, t.emphasis));
    // The last line gives the command that lists them all, `check`'s
    // advice included.
    let hint = Line::from(Span::styled(
        format!("{}: {}", w.see_every_problem, app.check_command()),
        t.dim,
    ));
    let lines: Vec<Line<'_>> = problems
        .iter()
        .map(|p| Line::from(format!("• {p}")))
        .chain([hint])
        .collect();
    // As tall as the wrapped lines need, within the screen.
    let all_rows: usize = rows_of(&heading) + lines.iter().map(rows_of).sum::<usize>();
    let height = u16::try_from(all_rows + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(4))
        .max(3);
    let room = usize::from(height.saturating_sub(2));
    // Scrolled no further than the page that ends with the last line.
    let below = |k: usize| lines.iter().skip(k).map(rows_of).sum::<usize>();
    let mut first = app.problems_scroll.min(problems.len());
    while first > 0 && rows_of(&heading) + below(first - 1) <= room {
        first -= 1;
    }
    // Rows shown from the first problem on; the rest are said to be hidden.
    let mut used = rows_of(&heading);
    let mut shown = Vec::new();
    for line in lines.iter().skip(first) {
        let rows = rows_of(line);
        if used + rows > room && !shown.is_empty() {
            break;
        }
        used += rows;
        shown.push(line.clone());
    }
    let hidden_rows: usize = all_rows.saturating_sub(used);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let mut block = Block::bordered().border_style(t.off_track).title(format!(
        " {} ",
        chrome::problems_title(app.lang, problems.len())
    ));
    block = if hidden_rows > 0 {
        block.title_bottom(format!(
            " {} ",
            chrome::hidden_and_dismiss(app.lang, hidden_rows)
        ))
    } else {
        block.title_bottom(format!(" {} ", w.dismiss))
    };
    Clear.render(popup, buf);
    Paragraph::new([vec![heading], shown].concat())
        .wrap(Wrap { trim: false })
        .block(block)
        .render(popup, buf);
}
