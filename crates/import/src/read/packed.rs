//! What a zipped workbook (xlsx, xlsb, ods) would cost, told from its
//! directory and, for ods, from a pass over its cells' XML, before
//! `calamine` unpacks and spreads it: `calamine` reads an xlsx file's
//! shared strings whole when it opens one, and an ods file's every sheet
//! spread over its rows × columns.

use std::io::{BufReader, Read, Seek};

use quick_xml::events::{BytesStart, Event};

use super::cell_name;
use super::grid::Refused;

/// All the parts of a workbook, unpacked, as their directory declares them
/// (the zip reader stops a part that unpacks past its declared size).
pub const MAX_UNPACKED_BYTES: u64 = 64 << 20;

/// Cells `calamine` may spread an ods file's sheets over: each costs a
/// value and a formula, twice while they are spread.
pub const MAX_ODS_CELLS: usize = 1_000_000;

/// Why a workbook is not opened.
#[derive(Debug, PartialEq, Eq)]
pub enum Packed {
    /// No zip file, or a damaged one.
    Unreadable,
    /// Parts declared larger than `MAX_UNPACKED_BYTES` in all.
    TooBig,
    /// An ods sheet that `calamine` would spread past `MAX_ODS_CELLS`.
    Spread(Refused),
}

/// Refuses a zip file whose parts would unpack past `MAX_UNPACKED_BYTES`.
pub fn check_sizes<R: Read + Seek>(reader: &mut R) -> Result<(), Packed> {
    let mut zip = zip::ZipArchive::new(reader).map_err(|_| Packed::Unreadable)?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|_| Packed::Unreadable)?;
        total = total.saturating_add(part.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(Packed::TooBig);
        }
    }
    Ok(())
}

