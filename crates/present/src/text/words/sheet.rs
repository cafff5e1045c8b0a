//! The words of spreadsheets (csv and xlsx): the columns a figure's words,
//! a target's strictness and a verdict's outcome get of their own, the
//! sheets of a workbook and why one is not printed to a terminal.

use super::Lang;

pub struct SheetWords {
    /// The unit's id, to join on: the same in both languages.
    pub id: &'static str,
    /// Whether the target is met only above its number (`>95 %`).
    pub target_strict: &'static str,
    /// The year the trend reaches the target, and what a year cannot say
    /// (met already, or a year passed with no figure confirming it).
    pub projected_year: &'static str,
    pub projected_words: &'static str,
    /// The last target due: figure less target, and how it went.
    pub past_points: &'static str,
    pub past_outcome: &'static str,
    /// The sheets of a workbook.
    pub units_sheet: &'static str,
    pub figures_sheet: &'static str,
    pub targets_sheet: &'static str,
    pub milestones_sheet: &'static str,
    /// The headers of the targets sheet after id and unit: year, target,
    /// strict, target in words, document, source, verdict, date and figure
    /// at the deadline, points.
    pub target_headers: [&'static str; 10],
    /// The last row of a sheet cut at Excel's limit: how many rows more.
    pub rows_cut: fn(usize) -> String,
    /// The refusal to write a workbook to a terminal.
    pub xlsx_to_terminal: &'static str,
    pub write_xlsx: &'static str,
}

pub const VI: SheetWords = SheetWords {
    id: "id",
    target_strict: "Mục tiêu phải vượt (>)",
    projected_year: "Dự kiến đạt (năm)",
    projected_words: "Dự kiến đạt (lời)",
    past_points: "Mục tiêu đã đến hạn: chênh lệch (điểm)",
    past_outcome: "Mục tiêu đã đến hạn: kết quả",
    units_sheet: "Đơn vị",
    figures_sheet: "Số liệu theo thời gian",
    targets_sheet: "Mục tiêu",
    milestones_sheet: "Mốc thời gian",
    target_headers: [
        "Năm",
        "Mục tiêu (%)",
        "Phải vượt (>)",
        "Mục tiêu (lời)",
        "Văn bản",
        "Nguồn",
        "Đánh giá",
        "Ngày số liệu tại hạn",
        "Số liệu tại hạn (%)",
        "Chênh lệch (điểm)",
    ],
    rows_cut: |n| {
        format!(
            "… và {} dòng nữa không ghi được: mỗi trang tính của Excel chỉ chứa được 1.048.576 dòng.",
            crate::text::count(Lang::Vi, n as u64)
        )
    },
    xlsx_to_terminal: "Tệp xlsx là dữ liệu nhị phân, không in ra màn hình được: hãy ghi ra tệp bằng -o TỆP.xlsx.",
    write_xlsx: "không tạo được xlsx",
};

pub const EN: SheetWords = SheetWords {
    id: "id",
    target_strict: "Target met only above (>)",
    projected_year: "Projected (year)",
    projected_words: "Projected (words)",
    past_points: "Last target due: gap (points)",
    past_outcome: "Last target due: outcome",
    units_sheet: "Units",
    figures_sheet: "Figures over time",
    targets_sheet: "Targets",
    milestones_sheet: "Milestones",
    target_headers: [
        "Year",
        "Target (%)",
        "Met only above (>)",
        "Target (words)",
        "Document",
        "Source",
        "Verdict",
        "Date of the figure at the due date",
        "Figure at the due date (%)",
        "Gap (points)",
    ],
    rows_cut: |n| {
        format!(
            "… and {} more rows not written: an Excel sheet holds at most 1,048,576 rows.",
            crate::text::count(Lang::En, n as u64)
        )
    },
    xlsx_to_terminal: "An xlsx file is binary and cannot be printed to a terminal: write it to a file with -o FILE.xlsx.",
    write_xlsx: "cannot write the xlsx",
};

pub fn sheet_words(lang: Lang) -> &'static SheetWords {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
