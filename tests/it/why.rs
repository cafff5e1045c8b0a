//! `w`: the reasons of a verdict in a panel over the Province screen or a
//! row of the table (opened, scrolled, closed by any other key, drawn at
//! two sizes), and the same reasons in a province's exports.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::Run;

use std::process::Command;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tiendo::app::{Action, App, Effect, Screen};
use tiendo::model;
use tiendo::text::Lang;

/// The bundled data judged on 6 December 2026, after the 2025 targets'
/// date: every kind of section has something to say.
fn app(lang: Lang) -> App {
    let day = common::day(2026, 12, 6);
    let m = model::derive(common::load(tiendo::bundled::files()).dataset, day);
    App::new(m, lang, "data".into())
}

fn on_province(lang: Lang, id: &str) -> App {
    let mut a = app(lang);
    let i = a.model.index_of(id).unwrap();
    assert!(a.select(i));
    a.update(Action::ShowScreen(Screen::Province));
    a
}

fn draw(app: &mut App, width: u16, height: u16) -> String {
    common::resize(app, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| tiendo::ui::render(app, f.area(), f.buffer_mut()))
        .unwrap();
    tiendo::export::snapshot::buffer_text(terminal.backend().buffer())
}

#[test]
fn w_opens_the_reasons_on_the_province_screen_and_any_other_key_closes_them() {
    let mut a = on_province(Lang::Vi, "ha-noi");
    common::press(&mut a, "w");
    assert_eq!(a.why, Some(0));
    // Moving keys scroll, and stay on the screen.
    common::press(&mut a, "j");
    assert_eq!(a.why, Some(1));
    common::press(&mut a, "k");
    assert_eq!(a.why, Some(0));
    // Any other key closes the panel and does nothing else.
    common::press(&mut a, "s");
    assert_eq!((a.why, a.screen), (None, Screen::Province));
    common::press(&mut a, "w\x1b");
    assert_eq!((a.why, a.screen), (None, Screen::Province));
    // A key that does nothing elsewhere closes it too.
    common::press(&mut a, "wx");
    assert_eq!((a.why, a.screen), (None, Screen::Province));
    // q closes it too; Ctrl-C quits.
    common::press(&mut a, "wq");
    assert_eq!((a.why, a.screen), (None, Screen::Province));
    common::press(&mut a, "w");
    assert_eq!(a.update(tiendo::app::Action::Interrupt), Effect::Quit);
}

#[test]
fn w_opens_the_reasons_of_the_selected_row_of_the_table() {
    let mut a = app(Lang::Vi);
    common::resize(&mut a, 100, 30);
    a.update(Action::ShowScreen(Screen::Provinces));
    common::press(&mut a, "jw");
    assert_eq!(a.why, Some(0));
    let selected = a.province();
    common::press(&mut a, "\n");
    assert_eq!(a.why, None, "Enter closes the panel");
    assert_eq!(
        (a.screen, a.province()),
        (Screen::Provinces, selected),
        "and opens nothing"
    );
    // Districts are rows too.
    common::press(&mut a, "c");
    if a.province().is_some() {
        common::press(&mut a, "w");
        assert_eq!(a.why, Some(0));
    }
    // Nothing to explain on the Overview or the Timeline.
    for screen in [Screen::Overview, Screen::Timeline] {
        let mut a = app(Lang::Vi);
        a.update(Action::ShowScreen(screen));
        common::press(&mut a, "w");
        assert_eq!(a.why, None);
    }
}

#[test]
fn the_panel_at_80_by_24_and_120_by_40() {
    for (lang, width, height) in [
        (Lang::Vi, 80, 24),
        (Lang::En, 80, 24),
        (Lang::Vi, 120, 40),
        (Lang::En, 120, 40),
    ] {
        let mut a = on_province(lang, "ha-noi");
        common::press(&mut a, "w");
        let text = draw(&mut a, width, height);
        let name = format!("{}_why_ha_noi_{width}x{height}", lang.code());
        insta::assert_snapshot!(name, text);
    }
    let mut a = app(Lang::Vi);
    a.update(Action::ShowScreen(Screen::Provinces));
    common::press(&mut a, "w");
    insta::assert_snapshot!("vi_why_first_row_80x24", draw(&mut a, 80, 24));
}

#[test]
fn scrolled_to_the_end_the_panel_shows_its_last_line_and_how_many_are_hidden() {
    let mut a = on_province(Lang::En, "nghe-an");
    common::press(&mut a, "wG");
    let text = draw(&mut a, 80, 24);
    assert!(text.contains("lines hidden"), "{text}");
    assert!(text.contains("2030: >95%"), "{text}");
    // No size panics with the panel open.
    for width in (1..=130).step_by(9) {
        for height in (1..=45).step_by(7) {
            draw(&mut a, width, height);
        }
    }
}

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .args(args)
        .run()
        .expect("tiendo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_province_export_ends_with_its_reasons() {
    let view = [
        "export",
        "--view",
        "province:nghe-an",
        "--today",
        "2026-12-06",
    ];
    let txt = cli(&view);
    let (_, reasons) = txt
        .split_once("\nVì sao: căn cứ đánh giá\n")
        .expect("the reasons' heading");
    assert!(reasons.starts_with("Đánh giá: ! Số liệu cũ (tính đến ngày 06/12/2026)\n"));
    for line in [
        "  • 31/12/2024 · 94,00 % · nguồn: ",
        "Mục tiêu đã qua hạn gần nhất\n",
        "  • 2024: 94,10 %, hạn 31/12/2024, theo 546/QĐ-TTg — ✗ không đạt, thiếu 0,10 điểm",
    ] {
        assert!(reasons.contains(line), "{line:?} not in\n{reasons}");
    }
    assert!(
        reasons
            .lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 100),
        "{reasons}"
    );
    let md = cli(&[&view[..], &["--format", "md", "--lang", "en"]].concat());
    assert!(
        md.contains("\n## Why: the reasons for the verdict\n"),
        "{md}"
    );
    assert!(md.contains("\n### Every target\n\n- 2015: >70%"), "{md}");

    let json: serde_json::Value =
        serde_json::from_str(&cli(&[&view[..], &["--format", "json"]].concat())).unwrap();
    let reason = &json["locality"]["reason"];
    assert_eq!(reason["kind"], "stale");
    assert_eq!(reason["limit_months"], 18);
    assert_eq!(reason["figure"]["date"], "2024-12-31");
    assert!(
        reason["text"]
            .as_str()
            .unwrap()
            .starts_with("số liệu mới nhất 94,00 %")
    );
    let targets = json["targets"].as_array().unwrap();
    let t2024 = targets.iter().find(|t| t["by"] == "2024-12-31").unwrap();
    assert_eq!(
        (
            &t2024["status"],
            &t2024["outcome"],
            &t2024["reason"]["points"]
        ),
        (&"off_track".into(), &"missed".into(), &(-0.1).into())
    );
    // Every row of a table has its reason.
    let table: serde_json::Value = serde_json::from_str(&cli(&[
        "export",
        "--view",
        "provinces",
        "--today",
        "2026-12-06",
        "--format",
        "json",
    ]))
    .unwrap();
    for row in table["localities"].as_array().unwrap() {
        assert!(row["reason"]["kind"].is_string(), "{row}");
    }
}
