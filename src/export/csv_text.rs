//! The csv of a view: its table's typed cells as RFC 4180 text, CRLF line
//! ends, a byte-order mark so spreadsheet programs read it as UTF-8.

use rayon::prelude::*;

use super::grid::{Cell, Grid};
use super::table::Section;
use crate::text::{self, Lang};

pub use crate::app::CsvStyle;

/// Rows written as one piece of text, each piece on its own core: a
/// record's text depends on nothing but its cells, so the pieces joined are
/// the text written in one go.
const PIECE: usize = 2048;

/// `section` as csv in `style`.
pub fn write(lang: Lang, section: &Section, style: CsvStyle) -> anyhow::Result<String> {
    let mut out = writer(style, Vec::from("\u{FEFF}".as_bytes()));
    out.write_record(Grid::headers(lang, section))?;
    let mut bytes = out.into_inner().map_err(|e| e.into_error())?;
    let starts: Vec<usize> = (0..section.rows.len()).step_by(PIECE).collect();
    let pieces = starts
        .into_par_iter()
        .map(|start| {
            let mut out = writer(style, Vec::new());
            // Each cell's text is made in one buffer, not a string of its own.
            let mut text = String::new();
            for k in start..(start + PIECE).min(section.rows.len()) {
                if let Some(row) = Grid::row(lang, section, k) {
                    for c in &row {
                        text.clear();
                        cell_into(&mut text, lang, c, style);
                        out.write_field(&text)?;
                    }
                    out.write_record(None::<&[u8]>)?;
                }
            }
            out.into_inner().map_err(|e| e.into_error().into())
        })
        .collect::<anyhow::Result<Vec<Vec<u8>>>>()?;
    bytes.reserve(pieces.iter().map(Vec::len).sum());
    for piece in pieces {
        bytes.extend_from_slice(&piece);
    }
    Ok(String::from_utf8(bytes)?)
}

fn writer(style: CsvStyle, start: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(style.delimiter())
        .terminator(csv::Terminator::CRLF)
        .from_writer(start)
}

/// A cell as csv text: numbers with two decimals in the style's decimal
/// mark, whole numbers without separators, ISO dates as precise as known,
/// `x` for a set mark, nothing for a gap.
pub fn cell(lang: Lang, cell: &Cell, style: CsvStyle) -> String {
    let mut text = String::new();
    cell_into(&mut text, lang, cell, style);
    text
}

/// `cell`, written at the end of `out`.
fn cell_into(out: &mut String, lang: Lang, cell: &Cell, style: CsvStyle) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = match cell {
        Cell::Empty | Cell::Flag(false) => Ok(()),
        Cell::Text(s) | Cell::Judged(s, _) => out.write_str(s),
        Cell::Number(x) => {
            let start = out.len();
            let written = write!(out, "{x:.2}");
            if style == CsvStyle::Vi
                && let Some(dot) = out.get(start..).and_then(|s| s.find('.'))
            {
                out.replace_range(start + dot..start + dot + 1, ",");
            }
            written
        }
        Cell::Count(n) => write!(out, "{n}"),
        Cell::Year(y) => write!(out, "{y}"),
        Cell::Date(d, p) => out.write_str(&text::iso_date(*d, *p)),
        Cell::Flag(true) => out.write_str("x"),
        Cell::Status(s) => out.write_str(text::status(lang, *s)),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::Value;

    /// The text written one record after another, as before the pieces.
    fn in_one_go(section: &Section, style: CsvStyle) -> String {
        let mut out = writer(style, Vec::from("\u{FEFF}".as_bytes()));
        out.write_record(Grid::headers(Lang::Vi, section)).unwrap();
        for row in Grid::rows(Lang::Vi, section) {
            out.write_record(row.iter().map(|c| cell(Lang::Vi, c, style)))
                .unwrap();
        }
        String::from_utf8(out.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn rows_written_in_pieces_are_the_rows_written_in_one_go() {
        for rows in [0, 1, PIECE - 1, PIECE, PIECE + 1, 3 * PIECE + 7] {
            let section = Section {
                title: "t".into(),
                headers: vec!["Tên".into(), "Tỷ lệ".into(), "Số".into()],
                right: vec![false, true, true],
                rows: (0..rows)
                    .map(|k| {
                        vec![
                            // Quotes, the separators and a line break are quoted.
                            Value::Text(format!("Xã \"{k}\", số; {k}\n")),
                            Value::Coverage(k as f64 / 7.0, crate::present::Made::Own),
                            Value::Count(k as u64),
                        ]
                    })
                    .collect(),
                figures: None,
            };
            for style in [CsvStyle::Plain, CsvStyle::Vi] {
                let written = write(Lang::Vi, &section, style).unwrap();
                assert_eq!(written, in_one_go(&section, style), "{rows} rows");
                assert_eq!(written.matches("\r\n").count(), 1 + rows);
            }
        }
    }
}
