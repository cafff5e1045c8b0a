//! The Province screen's table of figures over time (`v`, issue 23): it
//! takes the chart's place and gives it back, scrolls with PgUp PgDn, and
//! never panics on a small terminal. Snapshots at 80×24 and 120×40 in both
//! languages, today fixed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tiendo::app::{Action, App, Screen};
use tiendo::text::{self, Lang};

fn draw(app: &mut App, width: u16, height: u16) -> String {
    common::resize(app, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| tiendo::ui::render(app, f.area(), f.buffer_mut()))
        .unwrap();
    tiendo::export::snapshot::buffer_text(terminal.backend().buffer())
}

fn province(lang: Lang, id: &str) -> App {
    let mut a = common::bundled_app(lang);
    let i = a.model.index_of(id).unwrap();
    assert!(a.select(i));
    a.update(Action::ShowScreen(Screen::Province));
    a
}

#[test]
fn v_switches_the_chart_and_the_table_of_figures() {
    let mut a = province(Lang::Vi, "bac-ninh");
    let table = text::figure_words(Lang::Vi).title;
    let chart = text::words(Lang::Vi).history;
    let before = draw(&mut a, 120, 40);
    assert!(before.contains(chart) && !before.contains(table));
    common::press(&mut a, "v");
    assert_eq!(a.figures, Some(0));
    let after = draw(&mut a, 120, 40);
    assert!(after.contains(table), "{after}");
    assert!(after.contains("% KH") && after.contains("Đánh dấu"));
    common::press(&mut a, "v");
    assert_eq!(a.figures, None);
    assert_eq!(draw(&mut a, 120, 40), before);
    // Elsewhere `v` does nothing.
    a.update(Action::ShowScreen(Screen::Provinces));
    common::press(&mut a, "v");
    assert_eq!(a.figures, None);
}

#[test]
fn the_table_at_both_sizes_in_both_languages() {
    for lang in [Lang::Vi, Lang::En] {
        for (width, height) in [(80, 24), (120, 40)] {
            let mut a = province(lang, "bac-ninh");
            common::press(&mut a, "v");
            let name = format!("{}_province_figures_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, draw(&mut a, width, height));
        }
    }
    // A province with figures of its own: counts, plan, a replaced record.
    for (width, height) in [(80, 24), (120, 40)] {
        let mut a = province(Lang::Vi, "ha-noi");
        common::press(&mut a, "v");
        let name = format!("vi_province_ha_noi_figures_{width}x{height}");
        insta::assert_snapshot!(name, draw(&mut a, width, height));
    }
}

#[test]
fn pgup_shows_earlier_figures_and_pgdn_comes_back() {
    // Hà Nội has more figures than an 80×17 screen's box holds.
    let mut a = province(Lang::En, "ha-noi");
    common::press(&mut a, "v");
    let latest = draw(&mut a, 80, 17);
    let more = latest.contains("more rows");
    assert!(more, "{latest}");
    a.update(Action::PageUp);
    assert!(a.figures.unwrap() > 0);
    let earlier = draw(&mut a, 80, 17);
    assert_ne!(earlier, latest);
    a.update(Action::PageDown);
    a.update(Action::PageDown);
    a.update(Action::PageDown);
    assert_eq!(a.figures, Some(0));
    assert_eq!(draw(&mut a, 80, 17), latest);
}

#[test]
fn the_table_never_panics_at_any_size() {
    for id in ["bac-ninh", "an-giang", "ha-noi"] {
        let mut a = province(Lang::Vi, id);
        common::press(&mut a, "v");
        let small = draw(&mut a, 60, 20);
        assert!(small.contains("Số liệu theo"), "{small}");
        for width in (1..=130).step_by(7) {
            for height in (1..=45).step_by(7) {
                draw(&mut a, width, height);
            }
        }
        a.update(Action::PageUp);
        draw(&mut a, 60, 20);
        draw(&mut a, 0, 0);
    }
}
