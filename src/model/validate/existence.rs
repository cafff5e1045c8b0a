//! A record dated after its unit ceased: a merged province's or an
//! abolished district's figure on a day it no longer existed describes
//! nothing the dashboard shows, so it would pass unseen.

use super::Sink;
use crate::model::schema::Locality;

pub(super) fn check_existence(sink: &mut Sink<'_>, l: &Locality) {
    let Some(on) = l.ceased_on() else {
        return;
    };
    let id = &l.id.value;
    let lang = sink.lang();
    for r in l.records.iter().filter(|r| r.date >= on) {
        let date = r.date;
        sink.error(
            r.at,
            say!(
                lang,
                "`{id}` ceased on {on}: a record dated {date} cannot be its figure; if it belongs to the unit `{id}` became part of, write it there",
                "`{id}` đã chấm dứt từ {on}: bản ghi ngày {date} không thể là số liệu của đơn vị này; nếu là của đơn vị mà `{id}` đã nhập vào, hãy ghi cho đơn vị đó"
            ),
        );
    }
}
