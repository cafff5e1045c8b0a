//! Province: one province against its target, its groups, its history, its
//! former units or districts, its own milestones and the sources of its figures.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::theme::Theme;
use super::{chart, notes, widgets};
use crate::app::App;
use crate::model::figures::Origin;
use crate::model::progress::Projection;
use crate::model::{Era, Progress};
use crate::present::{self, Value};
use crate::text::{self, Lang};

/// The name, gauge and groups above the chart.
const TOP_ROWS: u16 = 5;
/// The chart and the list of units never get fewer rows than this.
const MAIN_MIN_ROWS: u16 = 18;

/// The height at which a snapshot shows every unit and every note.
pub fn snapshot_height(app: &App, width: u16) -> u16 {
    let Some(i) = app.province() else {
        return TOP_ROWS + MAIN_MIN_ROWS + notes::MIN_ROWS;
    };
    // The list of units has a border above and below.
    let units = u16::try_from(present::units(&app.model, i, app.era).len() + 2).unwrap_or(u16::MAX);
    TOP_ROWS
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
    let room = area.height.saturating_sub(TOP_ROWS + MAIN_MIN_ROWS);
    let notes_rows = notes::rows_needed(app, i, area.width)
        .min(room)
        .max(notes::MIN_ROWS);
    let [head, gauge, changes, groups, main, notes] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(notes_rows),
    ]));
    render_head(app, t, i, p, head, buf);
    render_gauge(app, t, p, gauge, buf);
    render_changes(app, t, p, changes, buf);
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
    let rows = render_targets_height(app, i, units.height);
    let [targets, units] = units.layout(&Layout::vertical([
        Constraint::Length(rows),
        Constraint::Fill(1),
    ]));
    render_targets(app, t, i, targets, buf);
    super::units::render(app, t, i, units, buf);
    super::notes::render(app, t, i, notes, buf);
}

/// The list of targets takes at most half the column, and a line for
/// each target with its borders.
fn render_targets_height(app: &App, i: usize, room: u16) -> u16 {
    let n = app.model.verdicts(i, app.era).len();
    if n == 0 {
        return 0;
    }
    u16::try_from(n + 2).unwrap_or(u16::MAX).min(room / 2)
}

/// Every target with its verdict, one a line: from the last one passed
/// on when they do not all fit, since those are the ones still at stake.
fn render_targets(app: &App, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    if area.height < 3 {
        return;
    }
    let m = &app.model;
    let verdicts = m.verdicts(i, app.era);
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
        .title(format!(" {} ", text::verdict_words(app.lang).targets));
    if hidden > 0 {
        block = block.title_bottom(format!(
            " {} ",
            (text::verdict_words(app.lang).more_targets)(hidden)
        ));
    }
    Paragraph::new(lines).block(block).render(area, buf);
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

fn render_gauge(app: &App, t: &Theme, p: &Progress, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    let figure = present::coverage(p, app.lang);
    let target = m.target(p.numeric_target).and_then(|x| x.coverage);
    let mut tail = format!(" {}", Value::Status(p.status).show(app.lang));
    match (p.latest_point(), &p.said) {
        (_, Some(said)) => tail.push_str(&format!(
            " · {} {}",
            said.words,
            text::date(app.lang, said.date)
        )),
        (Some(x), None) if !x.is_partial() => {
            tail.push_str(&format!(" · {}", text::date(app.lang, x.date)));
            // The status says so already when it is "stale".
            if p.stale && p.status != crate::model::Status::Stale {
                tail.push_str(&format!(" · {}", w.stale.to_lowercase()));
            }
        }
        _ => tail.push_str(&partial_words(p, app.lang).unwrap_or_default()),
    }
    if matches!(p.projection, Projection::Year(_) | Projection::Passed(_)) {
        tail.push_str(&format!(
            " · {} {}",
            w.projected.to_lowercase(),
            present::projected(p.projection, present::judged_target(m, p), app.lang)
        ));
    }
    if p.ceased {
        tail.push_str(&format!(
            " · {} {}",
            w.judged_as_of,
            text::date(app.lang, p.judged_on)
        ));
    }
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
    if let Some(c) = target {
        spans.push(Span::styled(
            text::decimal(app.lang, c, if c.fract() == 0.0 { 0 } else { 2 }),
            t.mark,
        ));
    }
    spans.push(Span::styled(tail, t.status(p.status)));
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// "partly rolled up: 95,23 % of 25 % of the population, 31/12/2023".
fn partial_words(p: &Progress, lang: Lang) -> Option<String> {
    let w = text::words(lang);
    let x = p.history.iter().rev().find(|x| x.is_partial())?;
    let Origin::RolledUp(r) = x.origin else {
        return None;
    };
    let share = r
        .population_share
        .map(|s| {
            format!(
                " · {}/{} ({})",
                r.with_figures,
                r.parts,
                text::percent(lang, s * 100.0, 0)
            )
        })
        .unwrap_or_else(|| format!(" · {}/{}", r.with_figures, r.parts));
    Some(format!(
        " · {}: {}{share}, {}",
        w.partial,
        text::percent(lang, x.coverage, 2),
        text::date(lang, x.date)
    ))
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
