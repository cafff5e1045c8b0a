//! Provinces: one row per province with every column of PRODUCT §5; only the
//! visible rows are built, so a frame costs the same at 34 rows or 100,000.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Block, Cell, HighlightSpacing, Paragraph, Row, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Table, TableState, Widget,
};

use super::theme::Theme;
use super::{cells, widgets};
use crate::app::App;
use crate::model::Era;
use crate::text;

/// Columns in the order shown, with their width; the last ones give way on
/// narrow terminals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Rank,
    Name,
    Coverage,
    Target,
    Gap,
    Trend,
    Projected,
    Participants,
    Population,
    Status,
    Date,
}

const ALL: [(Column, u16); 11] = [
    (Column::Rank, 3),
    (Column::Name, 11),
    (Column::Coverage, 11),
    (Column::Target, 8),
    (Column::Gap, 6),
    (Column::Trend, 8),
    (Column::Projected, 11),
    (Column::Participants, 14),
    (Column::Population, 11),
    (Column::Status, 18),
    (Column::Date, 12),
];

/// Which columns fit: population, participants, trend and rank give way
/// first, the projected year last of all but the figure, gap and status;
/// the name takes what is left.
fn columns(width: u16) -> Vec<(Column, u16)> {
    let drop_order = [
        Column::Population,
        Column::Participants,
        Column::Trend,
        Column::Rank,
        Column::Target,
        Column::Date,
        Column::Projected,
    ];
    let mut cols: Vec<(Column, u16)> = ALL.to_vec();
    let total = |c: &[(Column, u16)]| c.iter().map(|(_, w)| w + 1).sum::<u16>() + 1;
    for drop in drop_order {
        if total(&cols) <= width {
            break;
        }
        cols.retain(|(c, _)| *c != drop);
    }
    // Whatever room is left goes to the name.
    let spare = width.saturating_sub(total(&cols));
    for (c, w) in &mut cols {
        if *c == Column::Name {
            *w += spare.min(16);
        }
    }
    cols
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    render_window(app, t, area, buf, None);
}

/// The table from row `page` on, when given (a page of a snapshot, with no
/// scrollbar), or else the window that keeps the selection in view.
pub fn render_window(app: &App, t: &Theme, area: Rect, buf: &mut Buffer, page: Option<usize>) {
    let w = text::words(app.lang);
    let m = &app.model;
    let [table_area, foot] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let era = match app.era {
        Era::Current => w.current_era,
        Era::Former => w.former_era,
    };
    let count = crate::text::count(app.lang, app.rows.len() as u64);
    let title = match app.level {
        crate::app::Level::Province => format!(" {era} · {count} "),
        level => format!(" {} · {era} · {count} ", level.name(app.lang)),
    };
    let block = Block::bordered().border_style(t.border).title(title);
    let inner = block.inner(table_area);
    block.render(table_area, buf);
    // The scrollbar and the selection marker take a column each.
    let cols = columns(inner.width.saturating_sub(2));
    let height = usize::from(inner.height.saturating_sub(1)).max(1);
    // The window that keeps the selection in view, from the app's offset.
    let mut start = app.offset.min(app.rows.len().saturating_sub(height));
    if app.selected < start {
        start = app.selected;
    } else if app.selected >= start + height {
        start = app.selected + 1 - height;
    }
    if let Some(first) = page {
        start = first;
    }
    let end = (start + height).min(app.rows.len());
    let visible = app.rows.get(start..end).unwrap_or(&[]);
    let rows: Vec<Row<'_>> = visible
        .iter()
        .enumerate()
        .map(|(k, &i)| row(app, t, &cols, start + k, i))
        .collect();
    let header = Row::new(cols.iter().map(|(c, _)| Cell::from(heading(app, *c)))).style(t.header);
    let widths: Vec<Constraint> = cols.iter().map(|(_, w)| Constraint::Length(*w)).collect();
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(t.selected)
        .highlight_symbol("▶")
        // The marker's column is kept whether or not the selected row is in
        // view, so columns never shift between frames or snapshot pages.
        .highlight_spacing(HighlightSpacing::Always)
        .column_spacing(1);
    // Only a selection inside the window is marked: the table must not
    // scroll itself to one outside it.
    let mut state = TableState::default().with_selected(
        app.selected
            .checked_sub(start)
            .filter(|&k| k < visible.len()),
    );
    let [table_inner, _] = inner.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    StatefulWidget::render(table, table_inner, buf, &mut state);
    if app.rows.is_empty() {
        let empty = inner.inner(Margin::new(2, 2));
        Paragraph::new(w.no_match).style(t.dim).render(empty, buf);
    }
    let mut scroll = ScrollbarState::new(app.rows.len().saturating_sub(height)).position(start);
    let scrollbar_area = if page.is_some() {
        Rect::default()
    } else {
        table_area.inner(Margin::new(0, 1))
    };
    Scrollbar::new(ScrollbarOrientation::VerticalRight).render(scrollbar_area, buf, &mut scroll);
    // The marks the table uses, most needed first; what does not fit the
    // line is left out whole. Former provinces ceased on 1 July 2025: their
    // figures are judged as of their last day.
    // Only the rows on screen are looked at: a frame never walks the table.
    let ceased = visible
        .iter()
        .filter_map(|&i| m.progress(i, app.era))
        .find(|p| p.ceased)
        .map(|p| format!("{} {}", w.ceased_note, text::date(app.lang, p.judged_on)));
    let pieces = ceased.into_iter().chain([
        format!("! {}", w.stale),
        format!("* {}", w.rolled_up),
        format!("~ {}", w.partial),
    ]);
    let mut note = String::new();
    for piece in pieces {
        let joined = if note.is_empty() {
            format!(" {piece}")
        } else {
            format!("{note} · {piece}")
        };
        if cells::width(&joined) <= foot.width {
            note = joined;
        }
    }
    Paragraph::new(Line::from(Span::styled(note, t.dim))).render(foot, buf);
}

