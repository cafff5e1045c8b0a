#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Moving about on `App::update`, on the bundled data: screens, rows,
//! pages, opening a province or a unit and climbing back.

use crate::common;

use tiendo::app::{Action, Effect, Level, Screen};
use tiendo::model::Era;

#[test]
fn screens_switch_by_number_tab_and_back_tab() {
    let mut a = common::app();
    assert_eq!(a.screen, Screen::Overview);
    a.update(Action::ShowScreen(Screen::Timeline));
    assert_eq!(a.screen, Screen::Timeline);
    a.update(Action::NextScreen);
    assert_eq!(
        a.screen,
        Screen::Overview,
        "Tab wraps from the last screen to the first"
    );
    a.update(Action::PrevScreen);
    assert_eq!(a.screen, Screen::Timeline);
}

#[test]
fn moving_selects_rows_and_pages_keep_the_selection_in_view() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    assert_eq!(a.selected, 0);
    a.update(Action::Down);
    a.update(Action::Down);
    assert_eq!(a.selected, 2);
    a.update(Action::Up);
    assert_eq!(a.selected, 1);
    a.update(Action::Last);
    assert_eq!(a.selected, a.rows.len() - 1);
    assert!(
        a.offset <= a.selected && a.selected < a.offset + a.page,
        "last row visible"
    );
    a.update(Action::First);
    assert_eq!((a.selected, a.offset), (0, 0));
    a.update(Action::PageDown);
    assert_eq!(a.selected, a.page.min(a.rows.len() - 1));
    a.update(Action::PageUp);
    assert_eq!(a.selected, 0);
    a.update(Action::Up);
    assert_eq!(a.selected, 0, "moving above the first row stays on it");
}

#[test]
fn enter_opens_the_selected_province_and_esc_goes_back() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Down);
    let chosen = a.province();
    a.update(Action::Open);
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(a.province(), chosen);
    a.update(Action::Back);
    assert_eq!(a.screen, Screen::Provinces);
    a.update(Action::Back);
    assert_eq!(a.screen, Screen::Overview);
}

#[test]
fn left_and_right_step_through_provinces_in_the_current_order() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Open);
    let first = a.rows[0];
    let second = a.rows[1];
    assert_eq!(a.province(), Some(first));
    a.update(Action::Next);
    assert_eq!(a.province(), Some(second));
    a.update(Action::Previous);
    a.update(Action::Previous);
    assert_eq!(a.province(), Some(first), "stops at the first");
}

#[test]
fn left_and_right_step_through_milestones_on_the_timeline() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Timeline));
    let start = a.milestone;
    // The timeline opens on the first milestone from today on.
    assert!(a.model.milestones[start].date >= a.model.today);
    a.update(Action::Previous);
    assert_eq!(a.milestone, start - 1);
    a.update(Action::Next);
    a.update(Action::Down);
    assert_eq!(a.milestone, start + 1);
    a.update(Action::First);
    assert_eq!(a.milestone, 0);
}

#[test]
fn enter_on_a_provinces_milestone_opens_that_province() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Timeline));
    // The Phú Xuyên review (08/03/2024) belongs to a district of Hà Nội.
    let k = a
        .model
        .milestones
        .iter()
        .position(|m| m.locality.as_ref().is_some_and(|l| l.value == "phu-xuyen"))
        .unwrap();
    a.update(Action::First);
    for _ in 0..k {
        a.update(Action::Next);
    }
    a.update(Action::Open);
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(common::name(&a), "Hà Nội");
    a.update(Action::Back);
    assert_eq!(a.screen, Screen::Timeline, "Esc goes back to the timeline");
    // A national milestone opens nothing.
    a.update(Action::First);
    a.update(Action::Open);
    assert_eq!(a.screen, Screen::Timeline);
}

