//! The csv of a view: its table's typed cells as RFC 4180 text, CRLF line
//! ends, a byte-order mark so spreadsheet programs read it as UTF-8.

use super::grid::{Cell, Grid};
use super::table::Section;
use crate::text::{self, Lang};

pub use crate::app::CsvStyle;

/// `section` as csv in `style`.
pub fn write(lang: Lang, section: &Section, style: CsvStyle) -> anyhow::Result<String> {
    let mut out = writer(style);
    out.write_record(Grid::headers(lang, section))?;
    for row in Grid::rows(lang, section) {
        out.write_record(row.iter().map(|c| cell(lang, c, style)))?;
    }
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes)?)
}

fn writer(style: CsvStyle) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(style.delimiter())
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{FEFF}".as_bytes()))
}

/// A cell as csv text: numbers with two decimals in the style's decimal
/// mark, whole numbers without separators, ISO dates as precise as known,
/// `x` for a set mark, nothing for a gap.
pub fn cell(lang: Lang, cell: &Cell, style: CsvStyle) -> String {
    match cell {
        Cell::Empty | Cell::Flag(false) => String::new(),
        Cell::Text(s) | Cell::Judged(s, _) => s.clone(),
        Cell::Number(x) => {
            let s = format!("{x:.2}");
            match style {
                CsvStyle::Plain => s,
                CsvStyle::Vi => s.replace('.', ","),
            }
        }
        Cell::Count(n) => n.to_string(),
        Cell::Year(y) => y.to_string(),
        Cell::Date(d, p) => text::iso_date(*d, *p),
        Cell::Flag(true) => "x".to_string(),
        Cell::Status(s) => text::status(lang, *s).to_string(),
    }
}
