//! A unit's own records as its history: named where it has no parts,
//! as points where its parts' roll-ups are added to them.

use crate::history::{History, own_point};
use crate::model::Model;
use crate::point::Point;

/// Whether a record counts for any figure: nothing dated, or made public,
/// after the judging day does (as of a day is as known on that day).
fn counts_today(m: &Model, i: usize, k: usize) -> bool {
    m.records(i).get(k).is_some_and(|r| r.known_by(m.today))
}

/// A unit's own records as points, to which its parts' roll-ups are
/// added: a unit with parts.
pub(super) fn own_points(m: &Model, i: usize) -> Vec<Point> {
    let records = m.records(i);
    (0..records.len())
        .filter(|&k| counts_today(m, i, k))
        .filter_map(|k| own_point(records, k))
        .collect()
}

/// A unit without parts: its own records that count, each named, not
/// copied (`history`).
pub(super) fn own_history(m: &Model, i: usize) -> History {
    let records = m.records(i);
    History::of_records(
        records,
        (0..records.len()).filter(|&k| counts_today(m, i, k)),
    )
}
