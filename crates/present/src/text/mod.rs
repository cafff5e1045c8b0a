//! Language-dependent text: numbers and dates as each language writes them,
//! and diacritic folding for search.

use chrono::NaiveDate;

use tiendo_model::Status;
use tiendo_model::schema::Precision;

/// The languages tiendo speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

    /// The thousands separator and the decimal mark.
    pub fn separators(self) -> (char, char) {
        match self {
            Lang::Vi => ('.', ','),
            Lang::En => (',', '.'),
        }
    }
}

pub use tiendo_model::fold::fold;

mod checked;
mod era;
mod notice;
mod problems;
mod shell;
mod words;
pub use checked::{accepted, refused};
pub use era::{EraLabel, counted, counted_units, era_help, level_count, level_help, top_name};
pub use notice::{
    due_label, filter, left_out, level_name, notice, notice_within, problem_in_short, rest_reading,
};
pub use problems::{diagnostic, invalid, problem, unread};
pub use shell::shell_quoted;
pub use words::{
    CliWords, Facts, FigureWords, HelpWords, ImportWords, IoWords, KeyHelp, Limits, Sentence,
    SheetWords, UsageWords, VerdictWords, WhyWords, Words, figure_words, sheet_words,
    verdict_words, words,
};

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
    date_at(lang, d, Precision::Day)
}

/// A date only as precise as the data knows it: a milestone dated to a
/// year is `2011`, never `01/01/2011`.
pub fn date_at(lang: Lang, d: NaiveDate, precision: Precision) -> String {
    let format = match (lang, precision) {
        (Lang::Vi, Precision::Day) => "%d/%m/%Y",
        (Lang::Vi, Precision::Month) => "%m/%Y",
        (Lang::En, Precision::Day) => "%Y-%m-%d",
        (Lang::En, Precision::Month) => "%Y-%m",
        (_, Precision::Year) => "%Y",
    };
    d.format(format).to_string()
}

/// ISO 8601 with reduced precision where the data has it: `2011`, `2011-05`.
pub fn iso_date(d: NaiveDate, precision: Precision) -> String {
    date_at(Lang::En, d, precision)
}

/// A target as a percentage: whole when whole (`95 %`), else two decimals.
pub fn target_percent(lang: Lang, value: f64) -> String {
    percent(lang, value, if value.fract() == 0.0 { 0 } else { 2 })
}

/// Display width in terminal cells.
pub fn width(s: &str) -> u16 {
    u16::try_from(unicode_width::UnicodeWidthStr::width(s)).unwrap_or(u16::MAX)
}

/// Cuts text to a display width, marking the cut with `…`.
pub fn truncate(s: &str, width: usize) -> String {
    if unicode_width::UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    cut(s, width)
}