fn heading(app: &App, c: Column) -> Text<'static> {
    let w = text::words(app.lang);
    let label = match c {
        Column::Rank => "#",
        Column::Name => app.level.name(app.lang),
        Column::Coverage => w.coverage,
        Column::Target => w.target,
        Column::Gap => w.gap_short,
        Column::Trend => w.trend,
        Column::Projected => w.projected_short,
        Column::Participants => w.participants,
        Column::Population => w.population,
        Column::Status => w.status,
        Column::Date => w.as_of,
    };
    let sorted = match (c, app.sort) {
        (Column::Name, crate::app::SortKey::Name)
        | (Column::Coverage, crate::app::SortKey::Coverage)
        | (Column::Target, crate::app::SortKey::Target)
        | (Column::Gap, crate::app::SortKey::Gap)
        | (Column::Trend, crate::app::SortKey::Trend)
        | (Column::Projected, crate::app::SortKey::Projected)
        | (Column::Participants, crate::app::SortKey::Participants)
        | (Column::Population, crate::app::SortKey::Population)
        | (Column::Status, crate::app::SortKey::Status)
        | (Column::Date, crate::app::SortKey::Date) => {
            Some(if app.descending { "↓" } else { "↑" })
        }
        _ => None,
    };
    let text = match sorted {
        Some(arrow) => format!("{label}{arrow}"),
        None => label.to_string(),
    };
    if matches!(
        c,
        Column::Name | Column::Trend | Column::Status | Column::Rank
    ) {
        Text::from(text)
    } else {
        Text::from(text).right_aligned()
    }
}

/// The name, and while a search is typed the merged unit it matched through:
/// `Bắc Ninh ← Bắc Giang`.
fn name_with_match(app: &App, i: usize) -> String {
    let m = &app.model;
    let name = m.locality(i).map_or("", |l| l.name.as_str());
    let query = app.search.as_deref().map(text::fold);
    let Some(q) = query.as_deref().map(str::trim).filter(|q| !q.is_empty()) else {
        return name.to_string();
    };
    if m.search_keys.get(i).is_some_and(|k| k.contains(q)) {
        return name.to_string();
    }
    let via = m
        .absorbed
        .get(i)
        .into_iter()
        .flatten()
        .find(|&&j| m.search_keys.get(j).is_some_and(|k| k.contains(q)))
        .and_then(|&j| m.locality(j));
    match via {
        Some(v) => format!("{name} ← {}", v.name),
        None => name.to_string(),
    }
}

fn row<'a>(app: &App, t: &Theme, cols: &[(Column, u16)], position: usize, i: usize) -> Row<'a> {
    let m = &app.model;
    let lang = app.lang;
    let Some(p) = m.progress(i, app.era) else {
        return Row::new(Vec::<Cell<'_>>::new());
    };
    let right = |s: String| Cell::from(Text::from(s).right_aligned());
    let cells: Vec<Cell<'a>> = cols
        .iter()
        .map(|(c, width)| match c {
            Column::Rank => Cell::from(format!("{:>3}", position + 1)),
            Column::Name => Cell::from(cells::truncate(
                &name_with_match(app, i),
                usize::from(*width),
            )),
            Column::Coverage => right(cells::truncate(
                &cells::coverage(p, lang, 2),
                usize::from(*width),
            )),
            Column::Target => right(cells::target(m, p, lang)),
            Column::Gap => Cell::from(
                Text::from(Span::styled(cells::gap(p, lang), t.status(p.status))).right_aligned(),
            ),
            Column::Trend => {
                let values: Vec<f64> = p.judged_points().map(|x| x.coverage).collect();
                Cell::from(Span::styled(
                    widgets::sparkline(&values, usize::from(*width)),
                    t.series,
                ))
            }
            Column::Projected => right(cells::projected(p, lang)),
            Column::Participants => right(
                p.latest_point()
                    .and_then(|x| x.participants)
                    .map_or("—".into(), |n| text::count(lang, n)),
            ),
            Column::Population => right(
                p.latest_point()
                    .and_then(|x| x.population)
                    .map_or("—".into(), |n| text::count(lang, n)),
            ),
            Column::Status => Cell::from(cells::status(p.status, lang, t)),
            Column::Date => Cell::from(cells::latest_date(p, lang)),
        })
        .collect();
    Row::new(cells)
}
