//! The txt snapshot: a header, then the screen rendered by the dashboard's
//! own code into an off-screen buffer tall enough for every row.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
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
    let mut facts = vec![
        // As the screen's status line says it: an earlier day set with
        // `--as-of` is as far as the figures shown go.
        (
            w.data_to.to_string(),
            crate::present::chrome::figures_to(app.lang, &app.model),
        ),
        // Always named: a snapshot is read long after the day it judged.
        (
            w.judged_on.to_string(),
            text::date(app.lang, app.model.today),
        ),
        (w.view.to_string(), view_label(app)),
        (
            w.sort.to_string(),
            crate::present::sorted_by(app.lang, app.sort, app.descending),
        ),
        (w.filter.to_string(), text::filter(app.lang, app.filter)),
        (w.language.to_string(), app.lang.code().to_string()),
        (
            w.taken.to_string(),
            super::dashboard::taken_shown(app.lang, taken),
        ),
        // What reruns it: the same bytes, but for the time it was taken.
        (w.command.to_string(), app.export_command(format, width)),
    ];
    // Figures dated after the judging day, left out: said after that day.
    let left_out = app.model.left_out();
    if left_out > 0 {
        let said = text::left_out(app.lang, left_out, app.model.now);
        facts.insert(2, (w.left_out_word.to_string(), said));
    }
    (title, facts)
}

/// The view and its era: "Tỉnh, thành: Bắc Ninh (34 tỉnh, thành)".
pub fn view_label(app: &App) -> String {
    let era = text::EraLabel::of(&app.model, app.era).label(app.lang);
    let mut view = app.screen.name(app.lang).to_string();
    if app.screen == Screen::Province
        && let Some(l) = app.province().and_then(|i| app.model.locality(i))
    {
        view = format!("{view}: {}", l.name);
    }
    format!("{view} ({era})")
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
    let mut out = Text(String::new());
    walk(app, Format::Txt, width, taken, page_rows, &mut out);
    out.0
}

/// Where a snapshot goes, piece by piece: lines of plain text, and the rows
/// of the screen rendered off-screen (the symbols shown, each with its
/// cell: `snapshot::visible`), in the order the snapshot shows them.
pub trait Sink {
    fn line(&mut self, line: &str);
    fn row(&mut self, shown: &[(&str, &Cell)]);
    /// The header's command: a line that may run past the width.
    fn command(&mut self, line: &str) {
        self.line(line);
    }
}

/// The plain text of a snapshot.
struct Text(String);

impl Sink for Text {
    fn line(&mut self, line: &str) {
        self.0.push_str(&snapshot::clean(line));
        self.0.push('\n');
    }

    fn row(&mut self, shown: &[(&str, &Cell)]) {
        let line: String = shown.iter().map(|(s, _)| *s).collect();
        self.line(&line);
    }
}

/// Every piece of the snapshot of what `app` shows, into `sink`: the header,
/// a blank line, the screen drawn into off-screen buffers (the table
/// `page_rows` at a time), and for a province the reasons of its verdict.
/// The txt and html snapshots are both made by this walk.
pub fn walk(
    app: &App,
    format: Format,
    width: u16,
    taken: &str,
    page_rows: usize,
    sink: &mut impl Sink,
) {
    if app.ascii {
        walk_into(app, format, width, taken, page_rows, &mut Ascii(sink));
    } else {
        walk_into(app, format, width, taken, page_rows, sink);
    }
}

/// A sink given only ASCII symbols (`--ascii`): the header, the screen and
/// the tables after it alike.
struct Ascii<'a, S: Sink>(&'a mut S);

impl<S: Sink> Sink for Ascii<'_, S> {
    fn line(&mut self, line: &str) {
        self.0.line(&ui::ascii::text(line));
    }

    fn row(&mut self, shown: &[(&str, &Cell)]) {
        let symbols: Vec<String> = shown.iter().map(|(s, _)| ui::ascii::text(s)).collect();
        let folded: Vec<(&str, &Cell)> = symbols
            .iter()
            .zip(shown)
            .map(|(s, (_, cell))| (s.as_str(), *cell))
            .collect();
        self.0.row(&folded);
    }

    fn command(&mut self, line: &str) {
        self.0.command(&ui::ascii::text(line));
    }
}

