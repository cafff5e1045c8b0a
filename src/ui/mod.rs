//! Drawing the dashboard: pure functions from `&App` to a buffer. Nothing
//! here changes state or recomputes what the model derived at load.

pub mod ascii;
pub(crate) mod cells;
pub(crate) mod chart;
mod export_menu;
mod help;
mod notes;
mod overview;
mod problems;
mod province;
mod provinces;
mod sources;
pub mod theme;
mod timeline;
mod units;
mod why;
mod widgets;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget};

use crate::app::{App, Screen};
use crate::present::chrome;
use crate::text;
pub use cells::truncate;
use theme::Theme;

/// Below this the screens cannot show what they must.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

pub fn theme(app: &App) -> &'static Theme {
    if app.mono {
        &theme::MONO
    } else {
        &theme::COLOR
    }
}

/// Draws the whole dashboard into `buf`: the terminal's frame, or an
/// off-screen buffer for export.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let t = theme(app);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let w = text::words(app.lang);
        // Wrapped, so that it fits down to a few cells across.
        Paragraph::new(w.too_small)
            .style(t.emphasis)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(area, buf);
        if app.ascii {
            ascii::fold(buf, area);
        }
        return;
    }
    let [title, tabs, body, status] = frame(area);
    render_title(app, t, title, buf);
    render_tabs(app, t, tabs, buf);
    render_screen(app, t, body, buf, false);
    render_status(app, t, status, buf);
    problems::render(app, t, area, buf);
    sources::render(app, t, area, buf);
    why::render(app, t, area, buf);
    export_menu::render(app, t, area, buf);
    if app.help {
        help::render(app, t, area, buf);
    }
    if app.ascii {
        ascii::fold(buf, area);
    }
}

/// Title, tabs, the screen's body and the status line, top to bottom.
fn frame(area: Rect) -> [Rect; 4] {
    area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]))
}

/// Rows the Provinces table spends on its borders, header and footnote
/// (`provinces::render_window`).
const TABLE_CHROME_ROWS: u16 = 4;

/// How many rows of the table a terminal of this size shows: what a page
/// is for PgUp/PgDn and scrolling.
pub fn table_rows(width: u16, height: u16) -> usize {
    let [_, _, body, _] = frame(Rect::new(0, 0, width, height));
    usize::from(body.height.saturating_sub(TABLE_CHROME_ROWS)).max(1)
}

/// The current screen alone, without title, tabs and status line: what a
/// snapshot holds under its own header.
pub fn render_body(app: &App, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if !area.is_empty() {
        render_screen(app, theme(app), area, buf, true);
    }
}

/// Rows a snapshot's body needs so that nothing is cut: every milestone of
/// the timeline, every unit and source of a province.
pub fn snapshot_height(app: &App, width: u16) -> u16 {
    match app.screen {
        Screen::Overview => overview::snapshot_height(app.model.tops.len()),
        // Top border, header, the rows, bottom border, footnote.
        // An empty table keeps room to say why it is empty.
        Screen::Provinces if app.rows.is_empty() => 8,
        Screen::Provinces => u16::try_from(app.rows.len() + 4).unwrap_or(u16::MAX),
        Screen::Province => province::snapshot_height(app, width),
        Screen::Timeline => u16::try_from(app.model.milestones.len() + 14).unwrap_or(u16::MAX),
    }
}

/// One page of the table for a snapshot: rows from `first` on, as many as
/// fit `area`, with no scrollbar.
pub fn render_table_page(app: &App, area: Rect, buf: &mut Buffer, first: usize) {
    let area = area.intersection(buf.area);
    if !area.is_empty() {
        provinces::render_window(app, theme(app), area, buf, Some(first));
    }
}

/// `snapshot`: drawn for a file, where a province is always drawn with
/// its chart (its table of figures follows the screen in every export),
/// so that `tiendo export` gives the same bytes whatever `v` showed.
fn render_screen(app: &App, t: &Theme, body: Rect, buf: &mut Buffer, snapshot: bool) {
    match app.screen {
        Screen::Overview => overview::render(app, t, body, buf),
        Screen::Provinces => provinces::render(app, t, body, buf),
        Screen::Province => province::render(app, t, body, buf, snapshot),
        Screen::Timeline => timeline::render(app, t, body, buf),
    }
}

