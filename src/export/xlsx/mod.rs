//! The xlsx snapshot: the view's table as on screen with every column, then
//! each listed unit's figures over time and targets with their verdicts,
//! then the milestones. Cells hold numbers and dates, not their text;
//! status cells are coloured as the screen colours them.

mod sheets;

use rust_xlsxwriter::{Color, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::grid::{Cell, Grid};
use super::table;
use crate::app::{App, Screen};
use crate::model::Status;
use crate::model::schema::Precision;
use crate::text::{self, Lang};
use crate::ui::theme;

/// The workbook of what `app` shows; `taken` as the txt header says it.
pub fn render(app: &App, taken: &str) -> Result<Vec<u8>, XlsxError> {
    let lang = app.lang;
    let s = text::sheet_words(lang);
    let (title, facts) =
        super::txt::header(app, taken, crate::app::Format::Xlsx, super::DEFAULT_WIDTH);
    let mut head = vec![title];
    head.extend(facts.iter().map(|(k, v)| format!("{k}: {v}")));
    let table = table::locality_table(app);
    let listed = super::listed::listed(app);
    let first = if app.screen == Screen::Timeline {
        s.milestones_sheet
    } else {
        s.units_sheet
    };
    let mut grids = vec![(first, Grid::of(lang, &table))];
    if !listed.is_empty() {
        grids.push((
            s.figures_sheet,
            Grid::of(app.lang, &super::history::figures_of(app, &listed)),
        ));
        grids.push((s.targets_sheet, sheets::targets(app, &listed)));
    }
    if app.screen != Screen::Timeline {
        let milestones = super::timeline::list(app, false);
        grids.push((s.milestones_sheet, Grid::of(lang, &milestones)));
    }
    book(lang, app.model.today, &head, &grids)
}

/// The workbook of `grids`, each a sheet under `head`, created on `day`.
fn book(
    lang: Lang,
    day: chrono::NaiveDate,
    head: &[String],
    grids: &[(&str, Grid)],
) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut book = Workbook::new();
    // The judging day as the file's creation date: the same data, view
    // and day give the same workbook.
    let day = date_time(day)?;
    book.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&day));
    for (name, grid) in grids {
        // A long sheet streams its rows to a temporary file instead of
        // holding every cell: 100,000 communes' figures are millions.
        let sheet = if grid.rows.len() > LONG {
            book.add_worksheet_with_low_memory()?
        } else {
            book.add_worksheet()
        };
        sheet.set_name(*name)?;
        write(sheet, lang, head, grid, &styles)?;
    }
    book.save_to_buffer()
}

/// `head` a line a row, a blank row, then `grid` under a frozen header
/// row with an autofilter.
fn write(
    sheet: &mut Worksheet,
    lang: Lang,
    head: &[String],
    grid: &Grid,
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (r, line) in (0u32..).zip(head) {
        let style = if r == 0 { &styles.title } else { &styles.plain };
        sheet.write_string_with_format(r, 0, line, style)?;
    }
    let top = u32::try_from(head.len()).unwrap_or(u32::MAX - 1) + 1;
    let mut widths: Vec<usize> = grid.headers.iter().map(|h| h.width()).collect();
    for (c, h) in (0u16..).zip(&grid.headers) {
        sheet.write_string_with_format(top, c, h, &styles.header)?;
    }
    let kept = kept(grid.rows.len(), top, ROWS);
    for (r, row) in (top + 1..).zip(grid.rows.iter().take(kept)) {
        for ((c, cell), width) in (0u16..).zip(row).zip(widths.iter_mut()) {
            *width = (*width).max(put(sheet, lang, r, c, cell, styles)?);
        }
    }
    let last_row = top + u32::try_from(kept).unwrap_or(0);
    if kept < grid.rows.len() {
        // Said on the sheet's last row, under the filter.
        let cut = (text::sheet_words(lang).rows_cut)(grid.rows.len() - kept);
        sheet.write_string_with_format(last_row + 1, 0, cut, &styles.title)?;
    }
    sheet.set_freeze_panes(top + 1, 0)?;
    // Printed for a meeting: A4 across, the header row on every page.
    sheet.set_paper_size(A4).set_landscape();
    sheet.set_repeat_rows(top, top)?;
    let last_col = u16::try_from(grid.headers.len().saturating_sub(1)).unwrap_or(0);
    sheet.autofilter(top, 0, last_row, last_col)?;
    // Wide enough for the header or the longest cell, up to a readable
    // column: long notes and sources wrap nothing, they are cut on screen
    // and whole in the cell.
    for (c, width) in (0u16..).zip(&widths) {
        let w = u16::try_from((*width).clamp(6, 60)).unwrap_or(60);
        sheet.set_column_width(c, f64::from(w) + 2.0)?;
    }
    Ok(())
}

/// The paper a sheet prints on, as Excel numbers it.
const A4: u8 = 9;

