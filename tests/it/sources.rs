#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Sources travel with figures: the Province screen shows as many as fit
//! and ends a cut list with "…", the `n` panel and a snapshot list them all.

use crate::common;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, Notice, Screen};
use tiendo::export::{self, Format};
use tiendo::present;
use tiendo::text::{self, Lang};

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
}

#[test]
fn n_on_the_overview_lists_the_nations_sources() {
    for (lang, title) in [
        (Lang::Vi, "Nguồn · Cả nước · 1/"),
        (Lang::En, "Sources · Nationwide · 1/"),
    ] {
        let mut a = common::bundled_app(lang);
        common::resize(&mut a, 80, 24);
        assert_eq!(a.screen, Screen::Overview);
        let nation = a.model.top().unwrap();
        let n = present::source_entries(&a.model, nation, a.era, lang).len();
        assert!(n > 0);
        a.update(Action::ShowSources);
        assert_eq!((a.sources, a.sources_unit()), (Some(0), Some(nation)));
        let text = screen(&a, 80, 24);
        assert!(text.contains(&format!("{title}{n}")), "{text}");
        insta::assert_snapshot!(format!("overview_sources_{lang:?}_80x24"), text);
        a.update(Action::Last);
        assert_eq!(a.sources, Some(n - 1));
        a.update(Action::Back);
        assert_eq!((a.sources, a.screen), (None, Screen::Overview));
    }
}

#[test]
fn n_on_the_timeline_lists_the_selected_milestones_unit() {
    let mut a = common::bundled_app(Lang::Vi);
    a.update(Action::ShowScreen(Screen::Timeline));
    // A province's milestone: that province's sources.
    let local = a
        .model
        .milestones
        .iter()
        .position(|m| m.locality.is_some())
        .unwrap();
    a.milestone = local;
    a.update(Action::ShowSources);
    let id = &a.model.milestones[local].locality.as_ref().unwrap().value;
    assert_eq!(a.sources_unit(), a.model.index_of(id));
    assert_eq!(a.sources, Some(0));
    a.update(Action::Back);
    // A national milestone: the nation's.
    a.milestone = a
        .model
        .milestones
        .iter()
        .position(|m| m.locality.is_none())
        .unwrap();
    a.update(Action::ShowSources);
    assert_eq!((a.sources, a.sources_unit()), (Some(0), a.model.top()));
    let text = screen(&a, 80, 24);
    assert!(text.contains("Nguồn · Cả nước · 1/"), "{text}");
}

#[test]
fn n_on_the_table_lists_the_rows_sources_or_says_there_are_none() {
    let mut a = common::bundled_app(Lang::Vi);
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::ShowSources);
    assert_eq!(a.sources_unit(), a.province());
    assert_eq!(a.sources, Some(0));
    a.update(Action::Back);
    // A province whose figures name no source: said, nothing opens.
    let bare = (0..a.rows.len())
        .find(|&k| present::source_entries(&a.model, a.rows[k], a.era, Lang::Vi).is_empty())
        .unwrap();
    a.selected = bare;
    a.update(Action::ShowSources);
    assert_eq!(a.sources, None);
    let name = a.model.locality(a.rows[bare]).unwrap().name.clone();
    assert_eq!(a.notice, Some(Notice::NoSources(name.clone())));
    assert_eq!(
        text::notice(Lang::Vi, a.notice.as_ref().unwrap()),
        format!("{name}: chưa có số liệu nào ghi nguồn")
    );
    // A timeline without milestones: no unit to cite, said.
    a.model.milestones.clear();
    a.update(Action::ShowScreen(Screen::Timeline));
    a.update(Action::ShowSources);
    assert_eq!(
        (a.sources, a.notice.clone()),
        (None, Some(Notice::NoUnitForSources))
    );
    assert_eq!(
        text::notice(Lang::En, a.notice.as_ref().unwrap()),
        "No unit selected whose sources to show"
    );
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
