//! Every Action on `App::update`, on the bundled data.

mod common;

use tiendo::app::{Action, App, Level, Screen, SortKey};
use tiendo::model::{self, Era, Status};
use tiendo::text::Lang;

fn app() -> App {
    let loaded = common::load(tiendo::bundled::files());
    let today = common::today();
    let mut app = App::new(
        model::derive(loaded.dataset, today),
        Lang::Vi,
        "test".into(),
    );
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app
}

fn name(app: &App) -> String {
    app.province()
        .and_then(|i| app.model.locality(i))
        .map(|l| l.name.clone())
        .unwrap_or_default()
}

fn id_of(app: &App, i: usize) -> &str {
    &app.model.locality(i).unwrap().id.value
}

#[test]
fn screens_switch_by_number_tab_and_back_tab() {
    let mut a = app();
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
    let mut a = app();
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
fn resize_sets_the_page_from_the_terminal_height() {
    let mut a = app();
    a.update(Action::Resize {
        width: 80,
        height: 24,
    });
    assert_eq!(a.page, 24 - tiendo::app::PROVINCES_CHROME_ROWS as usize);
}

#[test]
fn enter_opens_the_selected_province_and_esc_goes_back() {
    let mut a = app();
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
    let mut a = app();
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
    let mut a = app();
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
fn search_ignores_diacritics_and_finds_merged_units() {
    let mut a = app();
    a.update(Action::StartSearch);
    assert_eq!(a.screen, Screen::Provinces);
    for c in "ha tinh".chars() {
        a.update(Action::SearchInput(c));
    }
    assert_eq!(a.rows.len(), 1);
    assert_eq!(name(&a), "Hà Tĩnh");
    a.update(Action::ConfirmSearch);
    assert!(a.search.is_none());
    assert_eq!(a.rows.len(), 34, "confirming shows every row again");
    assert_eq!(name(&a), "Hà Tĩnh", "with the match selected");

    // In the 34 view, Bắc Giang is part of Bắc Ninh: the search finds it there.
    a.update(Action::StartSearch);
    for c in "bắc giang".chars() {
        a.update(Action::SearchInput(c));
    }
    assert_eq!(name(&a), "Bắc Ninh");
    // đ matches d.
    a.update(Action::CancelSearch);
    a.update(Action::StartSearch);
    for c in "dong nai".chars() {
        a.update(Action::SearchInput(c));
    }
    assert_eq!(name(&a), "Đồng Nai");
    a.update(Action::SearchBackspace);
    assert_eq!(a.search.as_deref(), Some("dong na"));
}

#[test]
fn cancelling_a_search_restores_the_selection() {
    let mut a = app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Down);
    a.update(Action::Down);
    let before = a.province();
    a.update(Action::StartSearch);
    a.update(Action::SearchInput('x'));
    a.update(Action::CancelSearch);
    assert_eq!(a.province(), before);
    assert_eq!(a.rows.len(), 34);
}

#[test]
fn sort_cycles_columns_and_reverses() {
    let mut a = app();
    assert_eq!(a.sort, SortKey::Gap);
    // Gap, largest first: the first row is at least as far behind as the second.
    let gap = |a: &App, k: usize| {
        a.model
            .progress(a.rows[k], Era::Current)
            .unwrap()
            .gap
            .unwrap_or(f64::MIN)
    };
    assert!(gap(&a, 0) >= gap(&a, 1));
    a.update(Action::CycleSort);
    assert_eq!(a.sort, SortKey::Trend);
    a.update(Action::CycleSort);
    assert_eq!(a.sort, SortKey::Projected);
    for _ in 0..5 {
        a.update(Action::CycleSort);
    }
    assert_eq!(a.sort, SortKey::Name);
    assert_eq!(id_of(&a, a.rows[0]), "an-giang", "names A→Z, folded");
    a.update(Action::ReverseSort);
    assert_eq!(id_of(&a, a.rows[0]), "vinh-long");
    assert!(a.message.as_deref().unwrap_or("").contains("tên"));
}

#[test]
fn filter_cycles_through_statuses_and_back_to_all() {
    let mut a = app();
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Status::Achieved));
    assert!(
        a.rows
            .iter()
            .all(|&i| a.model.progress(i, Era::Current).unwrap().status == Status::Achieved)
    );
    for _ in 0..4 {
        a.update(Action::CycleFilter);
    }
    assert_eq!(a.filter, Some(Status::TooFewFigures));
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Status::Stale));
    assert!(
        a.rows
            .iter()
            .all(|&i| a.model.progress(i, Era::Current).unwrap().stale)
    );
    a.update(Action::CycleFilter);
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, Some(Status::NoData));
    a.update(Action::CycleFilter);
    assert_eq!(a.filter, None);
    assert_eq!(a.rows.len(), 34);
}