/// Rows past which a sheet is written in rust_xlsxwriter's low-memory mode.
const LONG: usize = 20_000;

/// The rows a sheet holds (Excel's limit).
const ROWS: u32 = 1_048_576;

/// The characters a cell holds (Excel's limit).
const CELL_CHARS: usize = 32_767;

/// How many of `rows` fit under a header on row `top` (from 0) of a sheet
/// of `limit` rows: all, or as many as leave a last row to say how many
/// were left out.
fn kept(rows: usize, top: u32, limit: u32) -> usize {
    let room = usize::try_from(limit.saturating_sub(top + 1)).unwrap_or(usize::MAX);
    if rows <= room {
        rows
    } else {
        room.saturating_sub(1)
    }
}

/// `s` as a cell holds it: cut with `…` past Excel's limit, which a note
/// or source of a hostile file may pass; a workbook of data that loaded is
/// always written.
fn fits(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(CELL_CHARS - 1) {
        Some((end, _)) if s.chars().count() > CELL_CHARS => {
            format!("{}…", s.get(..end).unwrap_or_default()).into()
        }
        _ => s.into(),
    }
}

/// Writes `cell`; returns how many columns its text takes, for the width.
fn put(
    sheet: &mut Worksheet,
    lang: Lang,
    r: u32,
    c: u16,
    cell: &Cell,
    styles: &Styles,
) -> Result<usize, XlsxError> {
    match cell {
        Cell::Empty | Cell::Flag(false) => return Ok(0),
        Cell::Text(s) => sheet.write_string_with_format(r, c, fits(s), &styles.plain)?,
        Cell::Flag(true) => sheet.write_string_with_format(r, c, "x", &styles.plain)?,
        // The number the csv writes, two decimals as every figure is shown:
        // the same value read back from either file.
        Cell::Number(x) => {
            let shown = format!("{x:.2}").parse().unwrap_or(*x);
            sheet.write_number_with_format(r, c, shown, &styles.decimal)?
        }
        Cell::Count(n) => {
            // People: far below 2^53, exact as a float.
            #[allow(clippy::cast_precision_loss)]
            let n = *n as f64;
            sheet.write_number_with_format(r, c, n, &styles.count)?
        }
        Cell::Year(y) => sheet.write_number_with_format(r, c, f64::from(*y), &styles.year)?,
        Cell::Date(d, Precision::Year) => sheet.write_number_with_format(
            r,
            c,
            f64::from(chrono::Datelike::year(d)),
            &styles.year,
        )?,
        Cell::Date(d, p) => {
            let style = if *p == Precision::Month {
                &styles.month
            } else {
                &styles.date
            };
            match date_time(*d) {
                Ok(day) => sheet.write_datetime_with_format(r, c, day, style)?,
                // Before 1900 Excel has no date: the day as the csv writes it.
                Err(_) => {
                    sheet.write_string_with_format(r, c, text::iso_date(*d, *p), &styles.plain)?
                }
            }
        }
        Cell::Status(s) => {
            sheet.write_string_with_format(r, c, text::status(lang, *s), styles.status(*s))?
        }
        Cell::Judged(words, s) => {
            sheet.write_string_with_format(r, c, fits(words), styles.status(*s))?
        }
    };
    let shown = match cell {
        Cell::Text(s) | Cell::Judged(s, _) => s.chars().take(100).collect(),
        _ => super::csv_text::cell(lang, cell, super::CsvStyle::Plain),
    };
    Ok(shown.width().max(10))
}

