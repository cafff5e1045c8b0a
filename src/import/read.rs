//! Reading a spreadsheet into cells: xlsx, xls and ods with `calamine`,
//! csv with `csv` (`,` or `;`, UTF-8 with or without a byte-order mark).

use std::path::Path;

use calamine::{Data, Reader};
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use crate::text::{self, Lang};

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
    format!("{}{}", column_letters(col), row + 1)
}

/// `A`, `B`… `Z`, `AA`…
pub fn column_letters(col: usize) -> String {
    let mut n = col + 1;
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

/// Reads `path`: the sheet named `sheet`, or the first one.
pub fn read(lang: Lang, path: &Path, sheet: Option<&str>) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path)
                .map_err(|e| text::io_failed(lang, text::words(lang).cli.io.read, path, &e))?;
            read_csv(lang, &bytes)
        }
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => read_book(lang, path, sheet),
        _ => anyhow::bail!((w.unknown_format)(&path.display().to_string())),
    }
}

/// A csv file's bytes as a sheet.
pub fn read_csv(lang: Lang, bytes: &[u8]) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        anyhow::bail!(w.not_utf8);
    };
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| anyhow::anyhow!("csv: {e}"))?;
        rows.push(record.iter().map(text_cell).collect());
    }
    Ok(Sheet { name: None, rows })
}

/// `;` when the first lines split into more fields by it than by `,`.
fn delimiter(text: &str) -> u8 {
    let most = |d: char| {
        text.lines()
            .take(40)
            .map(|l| l.matches(d).count())
            .max()
            .unwrap_or(0)
    };
    if most(';') >= most(',') && most(';') > 0 {
        b';'
    } else {
        b','
    }
}

fn read_book(lang: Lang, path: &Path, sheet: Option<&str>) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let io = &text::words(lang).cli.io;
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| anyhow::anyhow!("{} {}: {e}", io.open, path.display()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                let folded = crate::model::fold::fold(wanted.trim());
                names
                    .iter()
                    .find(|n| crate::model::fold::fold(n.trim()) == folded)
            })
            .cloned()
            .ok_or_else(|| anyhow::anyhow!((w.no_sheet)(wanted, &names.join(", "))))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!((w.no_sheet)("", "")))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| anyhow::anyhow!("{} {}: {e}", io.read, path.display()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let (top, left) = (top as usize, left as usize);
    let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top];
    for row in range.rows() {
        let mut cells = vec![Cell::Empty; left];
        cells.extend(row.iter().map(|d| match d {
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => text_cell(s),
            Data::Bool(b) => Cell::Text(b.to_string()),
            Data::DateTime(d) => Cell::Text(d.to_string()),
            Data::Error(e) => Cell::Text(format!("#{e:?}")),
            Data::Empty => Cell::Empty,
        }));
        rows.push(cells);
    }
    Ok(Sheet {
        name: Some(name),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(8, 1), "B9");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
    }

    #[test]
    fn csv_with_semicolons_and_a_bom() {
        let sheet = read_csv(Lang::En, "\u{feff}a;b\n1;88,19\n".as_bytes()).unwrap();
        assert_eq!(sheet.cell(0, 0), &Cell::Text("a".into()));
        assert_eq!(sheet.cell(1, 1), &Cell::Text("88,19".into()));
    }
}
