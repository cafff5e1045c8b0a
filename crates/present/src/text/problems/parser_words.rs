//! The TOML parser's messages in Vietnamese. The parser (toml 1.2,
//! toml_parser 1.1, toml_datetime 1.1) writes `description, expected a,
//! b`: each description it has and each thing it expects is put in
//! Vietnamese here, so that no English reaches the Vietnamese interface.
//! A message of a later version not known here is `None`: the sentence
//! then quotes it as a detail (`syntax::syntax`).

/// The message in Vietnamese, or `None` when a part of it is not known.
pub(super) fn vi(message: &str) -> Option<String> {
    let (head, tail) = match message.split_once(", expected ") {
        Some((head, tail)) => (head, Some(tail)),
        None => (message, None),
    };
    let head = head_vi(head)?;
    let Some(tail) = tail else {
        return Some(head);
    };
    if tail == "nothing" {
        return Some(format!("{head}; sau đó không được có gì thêm"));
    }
    let wanted: Option<Vec<String>> = items(tail).into_iter().map(expected_vi).collect();
    Some(format!("{head}; cần có {}", wanted?.join(" hoặc ")))
}

/// What the parser expected, one by one: `a, b` with a `(…)` kept whole.
fn items(tail: &str) -> Vec<&str> {
    match tail {
        // toml_datetime's list of one: an offset in its three forms.
        "`Z`, +OFFSET, -OFFSET" => vec!["`Z`", "+OFFSET", "-OFFSET"],
        _ => tail.split(", ").collect(),
    }
}

fn head_vi(head: &str) -> Option<String> {
    if let Some(kind) = head.strip_prefix("cannot extend value of type ") {
        let kind = kind.strip_suffix(" with a dotted key")?;
        return Some(format!(
            "không thể thêm khóa có dấu chấm vào {}, vì khóa đó đã được ghi là {}",
            "một giá trị đã có",
            value_kind_vi(kind)?
        ));
    }
    let words = match head {
        "duplicate key" => "khóa bị lặp lại: khóa này đã được ghi trong cùng bảng",
        "key with no value" => "khóa chưa có giá trị",
        "missing value" | "missing value for key" => "thiếu giá trị",
        "unclosed array" => "danh sách `[ ]` chưa được đóng",
        "unclosed table" => "tên bảng `[ ]` chưa được đóng",
        "unclosed array table" => "tên bảng `[[ ]]` chưa được đóng",
        "unclosed inline table" => "bảng `{ }` chưa được đóng",
        "missing array opening" => "thiếu dấu `[` mở đầu danh sách",
        "missing inline table opening" => "thiếu dấu `{` mở đầu bảng",
        "missing table open" => "thiếu dấu `[` mở đầu tên bảng",
        "missing comma between array elements" => "thiếu dấu phẩy giữa các phần tử của danh sách",
        "missing comma between key-value pairs" => "thiếu dấu phẩy giữa các cặp khóa và giá trị",
        "missing assignment between key-value pairs" => "thiếu dấu `=` giữa khóa và giá trị",
        "missing key for inline table element" => "thiếu khóa của một phần tử trong bảng `{ }`",
        "invalid inline table element" => "phần tử không hợp lệ trong bảng `{ }`",
        "extra assignment between key-value pairs" | "extra `=`" => "thừa dấu `=`",
        "unexpected `=` in array" => "dấu `=` không được đứng trong danh sách",
        "extra comma in array" => "thừa dấu phẩy trong danh sách",
        "extra comma in inline table" => "thừa dấu phẩy trong bảng `{ }`",
        "invalid unquoted key" => {
            "khóa không hợp lệ: khóa có dấu hay ký tự đặc biệt phải đặt trong dấu ngoặc kép"
        }
        "unquoted keys cannot be empty" => "thiếu tên khóa",
        "keys cannot be multi-line literal strings" | "keys cannot be multi-line basic strings" => {
            "khóa không được viết thành văn bản nhiều dòng"
        }
        "string values must be quoted" => "văn bản phải đặt trong dấu ngoặc kép",
        "missing opening quote" => "thiếu dấu ngoặc mở đầu",
        "missing escaped value" => "thiếu ký tự sau dấu `\\`",
        "too few unicode value digits" => "mã Unicode thiếu chữ số",
        "missing comment start" => "thiếu dấu `#` mở đầu chú thích",
        "invalid comment character" => "chú thích chứa ký tự không được phép",
        "unexpected leading zero" => "số không được bắt đầu bằng chữ số 0",
        "unexpected sign" => "dấu `+` hoặc `-` không đúng chỗ",
        "redundant numeric sign" => "thừa dấu `+` hoặc `-`",
        "integers with a radix cannot be signed" => {
            "số viết theo hệ 16, hệ 8 hay hệ 2 không được có dấu `+` hoặc `-`"
        }
        "radix must be lowercase" => "tiền tố của hệ cơ số phải viết thường (`0x`, `0o`, `0b`)",
        "redundant integer number prefix" => "thừa tiền tố của số",
        "`_` may only go between digits" => "dấu `_` chỉ được đứng giữa hai chữ số",
        "unexpected content" | "unexpected key or value" => "có nội dung không đúng chỗ",
        "unexpected content between comment and newline" => "có nội dung thừa sau chú thích",
        "invalid value" => "giá trị không hợp lệ",
        "invalid key-value pair" => "dòng `khóa = giá trị` không hợp lệ",
        "carriage return must be followed by newline" => {
            "ký tự CR phải đi liền trước ký tự xuống dòng"
        }
        "could not allocate for string" => "không đủ bộ nhớ để đọc văn bản này",
        "recursion limit" | "cannot recurse further; max recursion depth met" => {
            "giá trị lồng nhau quá sâu"
        }
        "invalid string" => "văn bản không hợp lệ",
        "invalid literal string" | "invalid basic string" => "văn bản không hợp lệ",
        "invalid multi-line literal string" | "invalid multi-line basic string" => {
            "văn bản nhiều dòng không hợp lệ"
        }
        "invalid boolean" => "giá trị đúng/sai không hợp lệ: chỉ được viết `true` hoặc `false`",
        "invalid float" => "số thập phân không hợp lệ",
        "invalid mantissa" => "phần số nguyên của số thập phân không hợp lệ",
        "invalid fraction" => "phần thập phân không hợp lệ",
        "invalid exponent" => "số mũ không hợp lệ",
        "invalid key" => "khóa không hợp lệ",
        "invalid table" => "tên bảng không hợp lệ",
        "invalid integer number" => "số nguyên không hợp lệ",
        "invalid hexadecimal number" => "số hệ 16 không hợp lệ",
        "invalid octal number" => "số hệ 8 không hợp lệ",
        "invalid binary number" => "số hệ 2 không hợp lệ",
        "invalid date" => "ngày không hợp lệ",
        "invalid time" => "giờ không hợp lệ",
        "invalid offset" => "múi giờ không hợp lệ",
        "invalid date-time" | "invalid datetime" => "ngày giờ không hợp lệ",
        _ => return None,
    };
    Some(words.to_string())
}

