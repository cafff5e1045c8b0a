//! Rows of former units in a report dated after their merger: a report
//! still laid out by the old provinces gives `Tỉnh Kiên Giang` on its own
//! row, which is only part of today's An Giang. The parts are added up
//! into the new unit when every part is there; part of a unit is never
//! written as the whole.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::matching::{How, Index};
use super::{Problem, Row};
use crate::text::ImportWords;

/// The unit a row stands for as its report lists it: the former unit for a
/// row matched by its former name, else the unit itself.
pub fn part_of(row: &Row) -> &str {
    match &row.how {
        How::Former(old) => old,
        _ => &row.id,
    }
}

/// Rows whose unit merged into another by `day`, summed into that unit
/// when every part of it is in `rows`; an error naming the missing parts
/// otherwise. Rows of units nothing merged into pass as they are.
pub fn join(
    rows: Vec<Row>,
    day: NaiveDate,
    index: &Index,
    w: &ImportWords,
    place_of: impl Fn(&Row) -> String,
) -> (Vec<Row>, Vec<Problem>) {
    let mut errors = Vec::new();
    // The units with a row under a former name, each with its rows.
    let mut merged: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let former: Vec<String> = rows
        .iter()
        .filter(|r| matches!(r.how, How::Former(_)))
        .map(|r| r.id.clone())
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        if former.contains(&row.id) {
            merged.entry(row.id.clone()).or_default().push(row);
        } else {
            out.push(row);
        }
    }
    for (id, group) in merged {
        let parts = index.parts(&id, day);
        let missing: Vec<&(String, NaiveDate)> = parts
            .iter()
            .filter(|(p, _)| !group.iter().any(|r| part_of(r) == p))
            .collect();
        let Some(first) = group.first() else {
            continue;
        };
        let on = parts.iter().map(|(_, d)| *d).min().unwrap_or(day);
        let names = |list: &mut dyn Iterator<Item = &str>| {
            list.map(|p| index.name(p)).collect::<Vec<_>>().join(", ")
        };
        if !missing.is_empty() {
            errors.push(Problem {
                place: place_of(first),
                message: (w.part_missing)(
                    &first.unit,
                    &index.name(&id),
                    &on.to_string(),
                    &day.to_string(),
                    &names(&mut missing.iter().map(|(p, _)| p.as_str())),
                ),
            });
            continue;
        }
        match sum(&id, first, &group) {
            Ok(mut row) => {
                let listed: Vec<String> = group
                    .iter()
                    .map(|r| format!("{} ({} {})", r.unit, w.row_word, r.row + 1))
                    .collect();
                row.note = Some((w.parts_note)(
                    &index.name(&id),
                    &listed.join(", "),
                    &on.to_string(),
                ));
                out.push(row);
            }
            Err(without) => errors.push(Problem {
                place: place_of(without),
                message: (w.part_without_counts)(&without.unit, &index.name(&id)),
            }),
        }
    }
    out.sort_by_key(|r| r.row);
    (out, errors)
}

/// The parts' counts added up: participants and population (coverage is
/// theirs to give), the plan when every part gives one. A part without
/// both counts cannot be added: it is returned.
fn sum<'a>(id: &str, first: &Row, group: &'a [Row]) -> Result<Row, &'a Row> {
    let mut participants = 0u64;
    let mut population = 0u64;
    let mut plan = Some(0u64);
    for r in group {
        let (Some(p), Some(n)) = (r.participants, r.population) else {
            return Err(r);
        };
        participants = participants.saturating_add(p);
        population = population.saturating_add(n);
        plan = plan.zip(r.plan).map(|(a, b)| a.saturating_add(b));
    }
    Ok(Row {
        row: first.row,
        rows: group.iter().map(|r| r.row).collect(),
        unit: group
            .iter()
            .map(|r| r.unit.as_str())
            .collect::<Vec<_>>()
            .join(" + "),
        id: id.to_string(),
        how: How::Parts,
        population: Some(population),
        participants: Some(participants),
        coverage: None,
        plan,
        plan_percent: None,
        estimate: group.iter().any(|r| r.estimate),
        replaces: false,
        note: None,
        source: String::new(),
    })
}