/// The start of `s` and `…`, within `width`: for text that goes on past it.
pub fn cut(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        used += cw;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Cuts text to a display width from the left, marking the cut with `…`:
/// for a path or a query, whose end is what matters.
pub fn truncate_start(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    let mut kept = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        used += cw;
        kept.push(c);
    }
    if width == 0 {
        return String::new();
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// Why a file could not be read or written, in the user's language: the
/// system's own words are English whatever the interface speaks.
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let w = &words(lang).cli.io;
    match e.kind() {
        K::NotFound => w.not_found.to_string(),
        K::PermissionDenied => w.denied.to_string(),
        K::AlreadyExists => w.exists.to_string(),
        K::NotADirectory => w.not_a_folder.to_string(),
        K::IsADirectory => w.is_a_folder.to_string(),
        K::ReadOnlyFilesystem => w.read_only.to_string(),
        K::StorageFull | K::QuotaExceeded => w.full.to_string(),
        K::InvalidFilename => w.invalid_name.to_string(),
        // The system's own words, when they are in the user's language.
        _ if lang == Lang::En => e.to_string(),
        _ => (w.other)(e.raw_os_error()),
    }
}

/// "không đọc được data/x.toml: không có tệp hoặc thư mục này": what could
/// not be done (`doing`, then what on) and why, as one error.
pub fn io_failed(
    lang: Lang,
    doing: &str,
    on: &std::path::Path,
    e: &std::io::Error,
) -> anyhow::Error {
    anyhow::anyhow!("{doing} {}: {}", on.display(), io_reason(lang, e))
}

/// "Đang đọc dữ liệu: tệp 3/35 · 45/166 MB · 2 s (Ctrl-C để dừng)": files
/// and megabytes done of all.
pub fn load_progress(lang: Lang, files: (usize, usize), mb: (u64, u64), seconds: u64) -> String {
    let (done, total) = (count(lang, mb.0), count(lang, mb.1));
    match lang {
        Lang::Vi => format!(
            "Đang đọc dữ liệu: tệp {}/{} · {done}/{total} MB · {seconds} s (Ctrl-C để dừng)",
            files.0, files.1
        ),
        Lang::En => format!(
            "Loading data: file {} of {} · {done} of {total} MB · {seconds} s (Ctrl-C to stop)",
            files.0, files.1
        ),
    }
}

/// The source of a rolled-up figure: the parts it was rolled up from.
pub fn rolled_up_from(lang: Lang, with_figures: u32, parts: u32) -> String {
    match lang {
        Lang::Vi => format!("tổng hợp từ số liệu của {with_figures}/{parts} đơn vị"),
        Lang::En => format!("rolled up from the figures of {with_figures} of {parts} units"),
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
        (Lang::Vi, Status::NeedsNewer) => "Cần số liệu mới",
        (Lang::Vi, Status::TooFewFigures) => "Chưa đủ số liệu",
        (Lang::Vi, Status::Stale) => "Số liệu cũ",
        (Lang::Vi, Status::Partial) => "Số liệu một phần",
        (Lang::Vi, Status::InWords) => "Số liệu gần đúng",
        (Lang::Vi, Status::NoTarget) => "Chưa có mục tiêu",
        (Lang::Vi, Status::NoData) => "Chưa có số liệu",
        (Lang::En, Status::Achieved) => "Achieved",
        (Lang::En, Status::OnTrack) => "On track",
        (Lang::En, Status::AtRisk) => "At risk",
        (Lang::En, Status::OffTrack) => "Off track",
        (Lang::En, Status::NeedsNewer) => "Needs new figure",
        (Lang::En, Status::TooFewFigures) => "Too few figures",
        (Lang::En, Status::Stale) => "Stale",
        (Lang::En, Status::Partial) => "Partial figure",
        (Lang::En, Status::InWords) => "Approximate",
        (Lang::En, Status::NoTarget) => "No target",
        (Lang::En, Status::NoData) => "No data",
    }
}

/// The symbol and the word, as every cell and label writes a status: `✓ Đạt`.
pub fn status_label(lang: Lang, s: Status) -> String {
    format!("{} {}", status_symbol(s), status(lang, s))
}

pub fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::Achieved => "✓",
        Status::OnTrack => "●",
        Status::AtRisk => "▲",
        Status::OffTrack => "✗",
        Status::NeedsNewer => "»",
        Status::TooFewFigures => "?",
        Status::Stale => "!",
        Status::Partial => "~",
        Status::InWords => "≈",
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
    fn the_load_progress_line_follows_the_language() {
        assert_eq!(
            load_progress(Lang::Vi, (3, 35), (1_045, 1_660), 2),
            "Đang đọc dữ liệu: tệp 3/35 · 1.045/1.660 MB · 2 s (Ctrl-C để dừng)"
        );
        assert_eq!(
            load_progress(Lang::En, (3, 35), (1_045, 1_660), 2),
            "Loading data: file 3 of 35 · 1,045 of 1,660 MB · 2 s (Ctrl-C to stop)"
        );
    }

    #[test]
    fn a_failure_to_read_or_write_gives_its_reason_in_the_language() {
        use std::io::{Error, ErrorKind};
        let missing = Error::from(ErrorKind::NotFound);
        assert_eq!(
            io_reason(Lang::Vi, &missing),
            "không có tệp hoặc thư mục này"
        );
        assert_eq!(io_reason(Lang::En, &missing), "no such file or folder");
        let denied = Error::from(ErrorKind::PermissionDenied);
        assert_eq!(io_reason(Lang::Vi, &denied), "không có quyền truy cập");
        // What has no words of its own: the system's code in Vietnamese,
        // its own English words in English.
        let other = Error::other("device on fire");
        assert_eq!(io_reason(Lang::Vi, &other), "lỗi hệ thống");
        assert_eq!(io_reason(Lang::En, &other), "device on fire");
        let e = io_failed(
            Lang::Vi,
            "không đọc được",
            std::path::Path::new("a.toml"),
            &denied,
        );
        assert_eq!(
            e.to_string(),
            "không đọc được a.toml: không có quyền truy cập"
        );
    }

    #[test]
    fn folding_drops_diacritics_and_maps_d_stroke() {
        assert_eq!(fold("Bắc Giang"), "bac giang");
        assert_eq!(fold("Đồng Tháp"), "dong thap");
        assert_eq!(fold("đắk lắk"), "dak lak");
    }
}
