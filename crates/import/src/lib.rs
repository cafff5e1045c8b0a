//! `tiendo import`: a report as provincial offices send it (xlsx, xls, ods
//! or csv) made into top-level `[[record]]`s of a dataset. Reading the
//! file is in `read`, finding the table in `table` and what each column
//! holds in `header`, the figures in `numbers`, the units in `matching`,
//! former units added up in `parts`, the checks across a row and a column
//! in `checks`, the date in `date`, and the TOML written in `write`.

pub mod checks;
pub mod date;
pub mod header;
pub mod matching;
pub mod numbers;
pub mod parts;
pub mod read;
mod role;
mod rows;
pub mod table;
pub mod write;

use std::path::PathBuf;

use chrono::NaiveDate;

pub use matching::{How, Index, Match};
pub use read::{Cell, Sheet};
pub use table::{Layout, Role};

use rows::read_rows;
use tiendo_present::text::{self, Lang};

/// What the command line asks of an import.
#[derive(Clone, Debug)]
pub struct Options {
    pub file: PathBuf,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub sheet: Option<String>,
    /// `--column ROLE=HEADER`.
    pub columns: Vec<(Role, String)>,
    /// `--column ignore=HEADER`.
    pub ignore: Vec<String>,
    /// `--map "name=id"`: a name in the report and the unit it means.
    pub map: Vec<(String, String)>,
    /// `--skip-unmatched`: rows naming no unit are listed and left out.
    pub skip_unmatched: bool,
    /// `--replace`: a figure for a unit and day the data already has
    /// replaces it.
    pub replace: bool,
    /// The day the import runs: no report can be dated after it.
    pub today: NaiveDate,
    pub lang: Lang,
}

/// A row of the table made into a record.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row in the sheet, 0-based: the first of `rows`.
    pub row: usize,
    /// Every row the record comes from: more than one when former units'
    /// rows were added up.
    pub rows: Vec<usize>,
    pub unit: String,
    pub id: String,
    pub how: How,
    pub population: Option<u64>,
    pub participants: Option<u64>,
    pub coverage: Option<f64>,
    pub plan: Option<u64>,
    pub plan_percent: Option<f64>,
    /// An estimate (`Ước thực hiện`): never taken to meet a target.
    pub estimate: bool,
    /// Replaces the record the data already has for the unit and day.
    pub replaces: bool,
    pub note: Option<String>,
    pub source: String,
}

/// A row read but not imported, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    Total,
    Numbering,
    NoFigures,
}

/// A row left out with `--skip-unmatched`: its row, its cell and the
/// name it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    pub row: usize,
    pub place: String,
    pub unit: String,
}

/// A row for a unit and day the data in use already has a record for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub row: usize,
    pub id: String,
    pub existing: matching::Existing,
}

/// Where the date came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateFrom {
    Flag,
    /// A title line: its cell, and how precisely it gave the date.
    Title(String, date::Found),
}

/// A problem at a place: `Báo cáo!B9` (or "" for the file as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: String,
    pub message: String,
}