#[test]
fn enter_on_a_unit_drills_down_and_esc_climbs_back() {
    let mut a = common::app();
    assert!(a.select(a.model.index_of("bac-ninh").unwrap()));
    a.update(Action::ShowScreen(Screen::Province));
    // Units of Bắc Ninh since 2025: its former self, Bắc Giang, and Bắc Giang's districts.
    let units: Vec<String> = a
        .model
        .units_of(a.province().unwrap(), Era::Current)
        .iter()
        .map(|&(j, _)| common::id_of(&a, j).to_string())
        .collect();
    assert_eq!(units, ["bac-ninh", "bac-giang", "son-dong", "luc-nam"]);
    a.update(Action::Open);
    assert_eq!(
        common::name(&a),
        "Bắc Ninh",
        "the province's former self opens nothing"
    );
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(common::name(&a), "Bắc Giang");
    assert_eq!(a.era, Era::Former, "a merged province lives in the 63 view");
    assert_eq!(a.unit, 0, "its own list starts at the top");
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(common::name(&a), "Lục Nam");
    assert_eq!(a.level, Level::District);
    a.update(Action::Back);
    assert_eq!(common::name(&a), "Bắc Giang");
    a.update(Action::Back);
    assert_eq!(
        (common::name(&a).as_str(), a.era, a.level),
        ("Bắc Ninh", Era::Current, Level::Province)
    );
    assert_eq!(a.screen, Screen::Province);
    a.update(Action::Back);
    assert_eq!(
        a.screen,
        Screen::Overview,
        "then back where the province was opened from"
    );
}

#[test]
fn a_page_is_as_many_rows_as_the_table_shows_at_that_size() {
    for (width, height) in [(60, 15), (80, 24), (100, 30), (120, 40)] {
        let mut a = common::app();
        a.update(Action::ShowScreen(Screen::Provinces));
        common::resize(&mut a, width, height);
        let area = ratatui::layout::Rect::new(0, 0, width, height);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        tiendo::ui::render(&a, area, &mut buf);
        let text = tiendo::export::snapshot::buffer_text(&buf);
        // Lines inside the table's border, less its header.
        let drawn = text.lines().filter(|l| l.starts_with('│')).count() - 1;
        assert_eq!(a.page, drawn, "{width}×{height}");
    }
}

#[test]
fn help_opens_and_any_key_closes_it_without_acting() {
    let mut a = common::app();
    a.update(Action::ToggleHelp);
    assert!(a.help);
    assert_eq!(a.update(Action::ShowScreen(Screen::Timeline)), Effect::None);
    assert!(!a.help);
    assert_eq!(
        a.screen,
        Screen::Overview,
        "the key that closed help did nothing else"
    );
    a.update(Action::ToggleHelp);
    assert_eq!(a.update(Action::Export), Effect::None, "e only closes help");
    a.update(Action::ToggleHelp);
    assert_eq!(a.update(Action::Quit), Effect::None, "q closes help");
    assert!(!a.help);
    a.update(Action::ToggleHelp);
    assert_eq!(
        a.update(Action::Interrupt),
        Effect::Quit,
        "Ctrl-C quits from help"
    );
}

#[test]
fn q_closes_every_panel_before_it_quits_and_ctrl_c_quits_from_any() {
    // On Bắc Ninh's Province screen, where every panel opens.
    type IsOpen = fn(&tiendo::app::App) -> bool;
    let open: [(&str, IsOpen); 4] = [
        ("n", |a| a.sources.is_some()),
        ("w", |a| a.why.is_some()),
        ("e", |a| a.export_menu),
        ("?", |a| a.help),
    ];
    for (key, is_open) in open {
        let mut a = common::app();
        common::press(&mut a, "/bac ninh\n");
        common::press(&mut a, key);
        assert!(is_open(&a), "{key} opens its panel");
        assert_eq!(common::press(&mut a, "q"), Effect::None, "{key}");
        assert!(!is_open(&a), "q closes what {key} opened");
        assert_eq!(a.screen, Screen::Province, "{key}");
        assert_eq!(common::press(&mut a, "q"), Effect::Quit, "then q quits");
        common::press(&mut a, key);
        assert_eq!(a.update(Action::Interrupt), Effect::Quit, "{key}");
    }
    let mut a = common::app();
    a.update(Action::Loaded(Err(vec!["x".into()])));
    assert_eq!(common::press(&mut a, "q"), Effect::None);
    assert!(a.problems.is_none(), "q closes the problems, as Esc does");
}

#[test]
fn quit_asks_the_loop_to_stop() {
    let mut a = common::app();
    assert_eq!(a.update(Action::Quit), Effect::Quit);
}

