//! Finding the table in a report: the header row (or two, with merged
//! cells), which column holds which figure, and the rows of units below.

use super::header::{Guess, Header, guess, has_any};
use super::read::{Cell, Sheet};
pub use super::role::Role;
use tiendo_model::fold::{fold, words};

/// The table found: its header rows, each column's header and what it
/// says, which column has which role, and where the data starts.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The first header row (0-based).
    pub header_row: usize,
    /// The first row after the headers.
    pub first_data_row: usize,
    /// Each column's header, by column.
    pub headers: Vec<Header>,
    /// What each column's header says, by column.
    pub guesses: Vec<Guess>,
    /// The column of each role, by `Role::index`.
    pub columns: [Option<usize>; 6],
    /// Roles whose header two or more columns give, with those columns:
    /// none of them is read until `--column` says which.
    pub clashes: Vec<(Role, Vec<usize>)>,
    /// Roles `--column` gave a column.
    pub named: Vec<Role>,
    /// Columns `--column ignore=…` leaves out.
    pub ignored: Vec<usize>,
}

impl Layout {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.get(role.index()).copied().flatten()
    }

    /// The role column `c` is read as.
    pub fn role_at(&self, c: usize) -> Option<Role> {
        Role::ALL.into_iter().find(|r| self.column(*r) == Some(c))
    }
}

fn row_texts(sheet: &Sheet, row: usize, width: usize) -> Vec<String> {
    (0..width).map(|c| sheet.cell(row, c).text()).collect()
}

/// The headers of row `r`, with row `r + 1` under them when that is a
/// second header row: a merged top cell (its text in the first cell, the
/// rest empty) is carried over the columns beneath it.
fn headers_at(sheet: &Sheet, r: usize, two: bool, width: usize) -> Vec<Header> {
    let top = row_texts(sheet, r, width);
    if !two {
        return top
            .into_iter()
            .map(|top| Header {
                top,
                sub: String::new(),
            })
            .collect();
    }
    let sub = row_texts(sheet, r + 1, width);
    let mut carried = String::new();
    top.into_iter()
        .zip(sub)
        .map(|(t, s)| {
            if !t.is_empty() {
                carried = t.clone();
            } else if s.is_empty() {
                carried.clear();
            }
            let top = if t.is_empty() { carried.clone() } else { t };
            Header { top, sub: s }
        })
        .collect()
}

/// The header rows: the first row within the first 40 whose headers name
/// a unit column and at least one figure, with the row under it when that
/// is a second header row (nothing under the unit header, no number typed
/// as one). `named` are `--column ROLE=HEADER`, `ignore` `--column
/// ignore=HEADER`.
pub fn find(sheet: &Sheet, named: &[(Role, String)], ignore: &[String]) -> Option<Layout> {
    let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in 0..sheet.rows.len().min(40) {
        let single = headers_at(sheet, r, false, width);
        let Some(layout) = layout_of(r, single, named, ignore) else {
            continue;
        };
        let Some(unit) = layout.column(Role::Unit).or_else(|| {
            layout
                .clashes
                .iter()
                .find(|(role, _)| *role == Role::Unit)
                .and_then(|(_, cols)| cols.first().copied())
        }) else {
            continue;
        };
        let below = sheet.rows.get(r + 1);
        let second = below.is_some_and(|row| {
            sheet.cell(r + 1, unit).is_empty()
                && row.iter().any(|c| matches!(c, Cell::Text(_)))
                && !row.iter().any(|c| matches!(c, Cell::Number(_)))
        });
        if !second {
            return Some(layout);
        }
        let headers = headers_at(sheet, r, true, width);
        if let Some(mut layout) = layout_of(r, headers, named, ignore) {
            layout.first_data_row = r + 2;
            return Some(layout);
        }
    }
    None
}