/// A type as the parser names it in "cannot extend value of type …".
fn value_kind_vi(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "array" => "một danh sách",
        "inline table" => "một bảng `{ }`",
        "table" => "một bảng",
        "string" => "một văn bản",
        "integer" => "một số nguyên",
        "float" => "một số thập phân",
        "boolean" => "một giá trị đúng/sai",
        "datetime" | "date-time" => "một ngày giờ",
        _ => return None,
    })
}

fn expected_vi(item: &str) -> Option<String> {
    // `=`, `]]`, `-` (MM-DD): code, with its form in brackets.
    if item.starts_with('`') && !item.contains(" between ") {
        return Some(item.to_string());
    }
    if let Some((what, range)) = item.split_once(" between ") {
        let (low, high) = range.split_once(" and ")?;
        let what = match what {
            "day" => "ngày",
            "month" => "tháng",
            "hour" | "hours" => "giờ",
            "minute" | "minutes" => "phút",
            "second" => "giây",
            "`T`" if range == "date and time" => return Some("`T` giữa ngày và giờ".into()),
            _ => return None,
        };
        return Some(format!("{what} từ {low} đến {high}"));
    }
    let words = match item {
        "+OFFSET" | "-OFFSET" => item,
        "newline" => "xuống dòng",
        "key" => "khóa",
        "value" => "giá trị",
        "literal string" => "văn bản trong dấu nháy đơn",
        "basic string" => "văn bản trong dấu ngoặc kép",
        "multi-line basic string" => "văn bản nhiều dòng",
        "unquoted string" => "văn bản",
        "digits" | "numbers" => "chữ số",
        "letters" => "chữ cái",
        "characters" | "printable characters" => "ký tự in được",
        "non-double-quote visible characters" => "ký tự in được khác dấu ngoặc kép",
        "non-single-quote characters" | "non-single-quote visible characters" => {
            "ký tự khác dấu nháy đơn"
        }
        "unicode hexadecimal value" => "mã Unicode viết theo hệ 16",
        "a four-digit year (YYYY)" => "năm có bốn chữ số (YYYY)",
        "a two-digit month (MM)" => "tháng có hai chữ số (MM)",
        "a two-digit day (DD)" => "ngày có hai chữ số (DD)",
        "a two-digit hour (HH)" => "giờ có hai chữ số (HH)",
        "a two-digit minute (MM)" => "phút có hai chữ số (MM)",
        "a two-digit second (SS)" => "giây có hai chữ số (SS)",
        "year or hour" => "năm hoặc giờ",
        "year" => "năm",
        "month" => "tháng",
        "day" => "ngày",
        "hour" => "giờ",
        "minute" => "phút",
        "second" => "giây",
        "nanosecond" => "phần lẻ của giây",
        "nanoseconds overflowed" => "phần lẻ của giây ngắn hơn",
        "etc" => "…",
        _ => return None,
    };
    Some(words.to_string())
}

