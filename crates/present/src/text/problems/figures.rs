//! Problems of the figures of a locality's records.

use tiendo_model::problem::Figure;

use super::Lang;

pub(super) fn figure(lang: Lang, p: &Figure) -> String {
    match p {
        Figure::ParticipantsOverPopulation {
            id,
            participants: p,
            population: n,
        } => say!(
            lang,
            "participants ({p}) exceed population ({n}) in this record of `{id}`: check both figures",
            "số người tham gia ({p}) vượt quá dân số ({n}) trong bản ghi này của `{id}`: hãy kiểm tra cả hai số liệu"
        ),
        Figure::CoverageDisagrees {
            id,
            date,
            coverage: c,
            ratio,
        } => say!(
            lang,
            "coverage = {c} but participants / population = {ratio:.2} for `{id}` on {date}: the source may use another population base",
            "coverage = {c} nhưng participants / population = {ratio:.2} đối với `{id}` ngày {date}: nguồn có thể dùng một mốc dân số khác"
        ),
        Figure::PlanPercentDisagrees {
            id,
            date,
            stated,
            counted,
        } => say!(
            lang,
            "plan_percent = {stated} but participants / plan = {counted:.2} for `{id}` on {date}: check both figures; the stated share is the one shown",
            "plan_percent = {stated} nhưng participants / plan = {counted:.2} đối với `{id}` ngày {date}: hãy kiểm tra cả hai số liệu; tỷ lệ ghi sẵn là tỷ lệ được hiển thị"
        ),
        Figure::Future { id, date, today } => say!(
            lang,
            "`{id}` has a figure dated {date}, after today ({today}): a figure cannot come from the future; check the year",
            "`{id}` có số liệu ngày {date}, sau ngày hôm nay ({today}): số liệu không thể đến từ tương lai; hãy kiểm tra lại năm"
        ),
        Figure::AfterAsOf { id, date, as_of } => say!(
            lang,
            "`{id}` has a figure dated {date}, after the dataset's as_of ({as_of}): raise `as_of` in [meta] if the data is current to that day",
            "`{id}` có số liệu ngày {date}, sau ngày `as_of` của bộ dữ liệu ({as_of}): hãy đặt `as_of` trong [meta] muộn hơn nếu dữ liệu đã cập nhật đến ngày đó"
        ),
        Figure::Stale {
            id,
            date,
            months,
            reference,
        } => say!(
            lang,
            "the latest figure of `{id}` is of {date}, more than {months} months before {reference}: it is stale",
            "số liệu mới nhất của `{id}` là ngày {date}, cũ hơn {months} tháng so với {reference}: số liệu đã cũ"
        ),
        Figure::PublishedBefore {
            id,
            date,
            published,
        } => say!(
            lang,
            "`{id}` has a figure of {date} published on {published}, before the day it refers to: write the day the source made it public (on or after {date}), or leave `published` out",
            "`{id}` có số liệu ngày {date} công bố ngày {published}, trước cả ngày số liệu: hãy ghi ngày nguồn công bố số liệu (từ ngày {date} trở đi), hoặc bỏ `published`"
        ),
        Figure::PublishedFuture {
            id,
            date,
            published,
            today,
        } => say!(
            lang,
            "`{id}` has a figure of {date} published on {published}, after today ({today}): a figure cannot be made public in the future; check the year",
            "`{id}` có số liệu ngày {date} công bố ngày {published}, sau ngày hôm nay ({today}): số liệu không thể được công bố trong tương lai; hãy kiểm tra lại năm"
        ),
    }
}