#[test]
fn m_toggles_between_34_and_63_provinces() {
    let mut a = app();
    assert_eq!(a.rows.len(), 34);
    a.update(Action::ToggleEra);
    assert_eq!(a.era, Era::Former);
    assert_eq!(a.rows.len(), 63);
    a.update(Action::ToggleEra);
    assert_eq!(a.rows.len(), 34);
}

#[test]
fn help_opens_and_any_key_closes_it_without_acting() {
    let mut a = app();
    a.update(Action::ToggleHelp);
    assert!(a.help);
    a.update(Action::ShowScreen(Screen::Timeline));
    assert!(!a.help);
    assert_eq!(
        a.screen,
        Screen::Overview,
        "the key that closed help did nothing else"
    );
    a.update(Action::ToggleHelp);
    a.update(Action::Quit);
    assert!(!a.running, "q still quits from help");
}

#[test]
fn quit_stops_the_loop() {
    let mut a = app();
    a.update(Action::Quit);
    assert!(!a.running);
}

#[test]
fn a_reload_keeps_the_selection_and_a_failed_one_keeps_the_data() {
    let mut a = app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Down);
    let id = id_of(&a, a.province().unwrap()).to_string();
    let fresh = app().model;
    a.update(Action::Loaded(Ok(Box::new(fresh))));
    assert_eq!(id_of(&a, a.province().unwrap()), id);
    a.update(Action::Loaded(Err(vec!["data/x.toml:1:1: broken".into()])));
    assert_eq!(a.rows.len(), 34, "the last good data stays");
    assert_eq!(id_of(&a, a.province().unwrap()), id);
    assert_eq!(
        a.problems.as_deref(),
        Some(&["data/x.toml:1:1: broken".to_string()][..])
    );
    assert!(
        a.message
            .as_deref()
            .unwrap_or("")
            .starts_with("Tải lại không được")
    );
    a.update(Action::DismissProblems);
    assert!(a.problems.is_none());
    a.update(Action::Say("saved".into()));
    assert_eq!(a.message.as_deref(), Some("saved"));
    // Export and Reload are carried out by the terminal loop, not by update.
    a.update(Action::Export);
    a.update(Action::Reload);
    assert_eq!(a.screen, Screen::Provinces);
}

fn synthetic(localities: usize) -> App {
    let spec = tiendo::synth::Spec {
        localities,
        years: 5,
        seed: 3,
    };
    let text = tiendo::synth::single_file(&spec);
    let loaded = model::load_files(vec![("s.toml".into(), text.into_bytes())]).unwrap();
    let today = common::today();
    let mut app = App::new(
        model::derive(loaded.dataset, today),
        Lang::Vi,
        "synthetic".into(),
    );
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::ShowScreen(Screen::Provinces));
    app
}