/// Refuses an ods file whose sheets `calamine` would spread past
/// `MAX_ODS_CELLS`: each sheet from A1 to its farthest non-empty cell (by
/// row and by column), repeats counted, as `calamine` reads them. A cell
/// with a value, a formula or anything inside it counts as non-empty.
pub fn check_ods_spread<R: Read + Seek>(reader: &mut R) -> Result<(), Packed> {
    let mut zip = zip::ZipArchive::new(reader).map_err(|_| Packed::Unreadable)?;
    let Ok(content) = zip.by_name("content.xml") else {
        // `calamine` says what is missing.
        return Ok(());
    };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    let config = xml.config_mut();
    config.check_end_names = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    let mut spread = Spread::default();
    // A cell just opened: non-empty by its attributes, or by what follows.
    let mut open: Option<(bool, u64, u64)> = None;
    loop {
        buf.clear();
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|_| Packed::Unreadable)?;
        if let Some((by_attributes, col, repeats)) = open.take() {
            let closed_at_once = matches!(&event, Event::End(e) if is_cell(e.name().as_ref()));
            if by_attributes || !closed_at_once {
                spread.cells(col, repeats)?;
            }
        }
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "table:table" => spread.table(),
                "table:table-row" => spread.row(repeats(&e, "table:number-rows-repeated")),
                name if is_cell(name) => {
                    let n = repeats(&e, "table:number-columns-repeated");
                    let by_attributes = has(&e, "office:value-type") || has(&e, "table:formula");
                    open = Some((by_attributes, spread.col, n));
                    spread.col = spread.col.saturating_add(n);
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

fn is_cell(name: &str) -> bool {
    name == "table:table-cell" || name == "table:covered-table-cell"
}

fn has(e: &BytesStart, name: &str) -> bool {
    e.try_get_attribute(name).ok().flatten().is_some()
}

/// A repeat count: 1 when absent or unreadable (`calamine` refuses those).
fn repeats(e: &BytesStart, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

/// The sheets read so far: the cells of those done, and where the current
/// one has reached.
#[derive(Default)]
struct Spread {
    done: u64,
    /// The first row of the current row element, and how many it repeats.
    row: u64,
    row_repeats: u64,
    col: u64,
    /// The farthest non-empty row and column of the current sheet.
    far: Option<(u64, u64)>,
}

impl Spread {
    fn table(&mut self) {
        self.done = self.done.saturating_add(self.area());
        self.row = 0;
        self.row_repeats = 0;
        self.col = 0;
        self.far = None;
    }

    fn row(&mut self, repeats: u64) {
        self.row = self.row.saturating_add(self.row_repeats);
        self.row_repeats = repeats;
        self.col = 0;
    }

    /// Non-empty cells from `col`, `repeats` of them, on the current rows.
    fn cells(&mut self, col: u64, repeats: u64) -> Result<(), Packed> {
        if repeats == 0 || self.row_repeats == 0 {
            return Ok(());
        }
        let last_row = self.row.saturating_add(self.row_repeats - 1);
        let last_col = col.saturating_add(repeats - 1);
        let (r, c) = self.far.unwrap_or((0, 0));
        self.far = Some((r.max(last_row), c.max(last_col)));
        if self.done.saturating_add(self.area()) > MAX_ODS_CELLS as u64 {
            let at = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
            return Err(Packed::Spread(Refused::TooMany(
                cell_name(at(last_row), at(last_col)),
                MAX_ODS_CELLS,
            )));
        }
        Ok(())
    }

    fn area(&self) -> u64 {
        self.far.map_or(0, |(r, c)| {
            r.saturating_add(1).saturating_mul(c.saturating_add(1))
        })
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use super::*;

    fn zipped(parts: &[(&str, &str)]) -> Cursor<Vec<u8>> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in parts {
            out.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(text.as_bytes()).unwrap();
        }
        let mut done = out.finish().unwrap();
        done.set_position(0);
        done
    }

    fn spread_of(rows: &str) -> Result<(), Packed> {
        let content = format!(
            "<office:document-content><table:table>{rows}</table:table></office:document-content>"
        );
        check_ods_spread(&mut zipped(&[("content.xml", &content)]))
    }

    fn cell(attrs: &str, inner: &str) -> String {
        format!("<table:table-cell {attrs}>{inner}</table:table-cell>")
    }

    #[test]
    fn the_spread_counts_repeats_of_non_empty_cells_and_rows() {
        // 1,000 columns repeated down 1,000 rows: 1,000,000 cells, the bound.
        let value = cell(
            "table:number-columns-repeated=\"1000\" office:value-type=\"float\" office:value=\"1\"",
            "",
        );
        let rows = format!(
            "<table:table-row table:number-rows-repeated=\"1000\">{value}</table:table-row>"
        );
        assert_eq!(spread_of(&rows), Ok(()));
        // One more row of the same passes it, at its last cell.
        let more = format!("{rows}<table:table-row>{value}</table:table-row>");
        assert_eq!(
            spread_of(&more),
            Err(Packed::Spread(Refused::TooMany(
                "ALL1001".into(),
                MAX_ODS_CELLS
            )))
        );
    }

    #[test]
    fn empty_cells_repeated_to_the_sheet_end_do_not_count_and_text_does() {
        let empty = cell("table:number-columns-repeated=\"16384\"", "");
        let tail = format!(
            "<table:table-row table:number-rows-repeated=\"1048576\">{empty}</table:table-row>"
        );
        assert_eq!(spread_of(&tail), Ok(()));
        // A cell with only text inside, far out, counts.
        let far = format!(
            "{tail}<table:table-row>{}{}</table:table-row>",
            cell("table:number-columns-repeated=\"9\"", ""),
            cell("", "<text:p>x</text:p>")
        );
        assert_eq!(
            spread_of(&far),
            Err(Packed::Spread(Refused::TooMany(
                "J1048577".into(),
                MAX_ODS_CELLS
            )))
        );
    }

    #[test]
    fn a_small_zip_passes_and_bytes_that_are_no_zip_are_unreadable() {
        let small = zipped(&[("a.xml", "<a/>")]);
        assert_eq!(check_sizes(&mut small.clone()), Ok(()));
        // Parts past the bound: tests/it/import_bounds.rs, with a real bomb.
        assert_eq!(
            check_sizes(&mut Cursor::new(b"not a zip".to_vec())),
            Err(Packed::Unreadable)
        );
    }
}
