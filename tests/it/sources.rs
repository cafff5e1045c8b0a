#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Sources travel with figures: the Province screen shows as many as fit
//! and ends a cut list with "…", the `n` panel and a snapshot list them all.

use crate::common;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, Screen};
use tiendo::export::{self, Format};
use tiendo::present;
use tiendo::text::Lang;

fn screen(app: &tiendo::app::App, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    tiendo::ui::render(app, area, &mut buf);
    export::snapshot::buffer_text(&buf)
}

fn ha_noi() -> tiendo::app::App {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 80, 24);
    a.open_view("province:ha-noi").unwrap();
    a
}

#[test]
fn a_cut_list_of_sources_ends_with_an_ellipsis_and_the_key() {
    let a = ha_noi();
    let sources = present::sources(&a.model, a.province().unwrap(), a.era);
    assert!(sources.len() > 3, "Hà Nội cites {} sources", sources.len());
    let text = screen(&a, 80, 24);
    let last_note = text
        .lines()
        .rev()
        .nth(1)
        .unwrap_or_default()
        .trim_end()
        .to_string();
    assert!(last_note.ends_with("… (n: xem hết)"), "{text}");
}

#[test]
fn n_opens_every_source_scrolls_and_closes() {
    let mut a = ha_noi();
    let n = present::sources(&a.model, a.province().unwrap(), a.era).len();
    common::press(&mut a, "n");
    assert_eq!(a.sources, Some(0));
    let text = screen(&a, 120, 40);
    assert!(text.contains(&format!("Nguồn · Hà Nội · 1/{n}")), "{text}");
    for k in 1..=n {
        assert!(
            text.contains(&format!("{k:>2}. ")),
            "source {k} missing:\n{text}"
        );
    }
    a.update(Action::Down);
    assert_eq!(a.sources, Some(1));
    a.update(Action::Last);
    assert_eq!(a.sources, Some(n - 1));
    a.update(Action::Back);
    assert_eq!((a.sources, a.screen), (None, Screen::Province));
    // Elsewhere there is no province to cite.
    a.update(Action::ShowScreen(Screen::Timeline));
    a.update(Action::ShowSources);
    assert_eq!(a.sources, None);
}

#[test]
fn a_snapshot_lists_every_source_in_full() {
    let a = ha_noi();
    let text = export::render(&a, Format::Txt, 100, "t").unwrap();
    let joined: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in present::sources(&a.model, a.province().unwrap(), a.era) {
        let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(joined.contains(&s), "{s:?} missing from\n{text}");
    }
    assert!(!text.contains("n: xem hết"), "{text}");
}

#[test]
fn every_table_export_names_each_figures_source() {
    let mut a = common::bundled_app(Lang::Vi);
    a.open_view("provinces").unwrap();
    let csv = export::render(&a, Format::Csv, 100, "t").unwrap();
    let body = csv.strip_prefix('\u{FEFF}').unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let source = headers.iter().position(|h| h == "Nguồn").unwrap();
    let coverage = headers.iter().position(|h| h == "Bao phủ").unwrap();
    for row in reader.records() {
        let row = row.unwrap();
        if !row[coverage].is_empty() {
            assert!(!row[source].is_empty(), "{row:?}");
        }
    }
    let md = export::render(&a, Format::Md, 100, "t").unwrap();
    assert!(md.contains("| Nguồn |"), "{md}");
}
