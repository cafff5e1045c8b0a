//! The Province screen's list of targets, each with its verdict.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::app::App;
use crate::model::verdict::Verdict;
use crate::present::{self, province};
use crate::text;
use crate::ui::theme::Theme;

/// The list of targets takes at most half the column, and a line for
/// each target with its borders.
pub(super) fn render_targets_height(verdicts: &[(usize, Verdict)], room: u16) -> u16 {
    let n = verdicts.len();
    if n == 0 {
        return 0;
    }
    u16::try_from(n + 2).unwrap_or(u16::MAX).min(room / 2)
}

/// Every target with its verdict, one a line: from the last one passed
/// on when they do not all fit, since those are the ones still at stake.
pub(super) fn render_targets(
    app: &App,
    t: &Theme,
    verdicts: &[(usize, Verdict)],
    area: Rect,
    buf: &mut Buffer,
) {
    if area.height < 3 {
        return;
    }
    let m = &app.model;
    let rows = usize::from(area.height - 2);
    // From the first target of the last year passed: a year may hold
    // several (2025: 95 % of 20-NQ/TW and 95,15 % of 546/QĐ-TTg).
    let year = |t: usize| m.targets.get(t).map(|x| x.by.year());
    let last_passed = verdicts
        .iter()
        .rposition(|(_, v)| v.outcome().is_some())
        .and_then(|k| verdicts.get(k))
        .and_then(|(t, _)| year(*t));
    let first_of_year = last_passed
        .and_then(|y| verdicts.iter().position(|(t, _)| year(*t) == Some(y)))
        .unwrap_or(0);
    let start = first_of_year.min(verdicts.len().saturating_sub(rows));
    let inner = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line<'_>> = verdicts
        .iter()
        .skip(start)
        .take(rows)
        .filter_map(|(k, v)| {
            let (head, said) = present::target_row(m, *k, v, app.lang)?;
            let pad = inner
                .saturating_sub(text::width(&head) as usize + text::width(&said) as usize + 2)
                .max(1);
            Some(Line::from(vec![
                Span::raw(format!(" {head}{}", " ".repeat(pad))),
                Span::styled(said, t.status(v.status)),
            ]))
        })
        .collect();
    let hidden = verdicts.len().saturating_sub(lines.len());
    let mut block = Block::bordered()
        .border_style(t.border)
        .title(format!(" {} ", province::targets_title(app.lang)));
    if hidden > 0 {
        block = block.title_bottom(format!(" {} ", province::more_targets(app.lang, hidden)));
    }
    Paragraph::new(lines).block(block).render(area, buf);
}
