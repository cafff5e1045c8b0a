//! The txt snapshot: a header, then the screen rendered by the dashboard's
//! own code into an off-screen buffer tall enough for every row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthStr;

use super::snapshot;
use crate::app::{App, Format, Screen};
use crate::text;
use crate::ui;

/// The header's facts: title, dataset date, view, sort, filter, language, when.
/// The command, last, is the one that writes this snapshot in `format`
/// at `width` columns.
pub fn header(
    app: &App,
    taken: &str,
    format: Format,
    width: u16,
) -> (String, Vec<(String, String)>) {
    let w = text::words(app.lang);
    let title = format!("tiendo · {}", app.model.meta.title);
    let era = text::EraLabel::of(&app.model, app.era).label(app.lang);
    let mut view = app.screen.name(app.lang).to_string();
    if app.screen == Screen::Province
        && let Some(l) = app.province().and_then(|i| app.model.locality(i))
    {
        view = format!("{view}: {}", l.name);
    }
    let facts = vec![
        (
            w.data_to.to_string(),
            text::date(app.lang, app.model.meta.as_of),
        ),
        // Always named: a snapshot is read long after the day it judged.
        (
            w.judged_on.to_string(),
            text::date(app.lang, app.model.today),
        ),
        (w.view.to_string(), format!("{view} ({era})")),
        (
            w.sort.to_string(),
            crate::present::sorted_by(app.lang, app.sort, app.descending),
        ),
        (w.filter.to_string(), text::filter(app.lang, app.filter)),
        (w.language.to_string(), app.lang.code().to_string()),
        (w.taken.to_string(), taken.to_string()),
        // What reruns it: the same bytes, but for the time it was taken.
        (w.command.to_string(), app.export_command(format, width)),
    ];
    (title, facts)
}

/// Table rows drawn at a time for a snapshot: a 100,000-row table is drawn
/// page by page, so memory stays that of one page.
pub const PAGE_ROWS: usize = 2_000;

pub fn render(app: &App, width: u16, taken: &str) -> String {
    render_paged(app, width, taken, PAGE_ROWS)
}

/// The snapshot with the table drawn `page_rows` at a time: the text is
/// the same for any page size.
pub fn render_paged(app: &App, width: u16, taken: &str, page_rows: usize) -> String {
    let (title, facts) = header(app, taken, Format::Txt, width);
    let mut out = String::new();
    out.push_str(&cut(&title, usize::from(width)));
    out.push('\n');
    let pieces: Vec<String> = facts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    // The command comes last, on a line of its own never broken nor cut,
    // even past the width: its line pasted into a shell writes this file.
    let (command, pieces) = match pieces.split_last() {
        Some((last, rest)) => (last.clone(), rest),
        None => (String::new(), &[][..]),
    };
    let mut lines = wrap(pieces, " · ", usize::from(width));
    lines.push(command);
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    let body = if app.screen == Screen::Provinces && !app.rows.is_empty() {
        table_pages(app, width, page_rows.max(1))
    } else if app.screen == Screen::Provinces {
        // An empty table drawn as a snapshot's page: why it is empty is
        // said for a file, naming flags where the screen names keys.
        let area = Rect::new(0, 0, width, ui::snapshot_height(app, width));
        let mut buf = Buffer::empty(area);
        ui::render_table_page(app, area, &mut buf, 0);
        snapshot::buffer_text(&buf)
    } else {
        let area = Rect::new(0, 0, width, ui::snapshot_height(app, width));
        let mut buf = Buffer::empty(area);
        ui::render_body(app, area, &mut buf);
        snapshot::buffer_text(&buf)
    };
    out.push_str(body.trim_end_matches('\n'));
    out.push('\n');
    if app.screen == Screen::Province {
        out.push_str(&reasons(app, usize::from(width)));
    }
    // Plain text in NFC, whatever the terminal would have made of it.
    out.nfc()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

/// The table page by page: the first page gives the top border and header,
/// the last the bottom border and footnote, every page its rows.
fn table_pages(app: &App, width: u16, page_rows: usize) -> String {
    // A buffer is at most u16::MAX rows high: a page must fit one.
    let page_rows = page_rows.min(usize::from(u16::MAX) - 8);
    let n = app.rows.len();
    let mut out = String::new();
    let mut first = 0;
    while first < n {
        let count = (n - first).min(page_rows);
        let last = first + count >= n;
        let height = u16::try_from(count + 4).unwrap_or(u16::MAX);
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        ui::render_table_page(app, area, &mut buf, first);
        let text = snapshot::buffer_text(&buf);
        let lines: Vec<&str> = text.lines().collect();
        let from = if first == 0 { 0 } else { 2 };
        let to = if last { lines.len() } else { 2 + count };
        for line in lines.get(from..to.min(lines.len())).unwrap_or(&[]) {
            out.push_str(line);
            out.push('\n');
        }
        first += count;
    }
    out
}

/// The reasons of the province's verdict under their heading, as the `w`
/// panel gives them, lines no wider than `width`.
fn reasons(app: &App, width: usize) -> String {
    use crate::present::reason::{self, Line};
    let Some(i) = app.province() else {
        return String::new();
    };
    let mut out = format!("\n{}\n", cut(text::words(app.lang).why.heading, width));
    for line in reason::lines(&app.model, i, app.era, app.lang) {
        let (lead, rest) = match line {
            Line::Heading(_) => ("", ""),
            Line::Text(_) => ("  ", "  "),
            Line::Item(_) => ("  • ", "    "),
        };
        let words: Vec<String> = line.text().split(' ').map(String::from).collect();
        let room = width.saturating_sub(rest.len());
        for (k, l) in wrap(&words, " ", room).into_iter().enumerate() {
            out.push_str(if k == 0 { lead } else { rest });
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

/// Joins pieces with `sep` into lines no wider than `width`.
fn wrap(pieces: &[String], sep: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for p in pieces {
        let candidate = if line.is_empty() {
            p.clone()
        } else {
            format!("{line}{sep}{p}")
        };
        if candidate.width() <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = p.clone();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(|l| cut(&l, width)).collect()
}

fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        s.to_string()
    } else {
        ui::truncate(s, width)
    }
}
