//! A csv file's text, field by field: no line is held whole as a record,
//! so a line of a million commas costs nothing and a million fields of
//! text are refused at the one that passes the bound.

use csv_core::{ReadFieldResult, ReaderBuilder};

use super::grid::{Grid, Refused};
use super::text_cell;

/// The rows of `text`, split by `,` or `;` (whichever the first lines use
/// more), with quotes as spreadsheets write them.
pub fn rows(text: &str) -> Result<Vec<Vec<super::Cell>>, Refused> {
    let mut reader = ReaderBuilder::new().delimiter(delimiter(text)).build();
    let mut grid = Grid::default();
    let mut input = text.as_bytes();
    let mut field = vec![0u8; 256];
    let mut len = 0;
    let (mut row, mut col) = (0u64, 0u64);
    loop {
        let out = field.get_mut(len..).unwrap_or_default();
        let (result, read, written) = reader.read_field(input, out);
        input = input.get(read..).unwrap_or_default();
        len += written;
        match result {
            // All the text was given at once: an empty input now says it ended.
            ReadFieldResult::InputEmpty => {}
            ReadFieldResult::OutputFull => field.resize(field.len() * 2, 0),
            ReadFieldResult::Field { record_end } => {
                let bytes = field.get(..len).unwrap_or_default();
                grid.put(row, col, text_cell(&String::from_utf8_lossy(bytes)))?;
                len = 0;
                if record_end {
                    row += 1;
                    col = 0;
                } else {
                    col += 1;
                }
            }
            ReadFieldResult::End => break,
        }
    }
    Ok(grid.into_rows())
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

#[cfg(test)]
mod tests {
    use super::super::Cell;
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn quoted_fields_keep_their_delimiters_quotes_and_lines() {
        let rows = rows("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n").unwrap();
        assert_eq!(rows[0], vec![t("a"), t("b,c"), t("say \"hi\"")]);
        assert_eq!(rows[1], vec![t("two\nlines"), t("x")]);
    }

    #[test]
    fn rows_are_numbered_as_the_file_counts_them() {
        // Blank lines are no record, as the `csv` crate reads them.
        let rows = rows("a\r\n\r\nb;c\n;;;;\n;d").unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1], vec![t("b"), t("c")]);
        assert!(rows[2].is_empty());
        assert_eq!(rows[3], vec![Cell::Empty, t("d")]);
    }

    #[test]
    fn a_long_field_is_read_whole() {
        let long = "é".repeat(10_000);
        let rows = rows(&format!("{long},1")).unwrap();
        assert_eq!(rows[0], vec![t(&long), t("1")]);
    }

    #[test]
    fn a_line_of_empty_fields_past_the_last_column_loses_nothing() {
        let line = format!("a{}\nb", ",".repeat(100_000));
        let rows = rows(&line).unwrap();
        assert_eq!(rows, vec![vec![t("a")], vec![t("b")]]);
    }

    #[test]
    fn a_field_past_the_last_column_is_refused() {
        let line = format!("{}x", ",".repeat(16_384));
        assert_eq!(rows(&line), Err(Refused::OutOfSheet(0, 16_384)));
    }
}
