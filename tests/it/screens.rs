//! What each screen shows, as text, at 80×24 and 120×40 in both languages
//! (insta snapshots, with today fixed), and that no size down to 1×1 panics.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tiendo::app::{Action, App, Screen};
use tiendo::text::Lang;

/// Draws through a real ratatui `Terminal` on the test backend, as the
/// dashboard does, and returns the screen as text.
fn draw(app: &mut App, width: u16, height: u16) -> String {
    common::resize(app, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| tiendo::ui::render(app, f.area(), f.buffer_mut()))
        .unwrap();
    tiendo::export::snapshot::buffer_text(terminal.backend().buffer())
}

fn open_province(app: &mut App, id: &str) {
    let i = app.model.index_of(id).unwrap();
    assert!(app.select(i));
    app.update(Action::ShowScreen(Screen::Province));
}

#[test]
fn every_screen_at_both_sizes_in_both_languages() {
    for lang in [Lang::Vi, Lang::En] {
        for (width, height) in [(80, 24), (120, 40)] {
            for screen in Screen::ALL {
                let mut a = common::bundled_app(lang);
                if screen == Screen::Province {
                    // A merged province: its former units, Bắc Giang's bound in words.
                    open_province(&mut a, "bac-ninh");
                } else {
                    a.update(Action::ShowScreen(screen));
                }
                let name = format!("{}_{:?}_{width}x{height}", lang.code(), screen).to_lowercase();
                insta::assert_snapshot!(name, draw(&mut a, width, height));
            }
        }
    }
}

#[test]
fn a_province_with_history_groups_and_a_district() {
    let mut a = common::bundled_app(Lang::Vi);
    open_province(&mut a, "ha-noi");
    insta::assert_snapshot!("vi_province_ha_noi_120x40", draw(&mut a, 120, 40));
}

#[test]
fn the_63_former_provinces() {
    let mut a = common::bundled_app(Lang::Vi);
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::ToggleEra);
    insta::assert_snapshot!("vi_provinces_63_120x40", draw(&mut a, 120, 40));
}

#[test]
fn the_help_overlay_lists_every_key() {
    let mut a = common::bundled_app(Lang::Vi);
    a.update(Action::ToggleHelp);
    let text = draw(&mut a, 80, 24);
    for b in tiendo::input::BINDINGS {
        assert!(text.contains(b.shown), "help lacks {}", b.shown);
    }
    insta::assert_snapshot!("vi_help_80x24", text);
}

#[test]
fn the_export_menu_lists_every_format_with_its_key_and_marks_the_last_one() {
    for (lang, size) in [
        (Lang::Vi, (80, 24)),
        (Lang::En, (120, 40)),
        (Lang::Vi, (60, 20)),
    ] {
        let mut a = common::bundled_app(lang);
        a.update(Action::ShowScreen(tiendo::app::Screen::Provinces));
        a.update(Action::Export);
        let text = draw(&mut a, size.0, size.1);
        for c in tiendo::app::CHOICES {
            assert!(
                text.contains(&format!(" {}  {}", c.key, c.name())),
                "{lang:?} {size:?}: {c:?}\n{text}"
            );
        }
        assert!(text.contains("Enter: txt"), "{text}");
        insta::assert_snapshot!(
            format!("{}_export_menu_{}x{}", lang.code(), size.0, size.1),
            text
        );
    }
}

#[test]
fn below_60_by_15_one_line_asks_for_a_bigger_terminal() {
    let mut a = common::bundled_app(Lang::Vi);
    let text = draw(&mut a, 59, 15);
    assert_eq!(
        text.lines().next(),
        Some("Cửa sổ quá nhỏ: cần ít nhất 60×15")
    );
    let mut a = common::bundled_app(Lang::En);
    let text = draw(&mut a, 60, 14);
    assert_eq!(
        text.lines().next(),
        Some("Terminal too small: need at least 60×15")
    );
}

#[test]
fn no_size_panics_on_any_screen() {
    let mut states: Vec<App> = Vec::new();
    for screen in Screen::ALL {
        for era_toggle in [false, true] {
            let mut a = common::bundled_app(Lang::Vi);
            if era_toggle {
                a.update(Action::ToggleEra);
            }
            a.update(Action::ShowScreen(screen));
            states.push(a);
        }
    }
    let mut help = common::bundled_app(Lang::En);
    help.update(Action::ToggleHelp);
    states.push(help);
    let mut problems = common::bundled_app(Lang::Vi);
    problems.update(Action::Loaded(Err(vec![
        "data/x.toml:1:1: a long problem "
            .repeat(9);
        30
    ])));
    states.push(problems);
    for a in &mut states {
        for width in (1..=130).step_by(7) {
            for height in (1..=45).step_by(7) {
                draw(a, width, height);
            }
        }
        // Zero-sized areas too.
        draw(a, 0, 0);
        draw(a, 1, 0);
    }
}

#[test]
fn a_merged_province_draws_its_former_units_under_their_names() {
    let mut a = common::bundled_app(Lang::Vi);
    open_province(&mut a, "an-giang");
    let text = draw(&mut a, 120, 40);
    // Each former unit has a single figure: drawn, and keyed, as a dot.
    let legend = text
        .lines()
        .find(|l| l.starts_with('└') && l.contains(" Bao phủ"))
        .unwrap_or("");
    assert!(
        legend.contains("• An Giang (cũ)") && legend.contains("• Kiên Giang"),
        "{legend}"
    );
    insta::assert_snapshot!("vi_province_an_giang_120x40", text);
}

#[test]
fn without_colour_the_chart_lines_keep_their_own_glyphs() {
    let mut a = common::bundled_app(Lang::En);
    a.mono = true;
    open_province(&mut a, "an-giang");
    let text = draw(&mut a, 120, 40);
    let legend = text
        .lines()
        .find(|l| l.starts_with('└') && l.contains("Coverage"))
        .unwrap_or("");
    // One figure each: the province's own drawn `•`, its former units with
    // glyphs of their own, the yearly target as a double rule.
    for key in [
        "• Coverage",
        "═ Target (yearly)",
        "+ An Giang (former)",
        "x Kiên Giang",
    ] {
        assert!(legend.contains(key), "{key} in {legend}");
    }
    insta::assert_snapshot!("en_province_an_giang_mono_120x40", text);
}

#[test]
fn the_overviews_picked_entry_is_marked_and_kept_in_view() {
    let mut a = common::bundled_app(Lang::Vi);
    a.mono = true;
    // At 80×22 the lists show four rows: the fifth entry scrolls its list.
    common::resize(&mut a, 80, 22);
    common::press(&mut a, "jjjjj");
    assert_eq!(a.overview_pick(), Some(4));
    let text = draw(&mut a, 80, 22);
    let [behind, _] = a.overview_lists();
    let fifth = &a.model.locality(behind[4]).unwrap().name;
    assert!(
        text.lines()
            .any(|l| l.contains(&format!("▶{}", fifth.chars().take(8).collect::<String>()))),
        "{text}"
    );
    insta::assert_snapshot!("vi_overview_picked_80x22", text);
}