/// The layout headers at row `r` give, when they name a unit column and a
/// figure.
fn layout_of(
    r: usize,
    headers: Vec<Header>,
    named: &[(Role, String)],
    ignore: &[String],
) -> Option<Layout> {
    let guesses: Vec<Guess> = headers.iter().map(guess).collect();
    let says = |role: Role| guesses.contains(&Guess::Is(role));
    let named_roles: Vec<Role> = named
        .iter()
        .filter(|(_, wanted)| find_header(&headers, wanted).is_some())
        .map(|(role, _)| *role)
        .collect();
    let figure = Role::ALL
        .into_iter()
        .skip(1)
        .any(|role| says(role) || named_roles.contains(&role));
    if !(says(Role::Unit) || named_roles.contains(&Role::Unit)) || !figure {
        return None;
    }
    let ignored: Vec<usize> = ignore
        .iter()
        .filter_map(|wanted| find_header(&headers, wanted))
        .collect();
    let mut columns = [None; 6];
    let mut taken: Vec<usize> = ignored.clone();
    let mut named_found = Vec::new();
    for (role, wanted) in named {
        if let Some(c) = find_header(&headers, wanted)
            && let Some(slot) = columns.get_mut(role.index())
        {
            *slot = Some(c);
            taken.push(c);
            named_found.push(*role);
        }
    }
    let mut clashes = Vec::new();
    for role in Role::ALL {
        if named_found.contains(&role) {
            continue;
        }
        let claimed: Vec<usize> = guesses
            .iter()
            .enumerate()
            .filter(|(c, g)| **g == Guess::Is(role) && !taken.contains(c))
            .map(|(c, _)| c)
            .collect();
        match claimed.as_slice() {
            [] => {}
            [c] => {
                if let Some(slot) = columns.get_mut(role.index()) {
                    *slot = Some(*c);
                }
            }
            _ => clashes.push((role, claimed)),
        }
    }
    Some(Layout {
        header_row: r,
        first_data_row: r + 1,
        headers,
        guesses,
        columns,
        clashes,
        named: named_found,
        ignored,
    })
}

/// The column `wanted` names: its whole header (folded), its letter
/// (`B`), or whole words of its header (`tỷ lệ`).
fn find_header(headers: &[Header], wanted: &str) -> Option<usize> {
    let want = words(wanted);
    let letters = wanted.trim().to_ascii_uppercase();
    headers
        .iter()
        .position(|h| h.words() == want || words(&h.sub) == want && !want.is_empty())
        .or_else(|| {
            (letters.len() <= 3 && letters.chars().all(|c| c.is_ascii_uppercase()))
                .then(|| (0..headers.len()).find(|c| super::read::column_letters(*c) == letters))
                .flatten()
        })
        .or_else(|| {
            headers
                .iter()
                .position(|h| !want.is_empty() && has_any(&h.words(), &[want.as_str()]))
        })
}

/// `--column` values whose header is nowhere in the header rows.
pub fn unmatched(layout: &Layout, named: &[(Role, String)], ignore: &[String]) -> Vec<String> {
    named
        .iter()
        .filter(|(role, _)| !layout.named.contains(role))
        .map(|(_, h)| h.clone())
        .chain(
            ignore
                .iter()
                .filter(|h| find_header(&layout.headers, h).is_none())
                .cloned(),
        )
        .collect()
}

/// A totals row: Tổng cộng, Cộng, Toàn tỉnh, Tổng số, Total.
pub fn is_total(text: &str) -> bool {
    let w = words(text);
    let starts = |k: &str| w == k || w.starts_with(&format!("{k} "));
    // `Cộng` and the commune `Công Hải` fold alike: only the first is a
    // total, and a unit's row is never left out as one.
    let cong = starts("cong") && text.trim_start().to_lowercase().starts_with("cộng");
    [
        "tong cong",
        "toan tinh",
        "toan thanh pho",
        "toan quoc",
        "tong so",
        "total",
        "ca nuoc",
    ]
    .into_iter()
    .any(starts)
        || w == "tong"
        || cong
}

