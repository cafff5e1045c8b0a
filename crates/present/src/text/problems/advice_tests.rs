//! The advice `check` gives for a figure or a date typed as people type
//! them, from the TOML line to the sentence, in both languages: a fix
//! copied as written must never change a figure or a year (issue 24).

use tiendo_model::diagnostic::Severity;
use tiendo_model::load::{Unread, load_files_checked};

use super::{Lang, problem};

/// A dataset whose `[[milestone]]`, `[[target]]` and record hold `line`
/// where `at` says (`meta`, `milestone`, `target`, `record`).
fn dataset(at: &str, line: &str) -> String {
    let put = |here: &str, default: &str| {
        if at == here {
            line.to_string()
        } else {
            default.to_string()
        }
    };
    format!(
        "schema = 1\n[meta]\ntitle = \"t\"\n{}\n\n[[milestone]]\n{}\ntitle = \"m\"\nkind = \"law\"\nsource = \"s\"\n\n[[target]]\nlocality = \"VN\"\n{}\ncoverage = 95\nsource = \"s\"\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n  [[locality.record]]\n  {}\n  source = \"s\"\n",
        put("meta", "as_of = 2025-12-31"),
        put("milestone", "date = 2014-06-13"),
        put("target", "by = 2025-12-31"),
        put("record", "date = 2024-12-31\n  coverage = 94.5"),
    )
}

/// The only error of `line` put at `at`, in English and in Vietnamese.
fn said(at: &str, line: &str) -> (String, String) {
    let text = dataset(at, line);
    let files = vec![("d.toml".to_string(), text.into_bytes())];
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 31);
    let invalid = match load_files_checked(files, &Default::default(), today) {
        Ok(_) => panic!("{line} loads"),
        Err(invalid) => invalid,
    };
    let errors: Vec<_> = invalid
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{line}: {:?}", invalid.diagnostics);
    let p = &errors[0].problem;
    (problem(Lang::En, p), problem(Lang::Vi, p))
}

#[test]
fn a_count_with_a_thousands_dot_is_ambiguous_and_never_shrunk_silently() {
    assert_eq!(
        said("record", "date = 2024-12-31\n  participants = 322.000"),
        (
            "`participants` = 322.000 is unclear: a count of people has no decimals, and a dot may part thousands. If it means 322000 people, write participants = 322000; if it means 322, write participants = 322".into(),
            "`participants` = 322.000 không rõ nghĩa: số người không có phần thập phân, còn dấu chấm có thể là dấu phân cách hàng nghìn. Nếu là 322000 người, hãy viết participants = 322000; nếu là 322 người, hãy viết participants = 322".into()
        )
    );
    assert_eq!(
        said("record", "date = 2024-12-31\n  participants = 322.500").1,
        "`participants` = 322.500 không phải số nguyên: số người không có phần thập phân. Nếu dấu chấm là dấu phân cách hàng nghìn (322500 người), hãy viết participants = 322500"
    );
    // One or two decimals are no thousands: the point is a decimal point.
    assert_eq!(
        said("record", "date = 2024-12-31\n  participants = 322.0").1,
        "viết participants = 322: số người là số nguyên, không có dấu chấm thập phân"
    );
    // Two dots are thousands for certain: the digits, unchanged.
    assert_eq!(
        said("record", "date = 2024-12-31\n  participants = 1.741.540").1,
        "viết participants = 1741540: số nguyên, không có dấu phân cách hàng nghìn"
    );
}

#[test]
fn spaces_and_a_percent_sign_are_taken_out_not_quoted() {
    assert_eq!(
        said("record", "date = 2024-12-31\n  participants = 322 000"),
        (
            "write participants = 322000: a whole number without thousands separators".into(),
            "viết participants = 322000: số nguyên, không có dấu phân cách hàng nghìn".into()
        )
    );
    assert_eq!(
        said("record", "date = 2024-12-31\n  coverage = 92%"),
        (
            "write coverage = 92: a percentage is written as its number, without the % sign".into(),
            "viết coverage = 92: tỷ lệ phần trăm chỉ ghi con số, không kèm dấu %".into()
        )
    );
    assert_eq!(
        said("record", "date = 2024-12-31\n  coverage = 92.5 %").1,
        "viết coverage = 92.5: tỷ lệ phần trăm chỉ ghi con số, không kèm dấu %"
    );
}

