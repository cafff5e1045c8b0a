//! Rows of former units in a report dated after their merger: a report
//! still laid out by the old provinces gives `Tỉnh Kiên Giang` on its own
//! row, which is only part of today's An Giang. The parts are added up
//! into the new unit when every part is there; part of a unit is never
//! written as the whole.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::matching::{How, Index};
use super::{Problem, Row};
use tiendo_present::text::ImportWords;

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

#[cfg(test)]
mod tests {
    use super::*;
    use tiendo_present::text::{self, Lang};

    /// Leaked: the index borrows the dataset for the whole test.
    fn index() -> Index<'static> {
        let loaded = tiendo_model::load_files(tiendo_model::bundled::files())
            .unwrap_or_else(|e| panic!("{}", text::invalid(Lang::En, &e)));
        Index::new(Box::leak(Box::new(loaded.dataset)))
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, 31).unwrap()
    }

    /// A row of `unit` (An Giang as it was, or the former Kiên Giang).
    fn row(
        r: usize,
        unit: &str,
        counts: Option<(u64, u64)>,
        plan: Option<u64>,
        estimate: bool,
    ) -> Row {
        let how = if unit.contains("Kiên Giang") {
            How::Former("kien-giang".into())
        } else {
            How::Name
        };
        Row {
            row: r,
            rows: vec![r],
            unit: unit.into(),
            id: "an-giang".into(),
            how,
            population: counts.map(|(n, _)| n),
            participants: counts.map(|(_, p)| p),
            coverage: Some(90.0),
            plan,
            plan_percent: Some(99.0),
            estimate,
            replaces: false,
            note: None,
            source: String::new(),
        }
    }

    fn joined(rows: Vec<Row>) -> (Vec<Row>, Vec<Problem>) {
        let w = &text::words(Lang::En).cli.import;
        join(rows, day(), &index(), w, |r| format!("B{}", r.row + 1))
    }

    #[test]
    fn whole_parts_are_added_up_and_the_plan_only_when_every_part_gives_one() {
        let (rows, errors) = joined(vec![
            row(
                9,
                "Tỉnh An Giang",
                Some((1_910_000, 1_780_000)),
                Some(1_800_000),
                false,
            ),
            row(
                10,
                "Tỉnh Kiên Giang",
                Some((1_760_000, 1_600_000)),
                None,
                true,
            ),
        ]);
        assert_eq!(errors, Vec::new());
        let [sum] = rows.as_slice() else {
            panic!("{rows:?}");
        };
        assert_eq!(
            (
                sum.row,
                sum.rows.clone(),
                sum.unit.as_str(),
                sum.id.as_str(),
                &sum.how
            ),
            (
                9,
                vec![9, 10],
                "Tỉnh An Giang + Tỉnh Kiên Giang",
                "an-giang",
                &How::Parts
            )
        );
        assert_eq!(
            (sum.population, sum.participants, sum.plan),
            (Some(3_670_000), Some(3_380_000), None)
        );
        // Shares are not added: coverage comes from the sums.
        assert_eq!((sum.coverage, sum.plan_percent), (None, None));
        assert!(sum.estimate, "one part is an estimate");
        assert_eq!(
            sum.note.as_deref(),
            Some(
                "An Giang: the sum of the former units' rows Tỉnh An Giang (row 10), Tỉnh Kiên Giang (row 11) (merged on 2025-07-01); coverage from the sums"
            )
        );
        let (rows, _) = joined(vec![
            row(
                9,
                "Tỉnh An Giang",
                Some((1_910_000, 1_780_000)),
                Some(1_800_000),
                false,
            ),
            row(
                10,
                "Tỉnh Kiên Giang",
                Some((1_760_000, 1_600_000)),
                Some(1_650_000),
                false,
            ),
        ]);
        let plans: Vec<(Option<u64>, bool)> = rows.iter().map(|r| (r.plan, r.estimate)).collect();
        assert_eq!(plans, vec![(Some(3_450_000), false)]);
    }

    #[test]
    fn a_part_without_both_counts_or_a_missing_part_is_an_error_and_nothing_is_written() {
        let (rows, errors) = joined(vec![
            row(
                9,
                "Tỉnh An Giang",
                Some((1_910_000, 1_780_000)),
                None,
                false,
            ),
            row(10, "Tỉnh Kiên Giang", None, None, false),
        ]);
        assert_eq!(rows, Vec::new());
        assert_eq!(
            errors,
            vec![Problem {
                place: "B11".into(),
                message: "\"Tỉnh Kiên Giang\" gives no participants and population, so it cannot be added up with the other parts of An Giang".into(),
            }]
        );
        let (rows, errors) = joined(vec![row(
            10,
            "Tỉnh Kiên Giang",
            Some((1_760_000, 1_600_000)),
            None,
            false,
        )]);
        assert_eq!(rows, Vec::new());
        assert_eq!(
            errors,
            vec![Problem {
                place: "B11".into(),
                message: "\"Tỉnh Kiên Giang\" has been part of An Giang since 2025-07-01: this report (dated 2025-10-31) lists the former units, and An Giang can only be written when all of them are there, added up; missing: An Giang. Part of a unit is never written as the whole".into(),
            }]
        );
    }

    #[test]
    fn rows_of_units_nothing_merged_into_pass_as_they_are() {
        let mut ha_noi = row(
            9,
            "Thành phố Hà Nội",
            Some((8_807_500, 8_366_900)),
            None,
            false,
        );
        ha_noi.id = "ha-noi".into();
        let (rows, errors) = joined(vec![ha_noi.clone()]);
        assert_eq!((rows, errors), (vec![ha_noi], Vec::new()));
    }
}
