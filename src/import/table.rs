//! Finding the table in a report: the header row (or two, with merged
//! cells), which column holds which figure, and the rows of units below.

use super::read::{Cell, Sheet};
use crate::model::fold::{fold, words};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Unit,
    Population,
    Participants,
    Coverage,
    Plan,
    PlanPercent,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Unit,
        Role::Population,
        Role::Participants,
        Role::Coverage,
        Role::Plan,
        Role::PlanPercent,
    ];

    pub fn index(self) -> usize {
        match self {
            Role::Unit => 0,
            Role::Population => 1,
            Role::Participants => 2,
            Role::Coverage => 3,
            Role::Plan => 4,
            Role::PlanPercent => 5,
        }
    }

    /// The code `--column` takes.
    pub fn code(self) -> &'static str {
        match self {
            Role::Unit => "unit",
            Role::Population => "population",
            Role::Participants => "participants",
            Role::Coverage => "coverage",
            Role::Plan => "plan",
            Role::PlanPercent => "plan_percent",
        }
    }

    /// A role by its code or its name in either language.
    pub fn parse(s: &str) -> Option<Role> {
        let w = words(s).replace(' ', "_");
        Some(match w.as_str() {
            "unit" | "don_vi" | "locality" | "name" | "ten" => Role::Unit,
            "population" | "dan_so" => Role::Population,
            "participants" | "tham_gia" | "so_nguoi_tham_gia" => Role::Participants,
            "coverage" | "ty_le" | "ty_le_bao_phu" | "bao_phu" => Role::Coverage,
            "plan" | "ke_hoach" | "ke_hoach_giao" => Role::Plan,
            "plan_percent" | "plan_pct" | "ty_le_ke_hoach" | "ke_hoach_pct" => Role::PlanPercent,
            _ => return None,
        })
    }
}

fn has_any(text: &str, keys: &[&str]) -> bool {
    keys.iter().any(|k| {
        text.split(' ')
            .collect::<Vec<_>>()
            .windows(k.split(' ').count())
            .any(|win| win.join(" ") == *k)
    })
}

/// The role a header names, in Vietnamese or English, with or without
/// diacritics.
pub fn role_of(header: &str) -> Option<Role> {
    let w = words(header);
    if w.is_empty() {
        return None;
    }
    let percent = header.contains('%')
        || has_any(
            &w,
            &[
                "ty le",
                "ti le",
                "percent",
                "pct",
                "rate",
                "share",
                "dat",
                "hoan thanh",
            ],
        );
    let plan = has_any(&w, &["ke hoach", "chi tieu", "plan", "target", "kh"]);
    if plan && percent {
        return Some(Role::PlanPercent);
    }
    if plan {
        return Some(Role::Plan);
    }
    if percent || has_any(&w, &["bao phu", "coverage"]) {
        return Some(Role::Coverage);
    }
    if has_any(
        &w,
        &[
            "tham gia",
            "participants",
            "insured",
            "co the",
            "so nguoi",
            "enrolled",
        ],
    ) {
        return Some(Role::Participants);
    }
    if has_any(&w, &["dan so", "population", "so dan"]) {
        return Some(Role::Population);
    }
    if has_any(
        &w,
        &[
            "don vi",
            "dia phuong",
            "ten",
            "unit",
            "units",
            "locality",
            "province",
            "district",
            "commune",
            "name",
            "tinh",
            "huyen",
            "xa",
            "quan",
            "phuong",
            "tinh thanh",
            "area",
        ],
    ) {
        return Some(Role::Unit);
    }
    None
}

/// The table found: its header rows, each column's header, which column
/// has which role, and where the data starts.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The first header row (0-based).
    pub header_row: usize,
    /// The first row after the headers.
    pub first_data_row: usize,
    /// Each column's header as read (two rows joined).
    pub headers: Vec<String>,
    /// The column of each role, by `Role::index`.
    pub columns: [Option<usize>; 6],
}

impl Layout {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.get(role.index()).copied().flatten()
    }
}

fn row_texts(sheet: &Sheet, row: usize, width: usize) -> Vec<String> {
    (0..width).map(|c| sheet.cell(row, c).text()).collect()
}

/// The headers of row `r`, joined with row `r + 1` when that is a second
/// header row: a merged top cell (its text in the first cell, the rest
/// empty) is carried over the columns beneath it.
fn headers_at(sheet: &Sheet, r: usize, two: bool, width: usize) -> Vec<String> {
    let top = row_texts(sheet, r, width);
    if !two {
        return top;
    }
    let sub = row_texts(sheet, r + 1, width);
    let mut carried = String::new();
    top.iter()
        .zip(&sub)
        .map(|(t, s)| {
            if !t.is_empty() {
                carried = t.clone();
            } else if s.is_empty() {
                carried.clear();
            }
            let t = if t.is_empty() { &carried } else { t };
            match (t.is_empty(), s.is_empty()) {
                (true, _) => s.clone(),
                (false, true) => t.clone(),
                (false, false) => format!("{t} {s}"),
            }
        })
        .collect()
}

