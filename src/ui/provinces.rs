//! Provinces: one row per province with every column of PRODUCT §5; only the
//! visible rows are built, so a frame costs the same at 34 rows or 100,000.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Block, Cell, HighlightSpacing, Paragraph, Row, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Table, TableState, Widget,
};

use ratatui::style::Style;

use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::present::{self, Column, provinces};
use crate::text;

/// The screen's columns that fit `width`. The name, and the parent's name
/// of a district or commune, get the room their longest takes first; the
/// columns that give way first go first, never the one the table is
/// sorted by, and a column no unit of the list fills gives its room at
/// once. The room then left brings back the columns that gave way, the
/// last to go first, each where it fits whole, and what no column fits
/// goes to the name. Each column is at least as wide as its heading,
/// arrow included.
fn columns(app: &App, width: u16) -> Vec<(Column, u16)> {
    let sorted = Column::Figure(app.sort);
    let blank = app.model.blank_columns(app.era, app.level);
    let shown: Vec<Column> = Column::with_parent(Column::SCREEN.into_iter(), app.level)
        .filter(|&c| c == sorted || !matches!(c, Column::Figure(k) if blank.contains(&k)))
        .collect();
    let need = |c: Column| -> u16 {
        let content = match c {
            Column::NAME => app.name_room.name,
            Column::Parent => app.name_room.parent,
            _ => c.spec().width,
        };
        content.max(text::width(&heading_text(app, c)))
    };
    let mut giving_way: Vec<(u8, Column)> = shown
        .iter()
        .filter(|&&c| c != sorted)
        .filter_map(|&c| Some((c.spec().gives_way?, c)))
        .collect();
    giving_way.sort_unstable_by_key(|(k, _)| *k);
    let total = |kept: &[Column]| kept.iter().map(|&c| need(c) + 1).sum::<u16>() + 1;
    let mut kept = shown.clone();
    let mut gone: Vec<Column> = Vec::new();
    for (_, drop) in giving_way {
        if total(&kept) <= width {
            break;
        }
        kept.retain(|&c| c != drop);
        gone.push(drop);
    }
    for back in gone.into_iter().rev() {
        // With its separator.
        if total(&kept) + need(back) < width {
            kept.push(back);
        }
    }
    let mut cols: Vec<(Column, u16)> = shown
        .iter()
        .filter(|c| kept.contains(c))
        .map(|&c| (c, need(c)))
        .collect();
    let total = |c: &[(Column, u16)]| c.iter().map(|(_, w)| w + 1).sum::<u16>() + 1;
    // Still too wide (a narrow screen sorted by a column that would have
    // given way): the verdict's words, the name and the coverage narrow,
    // never below their heading.
    for narrow in [Column::STATUS, Column::NAME, Column::COVERAGE] {
        let over = total(&cols).saturating_sub(width);
        if over == 0 {
            break;
        }
        if let Some((c, w)) = cols.iter_mut().find(|(c, _)| *c == narrow) {
            let least = text::width(&heading_text(app, *c)).max(7);
            *w = w.saturating_sub(over).max(least);
        }
    }
    // Room no column fits goes to the name, for a search's longer
    // `name ← merged unit` or `name (alias)`.
    let spare = width.saturating_sub(total(&cols));
    if let Some((_, w)) = cols.iter_mut().find(|(c, _)| *c == Column::NAME) {
        *w += spare.min(16);
    }
    cols
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    render_window(app, t, area, buf, None);
}

/// The table from row `page` on, when given (a page of a snapshot, with no
/// scrollbar), or else the window that keeps the selection in view.
pub fn render_window(app: &App, t: &Theme, area: Rect, buf: &mut Buffer, page: Option<usize>) {
    let m = &app.model;
    let [table_area, foot] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let title = provinces::title(app.lang, m, app.era, app.level, app.rows.len());
    let block = Block::bordered()
        .border_style(t.border)
        .title(format!(" {title} "));
    let inner = block.inner(table_area);
    block.render(table_area, buf);
    // The scrollbar and the selection marker take a column each.
    let cols = columns(app, inner.width.saturating_sub(2));
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
    // A snapshot marks no row: it shows the table, not where the cursor was.
    let mut state = TableState::default().with_selected(
        app.selected
            .checked_sub(start)
            .filter(|&k| k < visible.len() && page.is_none()),
    );
    let [table_inner, _] = inner.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    StatefulWidget::render(table, table_inner, buf, &mut state);
    if app.rows.is_empty() {
        let empty = inner.inner(Margin::new(2, 2));
        let emptied = provinces::Emptied {
            filter: app.filter,
            search: app.search.as_deref(),
            // A page is a snapshot's: a file, where no key acts.
            in_file: page.is_some(),
        };
        let why = provinces::empty(app.lang, m, app.era, app.level, emptied);
        Paragraph::new(why)
            .style(t.dim)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(empty, buf);
    }
    let mut scroll = ScrollbarState::new(app.rows.len().saturating_sub(height)).position(start);
    let scrollbar_area = if page.is_some() {
        Rect::default()
    } else {
        table_area.inner(Margin::new(0, 1))
    };
    Scrollbar::new(ScrollbarOrientation::VerticalRight).render(scrollbar_area, buf, &mut scroll);
    // What does not fit the line is left out whole; only the rows on
    // screen are looked at: a frame never walks the table.
    let pieces = provinces::foot(app.lang, m, app.era, visible);
    let mut note = String::new();
    for piece in pieces {
        let joined = if note.is_empty() {
            format!(" {piece}")
        } else {
            format!("{note} · {piece}")
        };
        if text::width(&joined) <= foot.width {
            note = joined;
        }
    }
    Paragraph::new(Line::from(Span::styled(note, t.dim))).render(foot, buf);
}

/// The heading as it reads: the sorted column's with its arrow.
fn heading_text(app: &App, c: Column) -> String {
    provinces::heading(app.lang, c, app.level, app.sort, app.descending)
}

fn heading(app: &App, c: Column) -> Text<'static> {
    let text = heading_text(app, c);
    if c.spec().right {
        Text::from(text).right_aligned()
    } else {
        Text::from(text)
    }
}

fn row<'a>(app: &App, t: &Theme, cols: &[(Column, u16)], position: usize, i: usize) -> Row<'a> {
    let m = &app.model;
    let Some(p) = m.progress(i, app.era) else {
        return Row::new(Vec::<Cell<'_>>::new());
    };
    let name = provinces::matched_name(m, i, app.era, app.search.as_deref());
    let figures = present::Row {
        m,
        i,
        p,
        name: &name,
        position,
    };
    let cells: Vec<Cell<'a>> = cols
        .iter()
        .map(|&(c, width)| {
            let width = usize::from(width);
            let style = match c {
                Column::GAP | Column::STATUS => t.status(p.status),
                _ => Style::new(),
            };
            let span = match c {
                // The screen draws the trend, where exports give its slope.
                Column::TREND => {
                    let values: Vec<f64> =
                        m.points(i, app.era).judged().map(|x| x.coverage).collect();
                    Span::styled(widgets::sparkline(&values, width), t.series)
                }
                _ => {
                    let shown = c.value(&figures, app.lang).show(app.lang);
                    let shown = if c.marks_after() {
                        present::with_mark_cell(shown)
                    } else {
                        shown
                    };
                    Span::styled(text::truncate(&shown, width), style)
                }
            };
            if c.spec().right {
                Cell::from(Text::from(span).right_aligned())
            } else {
                Cell::from(span)
            }
        })
        .collect();
    Row::new(cells)
}
