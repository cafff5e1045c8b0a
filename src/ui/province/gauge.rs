//! The Province screen's gauge line: the figure, its bar against the
//! target, the status and what the figure is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::App;
use crate::model::Progress;
use crate::present::{self, province};
use crate::text;
use crate::ui::theme::Theme;
use crate::ui::widgets;

pub(super) fn render_gauge(app: &App, t: &Theme, p: &Progress, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    let figure = present::coverage(p, app.lang);
    let target = m.target(p.numeric_target).and_then(|x| x.coverage);
    let tail = format!(" {}", province::gauge_words(app.lang, m, p).join(" · "));
    let lead = format!(" {} {figure} ", w.coverage);
    let bar_width = usize::from(area.width)
        .saturating_sub(text::width(&lead) as usize + text::width(&tail) as usize + 6)
        .min(60);
    let mut spans = vec![
        Span::raw(format!(" {} ", w.coverage)),
        Span::styled(format!("{figure} "), t.emphasis),
    ];
    spans.extend(widgets::bar(
        bar_width,
        p.coverage(),
        &target.into_iter().collect::<Vec<_>>(),
        t,
    ));
    if let Some(mark) = province::gauge_mark(app.lang, m, p) {
        spans.push(Span::styled(mark, t.mark));
    }
    spans.push(Span::styled(tail, t.status(p.status)));
    Paragraph::new(Line::from(spans)).render(area, buf);
}
