//! Checks across a row and down a column, where a wrong column would
//! otherwise write wrong figures without a word: participants above the
//! population, coverage that disagrees with the counts on most rows, a
//! column of numbers whose header does not say which figure it holds, and
//! a figure two columns claim.

use super::header::Guess;
use super::read::{Sheet, column_letters};
use super::table::{Layout, Role};
use super::{Problem, Row};
use crate::text::ImportWords;

/// How far `coverage` may stray from participants / population before a
/// row is said to disagree, as `check` warns.
pub const AGREEMENT_POINTS: f64 = 0.5;

fn column_named(layout: &Layout, c: usize) -> String {
    let header = layout.headers.get(c).map(|h| h.shown()).unwrap_or_default();
    format!("{} {header:?}", column_letters(c))
}

/// Two or more columns whose headers name `role`.
pub fn clash_message(w: &ImportWords, layout: &Layout, role: Role, cols: &[usize]) -> String {
    let named: Vec<String> = cols.iter().map(|c| column_named(layout, *c)).collect();
    let first = cols.first().map(|c| column_letters(*c)).unwrap_or_default();
    (w.role_twice)(
        w.roles.get(role.index()).copied().unwrap_or_default(),
        &named.join(", "),
        &format!("--column {}={first}", role.code()),
    )
}

/// Participants above the population in row `r`: an error at the
/// participants cell.
pub fn over_population(
    w: &ImportWords,
    sheet: &Sheet,
    layout: &Layout,
    r: usize,
    row: &Row,
) -> Option<Problem> {
    let (Some(p), Some(n)) = (row.participants, row.population) else {
        return None;
    };
    (p > n).then(|| Problem {
        place: layout
            .column(Role::Participants)
            .map(|c| sheet.name_cell(r, c))
            .unwrap_or_default(),
        message: (w.over_population)(p, n),
    })
}

/// Columns of numbers nothing reads whose header speaks of people or a
/// share without saying which (`Số người`): the import cannot tell
/// whether they hold the figure it needs.
pub fn vague_columns(
    w: &ImportWords,
    sheet: &Sheet,
    layout: &Layout,
    rows: &[Row],
) -> Vec<Problem> {
    layout
        .guesses
        .iter()
        .enumerate()
        .filter(|(c, g)| {
            **g == Guess::Vague && layout.role_at(*c).is_none() && !layout.ignored.contains(c)
        })
        .filter(|(c, _)| {
            rows.iter().flat_map(|r| r.rows.iter()).any(|r| {
                let cell = sheet.cell(*r, *c);
                super::numbers::figure(cell, super::numbers::Kind::Percent)
                    .is_ok_and(|f| f.is_some())
            })
        })
        .map(|(c, _)| Problem {
            place: sheet.name.clone().unwrap_or_default(),
            message: (w.vague_column)(&column_named(layout, c), &column_letters(c)),
        })
        .collect()
}

/// What coverage against participants / population says.
#[derive(Debug, PartialEq)]
pub enum Agreement {
    /// They disagree on most rows: the columns are probably mixed up.
    MixedUp(Problem),
    /// A warning for each row where they disagree, as `check` gives.
    Rows(Vec<Problem>),
}

/// Rows giving coverage, participants and population whose coverage is
/// more than `AGREEMENT_POINTS` from participants / population. On most
/// of at least two such rows, the columns are taken to be mixed up.
pub fn mixed_up(
    w: &ImportWords,
    sheet: &Sheet,
    layout: &Layout,
    rows: &[Row],
    day: &str,
) -> Agreement {
    let mut all = 0usize;
    let mut off = Vec::new();
    for row in rows {
        let (Some(c), Some(p), Some(n)) = (row.coverage, row.participants, row.population) else {
            continue;
        };
        if n == 0 {
            continue;
        }
        all += 1;
        let ratio = p as f64 / n as f64 * 100.0;
        if (c - ratio).abs() > AGREEMENT_POINTS {
            off.push(Problem {
                place: layout
                    .column(Role::Coverage)
                    .map(|col| sheet.name_cell(row.row, col))
                    .unwrap_or_default(),
                message: (w.disagrees)(c, ratio, &row.id, day),
            });
        }
    }
    if all >= 2 && off.len() * 2 > all {
        let col = |role: Role| {
            layout
                .column(role)
                .map(|c| column_named(layout, c))
                .unwrap_or_default()
        };
        return Agreement::MixedUp(Problem {
            place: sheet.name.clone().unwrap_or_default(),
            message: (w.mixed_up)(
                off.len(),
                all,
                &col(Role::Coverage),
                &col(Role::Participants),
                &col(Role::Population),
            ),
        });
    }
    Agreement::Rows(off)
}
