//! The Overview's count of the units by status.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::app::App;
use crate::model::Status;
use crate::present::overview;
use crate::ui::cells;
use crate::ui::theme::Theme;

/// The statuses the Overview counts: the four verdicts always, the others
/// (stale, too few figures, no target, no data) when some unit counted has
/// them.
pub(super) fn counted(app: &App) -> Vec<(Status, usize)> {
    Status::ALL
        .into_iter()
        .zip(app.model.status_counts(app.era))
        .filter(|(s, n)| s.is_verdict() || *n > 0)
        .collect()
}

/// The lists below the counts keep this many rows (three entries) before
/// the statuses that judge nothing share one line.
const LIST_ROWS: u16 = 5;

/// A line per status counted; when that leaves the lists below too little
/// room, the four verdicts keep their lines and the others share one, by
/// symbol (`» 2  ? 5  ! 2  ~ 14`), as the legend of symbols reads them.
pub(super) fn count_lines(
    app: &App,
    t: &Theme,
    shown: &[(Status, usize)],
    room: u16,
) -> Vec<Line<'static>> {
    let line = |s: Status, n: usize| {
        let label = cells::status(s, app.lang, t);
        let pad = 20usize.saturating_sub(unicode_width::UnicodeWidthStr::width(
            label.content.as_ref(),
        ));
        Line::from(vec![
            Span::raw(" "),
            label,
            Span::raw(" ".repeat(pad)),
            Span::styled(overview::count_cell(n), t.emphasis),
        ])
    };
    let full = u16::try_from(shown.len()).unwrap_or(u16::MAX);
    if full.saturating_add(2 + LIST_ROWS) <= room {
        return shown.iter().map(|&(s, n)| line(s, n)).collect();
    }
    let mut lines: Vec<Line<'static>> = shown
        .iter()
        .filter(|(s, _)| s.is_verdict())
        .map(|&(s, n)| line(s, n))
        .collect();
    let mut rest: Vec<Span<'static>> = Vec::new();
    for &(s, n) in shown.iter().filter(|(s, _)| !s.is_verdict()) {
        rest.push(Span::raw(" "));
        rest.push(Span::styled(overview::symbol_count(s, n), t.status(s)));
        rest.push(Span::raw(" "));
    }
    if !rest.is_empty() {
        lines.push(Line::from(rest));
    }
    lines
}

pub(super) fn render_counts(
    app: &App,
    t: &Theme,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let title = format!(
        " {} ",
        overview::counts_title(app.lang, &app.model, app.era)
    );
    Paragraph::new(lines)
        .block(Block::bordered().border_style(t.border).title(title))
        .render(area, buf);
}
