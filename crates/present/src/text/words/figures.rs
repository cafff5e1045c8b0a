//! The words of a unit's figures over time: the Province screen's table
//! that `v` switches with the chart, its marks, the csv's extra columns,
//! and what the sources panel says each source backs.

use super::Lang;

pub struct FigureWords {
    /// The table's title: `Số liệu theo thời gian`.
    pub title: &'static str,
    /// The column of each figure's date.
    pub date: &'static str,
    /// The column of each figure's marks, in words.
    pub marks: &'static str,
    /// The csv's column of coverage the source gives only in words.
    pub coverage_words: &'static str,
    /// The csv's column of the year a unit's population was counted.
    pub population_year: &'static str,
    /// A figure rolled up from the unit's parts.
    pub rolled_up: &'static str,
    /// A roll-up of only some of the parts.
    pub partial: &'static str,
    /// The source's estimate (`ước thực hiện`).
    pub estimate: &'static str,
    /// A record that replaces an earlier source's for the same day.
    pub replaces: &'static str,
    /// The figure shown, more than 18 months old.
    pub stale: &'static str,
    /// Under the table when earlier rows are scrolled out of view.
    pub more_rows: fn(usize) -> String,
    /// In the sources panel, before a source's figures of one of the
    /// province's units: `Bắc Giang:`.
    pub backs_unit: fn(&str) -> String,
}

const VI: FigureWords = FigureWords {
    title: "Số liệu theo thời gian",
    date: "Ngày",
    marks: "Đánh dấu",
    coverage_words: "Bao phủ (lời nguồn)",
    population_year: "Năm dân số",
    rolled_up: "tổng hợp từ đơn vị cấp dưới",
    partial: "tổng hợp một phần",
    estimate: "số ước thực hiện",
    replaces: "thay số liệu của nguồn trước",
    stale: "số liệu cũ",
    more_rows: |n| format!("còn {n} dòng · PgUp PgDn cuộn"),
    backs_unit: |name| format!("{name}:"),
};

const EN: FigureWords = FigureWords {
    title: "Figures over time",
    date: "Date",
    marks: "Marks",
    coverage_words: "Coverage (source's words)",
    population_year: "Population year",
    rolled_up: "rolled up from its parts",
    partial: "partly rolled up",
    estimate: "estimate",
    replaces: "replaces an earlier source",
    stale: "stale",
    more_rows: |n| match n {
        1 => "1 more row · PgUp PgDn scroll".to_string(),
        n => format!("{n} more rows · PgUp PgDn scroll"),
    },
    backs_unit: |name| format!("{name}:"),
};

pub fn figure_words(lang: Lang) -> &'static FigureWords {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