/// Bắc Ninh's Province screen, reached as an official does: the table,
/// a search, Enter to select it, Enter to open it.
fn bac_ninh() -> tiendo::app::App {
    let mut a = common::app();
    common::press(&mut a, "2/bac ninh\n\n");
    assert_eq!(
        (a.screen, common::name(&a).as_str()),
        (Screen::Province, "Bắc Ninh")
    );
    a
}

#[test]
fn left_and_right_on_an_opened_unit_move_among_its_list_and_esc_keeps_it_selected() {
    let mut a = bac_ninh();
    // Its list: Bắc Ninh (cũ), Bắc Giang, and Bắc Giang's Sơn Động and Lục Nam.
    common::press(&mut a, "j\n");
    assert_eq!(common::name(&a), "Bắc Giang");
    // Esc, ↓, Enter reach Sơn Động in the era and level → must give too.
    let mut by_hand = bac_ninh();
    common::press(&mut by_hand, "jj\n");
    assert_eq!(common::name(&by_hand), "Sơn Động");

    a.update(Action::Next);
    assert_eq!(common::name(&a), "Sơn Động");
    assert_eq!((a.era, a.level), (by_hand.era, by_hand.level));
    common::press(&mut a, "]");
    assert_eq!(common::name(&a), "Lục Nam");
    a.update(Action::Next);
    assert_eq!(common::name(&a), "Lục Nam", "stops at the list's last unit");
    common::press(&mut a, "[[");
    assert_eq!(common::name(&a), "Bắc Giang");
    a.update(Action::Previous);
    assert_eq!(
        common::name(&a),
        "Bắc Giang",
        "Bắc Ninh's former self opens nothing, so ← stops here"
    );
    common::press(&mut a, "]]");
    assert_eq!(common::name(&a), "Lục Nam");

    // Esc: the list again, on the 34-province map, Lục Nam still selected.
    common::press(&mut a, "\x1b");
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(
        (common::name(&a).as_str(), a.era, a.level),
        ("Bắc Ninh", Era::Current, Level::Province)
    );
    let units = a.model.units_of(a.province().unwrap(), a.era);
    assert_eq!(common::id_of(&a, units[a.unit].0), "luc-nam");
    // Enter opens it again; a second Esc goes back where Bắc Ninh was opened from.
    common::press(&mut a, "\n");
    assert_eq!(common::name(&a), "Lục Nam");
    common::press(&mut a, "\x1b\x1b");
    assert_eq!(a.screen, Screen::Provinces);
}

#[test]
fn left_and_right_never_leave_the_list_for_the_63_provinces() {
    let mut a = bac_ninh();
    common::press(&mut a, "j\n");
    assert_eq!(
        common::name(&a),
        "Bắc Giang",
        "a former province, shown on the 63 map"
    );
    let list = ["Bắc Giang", "Sơn Động", "Lục Nam"];
    for keys in ["]]]]]]", "[[[[[[", "]", "[", "]]", "["] {
        common::press(&mut a, keys);
        assert!(
            list.contains(&common::name(&a).as_str()),
            "{keys:?} left Bắc Ninh's list for {}",
            common::name(&a)
        );
    }
    common::press(&mut a, "\x1b");
    assert_eq!(
        (common::name(&a).as_str(), a.era),
        ("Bắc Ninh", Era::Current),
        "Esc puts the 34 map back"
    );
}

#[test]
fn left_and_right_move_among_a_former_provinces_districts_and_esc_climbs_each_list() {
    let mut a = bac_ninh();
    // Bắc Giang, then the first of its own units.
    common::press(&mut a, "j\n\n");
    assert_eq!(common::name(&a), "Sơn Động");
    common::press(&mut a, "]");
    assert_eq!(common::name(&a), "Lục Nam");
    common::press(&mut a, "\x1b");
    assert_eq!(common::name(&a), "Bắc Giang");
    assert_eq!(a.unit, 1, "Lục Nam, second in Bắc Giang's list, selected");
    common::press(&mut a, "\x1b");
    assert_eq!(common::name(&a), "Bắc Ninh");
    assert_eq!(a.unit, 1, "Bắc Giang selected in Bắc Ninh's list");
}

