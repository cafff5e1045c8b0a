//! Each column's orders over a judged model: which units a level lists and
//! the value each is sorted by (`orders.rs` holds the orders themselves).

use rayon::prelude::*;

use super::model::Model;
use super::orders::{Level, Orders, SortKey, Sorted};
use super::point::Era;
use super::progress::{Projection, Status};
use super::schema::LocalityKind;

/// A unit is listed in the current era unless it has ceased (merged or
/// abolished); the former era lists every unit of the level.
/// `current`: neither merged nor abolished.
fn listed((kind, current): (LocalityKind, bool), era: Era, level: Level) -> bool {
    kind == level.kind() && (era == Era::Former || current)
}

/// The value a column sorts by; `None` sorts last.
pub fn sort_value(m: &Model, i: usize, era: Era, key: SortKey) -> Option<f64> {
    let p = m.progress(i, era)?;
    let latest = p.latest_point();
    match key {
        SortKey::Name => Some(0.0),
        SortKey::Coverage => p.coverage(),
        SortKey::Target => m.target(p.numeric_target)?.coverage,
        SortKey::Gap => p.gap,
        SortKey::Trend => p.trend.map(|t| t.slope),
        SortKey::YearOnYear => p.year_on_year.map(|y| y.change),
        SortKey::Projected => projected_rank(p.projection),
        SortKey::Participants => latest?.participants().map(|n| n as f64),
        SortKey::Population => p.population.map(|x| x.count as f64),
        SortKey::Plan => latest?.plan_share.map(|s| s.percent),
        SortKey::Status => Status::ALL
            .iter()
            .position(|s| *s == p.status)
            .map(|k| k as f64),
        // Missed by the most first, then met by the least: the table
        // answers "who missed last year's target" at the top.
        SortKey::Past => p.past.and_then(|x| {
            let goal = m.targets.get(x.target)?.coverage?;
            x.outcome.points(goal)
        }),
        SortKey::Date => latest.map(|x| f64::from(chrono::Datelike::num_days_from_ce(&x.date))),
    }
}

/// Soonest first: met, then by year, then the years already passed with no
/// figure to confirm them, which are as good as unknown.
fn projected_rank(p: Projection) -> Option<f64> {
    match p {
        Projection::Met => Some(0.0),
        Projection::Year(y) => Some(f64::from(y)),
        Projection::Passed(y) => Some(f64::from(y) + 100_000.0),
        Projection::None => None,
    }
}

/// The members of every era and level, by name; no column's order yet.
pub fn members(m: &Model) -> Orders {
    let n = m.localities.len();
    // In Vietnamese alphabetical order; the keys live only while sorting.
    let keys: Vec<Vec<u8>> = m
        .localities
        .par_iter()
        .map(|l| crate::collation::key(&l.name))
        .collect();
    let mut by_name: Vec<usize> = (0..n).collect();
    by_name.par_sort_unstable_by(|&a, &b| keys.get(a).cmp(&keys.get(b)).then(a.cmp(&b)));
    drop(keys);
    let mut name_rank = vec![0u32; n];
    for (r, &i) in by_name.iter().enumerate() {
        if let Some(slot) = name_rank.get_mut(i) {
            *slot = u32::try_from(r).unwrap_or(u32::MAX);
        }
    }
    let mut orders = Orders {
        name_rank,
        ..Orders::default()
    };
    // What `listed` reads of each unit, read once in file order: the six
    // lists below then read 200 KB, not 100,000 units at random six times
    // (30–50 ms on one core at 100,000).
    let units: Vec<(LocalityKind, bool)> = m
        .localities
        .iter()
        .map(|l| (l.kind, l.merged_into.is_none() && l.abolished_on.is_none()))
        .collect();
    for era in [Era::Current, Era::Former] {
        for level in Level::ALL {
            let members: Vec<usize> = by_name
                .iter()
                .copied()
                .filter(|&i| units.get(i).is_some_and(|&u| listed(u, era, level)))
                .collect();
            if !members.is_empty() {
                orders.members.insert((era, level), members);
            }
        }
    }
    orders
}