fn date_time(d: chrono::NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Datelike;
    let year = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    // Month and day always fit: 1–12 and 1–31.
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

/// The cell formats. A format code in an xlsx file is written in one
/// syntax whatever the locale (`.` before decimals, `,` between
/// thousands); Excel shows it with the reader's own marks. So `#,##0`
/// reads 3.319.601 and `0.00` reads 88,19 in Excel set to vi-VN, as the
/// screen writes them, and the usual way in other locales. Percentages
/// stay the numbers the screen shows (88,19, not Excel's 0,8819 shown as
/// a percent), with two decimals. Years have no thousands mark (2026, not
/// 2.026). Dates are spelled `dd/mm/yyyy`, not Excel's short date, which
/// follows the reader's locale (m/d/yyyy in en-US).
struct Styles {
    title: Format,
    plain: Format,
    header: Format,
    decimal: Format,
    count: Format,
    year: Format,
    date: Format,
    month: Format,
    /// Per status colour of the screen's theme.
    statuses: Vec<(Status, Format)>,
}

impl Styles {
    fn new() -> Self {
        let statuses = Status::ALL
            .iter()
            .map(|&s| {
                let (fill, font) = status_colors(s);
                (
                    s,
                    Format::new()
                        .set_background_color(Color::RGB(fill))
                        .set_font_color(Color::RGB(font)),
                )
            })
            .collect();
        Styles {
            title: Format::new().set_bold(),
            plain: Format::new(),
            header: Format::new().set_bold().set_text_wrap(),
            decimal: Format::new().set_num_format("0.00"),
            count: Format::new().set_num_format("#,##0"),
            year: Format::new().set_num_format("0"),
            date: Format::new().set_num_format("dd/mm/yyyy"),
            month: Format::new().set_num_format("mm/yyyy"),
            statuses,
        }
    }

    fn status(&self, s: Status) -> &Format {
        self.statuses
            .iter()
            .find(|(x, _)| *x == s)
            .map_or(&self.plain, |(_, f)| f)
    }
}

/// The fill and the text colour of a status cell: the colour the screen's
/// theme gives the status, as a terminal's palette draws it, under text
/// that stays readable on it.
pub fn status_colors(s: Status) -> (u32, u32) {
    use ratatui::style::Color as Term;
    let (black, white) = (0x00_00_00, 0xFF_FF_FF);
    match theme::COLOR.status(s).fg {
        Some(Term::Green) => (0x0D_BC_79, black),
        Some(Term::Blue) => (0x24_72_C8, white),
        Some(Term::Yellow) => (0xE5_E5_10, black),
        Some(Term::Red) => (0xCD_31_31, white),
        _ => (0x66_66_66, white),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_status_has_the_screens_colour_and_readable_text() {
        assert_eq!(status_colors(Status::Achieved), (0x0D_BC_79, 0x00_00_00));
        assert_eq!(status_colors(Status::OffTrack), (0xCD_31_31, 0xFF_FF_FF));
        assert_eq!(status_colors(Status::AtRisk).0, 0xE5_E5_10);
        assert_eq!(status_colors(Status::OnTrack).0, 0x24_72_C8);
        // What judges nothing reads as quiet as a gap, as on screen.
        assert_eq!(status_colors(Status::NoData), status_colors(Status::Stale));
    }

    #[test]
    fn a_sheet_keeps_what_excel_holds_and_a_row_says_how_many_are_left_out() {
        assert_eq!(kept(34, 10, ROWS), 34);
        // Header on row 10 (from 0): rows 11 to 19 of a 20-row sheet.
        assert_eq!(kept(9, 10, 20), 9);
        assert_eq!(kept(10, 10, 20), 8);
        assert_eq!(kept(2_000_000, 10, ROWS), 1_048_564);
        let long = "đ".repeat(CELL_CHARS + 5);
        let cut = fits(&long);
        assert_eq!(cut.chars().count(), CELL_CHARS);
        assert!(cut.ends_with("đ…"));
        let whole = "đ".repeat(CELL_CHARS);
        assert_eq!(fits(&whole), whole.as_str());
        assert_eq!(
            (text::sheet_words(Lang::Vi).rows_cut)(1_234),
            "… và 1.234 dòng nữa không ghi được: mỗi trang tính của Excel chỉ chứa được 1.048.576 dòng."
        );
    }

    #[test]
    fn a_long_sheet_written_with_little_memory_reads_back_the_same() {
        use calamine::{Data, Reader, Xlsx};
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let rows = LONG + 5;
        let grid = Grid {
            headers: vec!["id".into(), "n".into(), "d".into(), "s".into()],
            rows: (0..rows)
                .map(|k| {
                    vec![
                        Cell::Text(format!("u{k}")),
                        Cell::Number(k as f64 / 100.0),
                        Cell::Date(day, Precision::Day),
                        Cell::Status(Status::OffTrack),
                    ]
                })
                .collect(),
        };
        let head = vec!["tiendo".to_string()];
        let bytes = book(Lang::Vi, day, &head, &[("Đơn vị", grid)]).unwrap();
        let mut read: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let range = read.worksheet_range("Đơn vị").unwrap();
        // The head, a blank row, the header, the rows.
        assert_eq!(range.end().unwrap().0 as usize, 2 + rows);
        let last = 2 + rows as u32;
        assert_eq!(
            range.get_value((last, 0)),
            Some(&Data::String(format!("u{}", rows - 1)))
        );
        assert_eq!(
            range.get_value((last, 1)),
            Some(&Data::Float((rows - 1) as f64 / 100.0))
        );
        assert!(matches!(
            range.get_value((last, 2)),
            Some(Data::DateTime(_))
        ));
        assert_eq!(
            range.get_value((last, 3)),
            Some(&Data::String("Chậm tiến độ".into()))
        );
    }

    #[test]
    fn a_day_before_excels_first_is_written_as_text() {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let old = chrono::NaiveDate::from_ymd_opt(1890, 5, 1).unwrap();
        let cell = Cell::Date(old, Precision::Day);
        let width = put(sheet, Lang::Vi, 0, 0, &cell, &Styles::new()).unwrap();
        assert_eq!(width, 10);
        assert!(date_time(old).is_err());
        assert!(book.save_to_buffer().is_ok());
    }
}
