//! Problems of a single key: tables, keys, texts, ids and choices, and
//! what a table as a whole lacks. Dates and figures are in `values`.

use tiendo_model::hints::char_code;
use tiendo_model::problem::Field;

use super::{Lang, found, list};

pub(super) fn field(lang: Lang, p: &Field) -> String {
    match p {
        Field::Missing { table, key } => say!(
            lang,
            "{table} lacks `{key}`: add a line `{key} = …`",
            "{table} thiếu khóa `{key}`: thêm một dòng `{key} = …`"
        ),
        Field::UnknownKey {
            name,
            table,
            guess,
            known,
        } => {
            let hint = match guess {
                Some(guess) => say!(
                    lang,
                    "did you mean `{guess}`?",
                    "có phải ý bạn là `{guess}`?"
                ),
                None => {
                    let keys = list(known);
                    say!(
                        lang,
                        "the keys it knows are {keys}",
                        "các khóa được dùng ở đây là {keys}"
                    )
                }
            };
            let table = match (lang, table) {
                (_, Some(table)) => table.as_str(),
                (Lang::Vi, None) => "cấp ngoài cùng của tệp",
                (Lang::En, None) => "the top level",
            };
            say!(
                lang,
                "unknown key `{name}` in {table}: {hint}",
                "khóa không xác định `{name}` trong {table}: {hint}"
            )
        }
        Field::NotATable { what, found: other } => {
            let other = found(lang, other);
            say!(
                lang,
                "{what} must be a table, not {other}",
                "{what} phải là một bảng, không phải {other}"
            )
        }
        Field::SingleBrackets { name } => single_brackets(lang, name),
        Field::NotAList { name, found: other } => {
            let other = found(lang, other);
            say!(
                lang,
                "`{name}` must be a list of [[{name}]] tables, not {other}",
                "`{name}` phải là danh sách các bảng [[{name}]], không phải {other}"
            )
        }
        Field::TextNotQuoted { key, shown } => say!(
            lang,
            "write {key} = \"{shown}\": `{key}` is text, in quotes",
            "viết {key} = \"{shown}\": `{key}` là văn bản, đặt trong dấu ngoặc kép"
        ),
        Field::Forbidden { key, c } => forbidden(lang, key, *c),
        Field::Empty { key } => say!(
            lang,
            "`{key}` is empty: write the text or remove the line",
            "`{key}` đang trống: hãy điền nội dung hoặc xóa dòng này"
        ),
        Field::TooLong { key, limit } => say!(
            lang,
            "`{key}` is longer than {limit} characters: shorten it",
            "`{key}` dài quá {limit} ký tự: hãy rút gọn"
        ),
        Field::BadId { key, fix } => say!(
            lang,
            "write {key} = \"{fix}\": an id holds only letters without diacritics, digits and `-`",
            "viết {key} = \"{fix}\": mã định danh chỉ gồm chữ cái không dấu, chữ số và `-`"
        ),
        Field::UnknownChoice {
            key,
            text,
            guess,
            words,
        } => {
            let hint = guess.as_ref().map_or(String::new(), |g| {
                say!(lang, "did you mean \"{g}\"? ", "có phải ý bạn là \"{g}\"? ")
            });
            let words = list(words);
            say!(
                lang,
                "`{key}` = \"{text}\" is not known: {hint}write one of {words}",
                "`{key}` = \"{text}\" không phải giá trị hợp lệ: {hint}hãy viết một trong các giá trị {words}"
            )
        }
        Field::SchemaUnknown { written: i } => say!(
            lang,
            "schema = {i} is not known: this tiendo reads schema = 1",
            "không nhận ra schema = {i}: phiên bản tiendo này đọc schema = 1"
        ),
        Field::SchemaNotWhole => say!(
            lang,
            "write schema = 1: the schema is a whole number",
            "viết schema = 1: `schema` là một số nguyên"
        ),
        Field::NoSchema => say!(
            lang,
            "the file lacks `schema = 1` on its first line",
            "tệp thiếu `schema = 1` ở dòng đầu tiên"
        ),
        Field::TargetWithoutFigure => say!(
            lang,
            "[[target]] needs `coverage` (a number) or `label` (the target in words, such as \"toàn dân\")",
            "[[target]] cần có `coverage` (một số) hoặc `label` (mục tiêu bằng lời, ví dụ \"toàn dân\")"
        ),
        Field::StrictWithoutCoverage => say!(
            lang,
            "`strict = true` says the target is met only above its number, but this [[target]] has no `coverage`: add it or remove `strict`",
            "`strict = true` nghĩa là mục tiêu chỉ đạt khi vượt con số của nó, nhưng [[target]] này không có `coverage`: hãy thêm `coverage` hoặc bỏ `strict`"
        ),
        Field::DirectiveAndPublished => say!(
            lang,
            "[[target]] has both `directive` and `published`: the document's issue date is when the target counts from; remove `published`",
            "[[target]] có cả `directive` lẫn `published`: mục tiêu được tính từ ngày ban hành văn bản; hãy bỏ `published`"
        ),
        Field::AliasesNotList { example } => say!(
            lang,
            "write aliases = [{example}]: `aliases` is a list of texts in quotes, even for one",
            "viết aliases = [{example}]: `aliases` là danh sách các tên trong dấu ngoặc kép, kể cả khi chỉ có một tên"
        ),
        Field::AliasNoLetter { alias } => say!(
            lang,
            "the alias \"{alias}\" has no letter or digit: search could never find the unit by it",
            "tên gọi khác \"{alias}\" không có chữ cái hay chữ số nào: tìm kiếm sẽ không bao giờ tìm ra địa phương theo tên này"
        ),
        Field::AliasRepeated { alias, first } => say!(
            lang,
            "the alias \"{alias}\" repeats \"{first}\" in the same [[locality]] (search does not tell them apart): remove one",
            "tên gọi khác \"{alias}\" trùng với \"{first}\" trong cùng [[locality]] (tìm kiếm không phân biệt được hai tên này): hãy bỏ một tên"
        ),
        Field::OnlyPlan { table } => say!(
            lang,
            "{table} gives only `plan`, the number assigned, and nothing achieved against it: add `participants`, `coverage` or `plan_percent`, or a `note`",
            "{table} chỉ ghi `plan` (số được giao) mà không có số liệu đạt được: hãy ghi thêm `participants`, `coverage` hoặc `plan_percent`, hoặc một `note`"
        ),
        Field::NoFigure { table } => say!(
            lang,
            "{table} holds no figure: give `coverage`, or `participants` and `population`, or a `note`",
            "{table} không có số liệu nào: hãy ghi `coverage`, hoặc `participants` và `population`, hoặc một `note`"
        ),
    }
}

