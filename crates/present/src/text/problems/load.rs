//! Problems of a file as a whole, and of the files of a load together.

use tiendo_model::problem::Load;

use super::{Lang, list};

pub(super) fn load(lang: Lang, p: &Load) -> String {
    match p {
        Load::Internal => say!(
            lang,
            "tiendo could not read this file (an internal error): check that it is a TOML text file",
            "tiendo không đọc được tệp này (lỗi bên trong chương trình): hãy kiểm tra đây có phải tệp văn bản TOML không"
        ),
        Load::Empty => say!(
            lang,
            "the file is empty: a dataset file starts with `schema = 1`",
            "tệp trống: một tệp dữ liệu bắt đầu bằng `schema = 1`"
        ),
        Load::NotUtf8 { at } => say!(
            lang,
            "the file is not valid UTF-8 at byte {at}: save it as UTF-8 (Unicode) text",
            "tệp không phải văn bản UTF-8 hợp lệ (lỗi tại byte {at}): hãy lưu tệp dưới dạng văn bản UTF-8 (Unicode)"
        ),
        Load::ChangedWhileRead => say!(
            lang,
            "the file changed while it was being read: read it again once it is saved",
            "tệp đã thay đổi trong khi đang được đọc: hãy đọc lại sau khi tệp đã được lưu xong"
        ),
        Load::MetaUnused { first_file } => say!(
            lang,
            "this [meta] is not used: of several datasets loaded as one, the first that has a [meta] gives it ({first_file})",
            "[meta] này không được dùng: khi nạp nhiều bộ dữ liệu làm một, [meta] lấy từ bộ đầu tiên có [meta] ({first_file})"
        ),
        Load::SecondMeta { first_file } => say!(
            lang,
            "a second [meta]: the dataset's [meta] is already in {first_file}",
            "[meta] thứ hai: [meta] của bộ dữ liệu đã có trong {first_file}"
        ),
        Load::NoMeta => say!(
            lang,
            "no file has [meta]: add [meta] with `title` and `as_of` to one file",
            "không tệp nào có [meta]: thêm [meta] với `title` và `as_of` vào một tệp"
        ),
        Load::UnknownRecordLocality { id, near } if near.is_empty() => say!(
            lang,
            "`locality` names `{id}`, but no locality has that id: a [[record]] is attached to a [[locality]] defined in the data loaded with it",
            "`locality` ghi `{id}`, nhưng không có địa phương nào có mã này: một [[record]] gắn vào một [[locality]] có trong dữ liệu được nạp cùng"
        ),
        Load::UnknownRecordLocality { id, near } => {
            let near = list(near);
            say!(
                lang,
                "`locality` names `{id}`, but no locality has that id; the closest are {near}",
                "`locality` ghi `{id}`, nhưng không có địa phương nào có mã này; các mã gần nhất là {near}"
            )
        }
        Load::ReplacesNothing { id, date } => say!(
            lang,
            "`replaces = true`, but `{id}` has no other record for {date}: there is nothing to replace; remove `replaces`, or load first the data that holds the record it replaces",
            "`replaces = true`, nhưng `{id}` không có bản ghi nào khác cho ngày {date}: không có gì để thay; hãy bỏ `replaces`, hoặc nạp trước dữ liệu chứa bản ghi cần thay"
        ),
        Load::ReplacesLater { id, date, later } => say!(
            lang,
            "`replaces = true`, but the record of `{id}` for {date} it would replace, at {later}, is loaded after it: a record replaces only one loaded before it; give the data in the other order",
            "`replaces = true`, nhưng bản ghi của `{id}` ngày {date} cần thay, tại {later}, lại được nạp sau bản ghi này: một bản ghi chỉ thay được bản ghi nạp trước nó; hãy nạp dữ liệu theo thứ tự ngược lại"
        ),
        Load::Replaced {
            id,
            date,
            earlier,
            source,
        } => say!(
            lang,
            "`{id}` on {date}: this record replaces the one at {earlier} (source \"{source}\"), which is no longer used",
            "`{id}` ngày {date}: bản ghi này thay cho bản ghi tại {earlier} (nguồn \"{source}\"), bản ghi đó không còn được dùng"
        ),
        Load::TwoRecords { id, date } => say!(
            lang,
            "`{id}` has two records for {date}: keep one and name the other source in its `note`",
            "`{id}` có hai bản ghi cho ngày {date}: hãy giữ một bản ghi và ghi nguồn còn lại vào `note` của nó"
        ),
    }
}
