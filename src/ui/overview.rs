//! Overview: the top unit's figure against its targets (the nation's, or
//! an office's own province when the data has no nation), its series, the
//! level below it by status, and who is furthest behind and ahead.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::theme::Theme;
use super::{cells, chart};
use crate::app::App;
use crate::model::Era;
use crate::present::overview;
use crate::text;

mod counts;
mod top;

use counts::{count_lines, counted, render_counts};
use top::{render_top, top_lines};

/// Rows a top unit's box takes at the least, the gauge and a target line.
const TOP_BOX: u16 = 4;

/// Rows kept for the series, the counts and the lists below the top boxes.
const BELOW_TOPS: u16 = 12;

/// The height a snapshot of the Overview needs to show every top unit's
/// box: 24 rows with one, as the screen was always exported.
pub fn snapshot_height(tops: usize) -> u16 {
    let boxes = u16::try_from(tops.max(1)).unwrap_or(u16::MAX);
    boxes.saturating_mul(TOP_BOX).saturating_add(20)
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    // The chart keeps at least 14 rows: the target lines take what is left.
    let years = usize::from(area.height.saturating_sub(19)).clamp(1, 4);
    let width = area.width.saturating_sub(2);
    let mut boxes: Vec<(usize, Vec<Line<'static>>)> = Vec::new();
    let mut used: u16 = 0;
    for (k, &i) in m.tops.iter().enumerate() {
        // How the counted units fared against the last target due goes
        // in the first box only: it is about all of them.
        let lines = top_lines(app, t, i, width, years, k == 0);
        let height = u16::try_from(lines.len()).unwrap_or(0).saturating_add(2);
        if k > 0 && used.saturating_add(height).saturating_add(BELOW_TOPS) > area.height {
            break;
        }
        used = used.saturating_add(height);
        boxes.push((i, lines));
    }
    let [tops, rest] = area.layout(&Layout::vertical([
        Constraint::Length(used),
        Constraint::Fill(1),
    ]));
    let shown = boxes.len();
    let rows =
        Layout::vertical(boxes.iter().map(|(_, l)| {
            Constraint::Length(u16::try_from(l.len()).unwrap_or(0).saturating_add(2))
        }))
        .split(tops);
    for (k, ((i, lines), &at)) in boxes.into_iter().zip(rows.iter()).enumerate() {
        let more = if k + 1 == shown {
            m.tops.len().saturating_sub(shown)
        } else {
            0
        };
        render_top(app, t, i, lines, more, at, buf);
    }
    let right_width = (area.width / 2).clamp(36, 60);
    let [history, side] = rest.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    let w = text::words(app.lang);
    if let Some(shown) = m.top().and_then(|i| chart::Shown::of(m, i, Era::Current)) {
        let p = shown.p;
        // Several top units: the first's series, the others' beside it
        // under their names, as a merged province's parts are drawn.
        let parts: Vec<chart::Part> = m
            .tops
            .iter()
            .skip(1)
            .filter_map(|&i| {
                Some(chart::Part {
                    name: m.locality(i)?.name.clone(),
                    points: {
                        m.progress(i, Era::Current)?;
                        chart::points_of(m.points(i, Era::Current))
                    },
                })
            })
            .collect();
        let first = m.top().filter(|_| !parts.is_empty());
        // The years the axis runs between, not the figures': the axis goes
        // on to the target's date.
        // The axis runs on to the directives' horizon: the targets due
        // after the one in force are drawn to the last one's date (2030).
        let horizon = m
            .top()
            .map(|i| crate::present::province::history::horizon(m, i, p))
            .unwrap_or_default();
        let years = chart::x_range_to(m, shown, &parts, &horizon);
        let title = overview::history_title(app.lang, m, first, years);
        let block = Block::bordered()
            .border_style(t.border)
            .title(cells::fit(
                format!(" {title} ").into(),
                usize::from(history.width.saturating_sub(2)),
            ))
            .title_bottom(cells::fit(
                chart::legend(shown, &parts, app.lang, t),
                usize::from(history.width.saturating_sub(2)),
            ));
        let empty = m
            .top()
            .map(|i| crate::present::province::history::nothing_drawn(app.lang, m, i, Era::Current))
            .unwrap_or_default();
        chart::history_to(
            m, shown, &parts, &horizon, &empty, app.lang, t, block, history, buf,
        );
    }
    let shown = counted(app);
    let lines = count_lines(app, t, &shown, side.height);
    let [counts, lists] = side.layout(&Layout::vertical([
        Constraint::Length(u16::try_from(lines.len()).unwrap_or(0) + 2),
        Constraint::Fill(1),
    ]));
    render_counts(app, t, lines, counts, buf);
    let [behind, ahead] = lists.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Fill(1),
    ]));
    // ↑/↓ pick an entry of either list (▶, reversed); Enter opens it.
    let [behind_list, ahead_list] = app.overview_lists();
    let pick = app.overview_pick();
    let ahead_pick = pick.and_then(|k| k.checked_sub(behind_list.len()));
    let behind_pick = pick.filter(|&k| k < behind_list.len());
    render_ranked(
        app,
        t,
        w.furthest_behind,
        &behind_list,
        behind_pick,
        behind,
        buf,
    );
    render_ranked(
        app,
        t,
        w.furthest_ahead,
        &ahead_list,
        ahead_pick,
        ahead,
        buf,
    );
}

/// One of the Overview's lists, as many entries as fit, the selected one
/// (`pick`) in view, marked ▶ and reversed.
fn render_ranked(
    app: &App,
    t: &Theme,
    title: &str,
    ranked: &[usize],
    pick: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
) {
    let inner_width = usize::from(area.width.saturating_sub(2));
    let rows = usize::from(area.height.saturating_sub(2)).max(1);
    let start = pick.map_or(0, |k| k.saturating_sub(rows - 1));
    let entries = overview::ranked(app.lang, &app.model, app.era, ranked);
    let lines: Vec<Line<'_>> = entries
        .into_iter()
        .enumerate()
        .skip(start)
        .take(rows)
        .map(|(k, entry)| {
            let gap = entry.gap;
            let name_width = inner_width.saturating_sub(gap.chars().count() + 3);
            let name: String = cells::truncate(&entry.name, name_width);
            let pad =
                name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            let chosen = pick == Some(k);
            let line = Line::from(vec![
                Span::raw(format!(
                    "{}{name}{} ",
                    if chosen { "▶" } else { " " },
                    " ".repeat(pad)
                )),
                Span::styled(gap, t.status(entry.status)),
            ]);
            if chosen { line.style(t.selected) } else { line }
        })
        .collect();
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(t.border)
                .title(cells::truncate(
                    &format!(" {title} "),
                    usize::from(area.width.saturating_sub(2)),
                )),
        )
        .render(area, buf);
}
