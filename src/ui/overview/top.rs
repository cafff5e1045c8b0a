//! The Overview's box of a top unit: its gauge, a line for each year a
//! target is due with each target's own verdict, and how the units counted
//! fared against the last target due.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::app::App;
use crate::model::Era;
use crate::present::{self, overview};
use crate::text;
use crate::ui::theme::Theme;
use crate::ui::{cells, widgets};

/// A top unit's box, titled with its name (`Cả nước` for the nation); the
/// last box drawn says how many `more` the table lists.
pub(super) fn render_top(
    app: &App,
    t: &Theme,
    i: usize,
    lines: Vec<Line<'static>>,
    more: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut block = Block::bordered()
        .border_style(t.border)
        .title(cells::truncate(
            &format!(" {} ", overview::top_title(app.lang, &app.model, i)),
            usize::from(area.width.saturating_sub(2)),
        ));
    // What the gauge's marks stand for, on the right of the title, when it
    // fits whole beside the name.
    if let Some(p) = app.model.progress(i, Era::Current) {
        let legend = format!(" {} ", overview::gauge_legend(app.lang, &app.model, i, p));
        let name = overview::top_title(app.lang, &app.model, i);
        let room = usize::from(area.width.saturating_sub(4));
        let used = usize::from(cells::width(&name) + cells::width(&legend)) + 3;
        if legend.trim().chars().count() > 0 && used <= room {
            block = block.title(Line::from(Span::styled(legend, t.mark)).right_aligned());
        }
    }
    if more > 0 {
        block = block.title_bottom(cells::truncate(
            &format!(" {} ", overview::more_tops(app.lang, more)),
            usize::from(area.width.saturating_sub(2)),
        ));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// The top box's lines: the gauge, then a line for each year a target is
/// due from the last one passed (at most `years` of them, the one in
/// force first to stay), each target with its own verdict, then how the
/// provinces fared against the last target due.
pub(super) fn top_lines(
    app: &App,
    t: &Theme,
    i: usize,
    width: u16,
    years: usize,
    counts: bool,
) -> Vec<Line<'static>> {
    let m = &app.model;
    let Some(p) = m.progress(i, Era::Current) else {
        return Vec::new();
    };
    let mut lines = vec![gauge_line(app, t, i, p, width)];
    let all = present::year_lines(m, i, Era::Current, app.lang);
    // The target in force first, then the last one passed, then the later
    // ones, soonest first; shown by date.
    let in_force = all.iter().position(|l| !l.passed);
    let last_passed = all.iter().rposition(|l| l.passed);
    let later = in_force.map_or(all.len(), |f| f + 1)..all.len();
    let mut keep: Vec<usize> = in_force
        .into_iter()
        .chain(last_passed)
        .chain(later)
        .collect();
    keep.truncate(years);
    keep.sort_unstable();
    let shown = keep.into_iter().filter_map(|k| all.get(k));
    for line in shown {
        lines.push(year_line(line, t, usize::from(width)));
    }
    if let Some(said) = overview::last_due(app.lang, m, app.era).filter(|_| counts) {
        lines.push(Line::from(Span::styled(
            cells::truncate(&format!(" {said}"), usize::from(width)),
            t.dim,
        )));
    }
    lines
}

/// `Mục tiêu 2025: 95,15 % (546/QĐ-TTg) ✓ đạt (+0,05) · … — 95,20 % ngày
/// 31/12/2025`: a target's verdict that does not fit is said without its
/// projection (`● Đúng tiến độ`), and pieces that still do not fit are
/// left out whole, never cut (a year cut to `vào 20` reads as a figure).
fn year_line(line: &present::YearLine, t: &Theme, width: usize) -> Line<'static> {
    let mut pieces: Vec<[Vec<Span<'static>>; 2]> = Vec::new();
    for (k, judged) in line.targets.iter().enumerate() {
        let lead = if k == 0 {
            format!(" {}: {} ", line.heading, judged.target)
        } else {
            format!(" · {} ", judged.target)
        };
        let said = |verdict: &str| {
            vec![
                Span::raw(lead.clone()),
                Span::styled(verdict.to_string(), t.status(judged.status)),
            ]
        };
        pieces.push([said(&judged.verdict), said(&judged.short)]);
    }
    if let Some(figure) = &line.figure {
        let figure = vec![Span::styled(format!(" — {figure}"), t.dim)];
        pieces.push([figure.clone(), figure]);
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for [whole, short] in pieces {
        let width_of = |p: &[Span<'static>]| p.iter().map(Span::width).sum::<usize>();
        let piece = if used + width_of(&whole) <= width {
            whole
        } else if used + width_of(&short) <= width || spans.is_empty() {
            short
        } else {
            continue;
        };
        used += width_of(&piece);
        spans.extend(piece);
    }
    Line::from(spans)
}

fn gauge_line(
    app: &App,
    t: &Theme,
    i: usize,
    p: &crate::model::Progress,
    width: u16,
) -> Line<'static> {
    let m = &app.model;
    let w = text::words(app.lang);
    let figure = present::coverage(p, app.lang);
    let label = format!(" {}  {figure}  ", w.coverage);
    let marks: Vec<f64> = m
        .target(p.numeric_target)
        .and_then(|x| x.coverage)
        .into_iter()
        .collect();
    let bar_width = usize::from(width).saturating_sub(label.chars().count() + 8);
    let mut first = vec![
        Span::raw(format!(" {}  ", w.coverage)),
        Span::styled(format!("{figure}  "), t.emphasis),
    ];
    // Universal coverage has no number, but it is where the bar ends: a
    // dotted mark there stands for the 2030 target, never for a figure.
    let universal = overview::universal_target(m, i, p);
    // A key after the bar says what each mark stands for.
    let key = overview::gauge_key(app.lang, m, i, p);
    // Words in place of a figure draw no bar: the bar never shows a
    // number the words beside it do not say.
    let drawn = if p.said.is_some() { None } else { p.coverage() };
    let room = bar_width.saturating_sub(key.chars().count().saturating_sub(3));
    if universal.is_some() {
        first.extend(widgets::bar(room.saturating_sub(1), drawn, &marks, t));
        first.push(Span::styled("┊", t.mark));
    } else {
        first.extend(widgets::bar(room, drawn, &marks, t));
    }
    first.push(Span::styled(key, t.mark));
    Line::from(first)
}
