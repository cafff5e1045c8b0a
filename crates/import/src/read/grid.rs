//! The cells of a sheet placed as they are read, within bounds: a stray
//! cell far from the table costs its own row and the row's cells before it,
//! never rows × columns of emptiness, and a file that would need more than
//! a report ever does is refused at the cell that passes the bound.

use super::{Cell, cell_name};

/// Rows and columns of an xlsx sheet: no spreadsheet names a cell beyond.
pub const MAX_ROWS: usize = 1_048_576;
pub const MAX_COLUMNS: usize = 16_384;

/// Cells kept, counted from column A to each row's last non-empty cell.
/// A province's report is a few thousand; a cell at XFD1048576 alone adds
/// 16,384, so a stray far cell still fits.
pub const MAX_CELLS: usize = 2_000_000;

/// Why a cell could not be placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Beyond the last row or column a spreadsheet has (the cell's row and column).
    OutOfSheet(u64, u64),
    /// Past a bound of cells (the cell's name, the bound).
    TooMany(String, usize),
}

/// Rows from row 1; each row as long as its last non-empty cell.
#[derive(Debug, Default)]
pub struct Grid {
    rows: Vec<Vec<Cell>>,
    cells: usize,
}

impl Grid {
    /// Places `cell` at `row`, `col` (0-based); an empty cell takes no room.
    pub fn put(&mut self, row: u64, col: u64, cell: Cell) -> Result<(), Refused> {
        let (Ok(r), Ok(c)) = (usize::try_from(row), usize::try_from(col)) else {
            return self.out_of_sheet(row, col, &cell);
        };
        if cell.is_empty() {
            // Only a cell read twice can be emptied again.
            if let Some(slot) = self.rows.get_mut(r).and_then(|line| line.get_mut(c)) {
                *slot = Cell::Empty;
            }
            return Ok(());
        }
        if r >= MAX_ROWS || c >= MAX_COLUMNS {
            return self.out_of_sheet(row, col, &cell);
        }
        if r >= self.rows.len() {
            self.rows.resize_with(r + 1, Vec::new);
        }
        let Some(line) = self.rows.get_mut(r) else {
            return Err(Refused::OutOfSheet(row, col));
        };
        if c >= line.len() {
            let added = c + 1 - line.len();
            if self.cells + added > MAX_CELLS {
                return Err(Refused::TooMany(cell_name(r, c), MAX_CELLS));
            }
            self.cells += added;
            line.resize(c + 1, Cell::Empty);
        }
        if let Some(slot) = line.get_mut(c) {
            *slot = cell;
        }
        Ok(())
    }

    /// Nothing is lost by an empty cell out there (a csv line of commas).
    fn out_of_sheet(&self, row: u64, col: u64, cell: &Cell) -> Result<(), Refused> {
        if cell.is_empty() {
            Ok(())
        } else {
            Err(Refused::OutOfSheet(row, col))
        }
    }

    pub fn into_rows(self) -> Vec<Vec<Cell>> {
        self.rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn rows_end_at_their_last_non_empty_cell() {
        let mut g = Grid::default();
        g.put(0, 0, text("a")).unwrap();
        g.put(0, 5, Cell::Empty).unwrap();
        g.put(2, 1, Cell::Number(7.0)).unwrap();
        let rows = g.into_rows();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], vec![text("a")]);
        assert!(rows[1].is_empty());
        assert_eq!(rows[2], vec![Cell::Empty, Cell::Number(7.0)]);
    }

    #[test]
    fn a_cell_at_the_last_row_and_column_costs_one_row_of_cells() {
        let mut g = Grid::default();
        g.put(0, 0, text("a")).unwrap();
        g.put(1_048_575, 16_383, Cell::Number(1.0)).unwrap();
        assert_eq!(g.cells, 1 + 16_384);
        let rows = g.into_rows();
        assert_eq!(rows.len(), 1_048_576);
        assert_eq!(rows[1_048_575].len(), 16_384);
    }

    #[test]
    fn a_cell_beyond_the_sheet_is_refused() {
        let mut g = Grid::default();
        assert_eq!(
            g.put(1_048_576, 0, text("a")),
            Err(Refused::OutOfSheet(1_048_576, 0))
        );
        assert_eq!(
            g.put(0, 16_384, text("a")),
            Err(Refused::OutOfSheet(0, 16_384))
        );
        assert_eq!(
            g.put(u64::MAX, 0, text("a")),
            Err(Refused::OutOfSheet(u64::MAX, 0))
        );
    }

    #[test]
    fn an_empty_cell_beyond_the_sheet_loses_nothing() {
        let mut g = Grid::default();
        g.put(0, 20_000, Cell::Empty).unwrap();
        g.put(u64::MAX, u64::MAX, Cell::Empty).unwrap();
        assert!(g.into_rows().is_empty());
    }

    #[test]
    fn cells_past_the_bound_are_refused_at_the_cell_that_passes_it() {
        let mut g = Grid::default();
        // Cells down a diagonal: each row as wide as its row number.
        let mut refused = None;
        for i in 0..16_384u64 {
            if let Err(e) = g.put(i, i, Cell::Number(1.0)) {
                refused = Some((i, e));
                break;
            }
        }
        // 1 + 2 + … + 1999 = 1,999,000; row 2000 would add 2000 more.
        assert_eq!(
            refused,
            Some((1999, Refused::TooMany("BXX2000".into(), MAX_CELLS)))
        );
        assert!(g.cells <= MAX_CELLS);
    }

    #[test]
    fn a_cell_read_twice_keeps_the_last_value() {
        let mut g = Grid::default();
        g.put(0, 1, text("a")).unwrap();
        g.put(0, 1, text("b")).unwrap();
        g.put(1, 0, text("c")).unwrap();
        g.put(1, 0, Cell::Empty).unwrap();
        let rows = g.into_rows();
        assert_eq!(rows[0], vec![Cell::Empty, text("b")]);
        assert_eq!(rows[1], vec![Cell::Empty]);
    }
}
