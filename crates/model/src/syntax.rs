//! TOML syntax errors said in plain words, with the fix for the slips a
//! person typing Vietnamese figures makes most: decimal commas and dd/mm/yyyy
//! dates.

use std::ops::Range;

use crate::lang::Lang;
use crate::numbers_as_text::{self, Kind};

/// A syntax error of the TOML parser (`message`, in English) at `span` of
/// `text`, said in `lang` with its fix where the slip is a known one.
pub fn explain(lang: Lang, text: &str, span: Range<usize>, message: &str) -> String {
    let line_start = text
        .get(..span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line_end = text
        .get(span.start..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| span.start + i);
    let line = text
        .get(line_start..line_end)
        .unwrap_or("")
        .trim_end_matches('\r');
    // A control character typed raw (an ESC pasted from a terminal): the
    // parser stops there and calls the text unclosed; say what it is, as
    // for one written as an escape. A line end there is a text not closed.
    if let Some(c) = text
        .get(span.start..)
        .and_then(|t| t.chars().next())
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r'))
    {
        return control_character(lang, line, span.start - line_start, message, c);
    }
    if let Some((key, value)) = line.split_once('=') {
        let key = key.trim();
        let value = value.split('#').next().unwrap_or("").trim();
        if let Some((fix, true)) = separated_number(key, value) {
            return say!(
                lang,
                "write {key} = {fix}: a number with a decimal point",
                "viết {key} = {fix}: số có dấu chấm thập phân"
            );
        }
        if let Some((digits, false)) = separated_number(key, value) {
            return say!(
                lang,
                "write {key} = {digits}: a whole number without thousands separators",
                "viết {key} = {digits}: số nguyên, không có dấu phân cách hàng nghìn"
            );
        }
        if let Some(fix) = day_first_date(value) {
            return say!(
                lang,
                "write {key} = {fix}: a date is written year-month-day, without quotes",
                "viết {key} = {fix}: ngày được viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép"
            );
        }
        if message.starts_with("invalid date") || message.starts_with("invalid time") {
            return match lang {
                Lang::En => format!("{key} = {value} is not a day of the calendar: {message}"),
                Lang::Vi => match day_range(message) {
                    Some((low, high)) => format!(
                        "{key} = {value} không phải là một ngày có thật trên lịch: ngày phải từ {low} đến {high}"
                    ),
                    None => format!("{key} = {value} không phải là một ngày có thật trên lịch"),
                },
            };
        }
    }
    let header = line.trim();
    if message.starts_with("duplicate key")
        && let Some(name) = header.strip_prefix('[').and_then(|h| h.strip_suffix(']'))
        && !name.starts_with('[')
        && text.contains(&format!("[[{name}]]"))
    {
        return say!(
            lang,
            "write [[{name}]] with two brackets: a dataset may hold many of them",
            "viết [[{name}]] với hai cặp ngoặc vuông: một bộ dữ liệu có thể có nhiều bảng này"
        );
    }
    if message.starts_with("invalid basic string") || message.starts_with("invalid literal string")
    {
        return say!(
            lang,
            "this text is not closed: end it with a quote on the same line",
            "văn bản này chưa được đóng: hãy kết thúc bằng dấu ngoặc kép trên cùng dòng"
        );
    }
    if message.contains("recursion") || message.contains("recurse") {
        return say!(
            lang,
            "values are nested too deeply here: a dataset needs at most a few levels of [ ] and {{ }}",
            "giá trị lồng nhau quá sâu ở đây: một bộ dữ liệu chỉ cần vài cấp [ ] và {{ }}"
        );
    }
    match (lang, parser_words_vi(message)) {
        (Lang::En, _) => format!("this is not valid TOML: {message}"),
        (Lang::Vi, Some(words)) => format!("đây không phải là TOML hợp lệ: {words}"),
        // A message of the parser not translated here: quoted as it wrote it.
        (Lang::Vi, None) => {
            format!("đây không phải là TOML hợp lệ (trình đọc TOML báo: “{message}”)")
        }
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

/// A control character met by the parser at byte `at` of `line`: in a
/// comment, in the value of the key the line sets, or elsewhere.
fn control_character(lang: Lang, line: &str, at: usize, message: &str, c: char) -> String {
    let code = super::hints::char_code(c);
    if message.starts_with("invalid comment") {
        return say!(
            lang,
            "a comment holds a control character ({code}): remove it",
            "một dòng chú thích chứa ký tự điều khiển ({code}): hãy xóa ký tự đó"
        );
    }
    let in_text = |before: &str| {
        before.matches('"').count() % 2 == 1 || before.matches('\'').count() % 2 == 1
    };
    match line.split_once('=') {
        Some((key, value))
            if !key.trim().is_empty()
                && value
                    .get(..at.saturating_sub(key.len() + 1))
                    .is_some_and(in_text) =>
        {
            super::hints::forbidden_in(lang, key.trim().trim_matches('"'), c)
        }
        _ => say!(
            lang,
            "a control character ({code}) is not allowed here: remove it; text must be plain and on one line",
            "không được có ký tự điều khiển ({code}) ở đây: hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
        ),
    }
}

/// A number written with a decimal comma or thousands separators
/// (`numbers_as_text`): the plain number, and whether it has decimals.
fn separated_number(key: &str, value: &str) -> Option<(String, bool)> {
    if !value.contains([',', '.']) {
        return None;
    }
    // Only counts of people are whole: a lone `1.741` in one is thousands.
    let kind = match key {
        "participants" | "population" | "plan" | "count" => Kind::Count,
        _ => Kind::Percent,
    };
    let plain = numbers_as_text::plain(value, kind).ok()??;
    let decimals = plain.contains('.');
    Some((plain, decimals))
}

/// `31/12/2023` or `31-12-2023` → `2023-12-31` (`dates_as_text`). Not
/// `31.12.2023`: here the key's meaning is unknown, and dots are more
/// often a number's thousands than a date's.
fn day_first_date(value: &str) -> Option<String> {
    if value.contains('.') {
        return None;
    }
    crate::dates_as_text::iso(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_commas_and_day_first_dates_get_their_fix() {
        let text = "coverage = 94,47\n";
        assert_eq!(
            explain(Lang::En, text, 13..14, "x"),
            "write coverage = 94.47: a number with a decimal point"
        );
        let text = "date = 31/12/2023\n";
        assert_eq!(
            explain(Lang::En, text, 9..10, "x"),
            "write date = 2023-12-31: a date is written year-month-day, without quotes"
        );
        assert_eq!(
            explain(Lang::En, "a = [", 4..5, "boom"),
            "this is not valid TOML: boom"
        );
    }

    /// Read by `numbers_as_text` and `dates_as_text`: thousands commas
    /// and counts' lone separators get a fix too (they did not before).
    #[test]
    fn numbers_and_dates_typed_as_people_write_them_get_their_fix() {
        let said = |line: &str| explain(Lang::En, line, 14..15, "x");
        assert_eq!(
            said("population = 1,741,540\n"),
            "write population = 1741540: a whole number without thousands separators"
        );
        assert_eq!(
            said("population = 1.741.540\n"),
            "write population = 1741540: a whole number without thousands separators"
        );
        assert_eq!(
            said("participants = 1,741\n"),
            "write participants = 1741: a whole number without thousands separators"
        );
        assert_eq!(
            said("coverage = 94,5 %\n"),
            "write coverage = 94.5: a number with a decimal point"
        );
        assert_eq!(
            said("date = 31-12-2023\n"),
            "write date = 2023-12-31: a date is written year-month-day, without quotes"
        );
        // Dots may be thousands as well as a date's: never a date here.
        assert_eq!(said("date = 31.12.2023\n"), "this is not valid TOML: x");
    }

    #[test]
    fn the_parsers_usual_words_are_said_in_vietnamese() {
        let said = |m| explain(Lang::Vi, "x y\n", 2..3, m);
        assert_eq!(
            said("key with no value, expected `=`"),
            "đây không phải là TOML hợp lệ: khóa chưa có giá trị; cần có `=`"
        );
        assert_eq!(
            said("unexpected leading zero, expected nothing"),
            "đây không phải là TOML hợp lệ: số không được bắt đầu bằng chữ số 0; sau đó không được có gì thêm"
        );
        assert_eq!(
            said("some new message"),
            "đây không phải là TOML hợp lệ (trình đọc TOML báo: “some new message”)"
        );
    }
}
