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
        Syntax::PercentSign { key, fix } => say!(
            lang,
            "write {key} = {fix}: a percentage is written as its number, without the % sign",
            "viết {key} = {fix}: tỷ lệ phần trăm chỉ ghi con số, không kèm dấu %"
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
        Syntax::NotToml { parser } => match (lang, super::parser_words::vi(parser)) {
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

/// "expected day between 01 and 29" → ("01", "29").
fn day_range(message: &str) -> Option<(&str, &str)> {
    let (_, range) = message.split_once("day between ")?;
    let (low, high) = range.split_once(" and ")?;
    let high = high.split(|c: char| !c.is_ascii_digit()).next()?;
    (!high.is_empty()).then_some((low.trim(), high))
}
