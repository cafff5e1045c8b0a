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
use crate::present;
use crate::text;

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

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
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
    let [history, units] = main.layout(&Layout::horizontal([
        Constraint::Percentage(55),
        Constraint::Fill(1),
    ]));

    // A merged province's history before 1 July 2025 is its former units':
    // each drawn under its own name, never summed where the sources differ.
    let parts: Vec<chart::Part> = if app.era == Era::Current {
        let absorbed = m.absorbed.get(i).map(Vec::as_slice).unwrap_or(&[]);
        let members = if absorbed.is_empty() {
            Vec::new()
        } else {
            std::iter::once(i).chain(absorbed.iter().copied()).collect()
        };
        members
            .into_iter()
            .filter_map(|j| {
                let name = m.locality(j)?.name.clone();
                let name = if j == i {
                    format!("{name}{}", w.former_self)
                } else {
                    name
                };
                Some(chart::Part {
                    name,
                    points: chart::points_of(m.progress(j, Era::Former)?),
                })
            })
            .filter(|part| !part.points.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let years = chart::x_range(m, p, &parts)
        .map(|(first, last)| format!(" {first}–{last}"))
        .unwrap_or_default();
    let block = Block::bordered()
        .border_style(t.border)
        .title(super::cells::fit(
            format!(" {}{years} ", w.history).into(),
            usize::from(history.width.saturating_sub(2)),
        ))
        .title_bottom(super::cells::fit(
            chart::legend(p, &parts, app.lang, t),
            usize::from(history.width.saturating_sub(2)),
        ));
    chart::history(m, p, &parts, app.lang, t, block, history, buf);
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

fn render_head(app: &App, t: &Theme, i: usize, p: &Progress, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    let Some(l) = m.locality(i) else { return };
    let absorbed = m.absorbed.get(i).map(Vec::as_slice).unwrap_or(&[]);
    let extra = match (
        app.era,
        absorbed.first().and_then(|&a| m.locality(a)?.merged_on),
        &l.merged_into,
    ) {
        (Era::Current, Some(on), _) => {
            let names: Vec<&str> = std::iter::once(i)
                .chain(absorbed.iter().copied())
                .filter_map(|j| Some(m.locality(j)?.name.as_str()))
                .collect();
            Some(format!(
                " ({} {} {} {})",
                w.since,
                text::date(app.lang, on),
                w.includes,
                names.join(", ")
            ))
        }
        // A merger after the judging day had not happened yet.
        (_, _, Some(into)) if l.merged_on.is_none_or(|on| on <= m.today) => {
            let target = m
                .index_of(&into.value)
                .and_then(|j| m.locality(j))
                .map_or(into.value.as_str(), |x| x.name.as_str());
            let on = l
                .merged_on
                .map(|d| text::date(app.lang, d))
                .unwrap_or_default();
            Some(format!(" ({} {target}, {on})", w.merged_into))
        }
        _ => None,
    };
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
    let right = format!(
        "{}: {} ",
        present::target_heading(m, p.target, app.lang).to_lowercase(),
        present::target_words(m, p.target, app.lang)
    );
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
    let (m, lang) = (&app.model, app.lang);
    let w = text::words(lang);
    let change = |c: crate::model::period::YearOnYear| {
        format!(
            "{} ({} {})",
            text::points(lang, c.change),
            w.compared_with,
            text::date(lang, c.before)
        )
    };
    let mut line = format!(
        " {}: {}",
        w.year_on_year_short,
        p.year_on_year.map_or_else(|| "—".to_string(), change)
    );
    // A target that names no document has no issue day to count from.
    if let Some(code) = m.target(p.target).and_then(|x| m.target_code(x)) {
        use crate::model::period::Since;
        let since = match p.since_directive {
            Some(Since::Change(c)) => change(c),
            Some(Since::OnlyLatest) => w.only_latest_since.to_string(),
            Some(Since::NoFigure) => w.none_since.to_string(),
            None => "—".to_string(),
        };
        line.push_str(&format!(" · {} {code}: {since}", w.since));
    }
    Paragraph::new(Span::styled(
        text::truncate(&line, usize::from(area.width)),
        t.dim,
    ))
    .render(area, buf);
}

fn render_groups(app: &App, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    // Groups as they stood on the judging day: none reported later.
    let day = m.progress(i, app.era).map_or(m.today, |p| p.judged_on);
    let record = m.locality(i).and_then(|l| {
        l.records
            .iter()
            .rev()
            .find(|r| r.groups.is_some() && r.date <= day && r.known_by(m.today))
    });
    let Some(record) = record else {
        Paragraph::new(Span::styled(
            format!(" {}: {}", w.groups, w.no_figures.to_lowercase()),
            t.dim,
        ))
        .render(area, buf);
        return;
    };
    let cell_width = (usize::from(area.width) / 3).max(20);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut current: Vec<Span<'_>> = Vec::new();
    let mut used = 0;
    // Both have the six groups in the same order: a pair for each.
    for ((_, value), name) in record.groups().entries().iter().zip(w.group_short) {
        let Some(v) = value else { continue };
        let figure = text::percent(app.lang, *v, 1);
        let bar = cell_width
            .saturating_sub(text::width(name) as usize + text::width(&figure) as usize + 4)
            .min(12);
        if used + cell_width > usize::from(area.width) && !current.is_empty() {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        current.push(Span::raw(format!(" {name} ")));
        current.extend(widgets::bar(bar, Some(*v), &[], t));
        current.push(Span::styled(format!(" {figure} "), t.emphasis));
        used += cell_width;
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    Paragraph::new(lines).render(area, buf);
}