#[test]
fn c_cycles_the_table_through_provinces_districts_and_communes() {
    let mut a = synthetic(2_000);
    assert_eq!(a.level, Level::Province);
    assert_eq!(a.rows.len(), 34);
    a.update(Action::CycleLevel);
    assert_eq!(a.level, Level::District);
    let districts = a.rows.len();
    a.update(Action::CycleLevel);
    assert_eq!(a.level, Level::Commune);
    assert_eq!(districts + a.rows.len(), 2_000 - 35);
    a.update(Action::CycleLevel);
    assert_eq!(a.level, Level::Province, "and back");
    // The bundled data has districts (abolished in 2025) and one ward.
    let mut b = app();
    b.update(Action::CycleLevel);
    assert_eq!(b.level, Level::District);
    assert!(b.rows.is_empty(), "no district exists since 1 July 2025");
    b.update(Action::ToggleEra);
    assert_eq!(b.rows.len(), 5, "five districts before it");
}

#[test]
fn descending_sorts_keep_ties_by_name_and_gaps_last() {
    let mut a = synthetic(2_000);
    a.update(Action::CycleLevel);
    a.update(Action::CycleLevel);
    while a.sort != SortKey::Status {
        a.update(Action::CycleSort);
    }
    a.update(Action::ReverseSort);
    assert!(a.descending);
    let status = |i: usize| a.model.progress(i, Era::Current).unwrap().status;
    let key = |i: usize| a.model.search_keys[i].clone();
    for pair in a.rows.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        assert!(status(x) >= status(y), "statuses descend");
        if status(x) == status(y) {
            assert!(
                key(x) <= key(y),
                "ties stay A→Z: {} then {}",
                key(x),
                key(y)
            );
        }
    }
}

#[test]
fn search_narrows_as_you_type_and_widens_on_backspace() {
    let mut a = synthetic(2_000);
    a.update(Action::CycleLevel);
    a.update(Action::CycleLevel);
    let all = a.rows.len();
    a.update(Action::StartSearch);
    for c in "xa thu 0001".chars() {
        a.update(Action::SearchInput(c));
    }
    // "Xã thử 000100".."Xã thử 000199" and "Xã thử 001xxx"… all contain "xa thu 0001".
    let narrowed = a.rows.len();
    assert!(narrowed > 0 && narrowed < all);
    assert!(
        a.rows
            .iter()
            .all(|&i| a.model.search_keys[i].contains("xa thu 0001"))
    );
    a.update(Action::SearchInput('9'));
    assert!(a.rows.len() < narrowed);
    a.update(Action::SearchBackspace);
    assert_eq!(a.rows.len(), narrowed);
}

#[test]
fn enter_on_a_provinces_milestone_opens_that_province() {
    let mut a = app();
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
    assert_eq!(name(&a), "Hà Nội");
    a.update(Action::Back);
    assert_eq!(a.screen, Screen::Timeline, "Esc goes back to the timeline");
    // A national milestone opens nothing.
    a.update(Action::First);
    a.update(Action::Open);
    assert_eq!(a.screen, Screen::Timeline);
}

#[test]
fn enter_on_a_unit_drills_down_and_esc_climbs_back() {
    let mut a = app();
    assert!(a.select(a.model.index_of("bac-ninh").unwrap()));
    a.update(Action::ShowScreen(Screen::Province));
    // Units of Bắc Ninh since 2025: its former self, Bắc Giang, and Bắc Giang's districts.
    let units: Vec<String> = a
        .model
        .units_of(a.province().unwrap(), Era::Current)
        .iter()
        .map(|&(j, _)| id_of(&a, j).to_string())
        .collect();
    assert_eq!(units, ["bac-ninh", "bac-giang", "son-dong", "luc-nam"]);
    a.update(Action::Open);
    assert_eq!(
        name(&a),
        "Bắc Ninh",
        "the province's former self opens nothing"
    );
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(name(&a), "Bắc Giang");
    assert_eq!(a.era, Era::Former, "a merged province lives in the 63 view");
    assert_eq!(a.unit, 0, "its own list starts at the top");
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(name(&a), "Lục Nam");
    assert_eq!(a.level, Level::District);
    a.update(Action::Back);
    assert_eq!(name(&a), "Bắc Giang");
    a.update(Action::Back);
    assert_eq!(
        (name(&a).as_str(), a.era, a.level),
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
