//! `tiendo import`: a report as provincial offices send it (xlsx, xls, ods
//! or csv) made into top-level `[[record]]`s of a dataset. Reading the
//! file is in `read`, finding the table and its columns in `table`, the
//! figures in `numbers`, the units in `matching`, the date in `date`, and
//! the TOML written and the file in `write`.

pub mod date;
pub mod matching;
pub mod numbers;
pub mod read;
pub mod table;
pub mod write;

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;

pub use matching::{How, Index, Match};
pub use read::{Cell, Sheet};
pub use table::{Layout, Role};

use crate::text::{self, Lang};
use numbers::{Figure, Kind, Refusal};

/// What the command line asks of an import.
#[derive(Clone, Debug)]
pub struct Options {
    pub file: PathBuf,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub sheet: Option<String>,
    pub columns: Vec<(Role, String)>,
    pub lang: Lang,
}

/// A row of the table made into a record.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row in the sheet, 0-based.
    pub row: usize,
    pub unit: String,
    pub id: String,
    pub how: How,
    pub population: Option<u64>,
    pub participants: Option<u64>,
    pub coverage: Option<f64>,
    pub plan: Option<u64>,
    pub plan_percent: Option<f64>,
    pub source: String,
}

/// A row read but not imported, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    Total,
    Numbering,
    NoFigures,
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
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// How far `coverage` may stray from participants / population before a
/// warning, as `check` warns.
const AGREEMENT_POINTS: f64 = 0.5;

