//! Workbooks through `calamine`: xlsx and xlsb sheets cell by cell as their
//! XML or records stream past, so that only non-empty cells take room; xls
//! and ods sheets as the ranges `calamine` spreads them into when it opens
//! the file (an ods file's spread checked first, in `packed`).

use std::io::{Read, Seek};

use calamine::{Data, DataRef, Reader};

use super::grid::{Grid, Refused};
use super::packed::{self, Packed};
use super::{Cell, Format, Sheet, refused, text_cell};
use tiendo_present::text::{self, Lang};

pub fn read<R: Read + Seek>(
    lang: Lang,
    format: Format,
    mut reader: R,
    sheet: Option<&str>,
) -> anyhow::Result<Sheet> {
    let w = &text::words(lang).cli.import;
    let unreadable = || anyhow::anyhow!((w.not_a_book)(format.name()));
    let packed = |e: Packed| match e {
        Packed::Unreadable => unreadable(),
        Packed::TooBig => anyhow::anyhow!((w.too_big)(&text::count(
            lang,
            packed::MAX_UNPACKED_BYTES >> 20
        ))),
        Packed::Spread(e) => refused(lang, &e),
    };
    if format != Format::Xls {
        packed::check_sizes(&mut reader).map_err(packed)?;
        reader.rewind().map_err(|_| unreadable())?;
    }
    if format == Format::Ods {
        packed::check_ods_spread(&mut reader).map_err(packed)?;
        reader.rewind().map_err(|_| unreadable())?;
    }
    let cells = |e: Refused| refused(lang, &e);
    match format {
        Format::Xlsx => {
            let mut book = calamine::Xlsx::new(reader).map_err(|_| unreadable())?;
            let name = chosen(lang, &book.sheet_names(), sheet)?;
            let mut cells_of = book
                .worksheet_cells_reader(&name)
                .map_err(|_| unreadable())?;
            let mut grid = Grid::default();
            while let Some(c) = cells_of.next_cell().map_err(|_| unreadable())? {
                put(&mut grid, c.get_position(), cell_of_ref(c.get_value())).map_err(cells)?;
            }
            Ok(sheet_of(name, grid))
        }
        Format::Xlsb => {
            let mut book = calamine::Xlsb::new(reader).map_err(|_| unreadable())?;
            let name = chosen(lang, &book.sheet_names(), sheet)?;
            let mut cells_of = book
                .worksheet_cells_reader(&name)
                .map_err(|_| unreadable())?;
            let mut grid = Grid::default();
            while let Some(c) = cells_of.next_cell().map_err(|_| unreadable())? {
                put(&mut grid, c.get_position(), cell_of_ref(c.get_value())).map_err(cells)?;
            }
            Ok(sheet_of(name, grid))
        }
        Format::Xls => {
            let book = calamine::Xls::new(reader).map_err(|_| unreadable())?;
            ranged(lang, book, sheet, unreadable, cells)
        }
        Format::Ods => {
            let book = calamine::Ods::new(reader).map_err(|_| unreadable())?;
            ranged(lang, book, sheet, unreadable, cells)
        }
        // `read_from` reads csv itself.
        Format::Csv => Err(unreadable()),
    }
}

fn put(grid: &mut Grid, (row, col): (u32, u32), cell: Cell) -> Result<(), Refused> {
    grid.put(u64::from(row), u64::from(col), cell)
}

fn sheet_of(name: String, grid: Grid) -> Sheet {
    Sheet {
        name: Some(name),
        rows: grid.into_rows(),
    }
}

/// A sheet of a book `calamine` has already spread into ranges.
fn ranged<R: Read + Seek, B: Reader<R>>(
    lang: Lang,
    mut book: B,
    sheet: Option<&str>,
    unreadable: impl Fn() -> anyhow::Error,
    cells: impl Fn(Refused) -> anyhow::Error,
) -> anyhow::Result<Sheet> {
    let name = chosen(lang, &book.sheet_names(), sheet)?;
    let range = book.worksheet_range(&name).map_err(|_| unreadable())?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut grid = Grid::default();
    for (row, col, value) in range.used_cells() {
        let at = |start: u32, n: usize| u64::from(start).saturating_add(n as u64);
        grid.put(at(top, row), at(left, col), cell_of(value))
            .map_err(&cells)?;
    }
    Ok(sheet_of(name, grid))
}

/// The sheet named `wanted` (exactly, else folded), or the first one.
fn chosen(lang: Lang, names: &[String], wanted: Option<&str>) -> anyhow::Result<String> {
    let w = &text::words(lang).cli.import;
    match wanted {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                let folded = tiendo_model::fold::fold(wanted.trim());
                names
                    .iter()
                    .find(|n| tiendo_model::fold::fold(n.trim()) == folded)
            })
            .cloned()
            .ok_or_else(|| anyhow::anyhow!((w.no_sheet)(wanted, &names.join(", ")))),
        None => names
            .first()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!((w.no_sheet)("", ""))),
    }
}

fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => text_cell(s),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => Cell::Text(d.to_string()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
        Data::Empty => Cell::Empty,
    }
}

/// As `cell_of`, for the values a cell reader lends.
fn cell_of_ref(d: &DataRef) -> Cell {
    match d {
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => text_cell(s),
        DataRef::SharedString(s) => text_cell(s),
        DataRef::Bool(b) => Cell::Text(b.to_string()),
        DataRef::DateTime(d) => Cell::Text(d.to_string()),
        DataRef::Error(e) => Cell::Text(format!("#{e:?}")),
        DataRef::Empty => Cell::Empty,
    }
}
