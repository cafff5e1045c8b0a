//! Province: one province against its target, its groups, its history, its
//! former units or districts, its own milestones and the sources of its figures.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::theme::Theme;
use super::{chart, notes, widgets};
use crate::app::App;
use crate::model::{Era, Progress};
use crate::present::{self, province};
use crate::text;

mod figures;
mod gauge;
mod targets;

use gauge::render_gauge;
use targets::{render_targets, render_targets_height};

/// The name, gauge and groups above the chart; one more for the plan
/// line, which shows only for a unit whose figure has a plan.
const TOP_ROWS: u16 = 5;
/// The chart and the list of units never get fewer rows than this.
const MAIN_MIN_ROWS: u16 = 18;

/// The height at which a snapshot shows every unit and every note.
pub fn snapshot_height(app: &App, width: u16) -> u16 {
    let Some(i) = app.province() else {
        return TOP_ROWS + MAIN_MIN_ROWS + notes::MIN_ROWS;
    };
    let plan = app
        .model
        .progress(i, app.era)
        .and_then(|p| present::plan_line(p, app.lang));
    // The list of units has a border above and below.
    let units = u16::try_from(present::units(&app.model, i, app.era).len() + 2).unwrap_or(u16::MAX);
    TOP_ROWS
        .saturating_add(u16::from(plan.is_some()))
        .saturating_add(MAIN_MIN_ROWS.max(units.saturating_add(4)))
        .saturating_add(notes::rows_needed(app, i, width).max(notes::MIN_ROWS))
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer, snapshot: bool) {
    let w = text::words(app.lang);
    let m = &app.model;
    let Some((i, p)) = app
        .province()
        .and_then(|i| Some((i, m.progress(i, app.era)?)))
    else {
        Paragraph::new(format!(" {}", w.no_match))
            .style(t.dim)
            .render(area, buf);
        return;
    };
    // The notes grow into a tall screen or a snapshot, never into the
    // chart's least room.
    let plan = present::plan_line(p, app.lang);
    let plan_rows = u16::from(plan.is_some());
    let room = area
        .height
        .saturating_sub(TOP_ROWS + plan_rows + MAIN_MIN_ROWS);
    let notes_rows = notes::rows_needed(app, i, area.width)
        .min(room)
        .max(notes::MIN_ROWS);
    let [head, gauge, changes, plan_area, groups, main, notes] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(plan_rows),
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(notes_rows),
    ]));
    render_head(app, t, i, p, head, buf);
    render_gauge(app, t, p, gauge, buf);
    render_changes(app, t, p, changes, buf);
    if let Some(line) = plan {
        Paragraph::new(Span::styled(
            text::truncate(&format!(" {line}"), usize::from(plan_area.width)),
            t.dim,
        ))
        .render(plan_area, buf);
    }
    render_groups(app, t, i, groups, buf);
    // The table of figures needs the room of the chart and the boxes
    // beside it: `v` gives them back.
    if app.figures.is_some() && !snapshot {
        let title = text::figure_words(app.lang).title;
        let block = Block::bordered()
            .border_style(t.border)
            .title(super::cells::fit(
                format!(" {title} · v ").into(),
                usize::from(main.width.saturating_sub(2)),
            ));
        figures::render(app, t, i, block, main, buf);
        super::notes::render(app, t, i, notes, buf);
        return;
    }
    let [history, units] = main.layout(&Layout::horizontal([
        Constraint::Percentage(55),
        Constraint::Fill(1),
    ]));
    render_chart(app, t, i, p, history, buf);
    // Judged once a frame for both the box's height and its lines.
    let verdicts = m.verdicts(i, app.era);
    let rows = render_targets_height(&verdicts, units.height);
    let [targets, units] = units.layout(&Layout::vertical([
        Constraint::Length(rows),
        Constraint::Fill(1),
    ]));
    render_targets(app, t, &verdicts, targets, buf);
    super::units::render(app, t, i, units, buf);
    super::notes::render(app, t, i, notes, buf);
}