/// Reads the table of `sheet` and matches its units in `index`.
pub fn import(opts: &Options, file_name: &str, sheet: &Sheet, index: &Index) -> Import {
    let lang = opts.lang;
    let w = &text::words(lang).cli.import;
    let mut out = Import {
        sheet_name: sheet.name.clone(),
        layout: None,
        date: None,
        rows: Vec::new(),
        skipped: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let whole = |message: String| Problem {
        place: sheet.name.clone().unwrap_or_default(),
        message,
    };
    let Some(layout) = table::find(sheet, &opts.columns) else {
        out.errors.push(whole(w.no_table.to_string()));
        return out;
    };
    for h in table::unmatched(&layout, &opts.columns) {
        out.errors.push(whole((w.no_column)(
            &h,
            &layout
                .headers
                .iter()
                .filter(|h| !h.is_empty())
                .map(|h| format!("{h:?}"))
                .collect::<Vec<_>>()
                .join(", "),
        )));
    }
    // The date: `--date`, else the title lines above the headers.
    out.date = opts.date.map(|d| (d, DateFrom::Flag)).or_else(|| {
        let mut best: Option<(NaiveDate, DateFrom)> = None;
        for r in 0..layout.header_row {
            for (c, cell) in sheet.rows.get(r).into_iter().flatten().enumerate() {
                if let Cell::Text(t) = cell
                    && let Some((d, found)) = date::in_line(t)
                {
                    let better = match &best {
                        None => true,
                        Some((_, DateFrom::Title(_, f))) => precision(found) < precision(*f),
                        Some(_) => false,
                    };
                    if better {
                        best = Some((d, DateFrom::Title(sheet.name_cell(r, c), found)));
                    }
                }
            }
        }
        best
    });
    let Some(day) = out.date.as_ref().map(|(d, _)| *d) else {
        out.errors.push(whole(w.no_date.to_string()));
        out.layout = Some(layout);
        return out;
    };
    let Some(unit_col) = layout.column(Role::Unit) else {
        out.errors.push(whole(w.no_table.to_string()));
        return out;
    };
    let sheet_label = sheet.name.clone();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let figures = [
        (Role::Population, Kind::Count),
        (Role::Participants, Kind::Count),
        (Role::Coverage, Kind::Percent),
        (Role::Plan, Kind::Count),
        (Role::PlanPercent, Kind::Percent),
    ];
    let mut started = false;
    for r in layout.first_data_row..sheet.rows.len() {
        let unit = sheet.cell(r, unit_col).text();
        // A blank row after the table's rows ends it: signatures follow.
        if started
            && sheet
                .rows
                .get(r)
                .is_none_or(|row| row.iter().all(Cell::is_empty))
        {
            break;
        }
        let cells: Vec<(Role, Kind, usize, &Cell)> = figures
            .iter()
            .filter_map(|(role, kind)| {
                let c = layout.column(*role)?;
                Some((*role, *kind, c, sheet.cell(r, c)))
            })
            .collect();
        if cells.iter().all(|(_, _, _, c)| c.is_empty()) {
            if !unit.is_empty() {
                out.skipped.push((r, unit, Skip::NoFigures));
            }
            continue;
        }
        if table::is_total(&unit) {
            out.skipped.push((r, unit, Skip::Total));
            started = true;
            continue;
        }
        if table::is_numbering(&unit) {
            out.skipped.push((r, unit, Skip::Numbering));
            continue;
        }
        // Words where every figure should be, beside a name that is no
        // unit: a signature or a note, not a row of the table.
        if cells
            .iter()
            .all(|(_, kind, _, c)| c.is_empty() || numbers::figure(c, *kind).is_err())
            && !matches!(index.find(&unit, day), Match::One { .. })
        {
            out.skipped.push((r, unit, Skip::NoFigures));
            continue;
        }
        started = true;
        let mut row = Row {
            row: r,
            unit: unit.clone(),
            id: String::new(),
            how: How::Name,
            population: None,
            participants: None,
            coverage: None,
            plan: None,
            plan_percent: None,
            source: String::new(),
        };
        let mut ok = true;
        for (role, kind, c, cell) in cells {
            match numbers::figure(cell, kind) {
                Ok(None) => {}
                Ok(Some(Figure::Count(n))) => match role {
                    Role::Population => row.population = Some(n),
                    Role::Participants => row.participants = Some(n),
                    _ => row.plan = Some(n),
                },
                Ok(Some(Figure::Percent(p))) => {
                    if role == Role::Coverage {
                        if p > 100.0 {
                            out.errors.push(Problem {
                                place: sheet.name_cell(r, c),
                                message: (w.over_100)(&cell.text()),
                            });
                            ok = false;
                        }
                        row.coverage = Some(p);
                    } else {
                        row.plan_percent = Some(p);
                    }
                }
                Err(why) => {
                    let role_name = w.roles.get(role.index()).copied().unwrap_or_default();
                    let message = match why {
                        Refusal::NotANumber => (w.not_a_number)(&cell.text(), role_name),
                        Refusal::NotWhole => (w.not_whole)(&cell.text(), role_name),
                        Refusal::Negative => (w.negative)(&cell.text(), role_name),
                    };
                    out.errors.push(Problem {
                        place: sheet.name_cell(r, c),
                        message,
                    });
                    ok = false;
                }
            }
        }
        let place = sheet.name_cell(r, unit_col);
        match index.find(&unit, day) {
            Match::One { id, how } => {
                if let Some(first) = seen.get(&id) {
                    out.errors.push(Problem {
                        place,
                        message: (w.twice)(&unit, &id, first + 1),
                    });
                    ok = false;
                } else {
                    seen.insert(id.clone(), r);
                }
                row.id = id;
                row.how = how;
            }
            Match::None(closest) => {
                out.errors.push(Problem {
                    place,
                    message: (w.no_unit)(&unit, &closest.join(", ")),
                });
                ok = false;
            }
            Match::Many(all) => {
                out.errors.push(Problem {
                    place,
                    message: (w.many_units)(&unit, &all.join(", ")),
                });
                ok = false;
            }
        }
        if !ok {
            continue;
        }
        if let (Some(c), Some(p), Some(n)) = (row.coverage, row.participants, row.population)
            && n > 0
        {
            let ratio = p as f64 / n as f64 * 100.0;
            if (c - ratio).abs() > AGREEMENT_POINTS {
                out.warnings.push(Problem {
                    place: layout
                        .column(Role::Coverage)
                        .map(|col| sheet.name_cell(r, col))
                        .unwrap_or_default(),
                    message: (w.disagrees)(c, ratio, &row.id, &day.to_string()),
                });
            }
        }
        let mut source = match &sheet_label {
            Some(s) => format!("{file_name}, {s}, {} {}", w.row_word, r + 1),
            None => format!("{file_name}, {} {}", w.row_word, r + 1),
        };
        if let Some(extra) = &opts.source {
            source.push_str("; ");
            source.push_str(extra);
        }
        row.source = source;
        out.rows.push(row);
    }
    if out.rows.is_empty() && out.errors.is_empty() {
        out.errors.push(whole(w.no_rows.to_string()));
    }
    out.layout = Some(layout);
    out
}

fn precision(f: date::Found) -> u8 {
    match f {
        date::Found::Day => 0,
        date::Found::Month => 1,
        date::Found::Year => 2,
    }
}
