//! The Provinces table's columns: the sorted one always shows with its
//! whole heading, a column no unit fills gives its room, lists of districts
//! and communes name each one's parent, and a level the current map no
//! longer has says so.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use tiendo::model::{Era, Level, SortKey};
use tiendo::text::Lang;

fn header(a: &tiendo::app::App, w: u16, h: u16) -> String {
    let screen = common::screen_text(a, w, h);
    screen.lines().nth(3).unwrap().to_string()
}

#[test]
fn every_sort_column_shows_with_its_whole_heading_at_every_width() {
    for lang in [Lang::Vi, Lang::En] {
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            let mut a = common::bundled_app(lang);
            common::resize(&mut a, w, h);
            common::press(&mut a, "2");
            for _ in SortKey::ALL {
                for _ in 0..2 {
                    let shown = header(&a, w, h);
                    let spec = tiendo::present::Column::Figure(a.sort).spec();
                    let label = if a.sort == SortKey::Name {
                        tiendo::text::level_name(lang, a.level).to_string()
                    } else {
                        (spec.short)(tiendo::text::words(lang)).to_string()
                    };
                    let arrow = if a.descending { "↓" } else { "↑" };
                    assert!(
                        shown.contains(&format!("{label}{arrow}")),
                        "{lang:?} {w}×{h} {:?}: {shown:?}",
                        a.sort
                    );
                    common::press(&mut a, "S");
                }
                common::press(&mut a, "s");
            }
        }
    }
}

#[test]
fn a_column_no_unit_fills_gives_its_room_unless_sorted_by() {
    // As of 2018 no population figure was known yet (the bundled ones are
    // of 2020 and later), while participants were.
    let day = common::day(2018, 12, 31);
    let mut m = common::bundled_model();
    m.set_as_of(Some(day));
    let blank = m.blank_columns(Era::Former, Level::Province);
    assert!(blank.contains(&SortKey::Population), "{blank:?}");
    assert!(!blank.contains(&SortKey::Participants), "{blank:?}");
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 200, 40);
    common::press(&mut a, "2");
    a.judge_as_of(Some(day));
    let shown = header(&a, 200, 40);
    assert!(!shown.contains("Dân số"), "{shown:?}");
    assert!(shown.contains("Người tham gia"), "{shown:?}");
    while a.sort != SortKey::Population {
        common::press(&mut a, "s");
    }
    let shown = header(&a, 200, 40);
    assert!(shown.contains("Dân số"), "sorted by, it shows: {shown:?}");
}

#[test]
fn blank_columns_are_judged_for_the_day_shown() {
    let mut m = common::bundled_model();
    assert!(
        !m.blank_columns(Era::Current, Level::Province)
            .contains(&SortKey::YearOnYear)
    );
    m.set_as_of(Some(common::day(2012, 12, 31)));
    assert!(
        m.blank_columns(Era::Former, Level::Province)
            .contains(&SortKey::YearOnYear),
        "no figure a year before any figure of 2012"
    );
    m.set_as_of(None);
    assert!(
        !m.blank_columns(Era::Current, Level::Province)
            .contains(&SortKey::YearOnYear)
    );
}

#[test]
fn districts_are_listed_with_their_parent() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 100, 30);
    common::press(&mut a, "2mc");
    assert_eq!(a.level, Level::District);
    let screen = common::screen_text(&a, 100, 30);
    let head = screen.lines().nth(3).unwrap();
    assert!(
        head.contains("Quận/huyện") && head.contains("Thuộc"),
        "{head:?}"
    );
    let row = screen
        .lines()
        .find(|l| l.contains("Phú Xuyên"))
        .expect("Phú Xuyên listed");
    assert!(row.contains("Hà Nội"), "{row:?}");
    // And in the exports.
    let md = tiendo::export::render(&a, tiendo::export::Format::Md, 100, "x").unwrap();
    assert!(md.contains("| Quận/huyện | Thuộc |"), "{md}");
    assert!(md.contains("| Phú Xuyên | Hà Nội |"), "{md}");
    let json = tiendo::export::render(&a, tiendo::export::Format::Json, 100, "x").unwrap();
    assert!(json.contains("\"parent\": \"ha-noi\""), "{json}");
    // Provinces have no parent column: the nation is everyone's.
    common::press(&mut a, "cc");
    assert_eq!(a.level, Level::Province);
    let head = common::screen_text(&a, 100, 30)
        .lines()
        .nth(3)
        .unwrap()
        .to_string();
    assert!(!head.contains("Thuộc"), "{head:?}");
}

#[test]
fn the_current_map_says_districts_were_abolished_instead_of_no_match() {
    for (lang, said) in [
        (Lang::Vi, "cấp này không còn từ ngày 01/07/2025"),
        (Lang::En, "this level was abolished on 2025-07-01"),
    ] {
        let mut a = common::bundled_app(lang);
        common::resize(&mut a, 100, 30);
        common::press(&mut a, "2c");
        assert_eq!((a.era, a.level), (Era::Current, Level::District));
        assert!(a.rows.is_empty());
        let screen = common::screen_text(&a, 100, 30);
        assert!(screen.contains(said), "{screen}");
        let no_match = tiendo::text::words(lang).no_match;
        assert!(!screen.contains(no_match), "{screen}");
        // A snapshot of the empty table says it too.
        let taken = "x";
        let txt = tiendo::export::render(&a, tiendo::export::Format::Txt, 100, taken).unwrap();
        assert!(txt.contains(said), "{txt}");
    }
}

#[test]
fn on_data_without_counts_the_count_columns_give_way_and_the_change_on_the_year_stays() {
    let path = "tests/own/one-province.toml".to_string();
    let bytes = std::fs::read(&path).unwrap();
    let m = tiendo::model::derive(common::load(vec![(path, bytes)]).dataset, common::today());
    assert_eq!(
        m.blank_columns(Era::Current, Level::Province),
        [SortKey::Participants, SortKey::Population, SortKey::Plan],
        "no participants, population or plan anywhere; a figure a year before there is"
    );
    let mut a = tiendo::app::App::new(m, Lang::Vi, "own".into());
    common::resize(&mut a, 200, 40);
    common::press(&mut a, "2");
    let shown = header(&a, 200, 40);
    assert!(!shown.contains("Người tham gia"), "{shown:?}");
    assert!(!shown.contains("Dân số"), "{shown:?}");
    assert!(!shown.contains("% KH"), "{shown:?}");
    assert!(shown.contains("Cùng kỳ"), "{shown:?}");
}