/// What an import read and found.
#[derive(Clone, Debug)]
pub struct Import {
    pub sheet_name: Option<String>,
    pub layout: Option<Layout>,
    pub date: Option<(NaiveDate, DateFrom)>,
    pub rows: Vec<Row>,
    pub skipped: Vec<(usize, String, Skip)>,
    pub unmatched: Vec<Unmatched>,
    pub clashes: Vec<Clash>,
    /// A title line calls the figures an estimate: its cell.
    pub estimate_title: Option<String>,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// Reads the table of `sheet` and matches its units in `index`.
pub fn import(opts: &Options, file_name: &str, sheet: &Sheet, index: &Index) -> Import {
    let w = &text::words(opts.lang).cli.import;
    let mut out = Import {
        sheet_name: sheet.name.clone(),
        layout: None,
        date: None,
        rows: Vec::new(),
        skipped: Vec::new(),
        unmatched: Vec::new(),
        clashes: Vec::new(),
        estimate_title: None,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let whole = |message: String| Problem {
        place: sheet.name.clone().unwrap_or_default(),
        message,
    };
    let Some(layout) = table::find(sheet, &opts.columns, &opts.ignore) else {
        out.errors.push(whole(w.no_table.to_string()));
        return out;
    };
    for h in table::unmatched(&layout, &opts.columns, &opts.ignore) {
        out.errors.push(whole((w.no_column)(
            &h,
            &layout
                .headers
                .iter()
                .filter(|h| !h.is_empty())
                .map(|h| format!("{:?}", h.shown()))
                .collect::<Vec<_>>()
                .join(", "),
        )));
    }
    for (role, cols) in &layout.clashes {
        out.errors
            .push(whole(checks::clash_message(w, &layout, *role, cols)));
    }
    if !out.errors.is_empty() {
        out.layout = Some(layout);
        return out;
    }
    out.date = opts.date.map(|d| (d, DateFrom::Flag));
    if out.date.is_none() {
        match date_in_titles(sheet, layout.header_row) {
            Ok(found) => out.date = found,
            Err((a, b)) => {
                out.errors.push(whole((w.two_dates)(&a, &b)));
                out.layout = Some(layout);
                return out;
            }
        }
    }
    out.estimate_title = (0..layout.header_row).find_map(|r| {
        sheet
            .rows
            .get(r)?
            .iter()
            .enumerate()
            .find(|(_, cell)| matches!(cell, Cell::Text(t) if header::is_estimate(t)))
            .map(|(c, _)| sheet.name_cell(r, c))
    });
    let Some((day, from)) = out.date.clone() else {
        out.errors.push(whole(w.no_date.to_string()));
        out.layout = Some(layout);
        return out;
    };
    if day > opts.today {
        let place = match &from {
            DateFrom::Title(cell, _) => cell.clone(),
            DateFrom::Flag => String::new(),
        };
        out.errors.push(Problem {
            place,
            message: (w.future)(&day.to_string(), &opts.today.to_string()),
        });
        out.layout = Some(layout);
        return out;
    }
    let Some(unit_col) = layout.column(Role::Unit) else {
        out.errors.push(whole(w.no_table.to_string()));
        return out;
    };
    let read = read_rows(opts, sheet, &layout, unit_col, day, index, &mut out);
    let unit_place = |r: &Row| sheet.name_cell(r.row, unit_col);
    let (rows, errors) = parts::join(read, day, index, w, unit_place);
    out.errors.extend(errors);
    out.errors
        .extend(checks::vague_columns(w, sheet, &layout, &rows));
    match checks::mixed_up(w, sheet, &layout, &rows, &day.to_string()) {
        checks::Agreement::MixedUp(problem) => out.errors.push(problem),
        checks::Agreement::Rows(warnings) => out.warnings.extend(warnings),
    }
    let mut rows = rows;
    for row in &mut rows {
        if let Some(existing) = index.record_on(&row.id, day) {
            out.clashes.push(Clash {
                row: row.row,
                id: row.id.clone(),
                existing,
            });
            row.replaces = opts.replace;
        }
        if out.estimate_title.is_some() {
            row.estimate = true;
        }
        row.source = source_of(w, file_name, sheet.name.as_deref(), row, opts);
    }
    if rows.is_empty() && out.errors.is_empty() {
        out.errors.push(whole(w.no_rows.to_string()));
    }
    out.rows = rows;
    out.layout = Some(layout);
    out
}

/// `file.xlsx, Báo cáo, dòng 9` (rows 9 and 12 for former units added
/// up), with `--source` after.
fn source_of(
    w: &tiendo_present::text::ImportWords,
    file_name: &str,
    sheet: Option<&str>,
    row: &Row,
    opts: &Options,
) -> String {
    use std::fmt::Write as _;
    let mut source = String::with_capacity(file_name.len() + 40);
    source.push_str(file_name);
    if let Some(s) = sheet {
        source.push_str(", ");
        source.push_str(s);
    }
    source.push_str(", ");
    source.push_str(w.row_word);
    for (k, r) in row.rows.iter().enumerate() {
        let _ = write!(source, "{}{}", if k == 0 { " " } else { ", " }, r + 1);
    }
    if let Some(extra) = &opts.source {
        source.push_str("; ");
        source.push_str(extra);
    }
    source
}

/// The date the title lines above row `header_row` give: the most precise
/// one, when no other one says otherwise (`date::pick`); two that disagree
/// are returned by their cells. Cover letters and signatures give none.
fn date_in_titles(
    sheet: &Sheet,
    header_row: usize,
) -> Result<Option<(NaiveDate, DateFrom)>, (String, String)> {
    let mut candidates = Vec::new();
    let mut places = Vec::new();
    for r in 0..header_row {
        for (c, cell) in sheet.rows.get(r).into_iter().flatten().enumerate() {
            if let Cell::Text(t) = cell
                && let date::Line::Figures(found) = date::line(t)
            {
                for k in found {
                    candidates.push(k);
                    places.push(sheet.name_cell(r, c));
                }
            }
        }
    }
    let place = |i: usize| places.get(i).cloned().unwrap_or_default();
    match date::pick(&candidates) {
        Ok(Some(p)) => Ok(Some((p.date, DateFrom::Title(place(p.index), p.found)))),
        Ok(None) => Ok(None),
        Err((i, j)) => Err((place(i), place(j))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Leaked: the index borrows the dataset for the whole test.
    fn index() -> Index<'static> {
        let loaded = tiendo_model::load_files(tiendo_model::bundled::files()).unwrap();
        Index::new(Box::leak(Box::new(loaded.dataset)))
    }

    fn opts(date: Option<NaiveDate>, today: NaiveDate) -> Options {
        Options {
            file: PathBuf::from("t.csv"),
            date,
            source: None,
            sheet: None,
            columns: Vec::new(),
            ignore: Vec::new(),
            map: Vec::new(),
            skip_unmatched: false,
            replace: false,
            today,
            lang: Lang::En,
        }
    }

    fn run(opts: &Options, csv: &str) -> Import {
        let sheet = read::read_csv(Lang::En, csv.as_bytes()).unwrap();
        import(opts, "t.csv", &sheet, &index())
    }

    #[test]
    fn a_report_dated_today_is_read_and_one_dated_tomorrow_is_not() {
        let csv = "Đến ngày 31/10/2025\nTên đơn vị,Dân số,Số người tham gia\nTỉnh Lạng Sơn,802000,770100\n";
        let on_the_day = run(&opts(None, d(2025, 10, 31)), csv);
        assert_eq!(on_the_day.errors, Vec::new());
        assert_eq!(on_the_day.rows.len(), 1);
        let before = run(&opts(None, d(2025, 10, 30)), csv);
        assert_eq!(
            before.errors,
            vec![Problem {
                place: "A1".into(),
                message: "the figures are dated 2025-10-31, after today (2025-10-30): check the title line or --date".into(),
            }]
        );
        assert!(before.rows.is_empty());
    }

    #[test]
    fn a_column_flag_naming_no_header_lists_the_headers_there_are() {
        let mut o = opts(Some(d(2025, 10, 31)), d(2026, 1, 1));
        o.columns = vec![(Role::Participants, "Người tham gia".into())];
        let out = run(&o, "Tên đơn vị,,Dân số\nTỉnh Lạng Sơn,,802000\n");
        assert_eq!(
            out.errors,
            vec![Problem {
                place: String::new(),
                message: "no column is headed \"Người tham gia\"; the columns are: \"Tên đơn vị\", \"Dân số\"".into(),
            }]
        );
    }

    /// A blank row before the first unit, a unit without figures, a total
    /// and a signature (words in a figure's column beside no unit).
    #[test]
    fn rows_left_out_are_listed_with_why_and_blank_ones_are_not() {
        let out = run(
            &opts(Some(d(2025, 10, 31)), d(2026, 1, 1)),
            "Tên đơn vị,Dân số,Số người tham gia\n,,\nTỉnh Lạng Sơn,802000,770100\nXã Không Số,,\nTổng cộng,802000,770100\nNgười lập biểu,,Giám đốc\n",
        );
        assert_eq!(out.errors, Vec::new());
        assert_eq!(
            out.skipped,
            vec![
                (3, "Xã Không Số".to_string(), Skip::NoFigures),
                (4, "Tổng cộng".to_string(), Skip::Total),
                (5, "Người lập biểu".to_string(), Skip::NoFigures),
            ]
        );
        assert_eq!(out.rows.len(), 1);
    }

    #[test]
    fn an_estimate_said_over_a_column_makes_its_figures_estimates() {
        let out = run(
            &opts(Some(d(2025, 10, 31)), d(2026, 1, 1)),
            "Tên đơn vị,Dân số,Ước thực hiện\n,,Số người tham gia\nTỉnh Lạng Sơn,802000,770100\n",
        );
        assert_eq!(out.errors, Vec::new());
        let estimates: Vec<bool> = out.rows.iter().map(|r| r.estimate).collect();
        assert_eq!(estimates, vec![true]);
    }

    #[test]
    fn words_in_a_units_figures_are_an_error_at_their_cell() {
        let out = run(
            &opts(Some(d(2025, 10, 31)), d(2026, 1, 1)),
            "Tên đơn vị,Dân số,Số người tham gia\nTỉnh Lạng Sơn,chưa có,\n",
        );
        assert_eq!(
            out.errors,
            vec![Problem {
                place: "B2".into(),
                message: "the population cell must be a number, not \"chưa có\"".into(),
            }]
        );
        assert!(out.rows.is_empty());
    }

    #[test]
    fn coverage_may_reach_100_but_not_pass_it() {
        let csv = |coverage: &str| {
            format!(
                "Tên đơn vị,Dân số,Số người tham gia,Tỷ lệ bao phủ (%)\nTỉnh Lạng Sơn,802000,802000,\"{coverage}\"\n"
            )
        };
        let o = opts(Some(d(2025, 10, 31)), d(2026, 1, 1));
        let full = run(&o, &csv("100"));
        assert_eq!(full.errors, Vec::new());
        assert_eq!(full.rows.first().and_then(|r| r.coverage), Some(100.0));
        let over = run(&o, &csv("100,01"));
        assert_eq!(
            over.errors,
            vec![Problem {
                place: "D2".into(),
                message: "coverage 100,01 is above 100 %".into(),
            }]
        );
        assert!(over.rows.is_empty());
    }

    #[test]
    fn a_unit_listed_twice_names_the_row_it_is_already_on() {
        let out = run(
            &opts(Some(d(2025, 10, 31)), d(2026, 1, 1)),
            "Tên đơn vị,Dân số\nTỉnh Lạng Sơn,802000\nLạng Sơn,802000\n",
        );
        assert_eq!(
            out.errors,
            vec![Problem {
                place: "A3".into(),
                message: "\"Lạng Sơn\" (`lang-son`) is already on row 2".into(),
            }]
        );
    }

    #[test]
    fn a_map_entry_matches_the_name_with_or_without_its_prefix() {
        let mut o = opts(Some(d(2025, 10, 31)), d(2026, 1, 1));
        o.map = vec![("Lang Son moi".into(), "lang-son".into())];
        let out = run(&o, "Tên đơn vị,Dân số\nTỉnh Lạng Sơn Mới,802000\n");
        assert_eq!(out.errors, Vec::new());
        let found: Vec<(&str, &How)> = out.rows.iter().map(|r| (r.id.as_str(), &r.how)).collect();
        assert_eq!(found, vec![("lang-son", &How::Mapped)]);
    }
}
