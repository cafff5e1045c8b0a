//! A record dated after its unit ceased: a merged province's or an
//! abolished district's figure on a day it no longer existed describes
//! nothing the dashboard shows, so it would pass unseen.

use super::Sink;
use crate::problem::Reference;
use crate::schema::Locality;

pub(super) fn check_existence(sink: &mut Sink<'_>, l: &Locality) {
    let Some(on) = l.ceased_on() else {
        return;
    };
    let id = &l.id.value;
    for r in l.records.iter().filter(|r| r.date >= on) {
        let problem = Reference::AfterCeasing {
            id: id.clone(),
            on,
            date: r.date,
            into: l.merged_into.as_ref().map(|into| into.value.clone()),
        };
        sink.error(r.at, problem);
    }
}
