#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! An official's own dataset: labels count the provinces it holds ("1
//! tỉnh/thành", never "34"), the 34/63 switch appears only when the data has
//! a merger, and `c` and the help name only the levels it has.

use crate::common;

use tiendo::app::{Action, App, Level, Notice, Screen};
use tiendo::model::{self, Era};
use tiendo::text::{self, EraLabel, Lang};

fn own(file: &str, lang: Lang) -> App {
    let text = std::fs::read(format!("tests/own/{file}")).unwrap();
    let loaded = common::load(vec![(file.to_string(), text)]);
    let mut app = App::new(
        model::derive(loaded.dataset, common::today()),
        lang,
        "own".into(),
    );
    common::resize(&mut app, 120, 40);
    app
}

/// Every screen's text at 120×40, and the help overlay's.
fn every_screen(app: &mut App) -> String {
    let mut all = String::new();
    for screen in Screen::ALL {
        app.update(Action::ShowScreen(screen));
        all += &common::screen_text(app, 120, 40);
    }
    app.update(Action::ShowScreen(Screen::Provinces));
    app.update(Action::ToggleHelp);
    all += &common::screen_text(app, 120, 40);
    app.update(Action::CancelSearch);
    all
}

#[test]
fn labels_count_the_one_province_the_data_holds() {
    let mut a = own("one-province.toml", Lang::Vi);
    a.update(Action::ShowScreen(Screen::Provinces));
    let table = common::screen_text(&a, 120, 40);
    assert!(table.contains(" 1 tỉnh/thành · 1 "), "{table}");
    a.update(Action::ShowScreen(Screen::Overview));
    let overview = common::screen_text(&a, 120, 40);
    assert!(
        overview.contains("1 tỉnh/thành theo trạng thái"),
        "{overview}"
    );
    let all = every_screen(&mut a);
    for said in ["34", "63", "hiện nay", "01/07/2025"] {
        assert!(!all.contains(said), "{said:?} on screen:\n{all}");
    }
}

#[test]
fn english_counts_one_province_and_two_provinces() {
    let mut one = own("one-province.toml", Lang::En);
    one.update(Action::ShowScreen(Screen::Provinces));
    let table = common::screen_text(&one, 120, 40);
    assert!(table.contains(" 1 province · 1 "), "{table}");
    one.update(Action::ShowScreen(Screen::Overview));
    let overview = common::screen_text(&one, 120, 40);
    assert!(overview.contains("1 province by status"), "{overview}");
    assert!(!overview.contains("1 provinces"), "{overview}");
    let all = every_screen(&mut one);
    for said in ["34", "63", "current province", "July 2025"] {
        assert!(!all.contains(said), "{said:?} on screen:\n{all}");
    }

    let mut two = own("two-provinces-districts.toml", Lang::En);
    two.update(Action::ShowScreen(Screen::Provinces));
    let table = common::screen_text(&two, 120, 40);
    assert!(table.contains(" 2 provinces · 2 "), "{table}");
}

#[test]
fn the_labels_of_the_bundled_data_stay_34_and_63() {
    let m = common::bundled_model();
    let label = |era, lang| EraLabel::of(&m, era).label(lang);
    assert_eq!(label(Era::Current, Lang::Vi), "34 tỉnh/thành hiện nay");
    assert_eq!(
        label(Era::Former, Lang::Vi),
        "63 tỉnh/thành trước 01/07/2025"
    );
    assert_eq!(label(Era::Current, Lang::En), "34 current provinces");
    assert_eq!(
        label(Era::Former, Lang::En),
        "63 provinces before 1 July 2025"
    );
    assert_eq!(text::era_help(Lang::Vi, &m), "34 / 63 tỉnh/thành");
    assert_eq!(
        text::level_help(Lang::En, &m),
        "level: provinces, districts, communes"
    );
}

#[test]
fn without_a_merger_m_switches_nothing_and_says_there_is_one_map() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = own("one-province.toml", lang);
        common::press(&mut a, "2");
        let before = (a.era, a.rows.clone());
        let table = common::screen_text(&a, 120, 40);
        common::press(&mut a, "m");
        assert_eq!((a.era, a.rows.clone()), before);
        assert_eq!(a.notice, Some(Notice::OneMap));
        let said = text::notice(lang, &Notice::OneMap);
        let after = common::screen_text(&a, 120, 40);
        assert!(after.contains(&said), "{after}");
        // Only the status line's message changed.
        let table_lines = |s: &str| s.lines().take(38).collect::<Vec<_>>().join("\n");
        assert_eq!(table_lines(&table), table_lines(&after));
        // The help has no `m` line, the status line no map count.
        a.update(Action::ToggleHelp);
        let help = common::screen_text(&a, 120, 40);
        assert!(!help.contains("│ m "), "{help}");
    }
}

#[test]
fn the_status_line_names_the_map_only_when_there_are_two() {
    let mut own = own("one-province.toml", Lang::Vi);
    common::press(&mut own, "2");
    let screen = common::screen_text(&own, 120, 40);
    let status = screen.lines().last().unwrap();
    assert!(status.contains("Tỉnh/thành · ↑ "), "{status}");
    let mut bundled = common::bundled_app(Lang::Vi);
    common::resize(&mut bundled, 120, 40);
    common::press(&mut bundled, "2");
    let screen = common::screen_text(&bundled, 120, 40);
    let status = screen.lines().last().unwrap();
    assert!(
        status.contains("Tỉnh/thành · 34 tỉnh/thành · ↑ "),
        "{status}"
    );
}

#[test]
fn c_cycles_only_the_levels_the_data_has_and_the_help_names_them() {
    let mut one = own("one-province.toml", Lang::Vi);
    common::press(&mut one, "2c");
    assert_eq!(one.level, Level::Province, "one level: nothing to cycle");
    one.update(Action::ToggleHelp);
    let help = common::screen_text(&one, 120, 40);
    assert!(!help.contains("cấp:"), "{help}");

    let mut two = own("two-provinces-districts.toml", Lang::En);
    common::press(&mut two, "2");
    assert_eq!(two.model.levels(), [Level::Province, Level::District]);
    common::press(&mut two, "c");
    assert_eq!(two.level, Level::District);
    assert_eq!(two.rows.len(), 1);
    common::press(&mut two, "c");
    assert_eq!(two.level, Level::Province);
    two.update(Action::ToggleHelp);
    let help = common::screen_text(&two, 120, 40);
    assert!(help.contains("level: provinces, districts"), "{help}");
    assert!(!help.contains("communes"), "{help}");
}

#[test]
fn snapshots_and_the_plain_summary_count_the_data_too() {
    use tiendo::export::{self, Format};
    for (lang, said) in [(Lang::Vi, "1 tỉnh/thành"), (Lang::En, "1 province")] {
        let mut a = own("one-province.toml", lang);
        common::press(&mut a, "2");
        for format in [Format::Txt, Format::Md] {
            let out = export::render(&a, format, 100, "2026-11-23").unwrap();
            assert!(out.contains(said), "{format:?}:\n{out}");
            for wrong in ["34", "63", "1 provinces"] {
                assert!(!out.contains(wrong), "{wrong:?} in {format:?}:\n{out}");
            }
        }
        let summary = export::summary::render(&a.model, lang);
        assert!(summary.contains(said), "{summary}");
        assert!(!summary.contains("34 "), "{summary}");
    }
}