/// Every column's order of every era and level not built yet, each on its
/// own core: 52 sorts of up to 100,000 units.
pub fn sort_every(m: &Model, orders: &mut Orders) {
    let tasks: Vec<(Era, Level, SortKey)> = orders
        .members
        .keys()
        .flat_map(|&(era, level)| SortKey::ALL.map(|key| (era, level, key)))
        .filter(|&(era, level, key)| orders.sorted(era, level, key).is_none())
        .collect();
    let sorted: Vec<_> = tasks
        .into_par_iter()
        .map(|(era, level, key)| ((era, level, key), sort(m, orders, era, level, key)))
        .collect();
    orders.sorted.extend(sorted);
}

/// One column's orders of one era and level, by the figures judged now.
pub fn sort(m: &Model, orders: &Orders, era: Era, level: Level, key: SortKey) -> Sorted {
    let members = orders.members(era, level);
    let rank = &orders.name_rank;
    let mut keyed: Vec<(u64, u32, u32)> = Vec::with_capacity(members.len());
    let mut missing: Vec<u32> = Vec::new();
    for &i in members {
        let unit = unit(i);
        match sort_value(m, i, era, key) {
            Some(v) => keyed.push((ordered_bits(v), rank.get(i).copied().unwrap_or(0), unit)),
            None => missing.push(unit),
        }
    }
    keyed.sort_unstable();
    if key == SortKey::Name {
        Sorted::reversed_whole(&keyed, &missing)
    } else {
        Sorted::of(&keyed, &missing)
    }
}

