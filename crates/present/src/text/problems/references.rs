//! Problems of ids and the references between tables.

use tiendo_model::problem::{IdKind, Reference};

use super::Lang;

pub(super) fn reference(lang: Lang, p: &Reference) -> String {
    match p {
        Reference::DuplicateId { kind, id, first } => {
            let place = first.as_ref().map_or(String::new(), |first| {
                let (name, line, column) = (&first.file, first.line, first.column);
                say!(
                    lang,
                    " (the first is at {name}:{line}:{column})",
                    " (mã đầu tiên ở {name}:{line}:{column})"
                )
            });
            let (value, what, noun) = (id, code(*kind), noun(*kind));
            say!(
                lang,
                "duplicate {what} id `{value}`{place}: ids must be unique across all files",
                "mã {noun} `{value}` bị trùng{place}: mỗi mã chỉ được dùng một lần trong tất cả các tệp"
            )
        }
        Reference::UnknownId {
            key,
            id: value,
            kind,
            guess,
        } => {
            let hint = guess.as_ref().map_or(String::new(), |g| {
                say!(
                    lang,
                    ": did you mean \"{g}\"?",
                    ": có phải ý bạn là \"{g}\"?"
                )
            });
            let (what, noun) = (code(*kind), noun(*kind));
            say!(
                lang,
                "`{key}` names `{value}`, but no {what} has that id{hint}",
                "`{key}` ghi `{value}`, nhưng không có {noun} nào có mã này{hint}"
            )
        }
        Reference::ParentCycle { cycle } => {
            let cycle: Vec<String> = cycle.iter().map(|m| format!("`{m}`")).collect();
            let cycle = cycle.join(" → ");
            say!(
                lang,
                "parent cycle: {cycle}: a locality cannot contain itself",
                "vòng lặp cấp trên: {cycle}: một địa phương không thể nằm trong chính nó"
            )
        }
        Reference::SecondNation { id } => say!(
            lang,
            "a second nation `{id}`: a dataset has at most one locality of kind \"nation\"",
            "cấp quốc gia thứ hai `{id}`: một bộ dữ liệu có nhiều nhất một địa phương có kind = \"nation\""
        ),
        Reference::NationWithParent { id } => say!(
            lang,
            "the nation `{id}` has no parent: remove `parent`",
            "cấp quốc gia `{id}` không có đơn vị cấp trên: hãy bỏ `parent`"
        ),
        Reference::NoParentUnderNation { id, nation } => say!(
            lang,
            "`{id}` lacks `parent`: name the unit it belongs to (the nation is \"{nation}\")",
            "`{id}` thiếu `parent`: hãy ghi đơn vị cấp trên của nó (cấp quốc gia là \"{nation}\")"
        ),
        Reference::NoParentUnderTop { id, top } => say!(
            lang,
            "`{id}` lacks `parent`: the top units of this dataset are of kind \"{top}\"; name the unit it belongs to",
            "`{id}` thiếu `parent`: các đơn vị cao nhất của bộ dữ liệu có kind = \"{top}\"; hãy ghi đơn vị cấp trên của nó"
        ),
        Reference::MergedIntoItself { id } => say!(
            lang,
            "`{id}` cannot be merged into itself",
            "`{id}` không thể sáp nhập vào chính nó"
        ),
        Reference::MergedIntoWithoutDate { id } => say!(
            lang,
            "`{id}` has `merged_into` but no `merged_on`: add the date of the merger",
            "`{id}` có `merged_into` nhưng thiếu `merged_on`: hãy thêm ngày sáp nhập"
        ),
        Reference::MergedOnWithoutInto { id } => say!(
            lang,
            "`{id}` has `merged_on` but no `merged_into`: name the unit it was merged into",
            "`{id}` có `merged_on` nhưng thiếu `merged_into`: hãy ghi đơn vị mà nó được sáp nhập vào"
        ),
        Reference::AliasIsName { alias, id } => say!(
            lang,
            "the alias \"{alias}\" repeats the name of `{id}`: search finds it by its name already; remove the alias",
            "tên gọi khác \"{alias}\" trùng với tên của `{id}`: tìm theo tên đã ra đơn vị này; hãy bỏ tên gọi khác này"
        ),
        Reference::AliasShared {
            alias,
            id,
            other_id,
            other_name,
        } => say!(
            lang,
            "the alias \"{alias}\" of `{id}` is also a name of `{other_id}` ({other_name}): a search for it lists both",
            "tên gọi khác \"{alias}\" của `{id}` cũng là tên của `{other_id}` ({other_name}): tìm theo tên này sẽ ra cả hai"
        ),
        Reference::AfterCeasing {
            id,
            on,
            date,
            into: Some(into),
        } => say!(
            lang,
            "`{id}` ceased on {on}, merged into `{into}`: a record dated {date} cannot be its figure; if it is `{into}`'s, write it for `{into}`",
            "`{id}` đã chấm dứt từ {on}, nhập vào `{into}`: bản ghi ngày {date} không thể là số liệu của đơn vị này; nếu là số liệu của `{into}`, hãy ghi cho `{into}`"
        ),
        Reference::AfterCeasing {
            id,
            on,
            date,
            into: None,
        } => say!(
            lang,
            "`{id}` ceased on {on}: a record dated {date} cannot be its figure; a figure after that belongs to the units that took over its area",
            "`{id}` đã chấm dứt từ {on}: bản ghi ngày {date} không thể là số liệu của đơn vị này; số liệu sau ngày đó thuộc về các đơn vị tiếp nhận địa bàn của nó"
        ),
    }
}

/// A kind of table as the schema names it, and as English says it.
fn code(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Locality => "locality",
        IdKind::Directive => "directive",
    }
}

/// A kind of table as a Vietnamese sentence names it.
fn noun(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Locality => "địa phương",
        IdKind::Directive => "văn bản",
    }
}