#[test]
fn a_year_typed_alone_keeps_its_year_in_the_day_advised() {
    assert_eq!(
        said("record", "date = 2019\n  coverage = 94.5").0,
        "write date = 2019-12-31 if it means the end of 2019: `date` is a day (year-month-day), and a whole year is dated its last day"
    );
    assert_eq!(
        said("meta", "as_of = 2024").1,
        "viết as_of = 2024-12-31 nếu ý là hết năm 2024: `as_of` là một ngày (năm-tháng-ngày), và cả năm được ghi bằng ngày cuối năm"
    );
    assert_eq!(
        said("target", "by = 2025").1,
        "viết by = 2025-12-31 nếu ý là hết năm 2025: `by` là một ngày (năm-tháng-ngày), và cả năm được ghi bằng ngày cuối năm"
    );
    // In quotes, the same advice.
    assert_eq!(
        said("target", "by = \"2030\"").1,
        "viết by = 2030-12-31 nếu ý là hết năm 2030: `by` là một ngày (năm-tháng-ngày), và cả năm được ghi bằng ngày cuối năm"
    );
    // An event known by its year: its first day and the precision key.
    assert_eq!(
        said("milestone", "date = 2013"),
        (
            "write date = 2013-01-01 and date_precision = \"year\" when the source gives only the year 2013: `date` is a day (year-month-day)".into(),
            "viết date = 2013-01-01 và date_precision = \"year\" khi nguồn chỉ ghi năm 2013: `date` là một ngày (năm-tháng-ngày)".into()
        )
    );
}

#[test]
fn a_month_typed_alone_gets_a_day_of_that_month() {
    // `2024-10` is no TOML: the syntax error is read for what was meant.
    assert_eq!(
        said("record", "date = 2024-10\n  coverage = 94.5"),
        (
            "write date = 2024-10-31 if it means the end of 10/2024: `date` is a day (year-month-day), and a whole month is dated its last day".into(),
            "viết date = 2024-10-31 nếu ý là hết tháng 10/2024: `date` là một ngày (năm-tháng-ngày), và cả tháng được ghi bằng ngày cuối tháng".into()
        )
    );
    assert_eq!(
        said("milestone", "date = 2024-02").1,
        "viết date = 2024-02-01 và date_precision = \"month\" khi nguồn chỉ ghi tháng 2/2024: `date` là một ngày (năm-tháng-ngày)"
    );
    assert_eq!(
        said("record", "date = \"02/2024\"\n  coverage = 94.5").1,
        "viết date = 2024-02-29 nếu ý là hết tháng 2/2024: `date` là một ngày (năm-tháng-ngày), và cả tháng được ghi bằng ngày cuối tháng"
    );
}

#[test]
fn a_day_only_the_source_knows_is_asked_for_not_made_up() {
    assert_eq!(
        said("record", "date = 2024-12-31\n  coverage = 94.5\n  published = 2025"),
        (
            "`published` is a day (year-month-day): write the day of 2025 the source gives, as 2025-MM-DD".into(),
            "`published` là một ngày (năm-tháng-ngày): hãy ghi ngày trong năm 2025 mà nguồn cho biết, dạng 2025-MM-DD".into()
        )
    );
    assert_eq!(
        said(
            "record",
            "date = 2024-12-31\n  coverage = 94.5\n  published = 2025-03"
        )
        .1,
        "`published` là một ngày (năm-tháng-ngày): hãy ghi ngày trong tháng 3/2025 mà nguồn cho biết, dạng 2025-03-DD"
    );
}

