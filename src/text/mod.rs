//! Language-dependent text: numbers and dates as each language writes them,
//! and diacritic folding for search.

use chrono::NaiveDate;

use crate::model::Status;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Lang::Vi => ('.', ','),
            Lang::En => (',', '.'),
        }
    }
}

pub use crate::model::fold::fold;

mod notice;
mod words;
pub use notice::{filter, notice};
pub use words::{KeyHelp, Words, words};

/// A whole number with the language's thousands separator: 1.741.540 / 1,741,540.
pub fn count(lang: Lang, n: u64) -> String {
    let (thousands, _) = lang.separators();
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` places and the language's decimal mark.
pub fn decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let (_, mark) = lang.separators();
    let s = format!("{value:.decimals$}");
    if mark == '.' {
        s
    } else {
        s.replace('.', &mark.to_string())
    }
}

/// A percentage as officials write it: `94,47 %` / `94.47%`.
pub fn percent(lang: Lang, value: f64, decimals: usize) -> String {
    let n = decimal(lang, value, decimals);
    match lang {
        Lang::Vi => format!("{n} %"),
        Lang::En => format!("{n}%"),
    }
}

/// A difference in percentage points with its sign: `−0,53` / `+1.20`.
pub fn points(lang: Lang, value: f64) -> String {
    let n = decimal(lang, value.abs(), 2);
    if value < -0.005 {
        format!("−{n}")
    } else if value > 0.005 {
        format!("+{n}")
    } else {
        n
    }
}

pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// The status as officials say it, with the symbol that keeps it readable
/// without colour.
pub fn status(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::Vi, Status::Achieved) => "Đạt",
        (Lang::Vi, Status::OnTrack) => "Đúng tiến độ",
        (Lang::Vi, Status::AtRisk) => "Có nguy cơ",
        (Lang::Vi, Status::OffTrack) => "Chậm tiến độ",
        (Lang::Vi, Status::TooFewFigures) => "Chưa đủ số liệu",
        (Lang::Vi, Status::Stale) => "Số liệu cũ",
        (Lang::Vi, Status::NoTarget) => "Chưa có mục tiêu",
        (Lang::Vi, Status::NoData) => "Chưa có số liệu",
        (Lang::En, Status::Achieved) => "Achieved",
        (Lang::En, Status::OnTrack) => "On track",
        (Lang::En, Status::AtRisk) => "At risk",
        (Lang::En, Status::OffTrack) => "Off track",
        (Lang::En, Status::TooFewFigures) => "Too few figures",
        (Lang::En, Status::Stale) => "Stale",
        (Lang::En, Status::NoTarget) => "No target",
        (Lang::En, Status::NoData) => "No data",
    }
}

pub fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::Achieved => "✓",
        Status::OnTrack => "●",
        Status::AtRisk => "▲",
        Status::OffTrack => "✗",
        Status::TooFewFigures => "?",
        Status::Stale => "!",
        Status::NoTarget => "○",
        Status::NoData => "·",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(count(Lang::Vi, 1_741_540), "1.741.540");
        assert_eq!(count(Lang::En, 1_741_540), "1,741,540");
        assert_eq!(count(Lang::En, 540), "540");
        assert_eq!(percent(Lang::Vi, 94.47, 2), "94,47 %");
        assert_eq!(percent(Lang::En, 94.47, 2), "94.47%");
        assert_eq!(points(Lang::Vi, -0.53), "−0,53");
    }

    #[test]
    fn folding_drops_diacritics_and_maps_d_stroke() {
        assert_eq!(fold("Bắc Giang"), "bac giang");
        assert_eq!(fold("Đồng Tháp"), "dong thap");
        assert_eq!(fold("đắk lắk"), "dak lak");
    }
}
