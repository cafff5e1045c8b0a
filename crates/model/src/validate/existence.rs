//! A record dated after its unit ceased: a merged province's or an
//! abolished district's figure on a day it no longer existed describes
//! nothing the dashboard shows, so it would pass unseen.

use super::Sink;
use crate::schema::Locality;

pub(super) fn check_existence(sink: &mut Sink<'_>, l: &Locality) {
    let Some(on) = l.ceased_on() else {
        return;
    };
    let id = &l.id.value;
    let lang = sink.lang();
    for r in l.records.iter().filter(|r| r.date >= on) {
        let date = r.date;
        let message = match &l.merged_into {
            Some(into) => {
                let into = &into.value;
                say!(
                    lang,
                    "`{id}` ceased on {on}, merged into `{into}`: a record dated {date} cannot be its figure; if it is `{into}`'s, write it for `{into}`",
                    "`{id}` đã chấm dứt từ {on}, nhập vào `{into}`: bản ghi ngày {date} không thể là số liệu của đơn vị này; nếu là số liệu của `{into}`, hãy ghi cho `{into}`"
                )
            }
            None => say!(
                lang,
                "`{id}` ceased on {on}: a record dated {date} cannot be its figure; a figure after that belongs to the units that took over its area",
                "`{id}` đã chấm dứt từ {on}: bản ghi ngày {date} không thể là số liệu của đơn vị này; số liệu sau ngày đó thuộc về các đơn vị tiếp nhận địa bàn của nó"
            ),
        };
        sink.error(r.at, message);
    }
}