/// A unit's index as kept in an order: a dataset of more than 4 billion
/// units could not be loaded in memory to begin with.
fn unit(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// An f64's bits turned so that integer order is numeric order.
fn ordered_bits(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_bits_keep_numeric_order() {
        let values = [-5.0, -0.5, 0.0, 0.25, 3.0, 95.2];
        for pair in values.windows(2) {
            assert!(ordered_bits(pair[0]) < ordered_bits(pair[1]), "{pair:?}");
        }
    }

    fn falling(sorted: &Sorted) -> Vec<usize> {
        sorted.order(true).collect()
    }

    #[test]
    fn falling_keeps_name_order_within_a_value_and_the_missing_last() {
        // (value, name rank, unit), as `sort` keys them, rising.
        let rising = [(1, 0, 10), (1, 2, 12), (5, 1, 11), (7, 3, 13), (7, 4, 14)];
        let sorted = Sorted::of(&rising, &[99, 98]);
        assert_eq!(falling(&sorted), [13, 14, 11, 10, 12, 99, 98]);
        let rising_order: Vec<usize> = sorted.order(false).collect();
        assert_eq!(rising_order, [10, 12, 11, 13, 14, 99, 98]);
        assert_eq!(falling(&Sorted::of(&[], &[3])), [3]);
        assert_eq!(falling(&Sorted::of(&[], &[])), Vec::<usize>::new());
        // One run: falling is rising, ties by name.
        assert_eq!(falling(&Sorted::of(&[(2, 0, 1), (2, 1, 0)], &[])), [1, 0]);
    }

    #[test]
    fn the_name_column_falls_as_its_rising_order_reversed_whole() {
        let rising = [(0, 0, 4), (0, 1, 2), (0, 2, 3)];
        assert_eq!(
            falling(&Sorted::reversed_whole(&rising, &[9])),
            [9, 3, 2, 4]
        );
        assert_eq!(falling(&Sorted::of(&rising, &[9])), [4, 2, 3, 9]);
    }

    /// Runs that cross a 64-unit word of the run starts, and a run that
    /// fills whole words.
    #[test]
    fn runs_are_found_across_words_of_the_run_starts() {
        let values = (0..200u64).map(|k| match k {
            0..70 => k,
            70..190 => 70,
            _ => k,
        });
        let rising: Vec<(u64, u32, u32)> = values
            .enumerate()
            .map(|(k, v)| (v, k as u32, k as u32))
            .collect();
        let got = falling(&Sorted::of(&rising, &[500]));
        let mut expected: Vec<usize> = (190..200).rev().collect();
        expected.extend(70..190);
        expected.extend((0..70).rev());
        expected.push(500);
        assert_eq!(got, expected);
    }

    proptest::proptest! {
        /// Falling is a sort by falling value then rising name, the units
        /// without a value last; rising is the order given.
        #[test]
        fn falling_is_a_sort_by_falling_value_then_name(
            values in proptest::collection::vec(0u64..6, 0..300),
            missing in proptest::collection::vec(1000u32..2000, 0..5),
        ) {
            let mut rising: Vec<(u64, u32, u32)> = values
                .iter()
                .enumerate()
                .map(|(k, &v)| (v, (k * 7 % 307) as u32, k as u32))
                .collect();
            rising.sort_unstable();
            let mut by_falling = rising.clone();
            by_falling.sort_unstable_by_key(|&(v, r, _)| (std::cmp::Reverse(v), r));
            let mut expected: Vec<usize> = by_falling.iter().map(|&(_, _, i)| i as usize).collect();
            expected.extend(missing.iter().map(|&i| i as usize));
            let sorted = Sorted::of(&rising, &missing);
            proptest::prop_assert_eq!(falling(&sorted), expected);
            let mut rising_order: Vec<usize> = rising.iter().map(|&(_, _, i)| i as usize).collect();
            rising_order.extend(missing.iter().map(|&i| i as usize));
            proptest::prop_assert_eq!(sorted.order(false).collect::<Vec<_>>(), rising_order);
        }
    }

    #[test]
    fn projections_rank_met_first_then_by_year_then_the_passed_years() {
        assert_eq!(projected_rank(Projection::Met), Some(0.0));
        assert_eq!(projected_rank(Projection::Year(2027)), Some(2027.0));
        assert_eq!(projected_rank(Projection::Passed(2025)), Some(102_025.0));
        assert_eq!(projected_rank(Projection::None), None);
        // A year already passed without a figure ranks after any year ahead.
        assert!(projected_rank(Projection::Passed(2020)) > projected_rank(Projection::Year(2040)));
    }

    /// The current map lists the units still in being; the former lists
    /// every unit of its level, merged and abolished ones too; each level
    /// its own kind only; all in name order.
    #[test]
    fn the_lists_keep_ceased_units_to_the_former_map_and_each_level_to_its_kind() {
        let text = r#"schema = 1
[meta]
title = "t"
as_of = 2025-12-31

[[locality]]
id = "VN"
name = "Việt Nam"
kind = "nation"

[[locality]]
id = "b"
name = "Bắc"
kind = "province"
parent = "VN"

[[locality]]
id = "a"
name = "An"
kind = "province"
parent = "VN"
merged_into = "b"
merged_on = 2025-07-01

[[locality]]
id = "d2"
name = "Huyện Hai"
kind = "district"
parent = "b"
abolished_on = 2025-07-01

[[locality]]
id = "d1"
name = "Huyện Một"
kind = "district"
parent = "b"

[[locality]]
id = "c"
name = "Xã"
kind = "commune"
parent = "d1"
"#;
        let loaded = crate::load::load_files(vec![("t.toml".into(), text.as_bytes().to_vec())]);
        let dataset = loaded.map(|l| l.dataset).unwrap_or_default();
        let m = crate::derive(dataset, chrono::NaiveDate::MIN);
        let ids = |era, level| -> Vec<&str> {
            m.orders
                .members(era, level)
                .iter()
                .filter_map(|&i| m.localities.get(i).map(|l| l.id.value.as_str()))
                .collect()
        };
        assert_eq!(ids(Era::Current, Level::Province), ["b"]);
        assert_eq!(ids(Era::Former, Level::Province), ["a", "b"]);
        assert_eq!(ids(Era::Current, Level::District), ["d1"]);
        assert_eq!(ids(Era::Former, Level::District), ["d2", "d1"]);
        assert_eq!(ids(Era::Current, Level::Commune), ["c"]);
        assert_eq!(ids(Era::Former, Level::Commune), ["c"]);
    }

    #[test]
    fn the_gap_sorts_rising_first_so_that_behind_leads() {
        // The gap is coverage − target, negative behind: rising order puts
        // −5 before 0 before +2.
        assert!(!SortKey::Gap.natural_descending());
        assert!(ordered_bits(-5.0) < ordered_bits(0.0));
        assert!(ordered_bits(0.0) < ordered_bits(2.0));
    }
}