fn roles_of(headers: &[String]) -> [Option<usize>; 6] {
    let mut columns = [None; 6];
    for (c, h) in headers.iter().enumerate() {
        if let Some(role) = role_of(h)
            && let Some(slot) = columns.get_mut(role.index())
            && slot.is_none()
        {
            *slot = Some(c);
        }
    }
    columns
}

/// The header rows: the first row within the first 40 whose headers name
/// a unit column and at least one figure, joined with the row under it
/// when that row is a second header row (nothing under the unit header,
/// no number typed as one).
pub fn find(sheet: &Sheet, overrides: &[(Role, String)]) -> Option<Layout> {
    let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in 0..sheet.rows.len().min(40) {
        let single = headers_at(sheet, r, false, width);
        let mut columns = roles_of(&single);
        apply(&mut columns, &single, overrides);
        let Some(unit) = columns.first().copied().flatten() else {
            continue;
        };
        if columns.iter().skip(1).all(Option::is_none) {
            continue;
        }
        let below = sheet.rows.get(r + 1);
        let second = below.is_some_and(|row| {
            sheet.cell(r + 1, unit).is_empty()
                && row.iter().any(|c| matches!(c, Cell::Text(_)))
                && !row.iter().any(|c| matches!(c, Cell::Number(_)))
        });
        let headers = if second {
            headers_at(sheet, r, true, width)
        } else {
            single
        };
        let mut columns = roles_of(&headers);
        apply(&mut columns, &headers, overrides);
        if columns.first().copied().flatten().is_none() {
            continue;
        }
        return Some(Layout {
            header_row: r,
            first_data_row: r + 1 + usize::from(second),
            headers,
            columns,
        });
    }
    None
}

/// `--column ROLE=HEADER`: the column whose header is HEADER (folded,
/// whole or in part) takes the role.
fn apply(columns: &mut [Option<usize>; 6], headers: &[String], overrides: &[(Role, String)]) {
    for (role, wanted) in overrides {
        let want = words(wanted);
        let letters = wanted.trim().to_ascii_uppercase();
        let found = headers
            .iter()
            .position(|h| words(h) == want)
            .or_else(|| {
                // A column letter: `--column unit=B`.
                (letters.len() <= 3 && letters.chars().all(|c| c.is_ascii_uppercase()))
                    .then(|| {
                        (0..headers.len()).find(|c| super::read::column_letters(*c) == letters)
                    })
                    .flatten()
            })
            .or_else(|| {
                // Part of a header, whole words: `--column coverage="tỷ lệ"`.
                headers
                    .iter()
                    .position(|h| !want.is_empty() && has_any(&words(h), &[want.as_str()]))
            });
        if let Some(c) = found {
            for slot in columns.iter_mut() {
                if *slot == Some(c) {
                    *slot = None;
                }
            }
            if let Some(slot) = columns.get_mut(role.index()) {
                *slot = Some(c);
            }
        }
    }
}

/// `--column` values whose header is nowhere in the header rows.
pub fn unmatched(layout: &Layout, overrides: &[(Role, String)]) -> Vec<String> {
    overrides
        .iter()
        .filter(|(role, _)| layout.column(*role).is_none())
        .map(|(_, h)| h.clone())
        .collect()
}

/// A totals row: Tổng cộng, Cộng, Toàn tỉnh, Tổng số, Total.
pub fn is_total(text: &str) -> bool {
    let w = words(text);
    [
        "tong cong",
        "cong",
        "toan tinh",
        "toan thanh pho",
        "toan quoc",
        "tong so",
        "total",
        "ca nuoc",
    ]
    .iter()
    .any(|k| w == *k || w.starts_with(&format!("{k} ")))
        || w == "tong"
        || w.starts_with("cong ")
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
    fn headers_in_either_language() {
        assert_eq!(role_of("Tên đơn vị"), Some(Role::Unit));
        assert_eq!(role_of("Ten don vi"), Some(Role::Unit));
        assert_eq!(role_of("Dân số"), Some(Role::Population));
        assert_eq!(role_of("Số người tham gia BHYT"), Some(Role::Participants));
        assert_eq!(role_of("Tỷ lệ bao phủ (%)"), Some(Role::Coverage));
        assert_eq!(role_of("Kế hoạch giao"), Some(Role::Plan));
        assert_eq!(
            role_of("Kế hoạch giao Tỷ lệ đạt (%)"),
            Some(Role::PlanPercent)
        );
        assert_eq!(role_of("Coverage %"), Some(Role::Coverage));
        assert_eq!(role_of("Population"), Some(Role::Population));
        assert_eq!(role_of("STT"), None);
        assert!(is_total("TỔNG CỘNG"));
        assert!(is_total("Toàn tỉnh"));
        assert!(!is_total("Tống Sơn"));
        assert!(is_numbering("(1)"));
        assert!(is_numbering("B"));
        assert!(!is_numbering("Xã A"));
    }
}