/// The history chart, with the former units' series beside a merged
/// province's own.
fn render_chart(app: &App, t: &Theme, i: usize, p: &Progress, history: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let parts: Vec<chart::Part> = province::history::former_series(app.lang, m, i, app.era)
        .into_iter()
        .map(|x| chart::Part {
            name: x.name,
            points: chart::points_of(m.points(x.index, Era::Former)),
        })
        .collect();
    let shown = chart::Shown {
        p,
        points: m.points(i, app.era),
    };
    let title = province::history::title(app.lang, chart::x_range(m, shown, &parts));
    let block = Block::bordered()
        .border_style(t.border)
        .title(super::cells::fit(
            format!(" {title} ").into(),
            usize::from(history.width.saturating_sub(2)),
        ))
        .title_bottom(super::cells::fit(
            chart::legend(shown, &parts, app.lang, t),
            usize::from(history.width.saturating_sub(2)),
        ));
    let empty = province::history::nothing_drawn(app.lang, m, i, app.era);
    chart::history(m, shown, &parts, &empty, app.lang, t, block, history, buf);
}

fn render_head(app: &App, t: &Theme, i: usize, p: &Progress, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let Some(l) = m.locality(i) else { return };
    let extra = province::made_of(app.lang, m, app.era, i).map(|x| format!(" {x}"));
    // The arrows and the name always show; what the unit was made of is
    // cut to the room left, marked `…`.
    let name = super::cells::truncate(&l.name, usize::from(area.width.saturating_sub(6)));
    let room = usize::from(area.width)
        .saturating_sub(usize::from(text::width(&name)) + usize::from(text::width(" ←  →")));
    let mut spans = vec![Span::styled(" ← ", t.dim), Span::styled(name, t.title)];
    if let Some(extra) = extra.filter(|_| room > 4) {
        spans.push(Span::styled(super::cells::truncate(&extra, room), t.dim));
    }
    spans.push(Span::styled(" →", t.dim));
    let right = format!("{} ", province::head_target(app.lang, m, p));
    let line = Line::from(spans);
    // The target is on the gauge line too: it gives way to the name.
    let right_width = if line.width() + usize::from(text::width(&right)) < usize::from(area.width) {
        text::width(&right)
    } else {
        0
    };
    let [left, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    Paragraph::new(line).render(left, buf);
    Paragraph::new(Span::styled(right, t.dim)).render(right_area, buf);
}

/// How far the figure has moved: against the same period a year before,
/// and since the first figure after the directive in force was issued.
fn render_changes(app: &App, t: &Theme, p: &Progress, area: Rect, buf: &mut Buffer) {
    let line = format!(" {}", province::changes(app.lang, &app.model, p));
    Paragraph::new(Span::styled(
        text::truncate(&line, usize::from(area.width)),
        t.dim,
    ))
    .render(area, buf);
}

fn render_groups(app: &App, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    let Some(groups) = province::groups(app.lang, &app.model, i, app.era) else {
        Paragraph::new(Span::styled(
            format!(" {}", province::no_groups(app.lang)),
            t.dim,
        ))
        .render(area, buf);
        return;
    };
    let cell_width = (usize::from(area.width) / 3).max(20);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut current: Vec<Span<'_>> = Vec::new();
    let mut used = 0;
    for g in groups {
        let bar = cell_width
            .saturating_sub(text::width(g.name) as usize + text::width(&g.figure) as usize + 4)
            .min(12);
        if used + cell_width > usize::from(area.width) && !current.is_empty() {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        current.push(Span::raw(format!(" {} ", g.name)));
        current.extend(widgets::bar(bar, Some(g.coverage), &[], t));
        current.push(Span::styled(format!(" {} ", g.figure), t.emphasis));
        used += cell_width;
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    Paragraph::new(lines).render(area, buf);
}