/// A row of column numbers under the headers (`A`, `B`, `(1)`, `1`…): its
/// unit cell holds at most two letters or digits.
pub fn is_numbering(text: &str) -> bool {
    let f = fold(text);
    let core: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    core.chars().count() <= 2 && !f.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_and_numbering_rows() {
        assert!(is_total("TỔNG CỘNG"));
        assert!(is_total("Toàn tỉnh"));
        assert!(!is_total("Tống Sơn"));
        assert!(is_total("Cộng"));
        assert!(is_total("CỘNG TOÀN TỈNH"));
        assert!(is_total("Tổng"));
        assert!(is_total("Tổng số"));
        assert!(is_total("Total"));
        assert!(is_total("Cả nước"));
        // A commune's name folded like `Cộng` is no total.
        assert!(!is_total("Công Hải"));
        assert!(!is_total("Tổng Hợp Tân"));
        assert!(!is_numbering("P 1"));
        assert!(is_numbering("(1)"));
        assert!(is_numbering("B"));
        assert!(!is_numbering("Xã A"));
    }

    fn sheet(csv: &str) -> Sheet {
        crate::read::read_csv(tiendo_present::text::Lang::En, csv.as_bytes()).unwrap()
    }

    fn header(top: &str, sub: &str) -> Header {
        Header {
            top: top.into(),
            sub: sub.into(),
        }
    }

    #[test]
    fn roles_by_their_code_and_their_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
        assert_eq!(Role::parse("Tên"), Some(Role::Unit));
        assert_eq!(Role::parse("Dân số"), Some(Role::Population));
        assert_eq!(Role::parse("Số người tham gia"), Some(Role::Participants));
        assert_eq!(Role::parse("Tỷ lệ bao phủ"), Some(Role::Coverage));
        assert_eq!(Role::parse("Kế hoạch giao"), Some(Role::Plan));
        assert_eq!(Role::parse("plan pct"), Some(Role::PlanPercent));
        assert_eq!(Role::parse("ignore"), None);
    }

    #[test]
    fn a_column_is_named_by_its_whole_header_its_own_cell_its_letter_or_its_words() {
        let headers = [
            header("Tỷ lệ bao phủ", "Ghi chú"),
            header("Số người tham gia", "Tự nguyện"),
            header("Người tham gia", "Tỷ lệ bao phủ"),
            header("Số người", ""),
        ];
        // The whole header before words of another.
        assert_eq!(find_header(&headers, "Số người"), Some(3));
        // The column's own cell before words of another's top.
        assert_eq!(find_header(&headers, "tỷ lệ bao phủ"), Some(2));
        assert_eq!(find_header(&headers, "b"), Some(1));
        assert_eq!(find_header(&headers, "tự nguyện"), Some(1));
        assert_eq!(find_header(&headers, "dân số"), None);
    }

    #[test]
    fn the_header_row_names_a_unit_column_and_a_figure() {
        // The agency's line names a province, but no figure.
        let layout = find(
            &sheet("BHXH TỈNH LẠNG SƠN\nTên đơn vị,Dân số\nTỉnh Lạng Sơn,802000\n"),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!((layout.header_row, layout.first_data_row), (1, 2));
        assert_eq!(layout.column(Role::Unit), Some(0));
        assert_eq!(layout.column(Role::Population), Some(1));
        assert!(find(&sheet("Tên đơn vị,Ghi chú\nTỉnh Lạng Sơn,x\n"), &[], &[]).is_none());
    }

    #[test]
    fn a_second_header_row_holds_words_and_no_numbers() {
        // A blank row under the headers is no second header row.
        let layout = find(
            &sheet("Tên đơn vị,Dân số\n,\nTỉnh Lạng Sơn,802000\n"),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!((layout.header_row, layout.first_data_row), (0, 1));
        // Nor is a row of numbers beside an empty unit cell.
        let numbers = Sheet {
            name: None,
            rows: vec![
                vec![Cell::Text("Tên đơn vị".into()), Cell::Text("Dân số".into())],
                vec![Cell::Empty, Cell::Number(1.0)],
            ],
        };
        let layout = find(&numbers, &[], &[]).unwrap();
        assert_eq!(layout.first_data_row, 1);
        assert_eq!(layout.headers.get(1), Some(&header("Dân số", "")));
        // Words under the headers, nothing under the unit's: two rows.
        let layout = find(
            &sheet("Tên đơn vị,Người tham gia\n,Số người\nTỉnh Lạng Sơn,770100\n"),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!(layout.first_data_row, 2);
        assert_eq!(layout.column(Role::Participants), Some(1));
    }

    #[test]
    fn two_unit_columns_are_a_clash_found_as_the_table() {
        let layout = find(
            &sheet("Tên đơn vị,Tên tỉnh,Dân số\nLạng Sơn,Lạng Sơn,802000\n"),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!(layout.clashes, vec![(Role::Unit, vec![0, 1])]);
        assert_eq!(layout.column(Role::Unit), None);
    }
}