#[test]
fn a_spreadsheet_given_as_a_dataset_is_sent_to_import() {
    let u = Unread::Spreadsheet("báo cáo.xlsx".into());
    assert_eq!(
        super::unread(Lang::En, &u).to_string(),
        "báo cáo.xlsx is a spreadsheet, not a TOML dataset: run `tiendo import 'báo cáo.xlsx'` to turn its figures into one"
    );
    let u = Unread::Spreadsheet("report.csv".into());
    assert_eq!(
        super::unread(Lang::Vi, &u).to_string(),
        "report.csv là một bảng tính, không phải tệp dữ liệu TOML: hãy chạy `tiendo import report.csv` để chuyển số liệu của nó thành tệp TOML"
    );
}

/// Where what was typed cannot be read, the form to write is given, never
/// an example figure or day that, copied, would become data.
#[test]
fn no_example_figure_or_day_is_offered_as_the_fix() {
    assert_eq!(
        said("record", "date = 2024-12-31\n  population = \"94,5\"\n  coverage = 94.5"),
        (
            "`population` is a count of people: write the whole number the source gives, without quotes or separators (1741540, not \"1.741.540\")".into(),
            "`population` là số người: hãy ghi số nguyên mà nguồn cho biết, không có dấu ngoặc kép hay dấu phân cách hàng nghìn (1741540, không phải \"1.741.540\")".into()
        )
    );
    assert_eq!(
        said("record", "date = \"31/12/23\"\n  coverage = 94.5").1,
        "`date` là một ngày: hãy ghi ngày mà nguồn cho biết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép (date = YYYY-MM-DD)"
    );
    assert_eq!(
        said("record", "date = true\n  coverage = 94.5").1,
        "`date` là một ngày (năm-tháng-ngày), không phải `true`: hãy ghi ngày mà nguồn cho biết (date = YYYY-MM-DD)"
    );
    assert_eq!(
        said("record", "date = 12:00:00\n  coverage = 94.5").0,
        "`date` is a date without a time or time zone: write the day the source gives (date = YYYY-MM-DD)"
    );
    assert_eq!(
        said("record", "date = 2024-12-31\n  coverage = \"khoảng 90\"").1,
        "`coverage` là một số: hãy ghi con số mà nguồn cho biết, không có dấu ngoặc kép, dùng dấu chấm thập phân (94.47, không phải \"94,47\")"
    );
    assert_eq!(
        said("record", "date = 2024-12-31\n  coverage = [90]").0,
        "`coverage` is a number, not a list: write the figure the source gives, with a decimal point (94.47, not 94,47)"
    );
    assert_eq!(
        said(
            "record",
            "date = 2024-12-31\n  coverage = 94.5\n  participants = true"
        )
        .1,
        "`participants` là số nguyên, không phải `true`: hãy ghi số người mà nguồn cho biết, không có dấu phân cách hàng nghìn (1741540, không phải 1.741.540)"
    );
}

/// Words typed bare for a figure or a day: what the key holds, not the
/// parser's "put it in quotes", which would make them text.
#[test]
fn words_where_a_figure_is_due_are_not_sent_to_quotes() {
    assert_eq!(
        said("record", "date = năm 2024\n  coverage = 94.5").1,
        "`date` là một ngày (năm-tháng-ngày), không phải văn bản \"năm 2024\": hãy ghi ngày mà nguồn cho biết (date = YYYY-MM-DD)"
    );
    assert_eq!(
        said("record", "date = 2024-12-31\n  coverage = khoảng 90").0,
        "`coverage` is a number, not the text \"khoảng 90\": write the figure the source gives, with a decimal point (94.47, not 94,47)"
    );
    assert_eq!(
        said(
            "record",
            "date = 2024-12-31\n  coverage = 94.5\n  participants = chưa có"
        )
        .1,
        "`participants` là số nguyên, không phải văn bản \"chưa có\": hãy ghi số người mà nguồn cho biết, không có dấu phân cách hàng nghìn (1741540, không phải 1.741.540)"
    );
}