fn render_title(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    // An earlier day is said in place of the data's date, and stands out.
    let style = if app.model.as_of().is_some() {
        t.emphasis
    } else {
        t.dim
    };
    // The judging day is never cut; the dataset's label gives way first,
    // then the data's date, then the title.
    const NAME: &str = " tiendo · ";
    /// What the title keeps at least, while the days give way.
    const TITLE_ROOM: usize = 16;
    let title = &app.model.meta.title;
    let days = chrome::title_days(app.lang, &app.model);
    let room = |right: &str| {
        usize::from(area.width)
            .saturating_sub(usize::from(cells::width(NAME) + cells::width(right)))
    };
    let mut candidates: Vec<String> = days
        .first()
        .map(|d| format!("{} · {d} ", app.dataset_label))
        .into_iter()
        .collect();
    candidates.extend(days.iter().map(|d| format!("{d} ")));
    let whole = usize::from(cells::width(title));
    let right = candidates
        .iter()
        // Two spaces at least between the title and the days.
        .position(|r| room(r) > whole + 1)
        .or_else(|| candidates.iter().position(|r| room(r) > TITLE_ROOM))
        .and_then(|k| candidates.get(k))
        .or(candidates.last())
        .cloned()
        .unwrap_or_default();
    let title = cells::truncate(title, room(&right).saturating_sub(1));
    let [left, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(cells::width(&right)),
    ]));
    Paragraph::new(Line::from(vec![
        Span::styled(" tiendo", t.title),
        Span::raw(" · "),
        Span::styled(title, t.emphasis),
    ]))
    .render(left, buf);
    Paragraph::new(Span::styled(right, style)).render(right_area, buf);
}

fn render_tabs(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let titles: Vec<String> = Screen::ALL
        .iter()
        .map(|s| chrome::tab(app.lang, *s))
        .collect();
    Tabs::new(titles)
        .select(app.screen.index())
        .style(t.tab)
        .highlight_style(t.tab_active)
        .divider(" ")
        .render(area, buf);
}

fn render_status(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let w = text::words(app.lang);
    let width = usize::from(area.width);
    // A message takes the line in full until the next key.
    if let (None, Some(n)) = (&app.search, &app.notice) {
        let line = format!(" {}", chrome::notice(app.lang, n, width.saturating_sub(2)));
        Paragraph::new(line).style(t.status_line).render(area, buf);
        return;
    }
    // The map shown, by its count, only when the data has two; sort and
    // filter only where they act: the table's order.
    let order = (app.screen == Screen::Provinces).then_some(chrome::Order {
        sort: app.sort,
        descending: app.descending,
        filter: app.filter,
    });
    let line =
        |compact| chrome::view_line(app.lang, &app.model, app.screen, app.era, order, compact);
    // The map's count loses its word before the help's hint is lost.
    let help = crate::input::hints()
        .first()
        .map_or(0, |(key, h)| cells::width(&chrome::hint(key, (h.word)(w))));
    let mut core = line(false);
    if usize::from(cells::width(&core) + help) + 3 > width {
        core = line(true);
    }
    // The dataset and its date lead the line when there is room for them
    // beside the hints; the view, sort and filter always show.
    let as_of = chrome::figures_to(app.lang, &app.model);
    let spare = width.saturating_sub(usize::from(cells::width(&core)) + 40);
    let right = [
        format!("{} · {as_of} · {core} ", app.dataset_label),
        format!("{as_of} · {core} "),
    ]
    .into_iter()
    .find(|r| usize::from(cells::width(r)) <= usize::from(cells::width(&core)) + 1 + spare)
    .unwrap_or(format!("{core} "));
    let right = cells::truncate(&right, width);
    let room = width.saturating_sub(usize::from(cells::width(&right)) + 1);
    let left = match &app.search {
        // What is being typed stays in sight: a long query loses its start.
        Some(q) => {
            let lead = format!(" {} ", chrome::search_lead(app.lang));
            let keep = room.saturating_sub(usize::from(cells::width(&lead)) + 1);
            format!("{lead}{}▏", text::truncate_start(q, keep))
        }
        // While the rest of a large dataset is read, how far it has come
        // says why some keys wait.
        None if let Some(loading) = app.rest => {
            format!(
                " {}",
                cells::truncate(&chrome::reading(app.lang, loading), room.saturating_sub(1))
            )
        }
        None => {
            // As many hints as fit, whole.
            let hints = crate::input::hints()
                .into_iter()
                .map(|(key, h)| chrome::hint(key, (h.word)(w)));
            let mut line = String::new();
            for h in hints {
                let next = if line.is_empty() {
                    format!(" {h}")
                } else {
                    format!("{line} · {h}")
                };
                if usize::from(cells::width(&next)) > room {
                    break;
                }
                line = next;
            }
            line
        }
    };
    let [l, r] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(cells::width(&right)),
    ]));
    Paragraph::new(left).style(t.status_line).render(l, buf);
    Paragraph::new(right).style(t.status_line).render(r, buf);
}
