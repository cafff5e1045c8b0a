//! Reading a spreadsheet into cells: xlsx, xlsb, xls and ods with
//! `calamine` (`book`), csv field by field (`delimited`), `,` or `;`, UTF-8
//! with or without a byte-order mark. What any file may cost is bounded
//! (`grid`, `packed`): see `read_from`.

mod book;
mod delimited;
mod grid;
mod packed;

use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use tiendo_present::text::{self, Lang};

pub use grid::{MAX_CELLS, MAX_COLUMNS, MAX_ROWS};
pub use packed::{MAX_ODS_CELLS, MAX_UNPACKED_BYTES};

/// A file: a csv or an xls file is read whole. A province's report is well
/// under 1 MB.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// A cell as read: text (NFC, trimmed) or a number typed as one.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => n.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }
}

/// One sheet: its name (none for csv) and its rows from A1, so that the
/// cell at `rows[r][c]` is named by column `c` and row `r + 1`.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    pub name: Option<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// `Báo cáo!B9`, or `B9` for a csv file.
    pub fn name_cell(&self, row: usize, col: usize) -> String {
        match &self.name {
            Some(name) => format!("{name}!{}", cell_name(row, col)),
            None => cell_name(row, col),
        }
    }
}

/// `B9` for the cell at row index 8, column index 1.
pub fn cell_name(row: usize, col: usize) -> String {
    format!("{}{}", column_letters(col), u128::from(row as u64) + 1)
}

/// `A`, `B`… `Z`, `AA`…
pub fn column_letters(col: usize) -> String {
    let mut n = u128::from(col as u64) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// Text in NFC, trimmed (non-breaking spaces too): `Cell::Empty` when
/// nothing is left.
fn text_cell(s: &str) -> Cell {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return Cell::Empty;
    }
    let t = if is_nfc_quick(t.chars()) == unicode_normalization::IsNormalized::Yes {
        t.to_string()
    } else {
        t.nfc().collect()
    };
    Cell::Text(t)
}

/// The kinds of file read, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Xlsb,
    Xls,
    Ods,
}

impl Format {
    /// By the file's extension, in any case: `csv` and `txt`, `xlsx` and
    /// `xlsm`, `xlsb`, `xls`, `ods`.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" | "txt" => Format::Csv,
            "xlsx" | "xlsm" => Format::Xlsx,
            "xlsb" => Format::Xlsb,
            "xls" => Format::Xls,
            "ods" => Format::Ods,
            _ => return None,
        })
    }

    /// As the error sentences name it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// Reads `path`: the sheet named `sheet`, or the first one. Every error is
/// one sentence that starts with the file.
pub fn read(lang: Lang, path: &Path, sheet: Option<&str>) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let io = &text::words(lang).cli.io;
    let shown = path.display().to_string();
    let Some(format) = Format::of(path) else {
        anyhow::bail!((w.unknown_format)(&shown));
    };
    let file = std::fs::File::open(path).map_err(|e| text::io_failed(lang, io.open, path, &e))?;
    // A folder opens as a file on some systems, and would seek to a size
    // that is not there: say it is a folder.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        let folder = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        return Err(text::io_failed(lang, io.read, path, &folder));
    }
    read_from(lang, format, BufReader::new(file), sheet)
        .map_err(|e| anyhow::anyhow!("{shown}: {e}"))
}

/// Reads a file of `format` from `reader`. Whatever the bytes, it returns
/// within seconds, holding at most a few hundred MB: a file over
/// `MAX_FILE_BYTES` is refused before it is read whole, a workbook whose
/// parts would unpack past `MAX_UNPACKED_BYTES` before it is unpacked, an
/// ods file whose sheets `calamine` would spread over more than `MAX_CELLS`
/// before `calamine` spreads them, and the sheet kept holds at most
/// `MAX_CELLS` cells. Left to `calamine`: an xls file's sheets, spread
/// over their rows × columns when opened (at most 65,536 × 256 cells each).
pub fn read_from<R: Read + Seek>(
    lang: Lang,
    format: Format,
    reader: R,
    sheet: Option<&str>,
) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let unreadable = || anyhow::anyhow!((w.not_a_book)(format.name()));
    let mut reader = reader;
    let size = reader
        .seek(SeekFrom::End(0))
        .and_then(|size| reader.rewind().map(|()| size))
        .map_err(|_| unreadable())?;
    if size > MAX_FILE_BYTES {
        anyhow::bail!((w.too_big)(&text::count(lang, MAX_FILE_BYTES >> 20)));
    }
    match format {
        Format::Csv => {
            let mut bytes = Vec::new();
            reader
                .take(MAX_FILE_BYTES)
                .read_to_end(&mut bytes)
                .map_err(|_| unreadable())?;
            read_csv(lang, &bytes)
        }
        _ => book::read(lang, format, reader, sheet),
    }
}

/// A csv file's bytes as a sheet.
pub fn read_csv(lang: Lang, bytes: &[u8]) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        anyhow::bail!(w.not_utf8);
    };
    let rows = delimited::rows(text).map_err(|e| refused(lang, &e))?;
    Ok(Sheet { name: None, rows })
}

/// A cell refused by the grid, as a sentence.
fn refused(lang: Lang, e: &grid::Refused) -> anyhow::Error {
    let w = &text::words(lang).cli.import;
    match e {
        grid::Refused::OutOfSheet(row, col) => {
            let at = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
            anyhow::anyhow!((w.beyond_sheet)(&cell_name(at(*row), at(*col))))
        }
        grid::Refused::TooMany(cell, bound) => {
            anyhow::anyhow!((w.too_many_cells)(cell, &text::count(lang, *bound as u64)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(8, 1), "B9");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
        // Garbage names garbage cells without overflowing.
        assert_eq!(cell_name(usize::MAX, 0), "A18446744073709551616");
        assert!(column_letters(usize::MAX).len() > 10);
    }

    #[test]
    fn csv_with_semicolons_and_a_bom() {
        let sheet = read_csv(Lang::En, "\u{feff}a;b\n1;88,19\n".as_bytes()).unwrap();
        assert_eq!(sheet.cell(0, 0), &Cell::Text("a".into()));
        assert_eq!(sheet.cell(1, 1), &Cell::Text("88,19".into()));
    }
}
