//! The words of verdicts: how a target's date passed, the projection that
//! names its target, the column and counts of the last target due.

use super::Lang;

pub struct VerdictWords {
    /// Between a target and the year the trend reaches it: "95 % vào 2027".
    pub reach_in: &'static str,
    /// The projection of a unit that already meets its target: words, not
    /// a second `✓` beside the verdict's.
    pub already_met: &'static str,
    /// The column of the last target whose date has passed.
    pub past: &'static str,
    pub past_short: &'static str,
    pub met: &'static str,
    pub missed: &'static str,
    /// A passed target reached only by an estimate, in a cell and in full.
    pub estimated_short: &'static str,
    pub estimated_long: &'static str,
    /// A passed target with only a partial figure near its date, in a cell.
    pub partial_short: &'static str,
    pub partial_long: &'static str,
    /// A passed target with no figure near its date, in a cell.
    pub no_figure_short: &'static str,
    pub no_figure_long: &'static str,
    /// The Province screen's list of targets.
    pub targets: &'static str,
    /// A target in words (`toàn dân`): nothing to measure against.
    pub in_words: &'static str,
    /// The csv's columns of the years a target and the last target due
    /// fall in.
    pub target_year: &'static str,
    pub past_year: &'static str,
    /// The headers of an export's list of targets.
    pub target_headers: [&'static str; 4],
    /// Before the date of a figure: "95,20 % ngày 31/12/2025".
    pub on_day: &'static str,
    /// The Overview's count of the provinces against the last target due.
    pub count: fn(&str, i32, [usize; 5]) -> String,
    /// A target set by a document issued after the day shown.
    pub more_targets: fn(usize) -> String,
}

pub const VI: VerdictWords = VerdictWords {
    reach_in: "vào",
    already_met: "đã đạt",
    past: "Mục tiêu đã đến hạn",
    past_short: "Đến hạn",
    met: "đạt",
    missed: "không đạt",
    estimated_short: "ước đạt",
    estimated_long: "ước đạt, chờ số chính thức",
    partial_short: "một phần",
    partial_long: "chỉ có số liệu một phần tại hạn",
    no_figure_short: "chưa có số",
    no_figure_long: "không có số liệu tại hạn",
    targets: "Các mục tiêu",
    in_words: "không có số để đo",
    target_year: "Năm của mục tiêu",
    past_year: "Năm của mục tiêu đã đến hạn",
    target_headers: ["Hạn", "Mục tiêu", "Đánh giá", "Số liệu tại hạn"],
    on_day: "ngày",
    count: |units, year, [met, missed, estimated, partial, none]| {
        let mut s = format!("{units}, mục tiêu {year}: {met} đạt · {missed} không đạt");
        if estimated > 0 {
            s.push_str(&format!(" · {estimated} ước đạt, chờ số chính thức"));
        }
        if partial > 0 {
            s.push_str(&format!(" · {partial} chỉ có số liệu một phần"));
        }
        s.push_str(&format!(" · {none} không có số tại hạn"));
        s
    },
    more_targets: |n| format!("và {n} mục tiêu nữa"),
};

pub const EN: VerdictWords = VerdictWords {
    reach_in: "in",
    already_met: "already met",
    past: "Last target due",
    past_short: "Last due",
    met: "met",
    missed: "missed",
    estimated_short: "estimated",
    estimated_long: "estimated to meet, awaiting the official figure",
    partial_short: "partial",
    partial_long: "only a partial figure at the due date",
    no_figure_short: "no figure",
    no_figure_long: "no figure at the due date",
    targets: "Targets",
    in_words: "no number to measure",
    target_year: "Target year",
    past_year: "Last due target year",
    target_headers: ["Due", "Target", "Verdict", "Figure at the due date"],
    on_day: "on",
    count: |units, year, [met, missed, estimated, partial, none]| {
        let mut s = format!("{units}, target {year}: {met} met · {missed} missed");
        if estimated > 0 {
            s.push_str(&format!(
                " · {estimated} estimated, awaiting the official figure"
            ));
        }
        if partial > 0 {
            s.push_str(&format!(" · {partial} partial figure only"));
        }
        s.push_str(&format!(" · {none} no figure at the due date"));
        s
    },
    more_targets: |n| format!("and {n} more targets"),
};

pub fn verdict_words(lang: Lang) -> &'static VerdictWords {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
