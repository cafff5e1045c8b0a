//! The table's rows made into records: each figure read from its cell,
//! totals, column numbers and signatures left out, and each unit matched
//! (`--map` first, then the dataset), with every problem at its cell.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::numbers::{self, Figure, Kind, Refusal};
use super::{
    Cell, How, Import, Index, Layout, Match, Options, Problem, Role, Row, Sheet, Skip, Unmatched,
    checks, header, matching, parts, table,
};
use tiendo_present::text;

/// The figures of each row of the table, matched to their units; every
/// problem at its cell.
pub(super) fn read_rows(
    opts: &Options,
    sheet: &Sheet,
    layout: &Layout,
    unit_col: usize,
    day: NaiveDate,
    index: &Index,
    out: &mut Import,
) -> Vec<Row> {
    let w = &text::words(opts.lang).cli.import;
    let mut rows = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let figures = [
        (Role::Population, Kind::Count),
        (Role::Participants, Kind::Count),
        (Role::Coverage, Kind::Percent),
        (Role::Plan, Kind::Count),
        (Role::PlanPercent, Kind::Percent),
    ];
    let estimate_columns = Role::ALL.iter().any(|role| {
        layout
            .column(*role)
            .and_then(|c| layout.headers.get(c))
            .is_some_and(|h| header::is_estimate(&h.top) || header::is_estimate(&h.sub))
    });
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
        let found = find_unit(opts, index, &unit, day);
        // Words where every figure should be, beside a name that is no
        // unit: a signature or a note, not a row of the table.
        if cells
            .iter()
            .all(|(_, kind, _, c)| c.is_empty() || numbers::figure(c, *kind).is_err())
            && !matches!(found, Match::One { .. })
        {
            out.skipped.push((r, unit, Skip::NoFigures));
            continue;
        }
        started = true;
        let mut row = Row {
            row: r,
            rows: vec![r],
            unit: unit.clone(),
            id: String::new(),
            how: How::Name,
            population: None,
            participants: None,
            coverage: None,
            plan: None,
            plan_percent: None,
            estimate: estimate_columns,
            replaces: false,
            note: None,
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
        if let Some(problem) = checks::over_population(w, sheet, layout, r, &row) {
            out.errors.push(problem);
            ok = false;
        }
        let place = sheet.name_cell(r, unit_col);
        match found {
            Match::One { id, how } => {
                row.id = id;
                row.how = how;
                let part = parts::part_of(&row).to_string();
                if let Some(first) = seen.get(&part) {
                    out.errors.push(Problem {
                        place,
                        message: (w.twice)(&unit, &part, first + 1),
                    });
                    ok = false;
                } else {
                    seen.insert(part, r);
                }
            }
            Match::None(_) | Match::Many(_) if opts.skip_unmatched => {
                out.unmatched.push(Unmatched {
                    row: r,
                    place,
                    unit,
                });
                continue;
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
            Match::Ceased { id, name, on } => {
                out.errors.push(Problem {
                    place,
                    message: (w.ceased)(&unit, &name, &id, &on.to_string(), &day.to_string()),
                });
                ok = false;
            }
        }
        if ok {
            rows.push(row);
        }
    }
    rows
}

/// The unit `name` stands for on `day`: `--map` first, then the dataset.
fn find_unit(opts: &Options, index: &Index, name: &str, day: NaiveDate) -> Match {
    if opts.map.is_empty() {
        return index.find(name, day);
    }
    // Compared as names are: folded, without their prefix.
    let key = matching::key(name).0;
    match opts
        .map
        .iter()
        .find(|(from, _)| matching::key(from).0 == key)
    {
        Some((_, id)) => Match::One {
            id: id.clone(),
            how: How::Mapped,
        },
        None => index.find(name, day),
    }
}
