//! Each area's sentences in both languages, byte for byte as `check`
//! prints them: the wording is tested here, the rules in the model.

use chrono::NaiveDate;
use tiendo_model::Invalid;
use tiendo_model::diagnostic::{Diagnostic, Severity};
use tiendo_model::problem::{
    Field, Figure, Found, IdKind, Load, Place, Problem, Reference, Syntax, Value,
};

use super::{Lang, diagnostic, invalid, problem};

fn both(p: impl Into<Problem>) -> (String, String) {
    let p = p.into();
    (problem(Lang::En, &p), problem(Lang::Vi, &p))
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn syntax_slips_get_their_fix_in_both_languages() {
    let comma = Syntax::DecimalComma {
        key: "coverage".into(),
        fix: "94.47".into(),
    };
    assert_eq!(
        both(comma),
        (
            "write coverage = 94.47: a number with a decimal point".into(),
            "viết coverage = 94.47: số có dấu chấm thập phân".into()
        )
    );
    let date = Syntax::DayFirstDate {
        key: "date".into(),
        fix: "2023-12-31".into(),
    };
    assert_eq!(
        both(date).0,
        "write date = 2023-12-31: a date is written year-month-day, without quotes"
    );
    let control = Syntax::ControlInComment { c: '\u{1b}' };
    assert_eq!(
        both(control),
        (
            "a comment holds a control character (ESC, U+001B): remove it".into(),
            "một dòng chú thích chứa ký tự điều khiển (ESC, U+001B): hãy xóa ký tự đó".into()
        )
    );
}

#[test]
fn the_parsers_usual_words_are_said_in_vietnamese() {
    let said = |m: &str| {
        let p = Syntax::NotToml { parser: m.into() };
        both(p)
    };
    assert_eq!(said("boom").0, "this is not valid TOML: boom");
    assert_eq!(
        said("key with no value, expected `=`").1,
        "đây không phải là TOML hợp lệ: khóa chưa có giá trị; cần có `=`"
    );
    assert_eq!(
        said("unexpected leading zero, expected nothing").1,
        "đây không phải là TOML hợp lệ: số không được bắt đầu bằng chữ số 0; sau đó không được có gì thêm"
    );
    assert_eq!(
        said("some new message").1,
        "đây không phải là TOML hợp lệ (trình đọc TOML báo: “some new message”)"
    );
    let day = Syntax::NotACalendarDay {
        key: "date".into(),
        value: "2023-02-30".into(),
        parser: "invalid date, expected day between 01 and 28".into(),
    };
    assert_eq!(
        both(day),
        (
            "date = 2023-02-30 is not a day of the calendar: invalid date, expected day between 01 and 28".into(),
            "date = 2023-02-30 không phải là một ngày có thật trên lịch: ngày phải từ 01 đến 28".into()
        )
    );
}

#[test]
fn a_key_not_known_names_the_key_meant_or_the_keys_known() {
    let guessed = Field::UnknownKey {
        name: "covrage".into(),
        table: Some("[[target]]".into()),
        guess: Some("coverage".into()),
        known: vec!["coverage".into()],
    };
    assert_eq!(
        both(guessed),
        (
            "unknown key `covrage` in [[target]]: did you mean `coverage`?".into(),
            "khóa không xác định `covrage` trong [[target]]: có phải ý bạn là `coverage`?".into()
        )
    );
    let top = Field::UnknownKey {
        name: "colour".into(),
        table: None,
        guess: None,
        known: vec!["schema".into(), "meta".into()],
    };
    assert_eq!(
        both(top),
        (
            "unknown key `colour` in the top level: the keys it knows are `schema`, `meta`".into(),
            "khóa không xác định `colour` trong cấp ngoài cùng của tệp: các khóa được dùng ở đây là `schema`, `meta`".into()
        )
    );
    let forbidden = Field::Forbidden {
        key: "name".into(),
        c: '\u{200B}',
    };
    assert_eq!(
        both(forbidden).1,
        "`name` chứa một ký tự định dạng ẩn (U+200B): hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
    );
}

#[test]
fn values_name_what_was_written_in_both_languages() {
    let boolean = Value::NotABoolean {
        key: "replaces".into(),
        found: Found::Text("yes".into()),
    };
    assert_eq!(
        both(boolean),
        (
            "write replaces = true or replaces = false: `replaces` is yes or no, not the text \"yes\"".into(),
            "viết `replaces = true` hoặc `replaces = false`: `replaces` là có hoặc không, không phải văn bản \"yes\"".into()
        )
    );
    let quoted = Value::BooleanInQuotes {
        key: "estimate".into(),
        written: "true".into(),
    };
    assert_eq!(
        both(quoted).1,
        "viết estimate = true: `true` hoặc `false`, không có dấu ngoặc kép"
    );
    // A whole number in quotes is a number too; the sentence tells them apart.
    let whole = Value::NumberInQuotes {
        key: "coverage".into(),
        fix: Some("91".into()),
    };
    let decimal = Value::NumberInQuotes {
        key: "coverage".into(),
        fix: Some("94.47".into()),
    };
    assert_eq!(
        both(whole).0,
        "write coverage = 91: a number, without quotes"
    );
    assert_eq!(
        both(decimal).0,
        "write coverage = 94.47: a number with a decimal point, without quotes"
    );
    let point = Value::CountWithPoint {
        key: "population".into(),
        n: 1741540.0,
    };
    assert_eq!(
        both(point).1,
        "viết population = 1741540: số người là số nguyên, không có dấu chấm thập phân"
    );
    let outside = Value::OutsidePercent {
        key: "coverage".into(),
        n: 120.5,
    };
    assert_eq!(
        both(outside).0,
        "`coverage` = 120.5 is outside 0–100: a share of the population is a percentage"
    );
}

#[test]
fn replacements_and_clashes_are_said_in_both_languages() {
    let replaced = Load::Replaced {
        id: "VN".into(),
        date: day("2025-09-30"),
        earlier: "a.toml:12".into(),
        source: "báo cáo cũ".into(),
    };
    assert_eq!(
        both(replaced),
        (
            "`VN` on 2025-09-30: this record replaces the one at a.toml:12 (source \"báo cáo cũ\"), which is no longer used".into(),
            "`VN` ngày 2025-09-30: bản ghi này thay cho bản ghi tại a.toml:12 (nguồn \"báo cáo cũ\"), bản ghi đó không còn được dùng".into()
        )
    );
    let two = Load::TwoRecords {
        id: "VN".into(),
        date: day("2025-09-30"),
    };
    assert_eq!(
        both(two).0,
        "`VN` has two records for 2025-09-30: keep one and name the other source in its `note`"
    );
    let later = Load::ReplacesLater {
        id: "VN".into(),
        date: day("2025-09-30"),
        later: "a.toml:12".into(),
    };
    assert_eq!(
        both(later).0,
        "`replaces = true`, but the record of `VN` for 2025-09-30 it would replace, at a.toml:12, is loaded after it: a record replaces only one loaded before it; give the data in the other order"
    );
    let near = Load::UnknownRecordLocality {
        id: "ha-noii".into(),
        near: vec!["ha-noi".into(), "ha-nam".into()],
    };
    assert_eq!(
        both(near).1,
        "`locality` ghi `ha-noii`, nhưng không có địa phương nào có mã này; các mã gần nhất là `ha-noi`, `ha-nam`"
    );
}

#[test]
fn ids_are_named_with_their_kind_in_both_languages() {
    let duplicate = Reference::DuplicateId {
        kind: IdKind::Directive,
        id: "qd-1".into(),
        first: Some(Place {
            file: "a.toml".into(),
            line: 3,
            column: 6,
        }),
    };
    assert_eq!(
        both(duplicate),
        (
            "duplicate directive id `qd-1` (the first is at a.toml:3:6): ids must be unique across all files".into(),
            "mã văn bản `qd-1` bị trùng (mã đầu tiên ở a.toml:3:6): mỗi mã chỉ được dùng một lần trong tất cả các tệp".into()
        )
    );
    let unknown = Reference::UnknownId {
        key: "parent".into(),
        id: "ha-noii".into(),
        kind: IdKind::Locality,
        guess: Some("ha-noi".into()),
    };
    assert_eq!(
        both(unknown),
        (
            "`parent` names `ha-noii`, but no locality has that id: did you mean \"ha-noi\"?".into(),
            "`parent` ghi `ha-noii`, nhưng không có địa phương nào có mã này: có phải ý bạn là \"ha-noi\"?".into()
        )
    );
    let cycle = Reference::ParentCycle {
        cycle: vec!["a".into(), "b".into(), "a".into()],
    };
    assert_eq!(
        both(cycle).0,
        "parent cycle: `a` → `b` → `a`: a locality cannot contain itself"
    );
}

#[test]
fn figures_that_disagree_or_are_stale_are_said_in_both_languages() {
    let disagree = Figure::CoverageDisagrees {
        id: "VN".into(),
        date: day("2024-12-31"),
        coverage: 94.0,
        ratio: 92.456,
    };
    assert_eq!(
        both(disagree),
        (
            "coverage = 94 but participants / population = 92.46 for `VN` on 2024-12-31: the source may use another population base".into(),
            "coverage = 94 nhưng participants / population = 92.46 đối với `VN` ngày 2024-12-31: nguồn có thể dùng một mốc dân số khác".into()
        )
    );
    let stale = Figure::Stale {
        id: "VN".into(),
        date: day("2023-01-01"),
        months: 18,
        reference: day("2025-12-31"),
    };
    assert_eq!(
        both(stale).1,
        "số liệu mới nhất của `VN` là ngày 2023-01-01, cũ hơn 18 tháng so với 2025-12-31: số liệu đã cũ"
    );
}

fn placed(severity: Severity, p: impl Into<Problem>) -> Diagnostic {
    Diagnostic {
        severity,
        file: "b.toml".into(),
        line: 3,
        column: 1,
        problem: p.into(),
    }
}

#[test]
fn a_placed_problem_says_warning_or_note_in_its_language() {
    let two = || Load::TwoRecords {
        id: "VN".into(),
        date: day("2025-09-30"),
    };
    let error = placed(Severity::Error, two());
    assert_eq!(
        diagnostic(Lang::Vi, &error),
        "b.toml:3:1: `VN` có hai bản ghi cho ngày 2025-09-30: hãy giữ một bản ghi và ghi nguồn còn lại vào `note` của nó"
    );
    let warning = placed(Severity::Warning, two());
    assert!(diagnostic(Lang::En, &warning).starts_with("b.toml:3:1: warning: `VN` has"));
    assert!(diagnostic(Lang::Vi, &warning).starts_with("b.toml:3:1: cảnh báo: `VN` có"));
    let note = placed(Severity::Note, two());
    assert!(diagnostic(Lang::En, &note).starts_with("b.toml:3:1: note: "));
    assert!(diagnostic(Lang::Vi, &note).starts_with("b.toml:3:1: ghi chú: "));
}

#[test]
fn a_refused_dataset_is_one_sentence_naming_its_first_error() {
    let none = Invalid {
        diagnostics: Vec::new(),
    };
    assert_eq!(invalid(Lang::En, &none), "the dataset is invalid");
    assert_eq!(invalid(Lang::Vi, &none), "bộ dữ liệu không hợp lệ");
    let one = Invalid {
        diagnostics: vec![
            placed(Severity::Warning, Load::NoMeta),
            placed(Severity::Error, Load::Empty),
        ],
    };
    assert_eq!(
        invalid(Lang::En, &one),
        "the dataset has 1 error: b.toml:3:1: the file is empty: a dataset file starts with `schema = 1`"
    );
    let two = Invalid {
        diagnostics: vec![
            placed(Severity::Error, Load::Empty),
            placed(Severity::Error, Load::NoMeta),
        ],
    };
    assert_eq!(
        invalid(Lang::Vi, &two),
        "bộ dữ liệu có 2 lỗi; lỗi đầu tiên là b.toml:3:1: tệp trống: một tệp dữ liệu bắt đầu bằng `schema = 1`"
    );
}

#[test]
fn a_folder_without_data_is_said_in_both_languages() {
    let u = tiendo_model::load::Unread::NoToml("data".into());
    assert_eq!(
        super::unread(Lang::En, &u).to_string(),
        "the folder data holds no .toml file"
    );
    assert_eq!(
        super::unread(Lang::Vi, &u).to_string(),
        "thư mục data không có tệp .toml nào"
    );
}