#[cfg(test)]
mod tests {
    use super::vi;

    /// Every description and expectation the parser versions in
    /// Cargo.lock write, each said in Vietnamese: a message missing
    /// here would reach the Vietnamese interface in English.
    #[test]
    fn every_message_of_the_parser_is_said_in_vietnamese() {
        let known = [
            (
                "unexpected key or value, expected newline, `#`",
                "có nội dung không đúng chỗ; cần có xuống dòng hoặc `#`",
            ),
            (
                "invalid float, expected nothing",
                "số thập phân không hợp lệ; sau đó không được có gì thêm",
            ),
            (
                "invalid float, expected `inf`",
                "số thập phân không hợp lệ; cần có `inf`",
            ),
            (
                "string values must be quoted, expected literal string",
                "văn bản phải đặt trong dấu ngoặc kép; cần có văn bản trong dấu nháy đơn",
            ),
            (
                "invalid string, expected literal string, basic string, unquoted string",
                "văn bản không hợp lệ; cần có văn bản trong dấu nháy đơn hoặc văn bản trong dấu ngoặc kép hoặc văn bản",
            ),
            (
                "invalid date, expected a two-digit month (MM)",
                "ngày không hợp lệ; cần có tháng có hai chữ số (MM)",
            ),
            (
                "invalid date, expected `-` (MM-DD)",
                "ngày không hợp lệ; cần có `-` (MM-DD)",
            ),
            (
                "invalid time, expected hour between 00 and 23",
                "giờ không hợp lệ; cần có giờ từ 00 đến 23",
            ),
            (
                "invalid offset, expected `Z`, +OFFSET, -OFFSET",
                "múi giờ không hợp lệ; cần có `Z` hoặc +OFFSET hoặc -OFFSET",
            ),
            (
                "invalid date-time, expected `T` between date and time",
                "ngày giờ không hợp lệ; cần có `T` giữa ngày và giờ",
            ),
            (
                "cannot extend value of type array with a dotted key",
                "không thể thêm khóa có dấu chấm vào một giá trị đã có, vì khóa đó đã được ghi là một danh sách",
            ),
            (
                "unclosed array, expected `]`",
                "danh sách `[ ]` chưa được đóng; cần có `]`",
            ),
            (
                "invalid exponent, expected digits",
                "số mũ không hợp lệ; cần có chữ số",
            ),
            (
                "invalid table, expected key",
                "tên bảng không hợp lệ; cần có khóa",
            ),
            (
                "invalid integer number, expected digits",
                "số nguyên không hợp lệ; cần có chữ số",
            ),
            (
                "`_` may only go between digits",
                "dấu `_` chỉ được đứng giữa hai chữ số",
            ),
            (
                "missing escaped value, expected `b`, `f`, `n`, `r`, `\\`, `\"`, `u`, `U`, `e`, `x`",
                "thiếu ký tự sau dấu `\\`; cần có `b` hoặc `f` hoặc `n` hoặc `r` hoặc `\\` hoặc `\"` hoặc `u` hoặc `U` hoặc `e` hoặc `x`",
            ),
        ];
        for (english, vietnamese) in known {
            assert_eq!(vi(english).as_deref(), Some(vietnamese), "{english}");
        }
    }

    /// A message of a later parser is not guessed at: the sentence quotes
    /// it (these are the kinds this list cannot know).
    #[test]
    fn an_unknown_message_or_expectation_is_none() {
        for unknown in [
            "some new message",
            "unexpected content, expected a bracket of a new kind",
            "cannot extend value of type tuple with a dotted key",
        ] {
            assert_eq!(vi(unknown), None, "{unknown}");
        }
    }
}