/// `[name]` for `[[name]]`, whether the parser or the reader met it.
pub(super) fn single_brackets(lang: Lang, name: &str) -> String {
    say!(
        lang,
        "write [[{name}]] with two brackets: a dataset may hold many of them",
        "viết [[{name}]] với hai cặp ngoặc vuông: một bộ dữ liệu có thể có nhiều bảng này"
    )
}

/// A date in quotes or day first, whether the parser or the reader met it.
pub(super) fn date_in_quotes(lang: Lang, key: &str, fix: &str) -> String {
    say!(
        lang,
        "write {key} = {fix}: a date is written year-month-day, without quotes",
        "viết {key} = {fix}: ngày được viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép"
    )
}

/// Why a text holding `c` is refused, whether the TOML parser met it raw
/// or an escape (`\u001B`) wrote it.
fn forbidden(lang: Lang, key: &str, c: char) -> String {
    let code = char_code(c);
    match (lang, c.is_control()) {
        (Lang::En, true) => format!(
            "`{key}` holds a control character ({code}): remove it; text must be plain and on one line"
        ),
        (Lang::En, false) => format!(
            "`{key}` holds an invisible formatting character ({code}): remove it; text must be plain and on one line"
        ),
        (Lang::Vi, true) => format!(
            "`{key}` chứa một ký tự điều khiển ({code}): hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
        ),
        (Lang::Vi, false) => format!(
            "`{key}` chứa một ký tự định dạng ẩn ({code}): hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
        ),
    }
}
