//! Checks across a row and down a column, where a wrong column would
//! otherwise write wrong figures without a word: participants above the
//! population, coverage that disagrees with the counts on most rows, a
//! column of numbers whose header does not say which figure it holds, and
//! a figure two columns claim.

use super::header::Guess;
use super::read::{Sheet, column_letters};
use super::table::{Layout, Role};
use super::{Problem, Row};
use tiendo_model::agreement;
use tiendo_present::text::ImportWords;

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
/// more than `agreement::AGREEMENT_POINTS` from participants / population,
/// as `check` warns of a record. On most
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
        let (Some(c), Some(ratio)) = (
            row.coverage,
            agreement::percent(row.participants, row.population),
        ) else {
            continue;
        };
        all += 1;
        if agreement::disagrees(c, ratio) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::How;
    use crate::read::read_csv;
    use crate::table::find;
    use tiendo_present::text::{self, Lang};

    /// Unit in B, population in C, participants in D, coverage in E.
    const CSV: &str =
        "STT,Tên đơn vị,Dân số,Số người tham gia,Tỷ lệ bao phủ (%)\n1,Hà Nội,2,1,50\n";

    fn sheet() -> Sheet {
        read_csv(Lang::En, CSV.as_bytes()).unwrap()
    }

    fn row(r: usize, population: u64, participants: u64, coverage: f64) -> Row {
        Row {
            row: r,
            rows: vec![r],
            unit: format!("Đơn vị {r}"),
            id: format!("u{r}"),
            how: How::Name,
            population: Some(population),
            participants: Some(participants),
            coverage: Some(coverage),
            plan: None,
            plan_percent: None,
            estimate: false,
            replaces: false,
            note: None,
            source: String::new(),
        }
    }

    fn agreement(rows: &[Row]) -> Agreement {
        let sheet = sheet();
        let layout = find(&sheet, &[], &[]).unwrap();
        let w = &text::words(Lang::En).cli.import;
        mixed_up(w, &sheet, &layout, rows, "2025-10-31")
    }

    fn warning(r: usize, c: &str, ratio: &str) -> Problem {
        Problem {
            place: format!("E{}", r + 1),
            message: format!(
                "coverage = {c} but participants / population = {ratio} for `u{r}` on 2025-10-31: the source may use another population base"
            ),
        }
    }

    #[test]
    fn half_a_point_from_the_counts_still_agrees() {
        // 1 ÷ 2 is 50 %: 50.5 and 49.5 are half a point off, 50.75 more.
        assert_eq!(
            agreement(&[row(1, 2, 1, 50.5), row(2, 2, 1, 49.5)]),
            Agreement::Rows(Vec::new())
        );
        assert_eq!(
            agreement(&[row(1, 2, 1, 50.75), row(2, 2, 1, 50.0)]),
            Agreement::Rows(vec![warning(1, "50.75", "50.00")])
        );
    }

    #[test]
    fn more_than_half_of_two_or_more_rows_off_means_mixed_up_columns() {
        // One row of one: that row's warning.
        assert_eq!(
            agreement(&[row(1, 2, 1, 60.0)]),
            Agreement::Rows(vec![warning(1, "60", "50.00")])
        );
        // Half of the rows: each its warning.
        assert_eq!(
            agreement(&[row(1, 2, 1, 60.0), row(2, 4, 1, 25.0)]),
            Agreement::Rows(vec![warning(1, "60", "50.00")])
        );
        // Two of three: the columns.
        let mixed = "coverage (column E \"Tỷ lệ bao phủ (%)\") disagrees with participants ÷ population (columns D \"Số người tham gia\" ÷ C \"Dân số\") by more than 0.5 point on 2 of 3 rows: the columns are probably mixed up; check them, or name them with --column";
        assert_eq!(
            agreement(&[row(1, 2, 1, 60.0), row(2, 4, 1, 30.0), row(3, 4, 1, 25.0)]),
            Agreement::MixedUp(Problem {
                place: String::new(),
                message: mixed.to_string(),
            })
        );
    }

    #[test]
    fn a_row_without_a_population_is_not_counted() {
        // Without the first row, one of two is off: warnings, not mixed up.
        assert_eq!(
            agreement(&[row(1, 0, 0, 60.0), row(2, 2, 1, 60.0), row(3, 2, 1, 50.0)]),
            Agreement::Rows(vec![warning(2, "60", "50.00")])
        );
    }

    #[test]
    fn participants_may_equal_the_population_but_not_exceed_it() {
        let sheet = sheet();
        let layout = find(&sheet, &[], &[]).unwrap();
        let w = &text::words(Lang::En).cli.import;
        assert_eq!(
            over_population(w, &sheet, &layout, 1, &row(1, 1000, 1000, 100.0)),
            None
        );
        assert_eq!(
            over_population(w, &sheet, &layout, 1, &row(1, 1000, 1001, 100.0)),
            Some(Problem {
                place: "D2".into(),
                message: "participants (1001) exceed the population (1000): check both cells and their columns".into(),
            })
        );
    }
}
