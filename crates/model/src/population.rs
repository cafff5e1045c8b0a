//! A unit's population as its table shows it: the figure nearest the
//! judging day, from its records and its `[[locality.population]]`
//! entries, chosen once when the figures are judged.

use chrono::NaiveDate;

use super::point::Point;
use super::schema::Locality;

/// A population figure and the day it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Population {
    pub count: u64,
    pub date: NaiveDate,
}

/// The figure nearest `day` in either direction; of two as near, the
/// earlier, which was known first.
pub fn nearest(
    figures: impl IntoIterator<Item = Population>,
    day: NaiveDate,
) -> Option<Population> {
    figures
        .into_iter()
        .min_by_key(|x| ((x.date - day).num_days().abs(), x.date))
}

/// The population of `l` nearest `day`, among the figures known on `known`
/// (the model's judging day: an entry counts from its date, a record from
/// the day it was published) and of the territory `holds` says the unit
/// had. A unit with none of its own takes the sum its complete roll-ups
/// give (`history`, already known and in its territory), as the table
/// showed it before: never a partial one, which counts only some parts.
pub fn of(
    l: &Locality,
    history: &[Point],
    day: NaiveDate,
    known: NaiveDate,
    holds: impl Fn(NaiveDate) -> bool,
) -> Option<Population> {
    own(l, day, known, holds).or_else(|| {
        let rolled = history
            .iter()
            .filter(|x| x.is_derived() && !x.is_partial())
            .filter_map(|x| {
                Some(Population {
                    count: x.population()?,
                    date: x.date,
                })
            });
        nearest(rolled, day)
    })
}

fn own(
    l: &Locality,
    day: NaiveDate,
    known: NaiveDate,
    holds: impl Fn(NaiveDate) -> bool,
) -> Option<Population> {
    let entries = l
        .population
        .iter()
        .filter(|x| x.date <= known)
        .map(|x| Population {
            count: x.count,
            date: x.date,
        });
    let records = l
        .records
        .iter()
        .filter(|r| r.known_by(known))
        .filter_map(|r| {
            Some(Population {
                count: r.population()?,
                date: r.date,
            })
        });
    nearest(entries.chain(records).filter(|x| holds(x.date)), day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(count: u64, date: NaiveDate) -> Population {
        Population { count, date }
    }

    #[test]
    fn the_nearest_figure_wins_in_either_direction() {
        let judged = day(2024, 6, 30);
        // Before: 2023 is 182 days off, 2020 far more.
        let before = [at(1, day(2020, 12, 31)), at(2, day(2023, 12, 31))];
        assert_eq!(nearest(before, judged), Some(at(2, day(2023, 12, 31))));
        // After: a figure 30 days later beats one a year earlier.
        let after = [at(1, day(2023, 6, 30)), at(2, day(2024, 7, 30))];
        assert_eq!(nearest(after, judged), Some(at(2, day(2024, 7, 30))));
    }

    #[test]
    fn of_two_as_near_the_earlier_wins() {
        let judged = day(2024, 7, 1);
        // Both 10 days off, listed later first.
        let tie = [at(2, day(2024, 7, 11)), at(1, day(2024, 6, 21))];
        assert_eq!(nearest(tie, judged), Some(at(1, day(2024, 6, 21))));
    }

    #[test]
    fn no_figure_gives_none() {
        assert_eq!(nearest([], day(2024, 1, 1)), None);
    }

    /// The one province of a small dataset: an entry of 2020, a record of
    /// 2023 published in 2024, and a record of 2025.
    fn province() -> Locality {
        let text = r#"
schema = 1
[meta]
title = "t"
as_of = 2025-12-31
[[locality]]
id = "p"
name = "P"
kind = "province"
  [[locality.population]]
  date = 2020-12-31
  count = 100
  source = "s"
  [[locality.record]]
  date = 2023-12-31
  published = 2024-03-01
  coverage = 90.0
  population = 200
  source = "s"
  [[locality.record]]
  date = 2025-12-31
  coverage = 91.0
  population = 300
  source = "s"
"#;
        let loaded = crate::load::load_files(vec![("p.toml".into(), text.as_bytes().to_vec())])
            .unwrap_or_else(|_| panic!("the dataset loads"));
        loaded.dataset.localities.into_iter().next().unwrap()
    }

    #[test]
    fn a_units_own_figures_count_once_known_and_in_its_territory() {
        let l = province();
        let all = |_: NaiveDate| true;
        // Judged at the end of 2023, known then: the entry of 2020 only, as
        // the 2023 record was published in 2024.
        let end_2023 = day(2023, 12, 31);
        assert_eq!(
            of(&l, &[], end_2023, end_2023, all),
            Some(at(100, day(2020, 12, 31)))
        );
        // Known on its publication day, the 2023 record counts.
        let later = day(2024, 3, 1);
        assert_eq!(
            of(&l, &[], end_2023, later, all),
            Some(at(200, day(2023, 12, 31)))
        );
        // An entry counts from its own date, not before.
        assert_eq!(of(&l, &[], day(2020, 12, 30), day(2020, 12, 30), all), None);
        assert_eq!(
            of(&l, &[], day(2020, 12, 31), day(2020, 12, 31), all),
            Some(at(100, day(2020, 12, 31)))
        );
        // A figure of another territory is left out.
        let since_2021 = |d: NaiveDate| d >= day(2021, 1, 1);
        assert_eq!(
            of(&l, &[], day(2020, 12, 31), day(2026, 1, 1), since_2021),
            Some(at(200, day(2023, 12, 31)))
        );
    }

    #[test]
    fn a_unit_with_none_of_its_own_takes_a_complete_roll_up_never_a_partial_one() {
        use crate::point::{Origin, Rollup};
        let mut l = province();
        l.population.clear();
        l.records.clear();
        let rolled = |date: NaiveDate, population: u64, partial: bool| Point {
            date,
            coverage: 90.0,
            counts: crate::point::Counts::new(None, Some(population), None),
            plan_share: None,
            origin: Origin::RolledUp(Rollup::new(1, 2, None, partial)),
            estimate: false,
        };
        let own = Point {
            origin: Origin::Own(0),
            ..rolled(day(2024, 12, 31), 7, false)
        };
        let history = [
            rolled(day(2023, 12, 31), 500, false),
            rolled(day(2024, 12, 31), 900, true),
            own,
        ];
        let judged = day(2024, 12, 31);
        assert_eq!(
            of(&l, &history, judged, judged, |_| true),
            Some(at(500, day(2023, 12, 31)))
        );
        // Its own figure, when it has one, comes first.
        let l = province();
        assert_eq!(
            of(&l, &history, judged, judged, |_| true).map(|p| p.count),
            Some(200)
        );
    }
}
