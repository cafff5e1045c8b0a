//! Syntax errors said in plain words: the slips a person typing
//! Vietnamese figures makes most get their fix, and the TOML parser's own
//! messages are put in Vietnamese where they are known.

use tiendo_model::hints::char_code;
use tiendo_model::problem::Syntax;

use super::Lang;

pub(super) fn syntax(lang: Lang, p: &Syntax) -> String {
    match p {
        Syntax::DecimalComma { key, fix } => say!(
            lang,
            "write {key} = {fix}: a number with a decimal point",
            "viết {key} = {fix}: số có dấu chấm thập phân"
        ),
        Syntax::DayFirstDate { key, fix } => super::fields::date_in_quotes(lang, key, fix),
        Syntax::NotACalendarDay { key, value, parser } => match lang {
            Lang::En => format!("{key} = {value} is not a day of the calendar: {parser}"),
            Lang::Vi => match day_range(parser) {
                Some((low, high)) => format!(
                    "{key} = {value} không phải là một ngày có thật trên lịch: ngày phải từ {low} đến {high}"
                ),
                None => format!("{key} = {value} không phải là một ngày có thật trên lịch"),
            },
        },
        Syntax::ThousandsSeparators { key, digits } => say!(
            lang,
            "write {key} = {digits}: a whole number without thousands separators",
            "viết {key} = {digits}: số nguyên, không có dấu phân cách hàng nghìn"
        ),
        Syntax::SingleBrackets { name } => super::fields::single_brackets(lang, name),
        Syntax::UnclosedText => say!(
            lang,
            "this text is not closed: end it with a quote on the same line",
            "văn bản này chưa được đóng: hãy kết thúc bằng dấu ngoặc kép trên cùng dòng"
        ),
        Syntax::TooDeep => say!(
            lang,
            "values are nested too deeply here: a dataset needs at most a few levels of [ ] and {{ }}",
            "giá trị lồng nhau quá sâu ở đây: một bộ dữ liệu chỉ cần vài cấp [ ] và {{ }}"
        ),
        Syntax::ControlInComment { c } => {
            let code = char_code(*c);
            say!(
                lang,
                "a comment holds a control character ({code}): remove it",
                "một dòng chú thích chứa ký tự điều khiển ({code}): hãy xóa ký tự đó"
            )
        }
        Syntax::ControlHere { c } => {
            let code = char_code(*c);
            say!(
                lang,
                "a control character ({code}) is not allowed here: remove it; text must be plain and on one line",
                "không được có ký tự điều khiển ({code}) ở đây: hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
            )
        }
        Syntax::NotToml { parser } => match (lang, parser_words_vi(parser)) {
            (Lang::En, _) => format!("this is not valid TOML: {parser}"),
            (Lang::Vi, Some(words)) => format!("đây không phải là TOML hợp lệ: {words}"),
            // A message of the parser not translated here: quoted as it wrote it.
            (Lang::Vi, None) => {
                format!("đây không phải là TOML hợp lệ (trình đọc TOML báo: “{parser}”)")
            }
        },
        Syntax::More { more } => say!(
            lang,
            "and {more} more syntax errors in this file: is it a dataset in TOML?",
            "và thêm {more} lỗi cú pháp nữa trong tệp này: đây có phải tệp dữ liệu TOML không?"
        ),
    }
}

/// The TOML parser's usual messages ("key with no value, expected `=`") in
/// Vietnamese; `None` for one not known here.
fn parser_words_vi(message: &str) -> Option<String> {
    let (head, tail) = match message.split_once(", expected ") {
        Some((head, tail)) => (head, Some(tail)),
        None => (message, None),
    };
    let head = match head {
        "duplicate key" => "khóa bị lặp lại: khóa này đã được ghi trong cùng bảng",
        "key with no value" => "khóa chưa có giá trị",
        "missing value" | "missing value for key" => "thiếu giá trị",
        "unclosed array" => "danh sách `[ ]` chưa được đóng",
        "unclosed table" => "tên bảng `[ ]` chưa được đóng",
        "unclosed array table" => "tên bảng `[[ ]]` chưa được đóng",
        "unclosed inline table" => "bảng `{ }` chưa được đóng",
        "missing comma between array elements" => "thiếu dấu phẩy giữa các phần tử của danh sách",
        "missing comma between key-value pairs" => "thiếu dấu phẩy giữa các cặp khóa và giá trị",
        "missing assignment between key-value pairs" => "thiếu dấu `=` giữa khóa và giá trị",
        "extra assignment between key-value pairs" | "extra `=`" => "thừa dấu `=`",
        "extra comma in array" => "thừa dấu phẩy trong danh sách",
        "extra comma in inline table" => "thừa dấu phẩy trong bảng `{ }`",
        "invalid unquoted key" => {
            "khóa không hợp lệ: khóa có dấu hay ký tự đặc biệt phải đặt trong dấu ngoặc kép"
        }
        "unquoted keys cannot be empty" => "thiếu tên khóa",
        "string values must be quoted" => "văn bản phải đặt trong dấu ngoặc kép",
        "missing opening quote" => "thiếu dấu ngoặc kép mở đầu",
        "unexpected leading zero" => "số không được bắt đầu bằng chữ số 0",
        "unexpected content" | "unexpected key or value" => "có nội dung không đúng chỗ",
        "unexpected content between comment and newline" => "có nội dung thừa sau chú thích",
        "invalid value" => "giá trị không hợp lệ",
        "invalid key-value pair" => "dòng `khóa = giá trị` không hợp lệ",
        "carriage return must be followed by newline" => {
            "ký tự CR phải đi liền trước ký tự xuống dòng"
        }
        _ => return None,
    };
    let Some(tail) = tail else {
        return Some(head.to_string());
    };
    let wanted: Option<Vec<String>> = tail
        .split(", ")
        .map(|item| match item {
            code if code.starts_with('`') && code.ends_with('`') => Some(code.to_string()),
            "key" => Some("khóa".to_string()),
            "value" => Some("giá trị".to_string()),
            "literal string" => Some("văn bản trong dấu ngoặc".to_string()),
            _ => None,
        })
        .collect();
    match tail {
        "nothing" => Some(format!("{head}; sau đó không được có gì thêm")),
        _ => Some(format!("{head}; cần có {}", wanted?.join(" hoặc "))),
    }
}

/// "expected day between 01 and 29" → ("01", "29").
fn day_range(message: &str) -> Option<(&str, &str)> {
    let (_, range) = message.split_once("day between ")?;
    let (low, high) = range.split_once(" and ")?;
    let high = high.split(|c: char| !c.is_ascii_digit()).next()?;
    (!high.is_empty()).then_some((low.trim(), high))
}
