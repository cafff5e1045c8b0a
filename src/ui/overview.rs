//! Overview: the top unit's figure against its targets (the nation's, or
//! an office's own province when the data has no nation), its series, the
//! level below it by status, and who is furthest behind and ahead.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::theme::Theme;
use super::{cells, chart, widgets};
use crate::app::App;
use crate::model::{Era, Status};
use crate::present::{self, Column, Row};
use crate::text;

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
    if let Some(p) = m.top().and_then(|i| m.progress(i, Era::Current)) {
        // Several top units: the first's series, the others' beside it
        // under their names, as a merged province's parts are drawn.
        let parts: Vec<chart::Part> = m
            .tops
            .iter()
            .skip(1)
            .filter_map(|&i| {
                Some(chart::Part {
                    name: m.locality(i)?.name.clone(),
                    points: chart::points_of(m.progress(i, Era::Current)?),
                })
            })
            .collect();
        let first = match m.top() {
            Some(i) if !parts.is_empty() => format!(" · {}", text::top_name(app.lang, m, i)),
            _ => String::new(),
        };
        // The years the axis runs between, not the figures': the axis goes
        // on to the target's date.
        let years = chart::x_range(m, p, &parts)
            .map(|(first, last)| format!(" {first}–{last}"))
            .unwrap_or_default();
        let block = Block::bordered()
            .border_style(t.border)
            .title(cells::fit(
                format!(" {}{first}{years} ", w.history).into(),
                usize::from(history.width.saturating_sub(2)),
            ))
            .title_bottom(cells::fit(
                chart::legend(p, &parts, app.lang, t),
                usize::from(history.width.saturating_sub(2)),
            ));
        chart::history(m, p, &parts, app.lang, t, block, history, buf);
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

/// A top unit's box, titled with its name (`Cả nước` for the nation); the
/// last box drawn says how many `more` the table lists.
fn render_top(
    app: &App,
    t: &Theme,
    i: usize,
    lines: Vec<Line<'static>>,
    more: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let m = &app.model;
    let w = text::words(app.lang);
    let mut block = Block::bordered()
        .border_style(t.border)
        .title(cells::truncate(
            &format!(" {} ", text::top_name(app.lang, m, i)),
            usize::from(area.width.saturating_sub(2)),
        ));
    if more > 0 {
        block = block.title_bottom(cells::truncate(
            &format!(" {} ", text::counted(app.lang, w.more_tops, more)),
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
fn top_lines(
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
    if let Some(c) = m.past_counts(app.era).filter(|_| counts) {
        let units = text::counted_units(app.lang, m, app.era);
        let said = (text::verdict_words(app.lang).count)(
            &units,
            c.year,
            [c.met, c.missed, c.partial, c.no_figure],
        );
        lines.push(Line::from(Span::styled(
            cells::truncate(&format!(" {said}"), usize::from(width)),
            t.dim,
        )));
    }
    lines
}

/// `Mục tiêu 2025: 95,15 % (546/QĐ-TTg) ✓ đạt (+0,05) · … — 95,20 % ngày
/// 31/12/2025`: pieces that do not fit are left out whole, never cut.
fn year_line(line: &present::YearLine, t: &Theme, width: usize) -> Line<'static> {
    let mut pieces: Vec<Vec<Span<'static>>> = Vec::new();
    for (k, judged) in line.targets.iter().enumerate() {
        let lead = if k == 0 {
            format!(" {}: {} ", line.heading, judged.target)
        } else {
            format!(" · {} ", judged.target)
        };
        pieces.push(vec![
            Span::raw(lead),
            Span::styled(judged.verdict.clone(), t.status(judged.status)),
        ]);
    }
    if let Some(figure) = &line.figure {
        pieces.push(vec![Span::styled(format!(" — {figure}"), t.dim)]);
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for piece in pieces {
        let w: usize = piece.iter().map(Span::width).sum();
        if used + w > width && !spans.is_empty() {
            continue;
        }
        used += w;
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
    let target = m.target(p.numeric_target);
    let marks: Vec<f64> = target.and_then(|x| x.coverage).into_iter().collect();
    let bar_width = usize::from(width).saturating_sub(label.chars().count() + 8);
    let mut first = vec![
        Span::raw(format!(" {}  ", w.coverage)),
        Span::styled(format!("{figure}  "), t.emphasis),
    ];
    // Universal coverage has no number, but it is where the bar ends: a
    // dotted mark there stands for the 2030 target, never for a figure.
    let universal = m
        .own_targets_after(i, target.map_or(m.today, |x| x.by))
        .find(|x| x.coverage.is_none() && x.label.is_some());
    // A key after the bar says what each mark stands for: │ the numeric
    // target, ┊ the year of universal coverage, which has no number.
    let mut key = String::new();
    if let Some(c) = target.and_then(|x| x.coverage) {
        let n = text::decimal(app.lang, c, if c.fract() == 0.0 { 0 } else { 2 });
        key.push_str(&format!(" │{n}"));
    }
    if let Some(x) = universal {
        key.push_str(&format!(" ┊{}", x.by.format("%Y")));
    }
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

/// The statuses the Overview counts: the four verdicts always, the others
/// (stale, too few figures, no target, no data) when some unit counted has
/// them.
fn counted(app: &App) -> Vec<(Status, usize)> {
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
fn count_lines(app: &App, t: &Theme, shown: &[(Status, usize)], room: u16) -> Vec<Line<'static>> {
    let line = |s: Status, n: usize| {
        let label = cells::status(s, app.lang, t);
        let pad = 20usize.saturating_sub(unicode_width::UnicodeWidthStr::width(
            label.content.as_ref(),
        ));
        Line::from(vec![
            Span::raw(" "),
            label,
            Span::raw(" ".repeat(pad)),
            Span::styled(format!("{n:>3}"), t.emphasis),
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
        rest.push(Span::styled(
            format!("{} {n}", text::status_symbol(s)),
            t.status(s),
        ));
        rest.push(Span::raw(" "));
    }
    if !rest.is_empty() {
        lines.push(Line::from(rest));
    }
    lines
}

fn render_counts(app: &App, t: &Theme, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let w = text::words(app.lang);
    let units = text::counted_units(app.lang, &app.model, app.era);
    let title = format!(" {units} {} ", w.by_status);
    Paragraph::new(lines)
        .block(Block::bordered().border_style(t.border).title(title))
        .render(area, buf);
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
    let m = &app.model;
    let inner_width = usize::from(area.width.saturating_sub(2));
    let rows = usize::from(area.height.saturating_sub(2)).max(1);
    let start = pick.map_or(0, |k| k.saturating_sub(rows - 1));
    let lines: Vec<Line<'_>> = ranked
        .iter()
        .enumerate()
        .skip(start)
        .take(rows)
        .filter_map(|(k, &i)| {
            let l = m.locality(i)?;
            let p = m.progress(i, app.era)?;
            let gap = Column::GAP
                .value(&Row::new(m, i, p), app.lang)
                .show(app.lang);
            let name_width = inner_width.saturating_sub(gap.chars().count() + 3);
            let name: String = cells::truncate(&l.name, name_width);
            let pad =
                name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            let chosen = pick == Some(k);
            let line = Line::from(vec![
                Span::raw(format!(
                    "{}{name}{} ",
                    if chosen { "▶" } else { " " },
                    " ".repeat(pad)
                )),
                Span::styled(gap, t.status(p.status)),
            ]);
            Some(if chosen { line.style(t.selected) } else { line })
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