#[test]
fn left_and_right_on_a_province_opened_from_the_table_still_walk_the_table() {
    let mut a = bac_ninh();
    let i = a
        .rows
        .iter()
        .position(|&r| Some(r) == a.province())
        .unwrap();
    common::press(&mut a, "]");
    assert_eq!(a.province(), a.rows.get(i + 1).copied());
    assert_eq!(a.era, Era::Current);
}

#[test]
fn the_overviews_lists_are_selected_with_up_and_down_and_enter_opens_one() {
    let mut a = common::app();
    assert_eq!(a.overview_pick(), None, "nothing picked until a key asks");
    let [behind, ahead] = a.overview_lists();
    assert!(!behind.is_empty() && !ahead.is_empty());
    let table = a.selected;
    common::press(&mut a, "j");
    assert_eq!(a.overview_pick(), Some(0), "the first key picks the first");
    assert_eq!(a.selected, table, "the table's selection is left alone");
    common::press(&mut a, "j");
    assert_eq!(a.overview_pick(), Some(1));
    // → goes to the furthest ahead list on the same row; ← back.
    common::press(&mut a, "]");
    assert_eq!(
        a.overview_pick(),
        Some(behind.len() + 1.min(ahead.len() - 1))
    );
    common::press(&mut a, "[");
    assert_eq!(a.overview_pick(), Some(1));
    // ↓ runs on from the last behind into the ahead list, and stops at its end.
    common::press(&mut a, "G");
    assert_eq!(a.overview_pick(), Some(behind.len() + ahead.len() - 1));
    common::press(&mut a, "g");
    assert_eq!(a.overview_pick(), Some(0));

    let first = a.model.locality(behind[0]).unwrap().name.clone();
    let text = common::screen_text(&a, 120, 40);
    let marked: Vec<&str> = text.lines().filter(|l| l.contains('▶')).collect();
    assert_eq!(marked.len(), 1, "one entry marked:\n{text}");
    assert!(marked[0].contains(&format!("▶{first}")), "{}", marked[0]);

    common::press(&mut a, "\n");
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(common::name(&a), first);
    common::press(&mut a, "\x1b");
    assert_eq!(a.screen, Screen::Overview, "Esc goes back to the Overview");
    assert_eq!(a.overview_pick(), Some(0), "with the entry still picked");

    // The furthest ahead list opens too.
    common::press(&mut a, "G\n");
    let last = *ahead.last().unwrap();
    assert_eq!(a.province(), Some(last));
}

#[test]
fn the_overviews_selection_shows_without_colour() {
    let mut a = common::app();
    a.mono = true;
    common::press(&mut a, "j");
    let area = ratatui::layout::Rect::new(0, 0, 120, 40);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    tiendo::ui::render(&a, area, &mut buf);
    let row = (0..40)
        .find(|&y| (0..120).any(|x| buf[(x, y)].symbol() == "▶"))
        .expect("a marked entry");
    let reversed = (0..120)
        .filter(|&x| {
            buf[(x, row)]
                .modifier
                .contains(ratatui::style::Modifier::REVERSED)
        })
        .count();
    assert!(
        reversed > 10,
        "the picked entry is reversed ({reversed} cells)"
    );
    assert!(
        (0..40).all(|y| (0..120).all(|x| buf[(x, y)].fg == ratatui::style::Color::Reset)),
        "no colour"
    );
}

#[test]
fn enter_on_a_national_milestone_says_why_nothing_opens() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Timeline));
    let k = a
        .model
        .milestones
        .iter()
        .position(|m| m.locality.is_none())
        .expect("a national milestone");
    a.milestone = k;
    common::press(&mut a, "\n");
    assert_eq!(a.screen, Screen::Timeline);
    assert_eq!(
        a.notice,
        Some(tiendo::app::Notice::NationalMilestone),
        "the status line says why"
    );
    let vi = tiendo::text::notice(
        tiendo::text::Lang::Vi,
        &tiendo::app::Notice::NationalMilestone,
    );
    let en = tiendo::text::notice(
        tiendo::text::Lang::En,
        &tiendo::app::Notice::NationalMilestone,
    );
    assert_eq!(vi, "Mốc cả nước, không có tỉnh để mở");
    assert_eq!(en, "Nationwide milestone: no province to open");
    assert!(common::screen_text(&a, 120, 40).contains(&vi));
    a.lang = tiendo::text::Lang::En;
    assert!(common::screen_text(&a, 120, 40).contains(&en));
}