fn walk_into(
    app: &App,
    format: Format,
    width: u16,
    taken: &str,
    page_rows: usize,
    sink: &mut impl Sink,
) {
    let mut header = header_lines(app, format, width, taken);
    let command = header.pop().unwrap_or_default();
    for line in header {
        sink.line(&line);
    }
    sink.command(&command);
    sink.line("");
    let mut body = Body {
        sink: &mut *sink,
        blank: 0,
        shown: false,
    };
    if app.screen == Screen::Provinces && !app.rows.is_empty() {
        table_pages(app, width, page_rows.max(1), &mut body);
    } else {
        let area = Rect::new(0, 0, width, ui::snapshot_height(app, width));
        let mut buf = Buffer::empty(area);
        if app.screen == Screen::Provinces {
            // An empty table drawn as a snapshot's page: why it is empty
            // is said for a file, naming flags where the screen names keys.
            ui::render_table_page(app, area, &mut buf, 0);
        } else {
            ui::render_body(app, area, &mut buf);
        }
        for row in rows(&buf) {
            body.row(row);
        }
    }
    // A screen with nothing drawn still leaves its line.
    if !body.shown {
        sink.line("");
    }
    if app.screen == Screen::Province {
        // The figures over time as numbers, then the verdict's reasons.
        if let Some(i) = app.province() {
            let figures = super::history::txt(&app.model, i, app.era, app.lang, usize::from(width));
            for line in figures.lines() {
                sink.line(line);
            }
        }
        for line in reasons(app, usize::from(width)) {
            sink.line(&line);
        }
    }
}

/// The screen's rows without the blank ones at the end: a blank row is
/// held back until a row with something on it follows.
struct Body<'a, S: Sink> {
    sink: &'a mut S,
    blank: usize,
    shown: bool,
}

impl<S: Sink> Body<'_, S> {
    fn row(&mut self, row: &[Cell]) {
        let shown = snapshot::visible(row);
        if shown.is_empty() {
            self.blank += 1;
            return;
        }
        for _ in 0..std::mem::take(&mut self.blank) {
            self.sink.line("");
        }
        self.sink.row(&shown);
        self.shown = true;
    }
}

/// The header of the snapshot in `format`: the title, then the facts,
/// the command last on a line of its own, never broken nor cut, even past
/// the width: that line pasted into a shell writes this file again.
pub fn header_lines(app: &App, format: Format, width: u16, taken: &str) -> Vec<String> {
    let (title, facts) = header(app, taken, format, width);
    let pieces: Vec<String> = facts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    let (command, pieces) = match pieces.split_last() {
        Some((last, rest)) => (last.clone(), rest),
        None => (String::new(), &[][..]),
    };
    let mut lines = vec![cut(&title, usize::from(width))];
    lines.extend(wrap(pieces, " · ", usize::from(width)));
    lines.push(command);
    lines
}

fn rows(buf: &Buffer) -> std::slice::Chunks<'_, Cell> {
    buf.content.chunks(usize::from(buf.area.width).max(1))
}

/// The table page by page: the first page gives the top border and header,
/// the last the bottom border and footnote, every page its rows.
fn table_pages<S: Sink>(app: &App, width: u16, page_rows: usize, body: &mut Body<'_, S>) {
    // A buffer is at most u16::MAX rows high: a page must fit one.
    let page_rows = page_rows.min(usize::from(u16::MAX) - 8);
    let n = app.rows.len();
    let mut first = 0;
    while first < n {
        let count = (n - first).min(page_rows);
        let last = first + count >= n;
        let height = u16::try_from(count + 4).unwrap_or(u16::MAX);
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        ui::render_table_page(app, area, &mut buf, first);
        let from = if first == 0 { 0 } else { 2 };
        let to = if last { usize::from(height) } else { 2 + count };
        for row in rows(&buf).skip(from).take(to.saturating_sub(from)) {
            body.row(row);
        }
        first += count;
    }
}

/// The reasons of the province's verdict under their heading, as the `w`
/// panel gives them, lines no wider than `width`, after a blank line.
fn reasons(app: &App, width: usize) -> Vec<String> {
    use crate::present::reason::{self, Line};
    let Some(i) = app.province() else {
        return Vec::new();
    };
    let mut out = vec![String::new(), cut(text::words(app.lang).why.heading, width)];
    for line in reason::lines(&app.model, i, app.era, app.lang) {
        let (lead, rest) = match line {
            Line::Heading(_) => ("", ""),
            Line::Text(_) => ("  ", "  "),
            Line::Item(_) => ("  • ", "    "),
        };
        let words: Vec<String> = line.text().split(' ').map(String::from).collect();
        let room = width.saturating_sub(rest.len());
        for (k, l) in wrap(&words, " ", room).into_iter().enumerate() {
            out.push(format!("{}{l}", if k == 0 { lead } else { rest }));
        }
    }
    out
}

/// Joins pieces with `sep` into lines no wider than `width`.
pub(super) fn wrap(pieces: &[String], sep: &str, width: usize) -> Vec<String> {
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

pub(super) fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        s.to_string()
    } else {
        ui::truncate(s, width)
    }
}
