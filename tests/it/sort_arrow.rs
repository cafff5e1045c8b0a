#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The sorted column's arrow says which way its numbers go down the table,
//! read off the rendered screen: ↑ rising, ↓ falling.

use crate::common;

use tiendo::app::{Action, Screen, SortKey};
use tiendo::present::{sort_arrow, sorted_by};
use tiendo::text::Lang;

#[test]
fn the_arrow_is_up_for_rising_and_down_for_falling() {
    assert_eq!(sort_arrow(false), "↑");
    assert_eq!(sort_arrow(true), "↓");
    assert_eq!(sorted_by(Lang::Vi, SortKey::Gap, false), "chênh lệch ↑");
    assert_eq!(sorted_by(Lang::En, SortKey::Gap, true), "gap ↓");
}

/// The gap column's header as drawn and the numbers under it, down to the
/// first row without one (those come last in either direction).
fn gap_column(screen: &str) -> (String, Vec<f64>) {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (row, start) = lines
        .iter()
        .enumerate()
        .find_map(|(k, l)| {
            let s: String = l.iter().collect();
            let byte = s.find("Chênh")?;
            Some((k, s[..byte].chars().count()))
        })
        .expect("the gap column's header is drawn");
    // `Chênh` and its arrow: the column is six wide, right-aligned.
    let cell = |l: &Vec<char>| -> String { l.iter().skip(start).take(6).collect() };
    let header = cell(&lines[row]);
    let numbers = lines
        .iter()
        .skip(row + 1)
        .map(|l| cell(l).trim().to_string())
        .take_while(|c| !c.is_empty() && c != "—")
        .map(|c| {
            c.replace('−', "-")
                .replace('+', "")
                .replace(',', ".")
                .parse::<f64>()
                .unwrap_or_else(|_| panic!("a number in the gap column: {c:?}"))
        })
        .collect();
    (header, numbers)
}

#[test]
fn a_table_sorted_by_gap_shows_numbers_that_go_the_way_its_arrow_says() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 120, 40);
    a.update(Action::ShowScreen(Screen::Provinces));
    assert_eq!(a.sort, SortKey::Gap);
    let (header, rising) = gap_column(&common::screen_text(&a, 120, 40));
    assert_eq!(
        header, "Chênh↑",
        "the furthest behind, most negative, first"
    );
    assert!(rising.len() >= 5, "{rising:?}");
    assert!(rising[0] < 0.0, "{rising:?}");
    assert!(rising.windows(2).all(|w| w[0] <= w[1]), "{rising:?}");

    a.update(Action::ReverseSort);
    let (header, falling) = gap_column(&common::screen_text(&a, 120, 40));
    assert_eq!(header, "Chênh↓");
    assert!(falling.windows(2).all(|w| w[0] >= w[1]), "{falling:?}");
    assert!(falling[0] > 0.0, "{falling:?}");
}

/// json's `descending` says what the arrow says: true exactly when the
/// sorted values fall down the list; its `taken` is ISO in either language.
#[test]
fn json_descending_is_true_exactly_when_the_values_fall() {
    use tiendo::export::{self, Format};
    for lang in [Lang::Vi, Lang::En] {
        let mut a = common::bundled_app(lang);
        a.update(Action::ShowScreen(Screen::Provinces));
        for reverse in [false, true] {
            if reverse {
                a.update(Action::ReverseSort);
            }
            let taken = export::dashboard::taken_at(Some(common::today()));
            let doc: serde_json::Value =
                serde_json::from_str(&export::render(&a, Format::Json, 120, &taken).unwrap())
                    .unwrap();
            assert_eq!(doc["taken"], "2026-11-23");
            assert_eq!(doc["sort"], "gap");
            let gaps: Vec<f64> = doc["localities"]
                .as_array()
                .unwrap()
                .iter()
                .map_while(|x| x["gap"].as_f64())
                .collect();
            assert!(gaps.len() >= 5, "{gaps:?}");
            let falling = gaps.windows(2).all(|w| w[0] >= w[1]);
            let rising = gaps.windows(2).all(|w| w[0] <= w[1]);
            assert_eq!(doc["descending"], falling, "{gaps:?}");
            assert!(falling != rising, "{gaps:?}");
            assert_eq!(doc["descending"], reverse);
        }
    }
}
